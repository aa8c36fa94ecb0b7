/** Registers <customer-list>. `CustomerList.define('other-name')` registers it under another name. */
import { CustomerList } from './customer-list.component.js';

export const CUSTOMER_LIST_TAG = 'customer-list';

CustomerList.define();

declare global {
  interface HTMLElementTagNameMap {
    'customer-list': CustomerList;
  }
}

export { CustomerList };
export * from './customer-list.events.js';
