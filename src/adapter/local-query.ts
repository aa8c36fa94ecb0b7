/**
 * Sort and filter done here, over rows really walked, for what a source does not honour itself (issue 25): an
 * adapter wrapper that asks the source only for what it honours (one search or filter on a Partner Center like
 * source), walks every page of that answer up to a bound, then filters and sorts the walked rows with the very
 * matcher and comparator the memory adapter uses, and serves pages of the result with its true total. A query the
 * source honours goes through untouched, so over a full-capability source nothing changes.
 *
 * This module is the wrapper only, which the list holds from its first render: the walker (local-walk.ts) loads
 * by `import()` on the first query the source does not honour, so a page over a source that honours every query
 * never downloads it. Customers only: the activity log follows its source itself (activity-log/activity-source.ts,
 * with the same walker and local-walk-activity.ts), so that its first load carries no wrapper; activity requests
 * go to the source untouched.
 */
import { ForwardingAdapter } from './forwarding-adapter.js';
import { COLUMN_IDS, type CustomerQuery } from '../model/query.js';
import { capabilitiesOf, CUSTOMER_FILTER_IDS, type AdapterCapabilities } from './capabilities.js';
import { unsupportedCustomerQuery } from './capability-checks.js';
import type { CustomerAdapter, CustomerPage, ListCustomersRequest } from './customer-adapter.js';
import { filterKey, honouredCustomerQuery, WALK_LIMIT, WALK_TOKEN_PREFIX, type LocalQueryOptions } from './local-query-terms.js';
import type { LocalWalker } from './local-walk.js';
import { knownPastBound, rememberSize, type SizesPastBound } from './walk-bound.js';

export { honouredActivityQuery, honouredCustomerQuery, WALK_LIMIT, WALK_LIMIT_CODE, type LocalQueryOptions, type WalkProgress } from './local-query-terms.js';

/**
 * A `CustomerAdapter` that sorts and filters customers over walked rows when its source cannot. Its
 * `capabilities` state the widened reach: every sort column and filter (tags only if the source keeps tags) and
 * combined criteria; the activity ones stay the source's. The search fields stay the source's too: an
 * exact Microsoft ID lookup is not a walk of every customer. A walk that would pass the bound rejects with
 * kind `invalid` and code {@link WALK_LIMIT_CODE}.
 *
 * @example
 * const adapter = withLocalQuery(MemoryAdapter.partnerCenterLike({ customers }), { onProgress: (p) => console.log(p.loaded) });
 * await adapter.listCustomers({ pageSize: 500, sort: { column: 'companyName', direction: 'asc' } });
 */
export class LocalQueryAdapter extends ForwardingAdapter {
  readonly capabilities: AdapterCapabilities;
  /** What the source itself honours. */
  readonly sourceCapabilities: AdapterCapabilities;
  readonly limit: number;
  /** Honoured queries known to select more than the bound: a source that counts says so at once. */
  private readonly sizes: SizesPastBound = new Map();
  /** The walker with the results it keeps, once a query needed it. */
  private walker: Promise<LocalWalker> | undefined;

  constructor(
    source: CustomerAdapter,
    private readonly options: LocalQueryOptions = {},
  ) {
    super(source);
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
    };
  }

  /**
   * Whether the customers a query's honoured part selects are known to be more than the bound (the source
   * counted them, or a walk stopped at the bound): sorting or filtering them here is then not offered.
   */
  knownOverLimit(query: CustomerQuery): boolean {
    return knownPastBound(this.sizes, filterKey(honouredCustomerQuery(query, this.sourceCapabilities)), this.limit);
  }

  override async listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    const { pageSize: _size, continuationToken, ...query } = request;
    if (!continuationToken?.startsWith(WALK_TOKEN_PREFIX)) {
      const search = query.search?.text.trim() ? query.search : undefined;
      const refusal = unsupportedCustomerQuery(query, this.sourceCapabilities);
      // A search field the source lacks is not walked for: the source refuses it, in its own words.
      if (refusal === undefined || (search && !this.sourceCapabilities.searchFields.includes(search.field))) {
        const page = await this.source.listCustomers(request, signal);
        if (!continuationToken && this.sourceCapabilities.totals) rememberSize(this.sizes, filterKey(query), page.totalCount, this.limit);
        return page;
      }
    }
    return (await this.walks()).customerPage(request, signal);
  }

  /** The walker, loaded on first use; a failed load is tried again by the next query rather than kept. */
  private walks(): Promise<LocalWalker> {
    this.walker ??= import('./local-walk.js').then(
      ({ LocalWalker }) =>
        new LocalWalker({
          source: this.source,
          sourceCapabilities: this.sourceCapabilities,
          limit: this.limit,
          onProgress: (progress) => this.options.onProgress?.(progress),
          rememberSize: (key, size) => rememberSize(this.sizes, key, size, this.limit),
        }),
      (error: unknown) => {
        this.walker = undefined;
        throw error;
      },
    );
    return this.walker;
  }
}

/** Wraps a source in a {@link LocalQueryAdapter}. */
export function withLocalQuery(source: CustomerAdapter, options: LocalQueryOptions = {}): LocalQueryAdapter {
  return new LocalQueryAdapter(source, options);
}
