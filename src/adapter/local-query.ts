/**
 * Sort and filter done here, over rows really walked, for what a source does not honour itself (issue 25): an
 * adapter wrapper that asks the source only for what it honours (one search or filter on a Partner Center like
 * source), walks every page of that answer up to a bound, then filters and sorts the walked rows with the very
 * matcher and comparator the memory adapter uses, and serves pages of the result with its true total. A query the
 * source honours goes through untouched, so over a full-capability source nothing changes.
 */
import { activityComparator, activityMatcher, type ActivityQuery } from '../model/activity.js';
import { COLUMN_IDS, rowMatcher, sortRows, sortSpecs, type CustomerQuery } from '../model/query.js';
import { AdapterError, throwIfAborted } from './adapter-error.js';
import { ACTIVITY_FILTER_IDS, capabilitiesOf, CUSTOMER_FILTER_IDS, type ActivityFilterId, type AdapterCapabilities, type CustomerFilterId } from './capabilities.js';
import { unsupportedActivityQuery, unsupportedCustomerQuery } from './capability-checks.js';
import type { ActivityPage, CustomerAdapter, CustomerPage, ListActivityRequest, ListCustomersRequest } from './customer-adapter.js';

/**
 * The most rows (customers, or activity records of a period) walked to sort or filter them here. Sorting 20 000
 * customers by company name takes well under a second in a browser (see the report of issue 25); beyond this the
 * walk itself (40 requests of 500) is what the agent would wait for, so the list refuses instead.
 */
export const WALK_LIMIT = 20_000;

/** The code of the refusal when a walk would pass the bound. */
export const WALK_LIMIT_CODE = 'walk-limit';

/** How far a walk has got. */
export interface WalkProgress {
  /** What is walked: customers, or activity records. */
  kind: 'customers' | 'activity';
  /** Why: a sort the source cannot do (a sort and a filter together count as a sort), or a filter alone. */
  purpose: 'sort' | 'filter';
  /** Rows walked so far. */
  loaded: number;
  /** Rows the walk will reach, when the source counts its totals; else `undefined`. */
  total: number | undefined;
  /** `running` while pages arrive; then `done`, `aborted` or `over-limit` (the walk stopped at the bound). */
  state: 'running' | 'done' | 'aborted' | 'over-limit';
}

export interface LocalQueryOptions {
  /** The most rows walked; default {@link WALK_LIMIT}. */
  limit?: number;
  /** Called as each walked page arrives and once when the walk ends, however it ends. */
  onProgress?(progress: WalkProgress): void;
}

/**
 * The part of a customer query its source honours itself: the sort if the source sorts by it, and the search
 * and filters it honours (only one of them when it takes one criterion per request; the search first, as the
 * narrowest). What is left out, the walk does here.
 */
export function honouredCustomerQuery(query: CustomerQuery, capabilities: AdapterCapabilities): CustomerQuery {
  const part: CustomerQuery = {};
  if (query.search?.text.trim() && capabilities.searchFields.includes(query.search.field)) part.search = { ...query.search };
  const filters: CustomerFilterId[] = ['indirectResellerId', 'relationship', 'tags'];
  for (const id of filters) {
    if (!hasCriterion(query, id) || !capabilities.filters.includes(id)) continue;
    if (!capabilities.combinedCriteria && Object.keys(part).length) break;
    Object.assign(part, { [id]: query[id] });
  }
  const sort = sortSpecs(query.sort);
  if (sort.length && unsupportedCustomerQuery({ ...part, sort }, capabilities) === undefined) part.sort = sort;
  return part;
}

/** The part of an activity query its source honours itself (see {@link honouredCustomerQuery}). */
export function honouredActivityQuery(query: ActivityQuery, capabilities: AdapterCapabilities): ActivityQuery {
  const part: ActivityQuery = { from: query.from, to: query.to };
  // The customer first: the narrowest, and the one a panel of one customer always has.
  const filters: ActivityFilterId[] = ['customerId', 'customerName', 'resourceType', 'operationTypes'];
  let count = 0;
  for (const id of filters) {
    const value = query[id];
    if (value === undefined || (Array.isArray(value) && !value.length) || (typeof value === 'string' && !value.trim())) continue;
    if (!capabilities.activityFilters.includes(id) || (!capabilities.combinedActivityFilters && count)) continue;
    Object.assign(part, { [id]: value });
    count++;
  }
  if (query.sort === 'asc' && capabilities.activitySort) part.sort = 'asc';
  return part;
}

