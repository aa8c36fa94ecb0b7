// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.
/**
 * React components for every element: properties as props, events as typed `on…` props. Importing this module
 * registers every element under its default tag, so the list's commands open the tag editor, the order dialog and
 * the billing form, in development and in production alike. To register (and bundle) only some elements, import
 * their own modules instead: `customer-list-elements/react/customer-list.js`, …
 *
 * @example
 * import { CustomerList } from 'customer-list-elements/react';
 * <CustomerList adapter={adapter} agentRole="admin-agent" onCustomerSelect={(event) => setCount(event.count)} />
 */
import '../define.js';
export { ActivityLog } from './activity-log.js';
export { BillingProfileForm } from './billing-profile-form.js';
export { CustomerList } from './customer-list.js';
export { ExportButton } from './export-button.js';
export { NewOrderDialog } from './new-order-dialog.js';
export { TagEditor } from './tag-editor.js';
