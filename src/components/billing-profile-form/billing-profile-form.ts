/** Registers <billing-profile-form>. `BillingProfileForm.define('other-name')` registers it under another name. */
import { BillingProfileForm } from './billing-profile-form.component.js';

export const BILLING_PROFILE_FORM_TAG = 'billing-profile-form';

BillingProfileForm.define();

declare global {
  interface HTMLElementTagNameMap {
    'billing-profile-form': BillingProfileForm;
  }
}

export { BillingProfileForm };
export * from './billing-profile-form.events.js';
