/** The events <billing-profile-form> fires. All bubble and cross shadow roots (composed). */
import { publicEventInit } from '../../internal/events.js';
import type { BillingProfile } from '../../model/billing.js';

/** A save began: `profile` (the edits, with the etag they are sent against) is on its way to the adapter. */
export class BillingProfileSaveStartEvent extends Event {
  static readonly eventName = 'billing-profile-save-start';
  constructor(
    readonly customerId: string,
    readonly profile: BillingProfile,
  ) {
    super(BillingProfileSaveStartEvent.eventName, publicEventInit());
  }
}

/** The profile was saved. A <customer-list> on the page shows the new company name at once. */
export class BillingProfileSaveEvent extends Event {
  static readonly eventName = 'billing-profile-save';
  constructor(
    readonly customerId: string,
    readonly profile: BillingProfile,
  ) {
    super(BillingProfileSaveEvent.eventName, publicEventInit());
  }
}

/**
 * A save failed: nothing was saved and the form keeps the edits. `error` is the adapter's (an `AdapterError`,
 * kind `conflict` when someone else saved first: the form then shows the two versions side by side).
 */
export class BillingProfileSaveErrorEvent extends Event {
  static readonly eventName = 'billing-profile-save-error';
  constructor(
    readonly customerId: string,
    readonly profile: BillingProfile,
    readonly error: unknown,
  ) {
    super(BillingProfileSaveErrorEvent.eventName, publicEventInit());
  }
}

/** Unsaved changes are about to be thrown away. Cancel it (`preventDefault()`) to keep them. */
export class BillingProfileDiscardEvent extends Event {
  static readonly eventName = 'billing-profile-discard';
  constructor(readonly customerId: string) {
    super(BillingProfileDiscardEvent.eventName, publicEventInit(true));
  }
}

/** The agent is done with the form: saved, or left it. A panel or dialog holding the form closes now. */
export class BillingProfileCloseEvent extends Event {
  static readonly eventName = 'billing-profile-close';
  constructor(readonly reason: 'save' | 'cancel') {
    super(BillingProfileCloseEvent.eventName, publicEventInit());
  }
}

declare global {
  interface HTMLElementEventMap {
    'billing-profile-save-start': BillingProfileSaveStartEvent;
    'billing-profile-save': BillingProfileSaveEvent;
    'billing-profile-save-error': BillingProfileSaveErrorEvent;
    'billing-profile-discard': BillingProfileDiscardEvent;
    'billing-profile-close': BillingProfileCloseEvent;
  }
  // Composed and bubbling, a save reaches the document, where a list anywhere on the page hears it.
  interface DocumentEventMap {
    'billing-profile-save': BillingProfileSaveEvent;
  }
}