/** The criteria of a customer query in one canonical order, as a key: equal filters give equal keys. */
function filterKey(query: CustomerQuery): string {
  const text = query.search?.text.trim();
  return JSON.stringify([text ? [query.search!.field, text] : null, query.tags?.length ? query.tags : null, query.relationship ?? null, query.indirectResellerId ?? null]);
}

/** An activity query's period and filters, without its order, as a key. */
function activityKey(query: ActivityQuery): string {
  const name = query.customerName?.trim();
  return JSON.stringify(['activity', query.from, query.to, query.customerId || null, name || null, query.resourceType ?? null, query.operationTypes?.length ? query.operationTypes : null]);
}

function hasCriterion(query: CustomerQuery, id: CustomerFilterId): boolean {
  return id === 'tags' ? Boolean(query.tags?.length) : query[id] !== undefined;
}

/** A query without its paging, as a key. */
function queryKey(request: object): string {
  const { pageSize: _size, continuationToken: _token, offset: _offset, ...query } = request as { pageSize?: number; continuationToken?: string; offset?: number };
  return JSON.stringify(query);
}

const TOKEN_PREFIX = 'local-query:';
/** Walked results kept for their next pages: the list's current query and the one before it. */
const KEPT_WALKS = 4;

/**
 * A `CustomerAdapter` that sorts and filters customers and activity records over walked rows when its source
 * cannot. Its `capabilities` state the widened reach: every sort column and filter (tags only if the source
 * keeps tags), combined criteria, every activity filter and order. The search fields stay the source's: an
 * exact Microsoft ID lookup is not a walk of every customer. A walk that would pass the bound rejects with
 * kind `invalid` and code {@link WALK_LIMIT_CODE}.
 *
 * @example
 * const adapter = withLocalQuery(MemoryAdapter.partnerCenterLike({ customers }), { onProgress: (p) => console.log(p.loaded) });
 * await adapter.listCustomers({ pageSize: 500, sort: { column: 'companyName', direction: 'asc' } });
 */
export class LocalQueryAdapter implements CustomerAdapter {
  readonly capabilities: AdapterCapabilities;
  /** What the source itself honours. */
  readonly sourceCapabilities: AdapterCapabilities;
  readonly limit: number;
  readonly listActivity?: (request: ListActivityRequest, signal?: AbortSignal) => Promise<ActivityPage>;
  /** Walked results by id, oldest first. */
  private readonly walks = new Map<string, { key: string; items: unknown[] }>();
  private walkCounter = 0;
  /** Honoured queries known to select more than the bound, with their sizes: a source that counts says so at once. */
  private readonly sizes = new Map<string, number>();

  constructor(
    readonly source: CustomerAdapter,
    private readonly options: LocalQueryOptions = {},
  ) {
    const stated = capabilitiesOf(source);
    this.sourceCapabilities = stated;
    this.limit = options.limit ?? WALK_LIMIT;
    const withTags = <T extends string>(ids: readonly T[]) => ids.filter((id) => stated.tags || id !== 'tags');
    this.capabilities = {
      ...stated,
      sortColumns: withTags(COLUMN_IDS),
      multiColumnSort: true,
      filters: withTags(CUSTOMER_FILTER_IDS),
      combinedCriteria: true,
      activityFilters: ACTIVITY_FILTER_IDS,
      combinedActivityFilters: true,
      activitySort: true,
    };
    if (source.listActivity) this.listActivity = (request, signal) => this.activityPage(request, signal);
  }

  /**
   * Whether the customers a query's honoured part selects are known to be more than the bound (the source
   * counted them, or a walk stopped at the bound): sorting or filtering them here is then not offered.
   */
  knownOverLimit(query: CustomerQuery): boolean {
    return (this.sizes.get(filterKey(honouredCustomerQuery(query, this.sourceCapabilities))) ?? 0) > this.limit;
  }

  /**
   * Whether the records of an activity query's honoured part (its period and the filter the source does) are
   * known to be more than the bound: ordering or filtering them further here is then not offered.
   */
  knownActivityOverLimit(query: ActivityQuery): boolean {
    return (this.sizes.get(activityKey(honouredActivityQuery(query, this.sourceCapabilities))) ?? 0) > this.limit;
  }

