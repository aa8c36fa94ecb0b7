/**
 * Entry point `customer-list-elements`: element classes, event classes, adapters and domain types.
 * Importing it registers nothing; import `customer-list-elements/define.js` (or one element's entry) for that.
 */
export * from './adapters.js';
export { relationshipLabel, columnLabel, searchFieldLabel, catalogLabel } from './localization/labels.js';
export { setLocale, getLocale, SUPPORTED_LOCALES, type Locale } from './localization/localization.js';
export { CustomerList } from './components/customer-list/customer-list.component.js';
export * from './components/customer-list/customer-list.events.js';
export { defineElement } from './internal/adapter-element.js';
export { ExportButton } from './components/export-button/export-button.component.js';
export * from './components/export-button/export-button.events.js';
export { fileSaver } from './internal/export/save-file.js';
export { TagEditor } from './components/tag-editor/tag-editor.component.js';
export * from './components/tag-editor/tag-editor.events.js';
export { NewOrderDialog } from './components/new-order-dialog/new-order-dialog.component.js';
export * from './components/new-order-dialog/new-order-dialog.events.js';
export { BillingProfileForm } from './components/billing-profile-form/billing-profile-form.component.js';
export { ActivityLog } from './components/activity-log/activity-log.component.js';
export * from './components/activity-log/activity-log.events.js';
export { operationLabel, statusLabel, resourceLabel } from './localization/activity-labels.js';
export * from './components/billing-profile-form/billing-profile-form.events.js';
export { resolveSelection } from './adapter/resolve-selection.js';
// The tag names' element types (`document.querySelector('customer-list')` is a CustomerList) for hosts that import
// only this entry, which registers nothing. Each registering module (`customer-list.js`, …) declares its own tag too;
// the two declarations name the same class, so they merge.
declare global {
  interface HTMLElementTagNameMap {
    'customer-list': import('./components/customer-list/customer-list.component.js').CustomerList;
    'export-button': import('./components/export-button/export-button.component.js').ExportButton;
    'tag-editor': import('./components/tag-editor/tag-editor.component.js').TagEditor;
    'new-order-dialog': import('./components/new-order-dialog/new-order-dialog.component.js').NewOrderDialog;
    'billing-profile-form': import('./components/billing-profile-form/billing-profile-form.component.js').BillingProfileForm;
    'activity-log': import('./components/activity-log/activity-log.component.js').ActivityLog;
  }
}
