/**
 * What a billing-profile save compares and decides, without the DOM: which fields differ, which clashes are
 * still open after a conflicting save, and what a failed save means for the agent (retry, fix fields, merge).
 * The failure comes in as plain values (`kind`, `details`), so the model needs nothing of the adapter layer.
 */
import { BILLING_FIELDS, fieldValue, withFieldValue, type BillingField, type BillingFieldError, type BillingMerge, type BillingProfile, type BillingProfileFields } from './billing.js';

/** A save that met someone else's newer one: their profile, the fields both changed, and the fields taken from theirs. */
export type BillingConflict = Omit<BillingMerge, 'merged'> & { theirs: BillingProfile };

/** The editable fields of a profile: everything but the etag, the address copied so edits never reach the original. */
export function profileFields({ etag: _etag, ...fields }: BillingProfile): BillingProfileFields {
  return { ...fields, defaultAddress: { ...fields.defaultAddress } };
}

/** The fields whose values differ, in form order; a missing optional field equals an empty one. */
export function changedFields(a: BillingProfileFields, b: BillingProfileFields): BillingField[] {
  return BILLING_FIELDS.filter((field) => (fieldValue(a, field) ?? '') !== (fieldValue(b, field) ?? ''));
}

/** True when every field holds the same value (what "no unsaved changes" means). */
export function sameFields(a: BillingProfileFields, b: BillingProfileFields): boolean {
  return changedFields(a, b).length === 0;
}

/**
 * The clashes of a conflicting save still to decide: fields both writers changed whose value in the form still
 * differs from the server's. Taking the saved value, or typing it, settles one.
 */
export function openConflicts(mine: BillingProfileFields, theirs: BillingProfileFields, conflicts: readonly BillingField[]): BillingField[] {
  const differing = new Set(changedFields(mine, theirs));
  return conflicts.filter((field) => differing.has(field));
}

/** A copy of `mine` with the given fields set to their value in `theirs`. */
export function takeFields(mine: BillingProfileFields, theirs: BillingProfileFields, fields: readonly BillingField[]): BillingProfileFields {
  let taken = mine;
  for (const field of fields) taken = withFieldValue(taken, field, fieldValue(theirs, field) ?? '');
  return taken;
}

/** The failure of a save as plain values: an adapter error's `kind` and `details`, or no kind for anything else. */
export interface SaveFailureInput {
  kind?: string;
  details?: unknown;
}

/** What a failed save means for the form. */
export type SaveFailure =
  /** Someone saved first and the server sent its current profile: merge it with the agent's edits. */
  | { kind: 'conflict'; theirs: BillingProfile }
  /**
   * Not saved. `retry`: trying again as it is may work (the network, the server, throttling, an unknown error);
   * otherwise the agent must change something first. `fieldErrors`: the server's refusals, field by field.
   */
  | { kind: 'failed'; retry: boolean; fieldErrors: BillingFieldError[] };

/** The kinds whose cause is passing (the connection, the service, a rate limit): the same save may succeed later. */
const TRANSIENT = new Set(['network', 'server', 'throttled']);

/**
 * Classifies a failed save. A conflict without the server's current profile cannot be merged and is an ordinary
 * refusal; an error with no kind (not the adapter's) is worth a retry, as nothing says it is not.
 */
export function classifySaveFailure({ kind, details }: SaveFailureInput): SaveFailure {
  if (kind === 'conflict') {
    const theirs = (details as { current?: BillingProfile } | undefined)?.current;
    if (theirs) return { kind: 'conflict', theirs };
  }
  const fieldErrors = kind === 'invalid' ? ((details as { fieldErrors?: BillingFieldError[] } | undefined)?.fieldErrors ?? []) : [];
  return { kind: 'failed', retry: kind === undefined || TRANSIENT.has(kind), fieldErrors };
}
