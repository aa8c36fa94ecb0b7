/** Registers <new-order-dialog>. Import `NewOrderDialog` from the package root to register under another name. */
import { defineElement } from '../../internal/adapter-element.js';
import { NewOrderDialog } from './new-order-dialog.component.js';

export const NEW_ORDER_DIALOG_TAG = 'new-order-dialog';

defineElement(NEW_ORDER_DIALOG_TAG, NewOrderDialog);

declare global {
  interface HTMLElementTagNameMap {
    'new-order-dialog': NewOrderDialog;
  }
}

export { NewOrderDialog };
export * from './new-order-dialog.events.js';
