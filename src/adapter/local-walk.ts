/**
 * The walker of LocalQueryAdapter (the list) and of the activity log's walk (activity-log/activity-walk.ts),
 * loaded by `import()` on the first query a source does not honour (a source that honours every query never loads
 * it): every page of the honoured part up to the bound, the customers filtered and sorted here with the very
 * matcher and comparator the memory adapter uses, and pages of the result served with its true total. The
 * activity half is local-walk-activity.ts, so the list never loads the activity model.
 */
import { rowMatcher, sortRows, sortSpecs } from '../model/query.js';
import { AdapterError, throwIfAborted } from './adapter-error.js';
import type { AdapterCapabilities } from './capabilities.js';
import type { CustomerAdapter, CustomerPage, ListCustomersRequest } from './customer-adapter.js';
import { filterKey, honouredCustomerQuery, WALK_LIMIT_CODE, WALK_TOKEN_PREFIX, type WalkProgress } from './local-query-terms.js';

/** Walked results kept for their next pages: the list's current query and the one before it. */
const KEPT_WALKS = 4;

/** A page of walked rows, as both listings answer. */
export interface WalkedPage<Item> {
  items: Item[];
  totalCount: number;
  continuationToken?: string;
}

/** What the walker needs of the wrapper that loaded it. */
export interface WalkHost {
  readonly source: CustomerAdapter;
  readonly sourceCapabilities: AdapterCapabilities;
  readonly limit: number;
  onProgress?(progress: WalkProgress): void;
  /** Remembers how many rows a honoured query selects (only sizes past the bound are kept). */
  rememberSize(key: string, size: number): void;
}

/** A query without its paging, as a key. */
export function queryKey(request: object): string {
  const { pageSize: _size, continuationToken: _token, offset: _offset, ...query } = request as { pageSize?: number; continuationToken?: string; offset?: number };
  return JSON.stringify(query);
}

export class LocalWalker {
  /** Walked results by id, oldest first. */
  private readonly walks = new Map<string, { key: string; items: unknown[] }>();
  private walkCounter = 0;

  constructor(readonly host: WalkHost) {}

  /** A page of customers for a query the source does not honour, or the next page of one walked before. */
  async customerPage(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    const { pageSize, continuationToken, ...query } = request;
    if (continuationToken?.startsWith(WALK_TOKEN_PREFIX)) return this.servePage(request, signal);
    const part = honouredCustomerQuery(query, this.host.sourceCapabilities);
    const purpose = sortSpecs(query.sort).length && !part.sort ? 'sort' : 'filter';
    // A page at an offset (a grid jumping far down a counted list) comes from the walk kept for this query.
    const kept = request.offset === undefined ? undefined : this.keptWalk<CustomerPage['items'][number]>(queryKey(request));
    if (kept) return this.pageOf(kept.id, kept.items, request.offset!, pageSize);
    const walked = await this.walk<CustomerPage['items'][number]>('customers', purpose, filterKey(part), (token, walkSignal) =>
      this.host.source.listCustomers({ ...part, pageSize, ...(token ? { continuationToken: token } : {}) }, walkSignal), signal);
    const items = sortRows(walked.filter(rowMatcher(query)), query.sort);
    return this.firstPage(queryKey(request), items, pageSize, request.offset);
  }

  /**
   * Every page of the honoured part, up to the bound. A first page that counts more than the bound stops at
   * once; a source that counts nothing is walked until the bound is passed.
   */
  async walk<Item>(
    kind: WalkProgress['kind'],
    purpose: WalkProgress['purpose'],
    sizeKey: string | undefined,
    fetch: (token: string | undefined, signal?: AbortSignal) => Promise<WalkedPage<Item>>,
    signal: AbortSignal | undefined,
  ): Promise<Item[]> {
    const { limit, sourceCapabilities } = this.host;
    const items: Item[] = [];
    let total: number | undefined;
    let token: string | undefined;
    const report = (state: WalkProgress['state']) => this.host.onProgress?.({ kind, purpose, loaded: items.length, total, state });
    try {
      do {
        const page = await fetch(token, signal);
        throwIfAborted(signal);
        items.push(...page.items);
        token = page.continuationToken;
        if (sourceCapabilities.totals) total = page.totalCount;
        const size = total ?? (token ? items.length + 1 : items.length);
        if (size > limit) {
          if (sizeKey !== undefined) this.host.rememberSize(sizeKey, size);
          report('over-limit');
          throw new AdapterError('invalid', `More than ${limit} rows would have to be walked to sort or filter them here`, { code: WALK_LIMIT_CODE, details: { limit } });
        }
        report(token ? 'running' : 'done');
      } while (token);
    } catch (error) {
      if (signal?.aborted) report('aborted');
      throw error;
    }
    if (sizeKey !== undefined) this.host.rememberSize(sizeKey, items.length);
    return items;
  }

  /** Keeps a walked result for its next pages and answers the first (or the one at `offset`). */
  firstPage<Item>(key: string, items: Item[], pageSize: number, offset = 0): WalkedPage<Item> {
    const id = String(++this.walkCounter);
    this.walks.set(id, { key, items });
    for (const old of this.walks.keys()) if (this.walks.size > KEPT_WALKS) this.walks.delete(old);
    return this.pageOf(id, items, offset, pageSize);
  }

  /** The newest walk kept for a query, if any. */
  keptWalk<Item>(key: string): { id: string; items: Item[] } | undefined {
    let found: { id: string; items: Item[] } | undefined;
    for (const [id, walk] of this.walks) if (walk.key === key) found = { id, items: walk.items as Item[] };
    return found;
  }

  async servePage<Item>(request: { pageSize: number; continuationToken?: string }, signal?: AbortSignal): Promise<WalkedPage<Item>> {
    throwIfAborted(signal);
    const [id, offset] = request.continuationToken!.slice(WALK_TOKEN_PREFIX.length).split(':');
    const walk = this.walks.get(id ?? '');
    // A page of a walk long replaced: the list asks its first page again rather than mixing two results.
    if (!walk || walk.key !== queryKey(request)) throw new AdapterError('invalid', 'The continuation token is no longer valid', { code: 'bad-token' });
    return this.pageOf(id!, walk.items as Item[], Number(offset), request.pageSize);
  }

  pageOf<Item>(id: string, items: Item[], offset: number, pageSize: number): WalkedPage<Item> {
    const end = offset + Math.max(1, pageSize);
    const slice = items.slice(offset, end);
    // The wrapper counts as its source says it does: over a source that counts nothing, a page counts itself, so
    // `totals` means one thing for every page it serves, walked here or passed through.
    const page: WalkedPage<Item> = { items: slice, totalCount: this.host.sourceCapabilities.totals ? items.length : slice.length };
    if (end < items.length) page.continuationToken = `${WALK_TOKEN_PREFIX}${id}:${end}`;
    return page;
  }
}
