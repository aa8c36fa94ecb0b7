/** The events <activity-log> fires besides the export's. All bubble and cross shadow roots (composed). */
import { publicEventInit } from '../../internal/events.js';

/**
 * The agent changed whose records the log shows (today: "All customers" widened it from one customer to every
 * customer). Not fired when the host sets `customer-id`. `customerId` is the customer now shown, '' for every one.
 */
export class ActivityCustomerChangeEvent extends Event {
  static readonly eventName = 'activity-customer-change';
  constructor(readonly customerId: string) {
    super(ActivityCustomerChangeEvent.eventName, publicEventInit());
  }
}

declare global {
  interface HTMLElementEventMap {
    'activity-customer-change': ActivityCustomerChangeEvent;
  }
}
