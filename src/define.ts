/**
 * Entry point `customer-list-elements/define.js`: registers every element under its default tag.
 * Each element's own entry (e.g. `customer-list-elements/customer-list.js`) registers just that one.
 */
import './components/customer-list/customer-list.js';
import './components/export-button/export-button.js';
import './components/tag-editor/tag-editor.js';
import './components/new-order-dialog/new-order-dialog.js';
import './components/billing-profile-form/billing-profile-form.js';
import './components/activity-log/activity-log.js';
