// Only the main entry: it registers nothing, yet brings the tags' element types (HTMLElementTagNameMap) and the
// elements' events (HTMLElementEventMap).
import { MemoryAdapter, type ActivityLog, type BillingProfileForm, type CustomerList, type ExportButton, type NewOrderDialog, type TagEditor } from 'customer-list-elements';

const list = document.querySelector('customer-list');
if (list) {
  list.adapter = new MemoryAdapter({ customers: [] });
  list.addEventListener('customer-select', (event) => console.info(event.count, event.selection));
  // @ts-expect-error agentRole is 'admin-agent' | 'sales-agent'
  list.agentRole = 'root';
}
export const typed: CustomerList | null = list;
export const editor = document.createElement('tag-editor');
editor.adapter = new MemoryAdapter();
export const everyTag: [CustomerList, ExportButton, TagEditor, NewOrderDialog, BillingProfileForm, ActivityLog] = [
  document.createElement('customer-list'),
  document.createElement('export-button'),
  document.createElement('tag-editor'),
  document.createElement('new-order-dialog'),
  document.createElement('billing-profile-form'),
  document.createElement('activity-log'),
];
