/**
 * Activity records of the partner's customers (partner center "audit records"): who did what to which customer,
 * when, with the values before and after. Pure types and rules, shared by the adapters, the mock API and
 * <activity-log>.
 */

export type OperationStatus = 'succeeded' | 'failed' | 'progress';
export const OPERATION_STATUSES: readonly OperationStatus[] = ['succeeded', 'failed', 'progress'];

/** Operation types the partner center records; others may come and are shown as they are. */
export const KNOWN_OPERATION_TYPES = [
  'create_order',
  'update_customer_billing_profile',
  'update_customer_tags',
  'create_tag',
  'rename_tag',
  'delete_tag',
  'add_customer',
  'delete_customer_user',
] as const;
export type KnownOperationType = (typeof KNOWN_OPERATION_TYPES)[number];
export type OperationType = KnownOperationType | (string & {});

export const KNOWN_RESOURCE_TYPES = ['order', 'customer', 'billing_profile', 'tag', 'user'] as const;
export type ResourceType = (typeof KNOWN_RESOURCE_TYPES)[number] | (string & {});

export interface ActivityRecord {
  id: string;
  /** ISO 8601 date and time in UTC, e.g. `2026-11-20T14:03:00Z`. */
  operationDate: string;
  operationType: OperationType;
  operationStatus: OperationStatus;
  /** The customer's Microsoft ID; empty for partner-wide operations (a tag created or renamed). */
  customerId: string;
  customerName: string;
  resourceType: ResourceType;
  /** Who did it, e.g. `megan@partner.example`. */
  userPrincipalName: string;
  /** The resource before the operation, as JSON text; absent when there was none. */
  resourceOldValue?: string;
  /** The resource after the operation, as JSON text; absent when there is none (a delete). */
  resourceNewValue?: string;
  /** Extra facts as key/value pairs, e.g. `{ key: 'OrderId', value: '…' }`. */
  customizedData: { key: string; value: string }[];
  originalCorrelationId: string;
}

/** Which records a query selects. `from` and `to` are ISO dates or date-times in UTC; `to` is inclusive. */
export interface ActivityFilter {
  from: string;
  to: string;
  /** Exactly this customer (Microsoft ID). */
  customerId?: string;
  /** Company names containing this text, in any letter case. */
  customerName?: string;
  resourceType?: ResourceType;
  /** Any of these operation types. */
  operationTypes?: OperationType[];
}

export interface ActivityQuery extends ActivityFilter {
  /** By operation date; newest first unless `asc`. */
  sort?: 'desc' | 'asc';
}

/** Records are kept this long; a period starting earlier is refused. */
export const ACTIVITY_RETENTION_DAYS = 90;
/** The period when none is given. */
export const DEFAULT_ACTIVITY_DAYS = 30;
const DAY_MS = 86_400_000;

export type PeriodProblem = 'bad-date' | 'start-after-end' | 'older-than-retention';

/** The start of the day `days` before `now`, as an ISO date (UTC). */
export function daysAgo(days: number, now: Date = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * DAY_MS).toISOString().slice(0, 10);
}

/** The default period: the last 30 days, today included. */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  return { from: daysAgo(DEFAULT_ACTIVITY_DAYS, now), to: now.toISOString().slice(0, 10) };
}

/** The first instant of a period's start (a date means its 00:00 UTC). */
export function periodStart(from: string): number {
  return Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from);
}

/** The last instant of a period's end (a date means the whole day, to 23:59:59.999 UTC). */
export function periodEnd(to: string): number {
  return to.length === 10 ? Date.parse(`${to}T00:00:00Z`) + DAY_MS - 1 : Date.parse(to);
}

/** What is wrong with a period, if anything: unreadable dates, a start after the end, or older than 90 days. */
export function periodProblem(from: string, to: string, now: Date = new Date()): PeriodProblem | undefined {
  const start = periodStart(from);
  const end = periodEnd(to);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return 'bad-date';
  if (start > end) return 'start-after-end';
  if (start < periodStart(daysAgo(ACTIVITY_RETENTION_DAYS, now))) return 'older-than-retention';
  return undefined;
}

/** One of a period's two dates, as the agent enters them. */
export type PeriodField = 'from' | 'to';

/**
 * The dates of a period that are not whole `YYYY-MM-DD` dates. A date input's value is '' while any of its
 * segments is blank (a date half-typed, or cleared), so '' here means "not entered", never "the default".
 */
export function unenteredDates(from: string, to: string): PeriodField[] {
  const whole = /^\d{4}-\d{2}-\d{2}$/;
  return (['from', 'to'] as const).filter((field) => !whole.test(field === 'from' ? from : to));
}
