/** Registers <new-order-dialog>. `NewOrderDialog.define('other-name')` registers it under another name. */
import { NewOrderDialog } from './new-order-dialog.component.js';

export const NEW_ORDER_DIALOG_TAG = 'new-order-dialog';

NewOrderDialog.define();

declare global {
  interface HTMLElementTagNameMap {
    'new-order-dialog': NewOrderDialog;
  }
}

export { NewOrderDialog };
export * from './new-order-dialog.events.js';
