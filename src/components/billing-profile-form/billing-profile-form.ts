/** Registers <billing-profile-form>. Import `BillingProfileForm` from the package root to register under another name. */
import { defineElement } from '../../internal/adapter-element.js';
import { BillingProfileForm } from './billing-profile-form.component.js';

export const BILLING_PROFILE_FORM_TAG = 'billing-profile-form';

defineElement(BILLING_PROFILE_FORM_TAG, BillingProfileForm);

declare global {
  interface HTMLElementTagNameMap {
    'billing-profile-form': BillingProfileForm;
  }
}

export { BillingProfileForm };
export * from './billing-profile-form.events.js';
