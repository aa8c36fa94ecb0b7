// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.
/**
 * `<billing-profile-form>` for React: Billing profile editor with validation and conflict handling.
 * Properties are props, events typed `on…` props. Importing this module registers `<billing-profile-form>`, and no
 * other element, under its default tag.
 *
 * @example
 * import { BillingProfileForm } from 'customer-list-elements/react/billing-profile-form.js';
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../components/billing-profile-form/billing-profile-form.js';
import { BillingProfileForm as BillingProfileFormElement } from '../components/billing-profile-form/billing-profile-form.component.js';
import { type BillingProfileCloseEvent, type BillingProfileDiscardEvent, type BillingProfileSaveErrorEvent, type BillingProfileSaveEvent, type BillingProfileSaveStartEvent } from '../components/billing-profile-form/billing-profile-form.events.js';

export const BillingProfileForm = createComponent({
  tagName: 'billing-profile-form',
  elementClass: BillingProfileFormElement,
  react: React,
  events: {
    onChange: 'change' as EventName<Event>,
    onBillingProfileSaveStart: 'billing-profile-save-start' as EventName<BillingProfileSaveStartEvent>,
    onBillingProfileSave: 'billing-profile-save' as EventName<BillingProfileSaveEvent>,
    onBillingProfileSaveError: 'billing-profile-save-error' as EventName<BillingProfileSaveErrorEvent>,
    onBillingProfileDiscard: 'billing-profile-discard' as EventName<BillingProfileDiscardEvent>,
    onBillingProfileClose: 'billing-profile-close' as EventName<BillingProfileCloseEvent>,
  },
});
