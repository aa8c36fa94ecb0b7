/** Registers <customer-list>. Import `CustomerList` from the package root to register under another name. */
import { defineElement } from '../../internal/adapter-element.js';
import { CustomerList } from './customer-list.component.js';

export const CUSTOMER_LIST_TAG = 'customer-list';

defineElement(CUSTOMER_LIST_TAG, CustomerList);

declare global {
  interface HTMLElementTagNameMap {
    'customer-list': CustomerList;
  }
}

export { CustomerList };
export * from './customer-list.events.js';
