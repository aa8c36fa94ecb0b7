/**
 * What a data source does on its side (SPEC §2): which sorts, searches and filters it honours, whether it counts
 * a query's total, whether it keeps tags. Elements read it through {@link capabilitiesOf} so they offer only what
 * the source honours, instead of showing sort arrows or filter chips over rows nobody sorted or filtered.
 */
import type { ActivityFilter } from '../model/activity.js';
import type { CustomerFilter } from '../model/query.js';
import { COLUMN_IDS, SEARCH_FIELDS, type ColumnId, type SearchField } from '../model/query-fields.js';

/** A customer filter other than the search, named as in a query. */
export type CustomerFilterId = keyof Omit<CustomerFilter, 'search'>;
export const CUSTOMER_FILTER_IDS: readonly CustomerFilterId[] = ['tags', 'relationship', 'indirectResellerId'];

/** An activity filter other than the period, named as in a query. */
export type ActivityFilterId = keyof Omit<ActivityFilter, 'from' | 'to'>;
export const ACTIVITY_FILTER_IDS: readonly ActivityFilterId[] = ['customerId', 'customerName', 'resourceType', 'operationTypes'];

/**
 * What an adapter honours server-side. Every field says what the source does itself; what it cannot do, an
 * element must either not offer or do itself over rows it has walked.
 */
export interface AdapterCapabilities {
  /** Columns `listCustomers` sorts by (`sort`). Empty: rows come in the source's own order only. Default: every column. */
  sortColumns: readonly ColumnId[];
  /** Whether a query may carry several sort keys (`sort` as an array of more than one). Default `true`. */
  multiColumnSort: boolean;
  /** Fields a search may name (`search.field`). Default: every field (`companyName`, `primaryDomain`, `id`). */
  searchFields: readonly SearchField[];
  /** Customer filters honoured besides the search: `tags`, `relationship`, `indirectResellerId`. Default: all three. */
  filters: readonly CustomerFilterId[];
  /**
   * Whether one query may combine several criteria (a search and filters, or two filters). `false` for a source
   * that takes one filter per request, as Partner Center does. Default `true`.
   */
  combinedCriteria: boolean;
  /**
   * Whether a page's `totalCount` is the query's total across all pages. When `false` the source counts nothing:
   * `totalCount` is the number of items in that page (Partner Center's meaning), and the total is known only once
   * the last page (no `continuationToken`) has arrived. Applies to `listCustomers` and `listActivity`. Default `true`.
   */
  totals: boolean;
  /**
   * Whether the source keeps tags. When `false`, rows carry no tags and every tag method (`listTags`,
   * `createTag`, `renameTag`, `deleteTag`, `assignTags`, `countTags`) may reject with kind `invalid`. Such a source
   * can neither filter nor sort by tags, whatever `filters` and `sortColumns` say. Default `true`.
   */
  tags: boolean;
  /** Activity filters `listActivity` honours besides the period. Default: all four. */
  activityFilters: readonly ActivityFilterId[];
  /** Whether one activity query may combine several filters (Partner Center's audit records take one). Default `true`. */
  combinedActivityFilters: boolean;
  /** Whether `listActivity` honours `sort: 'asc'`; newest first is every source's order. Default `true`. */
  activitySort: boolean;
  /**
   * Whether a page can start at any row (the request's `offset`), so a jump far down a list need not walk the
   * pages before it: the grids then fetch just the rows in view. `MemoryAdapter` can (unless switched off), a
   * `RestAdapter` when its host API says so (option `offsetPaging`), Partner Center cannot. Default `false`:
   * a source that states nothing gets no `offset`.
   */
  offsetPaging: boolean;
}

/** What an adapter stating nothing is taken to do: everything but offset paging, as every adapter did before capabilities. */
export const DEFAULT_CAPABILITIES: Readonly<AdapterCapabilities> = /* @__PURE__ */ Object.freeze<AdapterCapabilities>({
  sortColumns: COLUMN_IDS,
  multiColumnSort: true,
  searchFields: SEARCH_FIELDS,
  filters: CUSTOMER_FILTER_IDS,
  combinedCriteria: true,
  totals: true,
  tags: true,
  activityFilters: ACTIVITY_FILTER_IDS,
  combinedActivityFilters: true,
  activitySort: true,
  offsetPaging: false,
});

/**
 * What Microsoft's Partner Center API does (PARTNER-CENTER.md §1.1–1.3): no sort, no totals (`totalCount` counts
 * the page), no tags, one `starts_with` filter per request (company name, domain or indirect reseller; a Microsoft
 * ID is a lookup), and audit records with one filter (company name, customer ID or resource type).
 */
export const PARTNER_CENTER_CAPABILITIES: Readonly<AdapterCapabilities> = /* @__PURE__ */ Object.freeze<AdapterCapabilities>({
  sortColumns: [],
  multiColumnSort: false,
  searchFields: SEARCH_FIELDS,
  filters: ['indirectResellerId'],
  combinedCriteria: false,
  totals: false,
  tags: false,
  activityFilters: ['customerId', 'customerName', 'resourceType'],
  combinedActivityFilters: false,
  activitySort: false,
  offsetPaging: false,
});

/**
 * An adapter's capabilities, complete: each field it does not state takes its default from
 * {@link DEFAULT_CAPABILITIES}, so a host's adapter written before capabilities works exactly as before.
 * A source without tags is taken to neither filter nor sort by them.
 *
 * @example
 * if (!capabilitiesOf(adapter).sortColumns.includes('companyName')) hideSortArrow('companyName');
 */
export function capabilitiesOf(adapter: { readonly capabilities?: Partial<AdapterCapabilities> | undefined }): AdapterCapabilities {
  const stated = { ...DEFAULT_CAPABILITIES, ...definedFields(adapter.capabilities ?? {}) };
  if (stated.tags) return stated;
  return {
    ...stated,
    sortColumns: stated.sortColumns.filter((column) => column !== 'tags'),
    filters: stated.filters.filter((filter) => filter !== 'tags'),
  };
}

/** A stated `undefined` (e.g. `{ totals: undefined }` from a spread) means "not stated", not "nothing". */
function definedFields(capabilities: Partial<AdapterCapabilities>): Partial<AdapterCapabilities> {
  return Object.fromEntries(Object.entries(capabilities).filter(([, value]) => value !== undefined)) as Partial<AdapterCapabilities>;
}
