/**
 * Which activity records a filter selects and in what order they are listed: the memory adapter, the Partner
 * Center adapter and `<activity-log>`'s walk filter and sort with these. Apart from activity.ts, which the log's
 * first load holds for its period rules, so that the log carries them only once its walk has loaded.
 */
import { periodEnd, periodStart, type ActivityFilter, type ActivityQuery, type ActivityRecord } from './activity.js';

/** A predicate for the filter's customer, name, resource and operation parts (the period is checked apart). */
export function activityMatcher(filter: ActivityFilter): (record: ActivityRecord) => boolean {
  const start = periodStart(filter.from);
  const end = periodEnd(filter.to);
  const criteria = activityCriteriaMatcher(filter);
  return (record) => {
    const at = Date.parse(record.operationDate);
    if (at < start || at > end) return false;
    return criteria(record);
  };
}

/**
 * The filter's customer, name, resource and operation parts alone: `activityMatcher` is the period and these.
 * For a store that finds the period by its own index of dates (reading 100 000 dates per keystroke is slow).
 */
export function activityCriteriaMatcher(filter: Omit<ActivityFilter, 'from' | 'to'>): (record: ActivityRecord) => boolean {
  const customerId = filter.customerId?.toLowerCase();
  const name = filter.customerName?.trim().toLowerCase();
  const types = filter.operationTypes?.length ? new Set(filter.operationTypes) : undefined;
  return (record) => {
    if (customerId && record.customerId.toLowerCase() !== customerId) return false;
    if (name && !record.customerName.toLowerCase().includes(name)) return false;
    if (filter.resourceType && record.resourceType !== filter.resourceType) return false;
    if (types && !types.has(record.operationType)) return false;
    return true;
  };
}

/** Newest first (or oldest first), then by id so equal dates keep one order across pages. */
export function activityComparator(sort: ActivityQuery['sort'] = 'desc'): (a: ActivityRecord, b: ActivityRecord) => number {
  const sign = sort === 'asc' ? 1 : -1;
  return (a, b) => sign * (Date.parse(a.operationDate) - Date.parse(b.operationDate)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A record with its operation date read, in milliseconds since the epoch. */
export interface DatedActivityRecord {
  record: ActivityRecord;
  at: number;
}

/** The order of `activityComparator`, over records whose dates are read once rather than twice per comparison. */
export function datedActivityComparator(sort: ActivityQuery['sort'] = 'desc'): (a: DatedActivityRecord, b: DatedActivityRecord) => number {
  const sign = sort === 'asc' ? 1 : -1;
  return (a, b) => sign * (a.at - b.at) || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);
}

/**
 * The records in `activityComparator(sort)` order, as a new array. Each date is read once rather than twice
 * per comparison, which is what makes sorting 100 000 records affordable.
 */
export function sortActivity(records: readonly ActivityRecord[], sort: ActivityQuery['sort'] = 'desc'): ActivityRecord[] {
  const dated = records.map((record) => ({ record, at: Date.parse(record.operationDate) }));
  return dated.sort(datedActivityComparator(sort)).map((entry) => entry.record);
}
