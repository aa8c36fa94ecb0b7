// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.
/**
 * `<new-order-dialog>` for React: Order flow for a selected customer.
 * Properties are props, events typed `on…` props. Importing this module registers `<new-order-dialog>`, and no
 * other element, under its default tag.
 *
 * @example
 * import { NewOrderDialog } from 'customer-list-elements/react/new-order-dialog.js';
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../components/new-order-dialog/new-order-dialog.js';
import { NewOrderDialog as NewOrderDialogElement } from '../components/new-order-dialog/new-order-dialog.component.js';
import { type OrderCreateEvent, type OrderDialogCloseEvent, type OrderDialogClosedEvent, type OrderErrorEvent, type OrderSubmitEvent } from '../components/new-order-dialog/new-order-dialog.events.js';

export const NewOrderDialog = createComponent({
  tagName: 'new-order-dialog',
  elementClass: NewOrderDialogElement,
  react: React,
  events: {
    onOrderSubmit: 'order-submit' as EventName<OrderSubmitEvent>,
    onOrderCreate: 'order-create' as EventName<OrderCreateEvent>,
    onOrderError: 'order-error' as EventName<OrderErrorEvent>,
    onOrderDialogClose: 'order-dialog-close' as EventName<OrderDialogCloseEvent>,
    onOrderDialogClosed: 'order-dialog-closed' as EventName<OrderDialogClosedEvent>,
  },
});
