/** The activity records a MemoryAdapter holds: the history it was given and every change made through it since. */
import { periodEnd, periodStart, type ActivityQuery, type ActivityRecord } from '../../model/activity.js';
import { activityCriteriaMatcher, datedActivityComparator, type DatedActivityRecord } from '../../model/activity-order.js';
import { validateActivity } from '../validate-activity.js';

/** A record with its date read and its customer name in lower case, once rather than per query. */
interface IndexedRecord extends DatedActivityRecord {
  name: string;
}

/** What an operation says about itself; the log adds the id, date, status, acting user and correlation id. */
export type ActivityEntry = Omit<ActivityRecord, 'id' | 'operationDate' | 'operationStatus' | 'userPrincipalName' | 'originalCorrelationId'>;

export interface ActivityContext {
  now: Date;
  userPrincipalName: string;
}

export class ActivityLog {
  /** Every record with its date read once, in the order they came. */
  private readonly records: IndexedRecord[];
  /**
   * The records in each order, built on demand and dropped when a record is added: indexed (to find a period
   * and filter) and bare (a query with no filter is a slice of them).
   */
  private readonly ordered = new Map<'asc' | 'desc', { indexed: readonly IndexedRecord[]; records: readonly ActivityRecord[] }>();
  private sequence = 0;

  constructor(records: readonly ActivityRecord[] = []) {
    this.records = [];
    this.add(records);
  }

  /** Adds records of the history (validated and copied), e.g. a history that arrives after the rows. */
  add(records: readonly ActivityRecord[]): void {
    for (const record of validateActivity(records)) this.records.push(indexed(copyActivityRecord(record)));
    this.ordered.clear();
    // Newest first is how every log opens: put in order once with the records, as they are dated once.
    this.inOrder('desc');
  }

  /**
   * The records a query selects, in its order (what `activityMatcher` and `activityComparator` select and
   * order). The period is found by binary search in the ordered records, so a keystroke in a name filter over
   * 100 000 records reads no dates. A new array each time, so a page walk can keep it.
   */
  query(query: ActivityQuery): ActivityRecord[] {
    const sort = query.sort === 'asc' ? 'asc' : 'desc';
    const inOrder = this.inOrder(sort);
    const ordered = inOrder.indexed;
    const start = periodStart(query.from);
    const end = periodEnd(query.to);
    // Newest first: the period runs from the first record not after its end to the first before its start.
    const [first, last] = sort === 'desc'
      ? [firstIndex(ordered, (at) => at <= end), firstIndex(ordered, (at) => at < start)]
      : [firstIndex(ordered, (at) => at >= start), firstIndex(ordered, (at) => at > end)];
    // A period alone (the log as it opens): its records are a run of the order, copied without testing each.
    if (!hasCriteria(query)) return inOrder.records.slice(first, last);
    const matches = activityCriteriaMatcher(query);
    // The name test of `matches` on the name read once: most records fail it, and then no name is lowered.
    const needle = query.customerName?.trim().toLowerCase() ?? '';
    const result: ActivityRecord[] = [];
    for (let index = first; index < last; index++) {
      const { record, name } = ordered[index]!;
      if (name.includes(needle) && matches(record)) result.push(record);
    }
    return result;
  }

  /** The records in `sort` order, sorted when first asked for after a change. */
  private inOrder(sort: 'asc' | 'desc'): { indexed: readonly IndexedRecord[]; records: readonly ActivityRecord[] } {
    let inOrder = this.ordered.get(sort);
    if (!inOrder) {
      const comparator = datedActivityComparator(sort);
      // Records mostly come in order (newest first, as the API and the generator give them): no sort then.
      const indexed = inComparatorOrder(this.records, comparator) ? [...this.records] : [...this.records].sort(comparator);
      this.ordered.set(sort, (inOrder = { indexed, records: indexed.map((entry) => entry.record) }));
    }
    return inOrder;
  }

  /**
   * Records one successful operation: a record per entry, all sharing one correlation id (a tag assignment
   * over many customers is one operation).
   */
  append(entries: readonly ActivityEntry[], { now, userPrincipalName }: ActivityContext): void {
    if (!entries.length) return;
    const originalCorrelationId = sequenceGuid(++this.sequence, CORRELATION_STREAM);
    const operationDate = now.toISOString();
    for (const entry of entries) {
      const record: ActivityRecord = {
        id: sequenceGuid(++this.sequence, RECORD_STREAM),
        operationDate,
        operationStatus: 'succeeded',
        userPrincipalName,
        originalCorrelationId,
        ...entry,
        customizedData: entry.customizedData.map((pair) => ({ ...pair })),
      };
      this.records.push(indexed(record));
    }
    this.ordered.clear();
  }
}

function inComparatorOrder<T>(items: readonly T[], comparator: (a: T, b: T) => number): boolean {
  for (let index = 1; index < items.length; index++) if (comparator(items[index - 1]!, items[index]!) > 0) return false;
  return true;
}

/** Whether a query selects by more than its period: what `activityCriteriaMatcher` tests. */
function hasCriteria({ customerId, customerName, resourceType, operationTypes }: ActivityQuery): boolean {
  return Boolean(customerId || customerName?.trim() || resourceType || operationTypes?.length);
}

function indexed(record: ActivityRecord): IndexedRecord {
  return { record, at: Date.parse(record.operationDate), name: record.customerName.toLowerCase() };
}

/** The first index whose date passes `test`, which holds for a suffix of `ordered`; its length if none does. */
function firstIndex(ordered: readonly DatedActivityRecord[], test: (at: number) => boolean): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(ordered[middle]!.at)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * A copy of a record's fields, field by field as `copyRow` copies a row: one object shape, about twice as fast
 * as a spread, which a page of 10 000 records (a jump far down) feels.
 */
export function copyActivityRecord(record: ActivityRecord): ActivityRecord {
  const copy: ActivityRecord = {
    id: record.id,
    operationDate: record.operationDate,
    operationType: record.operationType,
    operationStatus: record.operationStatus,
    customerId: record.customerId,
    customerName: record.customerName,
    resourceType: record.resourceType,
    userPrincipalName: record.userPrincipalName,
    customizedData: record.customizedData.map(({ key, value }) => ({ key, value })),
    originalCorrelationId: record.originalCorrelationId,
  };
  if (record.resourceOldValue !== undefined) copy.resourceOldValue = record.resourceOldValue;
  if (record.resourceNewValue !== undefined) copy.resourceNewValue = record.resourceNewValue;
  return copy;
}

const RECORD_STREAM = 0x5eed0a11;
const CORRELATION_STREAM = 0x0c0ffee5;

/**
 * A GUID-shaped id for the `n`-th id a log issues: its first group is `n` in hex, so ids never repeat within
 * a log and records of one instant (one tag assignment) sort in the order they were made; the rest is mixed
 * from `n` so they look like the partner center's, without `crypto.randomUUID` (missing over plain HTTP).
 */
function sequenceGuid(n: number, stream: number): string {
  const a = n >>> 0;
  const b = mix(mix(n) ^ stream);
  const c = mix(b + n);
  const d = mix(c ^ a);
  const hex = (value: number, digits: number) => (value >>> 0).toString(16).padStart(8, '0').slice(8 - digits);
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b, 3)}-${hex(((c >>> 16) & 0x3fff) | 0x8000, 4)}-${hex(c, 4)}${hex(d, 8)}`;
}

function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
