/**
 * A tag filter over a source that cannot filter by the store's tags: the store names the customers carrying the
 * tags, each is looked up through the source by Microsoft ID (an exact lookup every source serves), and the
 * query's other criteria are evaluated over those rows here. Pages carry continuation tokens of their own, over a
 * snapshot of the ID list (or of the rows) taken at the first page, as a server cursor would.
 */
import { rowMatcher, sortRows, sortSpecs, type CustomerQuery } from '../../model/query.js';
import { copyRow, type CustomerRow } from '../../model/customer.js';
import { badTokenError, throwIfAborted } from '../adapter-error.js';
import type { CustomerPage, ListCustomersRequest } from '../customer-adapter.js';

const PREFIX = 'tagged1';
const MAX_SNAPSHOTS = 16;
/** Lookups in flight at once: a few, so a page of 500 IDs is not 500 requests one after another nor at once. */
const LOOKUP_CONCURRENCY = 6;

/** The rows of one customer (both rows of a dual-role one), joined with the store's tags, or none. */
export type LookUpCustomer = (customerId: string, signal?: AbortSignal) => Promise<CustomerRow[]>;

type Snapshot = { kind: 'ids'; ids: readonly string[] } | { kind: 'rows'; rows: readonly CustomerRow[] };

export function isTaggedPageToken(token: string | undefined): boolean {
  return token !== undefined && token.startsWith(`${PREFIX}.`);
}

export class TaggedPages {
  private nextId = 1;
  private readonly snapshots = new Map<number, Snapshot>();

  /**
   * @param lookUp Looks one customer up through the source.
   * @param exact Whether pages must state the query's true total (the source counts totals). Then, or when the
   *   query sorts, every tagged customer is looked up at the first page and the rows are paged from memory;
   *   otherwise IDs are looked up a page at a time and `totalCount` is the page's own count (`totals: false`).
   */
  constructor(private readonly lookUp: LookUpCustomer, private readonly exact: boolean) {}

  async page(request: ListCustomersRequest, taggedIds: () => Promise<string[]>, signal?: AbortSignal): Promise<CustomerPage> {
    let snapshotId: number;
    let offset = 0;
    let skip = 0;
    if (request.continuationToken === undefined) {
      const ids = await taggedIds();
      snapshotId = this.remember(this.exact || sortSpecs(request.sort).length ? { kind: 'rows', rows: await this.rowsOf(ids, request, signal) } : { kind: 'ids', ids });
    } else {
      ({ snapshotId, offset, skip } = parseToken(request.continuationToken));
    }
    const snapshot = this.snapshots.get(snapshotId);
    if (!snapshot) throw badTokenError(request.continuationToken ?? '');
    const page = snapshot.kind === 'rows' ? pageOfRows(snapshot.rows, offset, request.pageSize) : await this.pageOfIds(snapshot.ids, offset, skip, request, signal);
    if (page.next === undefined) this.snapshots.delete(snapshotId);
    const result: CustomerPage = { items: page.items, totalCount: snapshot.kind === 'rows' ? snapshot.rows.length : page.items.length };
    if (page.next) result.continuationToken = `${PREFIX}.${snapshotId}.${page.next.offset}.${page.next.skip}`;
    return result;
  }

  /** Every tagged customer's rows that meet the rest of the query, in its order. */
  private async rowsOf(ids: readonly string[], query: CustomerQuery, signal?: AbortSignal): Promise<CustomerRow[]> {
    const found = await this.lookUpAll(ids, query, signal);
    return sortRows(found.flat(), query.sort);
  }

  /**
   * Rows of the IDs from `offset` on (skipping `skip` rows of the first: a page of one row may split a
   * dual-role customer), up to `pageSize` rows; a page is never empty while IDs remain.
   */
  private async pageOfIds(ids: readonly string[], offset: number, skip: number, query: ListCustomersRequest, signal?: AbortSignal) {
    const items: CustomerRow[] = [];
    let at = offset;
    while (at < ids.length && items.length < query.pageSize) {
      const batch = ids.slice(at, at + query.pageSize - items.length);
      const found = await this.lookUpAll(batch, query, signal);
      for (const rows of found) {
        const rest = rows.slice(skip);
        const room = query.pageSize - items.length;
        if (rest.length > room) {
          // A customer's rows stay on one page unless a page cannot hold them at all.
          if (items.length === 0) {
            items.push(...rest.slice(0, room));
            return { items, next: { offset: at, skip: skip + room } };
          }
          return { items, next: { offset: at, skip: 0 } };
        }
        items.push(...rest);
        skip = 0;
        at++;
      }
    }
    return { items, next: at < ids.length ? { offset: at, skip: 0 } : undefined };
  }

  /** Each ID's rows meeting the query but its tags (which the store answered), in the order of `ids`. */
  private async lookUpAll(ids: readonly string[], query: CustomerQuery, signal?: AbortSignal): Promise<CustomerRow[][]> {
    const matches = rowMatcher({ ...query, tags: undefined });
    const results: CustomerRow[][] = new Array(ids.length);
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const at = next++;
        throwIfAborted(signal);
        results[at] = (await this.lookUp(ids[at]!, signal)).filter(matches);
      }
    };
    await Promise.all(Array.from({ length: Math.min(LOOKUP_CONCURRENCY, ids.length) }, worker));
    return results;
  }

  private remember(snapshot: Snapshot): number {
    const id = this.nextId++;
    this.snapshots.set(id, snapshot);
    if (this.snapshots.size > MAX_SNAPSHOTS) this.snapshots.delete(this.snapshots.keys().next().value as number);
    return id;
  }
}

function pageOfRows(rows: readonly CustomerRow[], offset: number, pageSize: number) {
  const end = Math.min(offset + pageSize, rows.length);
  return { items: rows.slice(offset, end).map(copyRow), next: end < rows.length ? { offset: end, skip: 0 } : undefined };
}

function parseToken(token: string): { snapshotId: number; offset: number; skip: number } {
  const [prefix, ...numbers] = token.split('.');
  const [snapshotId, offset, skip] = numbers.map(Number);
  const valid = prefix === PREFIX && numbers.length === 3 && [snapshotId, offset, skip].every((n) => Number.isSafeInteger(n) && n! >= 0);
  if (!valid) throw badTokenError(token);
  return { snapshotId: snapshotId!, offset: offset!, skip: skip! };
}