  async listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    const { pageSize, continuationToken, ...query } = request;
    if (continuationToken?.startsWith(TOKEN_PREFIX)) return this.servePage(request, signal);
    const search = query.search?.text.trim() ? query.search : undefined;
    const refusal = unsupportedCustomerQuery(query, this.sourceCapabilities);
    // A search field the source lacks is not walked for: the source refuses it, in its own words.
    if (refusal === undefined || (search && !this.sourceCapabilities.searchFields.includes(search.field))) {
      const page = await this.source.listCustomers(request, signal);
      if (!continuationToken && this.sourceCapabilities.totals) this.rememberSize(filterKey(query), page.totalCount);
      return page;
    }
    const part = honouredCustomerQuery(query, this.sourceCapabilities);
    const purpose = sortSpecs(query.sort).length && !part.sort ? 'sort' : 'filter';
    // A page at an offset (a grid jumping far down a counted list) comes from the walk kept for this query.
    const kept = request.offset === undefined ? undefined : this.keptWalk<CustomerPage['items'][number]>(queryKey(request));
    if (kept) return this.pageOf(kept.id, kept.items, request.offset!, pageSize);
    const walked = await this.walk<CustomerPage['items'][number]>('customers', purpose, filterKey(part), (token, walkSignal) =>
      this.source.listCustomers({ ...part, pageSize, ...(token ? { continuationToken: token } : {}) }, walkSignal), signal);
    const items = sortRows(walked.filter(rowMatcher(query)), query.sort);
    return this.firstPage(queryKey(request), items, pageSize, request.offset);
  }

  private async activityPage(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    const listActivity = this.source.listActivity!.bind(this.source);
    if (request.continuationToken?.startsWith(TOKEN_PREFIX)) return this.servePage(request, signal);
    const { pageSize, continuationToken: _token, ...query } = request;
    if (unsupportedActivityQuery(query, this.sourceCapabilities) === undefined) {
      const page = await listActivity(request, signal);
      if (this.sourceCapabilities.totals) this.rememberSize(activityKey(query), page.totalCount);
      return page;
    }
    const part = honouredActivityQuery(query, this.sourceCapabilities);
    const purpose = (query.sort ?? 'desc') !== (part.sort ?? 'desc') ? 'sort' : 'filter';
    const kept = request.offset === undefined ? undefined : this.keptWalk<ActivityPage['items'][number]>(queryKey(request));
    if (kept) return this.pageOf(kept.id, kept.items, request.offset!, pageSize);
    const walked = await this.walk<ActivityPage['items'][number]>('activity', purpose, activityKey(part), (token, walkSignal) =>
      listActivity({ ...part, pageSize, ...(token ? { continuationToken: token } : {}) }, walkSignal), signal);
    const items = walked.filter(activityMatcher(query)).sort(activityComparator(query.sort));
    return this.firstPage(queryKey(request), items, pageSize, request.offset);
  }

  /**
   * Every page of the honoured part, up to the bound. A first page that counts more than the bound stops at
   * once; a source that counts nothing is walked until the bound is passed.
   */
  private async walk<Item>(
    kind: WalkProgress['kind'],
    purpose: WalkProgress['purpose'],
    sizeKey: string | undefined,
    fetch: (token: string | undefined, signal?: AbortSignal) => Promise<{ items: Item[]; totalCount: number; continuationToken?: string }>,
    signal: AbortSignal | undefined,
  ): Promise<Item[]> {
    const items: Item[] = [];
    let total: number | undefined;
    let token: string | undefined;
    const report = (state: WalkProgress['state']) => this.options.onProgress?.({ kind, purpose, loaded: items.length, total, state });
    try {
      do {
        const page = await fetch(token, signal);
        throwIfAborted(signal);
        items.push(...page.items);
        token = page.continuationToken;
        if (this.sourceCapabilities.totals) total = page.totalCount;
        const size = total ?? (token ? items.length + 1 : items.length);
        if (size > this.limit) {
          if (sizeKey !== undefined) this.rememberSize(sizeKey, size);
          report('over-limit');
          throw new AdapterError('invalid', `More than ${this.limit} rows would have to be walked to sort or filter them here`, { code: WALK_LIMIT_CODE, details: { limit: this.limit } });
        }
        report(token ? 'running' : 'done');
      } while (token);
    } catch (error) {
      if (signal?.aborted) report('aborted');
      throw error;
    }
    if (sizeKey !== undefined) this.rememberSize(sizeKey, items.length);
    return items;
  }

  /** Only sizes past the bound matter (they stop a walk before it starts): the rest are forgotten, not hoarded per keystroke. */
  private rememberSize(key: string, size: number): void {
    if (size > this.limit) this.sizes.set(key, size);
    else this.sizes.delete(key);
  }

  /** Keeps a walked result for its next pages and answers the first (or the one at `offset`). */
  private firstPage<Item>(key: string, items: Item[], pageSize: number, offset = 0): { items: Item[]; totalCount: number; continuationToken?: string } {
    const id = String(++this.walkCounter);
    this.walks.set(id, { key, items });
    for (const old of this.walks.keys()) if (this.walks.size > KEPT_WALKS) this.walks.delete(old);
    return this.pageOf(id, items, offset, pageSize);
  }

  /** The newest walk kept for a query, if any. */
  private keptWalk<Item>(key: string): { id: string; items: Item[] } | undefined {
    let found: { id: string; items: Item[] } | undefined;
    for (const [id, walk] of this.walks) if (walk.key === key) found = { id, items: walk.items as Item[] };
    return found;
  }

  private async servePage<Item>(request: { pageSize: number; continuationToken?: string }, signal?: AbortSignal): Promise<{ items: Item[]; totalCount: number; continuationToken?: string }> {
    throwIfAborted(signal);
    const [id, offset] = request.continuationToken!.slice(TOKEN_PREFIX.length).split(':');
    const walk = this.walks.get(id ?? '');
    // A page of a walk long replaced: the list asks its first page again rather than mixing two results.
    if (!walk || walk.key !== queryKey(request)) throw new AdapterError('invalid', 'The continuation token is no longer valid', { code: 'bad-token' });
    return this.pageOf(id!, walk.items as Item[], Number(offset), request.pageSize);
  }

  private pageOf<Item>(id: string, items: Item[], offset: number, pageSize: number): { items: Item[]; totalCount: number; continuationToken?: string } {
    const end = offset + Math.max(1, pageSize);
    const slice = items.slice(offset, end);
    // The wrapper counts as its source says it does: over a source that counts nothing, a page counts itself, so
    // `totals` means one thing for every page it serves, walked here or passed through.
    const page: { items: Item[]; totalCount: number; continuationToken?: string } = { items: slice, totalCount: this.sourceCapabilities.totals ? items.length : slice.length };
    if (end < items.length) page.continuationToken = `${TOKEN_PREFIX}${id}:${end}`;
    return page;
  }

  listTags(signal?: AbortSignal) {
    return this.source.listTags(signal);
  }
  createTag(name: string, signal?: AbortSignal) {
    return this.source.createTag(name, signal);
  }
  renameTag(from: string, to: string, signal?: AbortSignal) {
    return this.source.renameTag(from, to, signal);
  }
  deleteTag(name: string, signal?: AbortSignal) {
    return this.source.deleteTag(name, signal);
  }
  assignTags(...args: Parameters<CustomerAdapter['assignTags']>) {
    return this.source.assignTags(...args);
  }
  countTags(...args: Parameters<CustomerAdapter['countTags']>) {
    return this.source.countTags(...args);
  }
  getBillingProfile(...args: Parameters<CustomerAdapter['getBillingProfile']>) {
    return this.source.getBillingProfile(...args);
  }
  updateBillingProfile(...args: Parameters<CustomerAdapter['updateBillingProfile']>) {
    return this.source.updateBillingProfile(...args);
  }
  listProducts(...args: Parameters<CustomerAdapter['listProducts']>) {
    return this.source.listProducts(...args);
  }
  createOrder(...args: Parameters<CustomerAdapter['createOrder']>) {
    return this.source.createOrder(...args);
  }
}

/** Wraps a source in a {@link LocalQueryAdapter}. */
export function withLocalQuery(source: CustomerAdapter, options: LocalQueryOptions = {}): LocalQueryAdapter {
  return new LocalQueryAdapter(source, options);
}
