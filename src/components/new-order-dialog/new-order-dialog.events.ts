/** The events <new-order-dialog> fires. All bubble and cross shadow roots (composed). */
import { publicEventInit } from '../../internal/events.js';
import type { Order, OrderRequest } from '../../model/catalog.js';

/** The order is about to be sent to the adapter. Cancel it (`preventDefault()`) to stop the submit. */
export class OrderSubmitEvent extends Event {
  static readonly eventName = 'order-submit';
  constructor(readonly order: OrderRequest) {
    super(OrderSubmitEvent.eventName, publicEventInit(true));
  }
}

/** The order was created. */
export class OrderCreateEvent extends Event {
  static readonly eventName = 'order-create';
  constructor(readonly order: Order) {
    super(OrderCreateEvent.eventName, publicEventInit());
  }
}

/**
 * The order was not created: `{ order, error }`. Fired whether or not the dialog is still open or still shows
 * that customer; the next opening for the customer shows the failure, and a retry keeps the idempotency key.
 */
export class OrderErrorEvent extends Event {
  static readonly eventName = 'order-error';
  constructor(
    readonly order: OrderRequest,
    readonly error: unknown,
  ) {
    super(OrderErrorEvent.eventName, publicEventInit());
  }
}

export type OrderDialogCloseReason = 'escape' | 'cancel' | 'backdrop' | 'done';

/**
 * The dialog is about to close. Cancel it to keep the dialog open. `unsaved` tells whether the agent has
 * choices that closing would discard; the dialog then asks "Discard this order?" before it closes.
 */
export class OrderDialogCloseEvent extends Event {
  static readonly eventName = 'order-dialog-close';
  constructor(
    readonly reason: OrderDialogCloseReason,
    readonly unsaved: boolean,
  ) {
    super(OrderDialogCloseEvent.eventName, publicEventInit(true));
  }
}

/**
 * Why the dialog closed: a close request that was granted (`escape`, `cancel`, `backdrop`, `done`), `discard`
 * ("Discard this order?" answered), `api` (`close()`), `platform` (the browser closed it itself), or `disconnect`.
 */
export type OrderDialogClosedReason = OrderDialogCloseReason | 'discard' | 'api' | 'platform' | 'disconnect';

/** The dialog closed, and focus went back to what opened it: the notice after `order-dialog-close`. */
export class OrderDialogClosedEvent extends Event {
  static readonly eventName = 'order-dialog-closed';
  constructor(readonly reason: OrderDialogClosedReason) {
    super(OrderDialogClosedEvent.eventName, publicEventInit());
  }
}

declare global {
  interface HTMLElementEventMap {
    'order-submit': OrderSubmitEvent;
    'order-create': OrderCreateEvent;
    'order-error': OrderErrorEvent;
    'order-dialog-close': OrderDialogCloseEvent;
    'order-dialog-closed': OrderDialogClosedEvent;
  }
}
