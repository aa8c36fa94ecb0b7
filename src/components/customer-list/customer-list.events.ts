/** The events <customer-list> fires. All bubble and cross shadow roots (composed). */
import { publicEventInit } from '../../internal/events.js';
import type { CustomerRow } from '../../model/customer.js';
import type { Selection } from '../../model/selection.js';
import type { SavedView, ViewState } from '../../model/view-state.js';


/** The selection changed. `count` is how many rows it holds (a select-all counts every matching row). */
export class CustomerSelectEvent extends Event {
  static readonly eventName = 'customer-select';
  constructor(
    readonly selection: Selection,
    readonly count: number,
  ) {
    super(CustomerSelectEvent.eventName, publicEventInit());
  }
}

/** A customer's name was activated. Cancel it (`preventDefault()`) to route in your app instead of following `href`. */
export class CustomerOpenEvent extends Event {
  static readonly eventName = 'customer-open';
  constructor(
    readonly customer: CustomerRow,
    readonly href: string,
  ) {
    super(CustomerOpenEvent.eventName, publicEventInit(true));
  }
}

/**
 * Activity was chosen for the one selected customer (admin agents). Cancel it (`preventDefault()`) to show the
 * customer's activity your own way instead of the list's <activity-log> panel.
 */
export class ActivityRequestEvent extends Event {
  static readonly eventName = 'activity-request';
  constructor(readonly customer: CustomerRow) {
    super(ActivityRequestEvent.eventName, publicEventInit(true));
  }
}

/**
 * New order was chosen for the one selected customer. Cancel it (`preventDefault()`) to run your own order flow
 * instead of the list's <new-order-dialog>.
 */
export class NewOrderRequestEvent extends Event {
  static readonly eventName = 'new-order-request';
  constructor(readonly customer: CustomerRow) {
    super(NewOrderRequestEvent.eventName, publicEventInit(true));
  }
}

/**
 * Billing information was chosen for the one selected customer. Cancel it (`preventDefault()`) to show your own
 * form instead of the list's <billing-profile-form> panel.
 */
export class BillingProfileRequestEvent extends Event {
  static readonly eventName = 'billing-profile-request';
  constructor(readonly customer: CustomerRow) {
    super(BillingProfileRequestEvent.eventName, publicEventInit(true));
  }
}

/**
 * Manage tags was chosen for the selection. Cancel it (`preventDefault()`) to show your own editor instead of
 * the list's <tag-editor> popover.
 */
export class ManageTagsRequestEvent extends Event {
  static readonly eventName = 'manage-tags-request';
  constructor(
    readonly selection: Selection,
    readonly count: number,
  ) {
    super(ManageTagsRequestEvent.eventName, publicEventInit(true));
  }
}

/**
 * Export customers was chosen while the page had no <export-button>. Cancel it (`preventDefault()`) to export your
 * own way; otherwise the list loads <export-button> and starts the export.
 */
export class ExportRequestEvent extends Event {
  static readonly eventName = 'export-request';
  constructor() {
    super(ExportRequestEvent.eventName, publicEventInit(true));
  }
}

/**
 * The agent changed the view (columns shown, their order or widths, the sort, the search or a filter). Not fired
 * when the host sets `viewState` or a property itself.
 */
export class ViewStateChangeEvent extends Event {
  static readonly eventName = 'view-state-change';
  constructor(readonly viewState: ViewState) {
    super(ViewStateChangeEvent.eventName, publicEventInit());
  }
}

/**
 * The agent saved, renamed or deleted a saved view: `savedViews` is the whole new list, for hosts that keep
 * saved views on their server (set them back with the `savedViews` property).
 */
export class SavedViewsChangeEvent extends Event {
  static readonly eventName = 'saved-views-change';
  constructor(readonly savedViews: readonly SavedView[]) {
    super(SavedViewsChangeEvent.eventName, publicEventInit());
  }
}

declare global {
  interface HTMLElementEventMap {
    'customer-select': CustomerSelectEvent;
    'customer-open': CustomerOpenEvent;
    'new-order-request': NewOrderRequestEvent;
    'activity-request': ActivityRequestEvent;
    'manage-tags-request': ManageTagsRequestEvent;
    'billing-profile-request': BillingProfileRequestEvent;
    'export-request': ExportRequestEvent;
    'view-state-change': ViewStateChangeEvent;
    'saved-views-change': SavedViewsChangeEvent;
  }
}
