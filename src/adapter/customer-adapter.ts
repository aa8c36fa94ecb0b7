/** The data adapter contract (SPEC §2): the only way elements reach data. */
import type { ActivityQuery, ActivityRecord } from '../model/activity.js';
import type { BillingProfile } from '../model/billing.js';
import type { Catalog, Order, OrderRequest, Product } from '../model/catalog.js';
import type { CustomerRow } from '../model/customer.js';
import type { CustomerQuery } from '../model/query.js';
import type { Selection } from '../model/selection.js';
import type { AdapterCapabilities } from './capabilities.js';

export type AgentRole = 'admin-agent' | 'sales-agent';
export const AGENT_ROLES: readonly AgentRole[] = ['admin-agent', 'sales-agent'];

export interface ListCustomersRequest extends CustomerQuery {
  /** Rows wanted in this page. An adapter may return fewer (the REST API caps pages at 500). */
  pageSize: number;
  /** The token of the previous page; absent for the first page. The query must be the same for every page. */
  continuationToken?: string;
  /**
   * Start the page at this row (0-based) of the query's results instead of walking to it: a jump far down a
   * list then costs one request. Only for a source whose capabilities say `offsetPaging: true`; elements never
   * send it to any other, and such a source may refuse it (kind `invalid`, code `unsupported`). Not combined
   * with `continuationToken`; the page answered may carry a token to go on from its end.
   */
  offset?: number;
}

export interface CustomerPage {
  items: CustomerRow[];
  /**
   * Rows matching the query across all pages. A source whose capabilities say `totals: false` counts nothing:
   * there it is the number of `items` in this page, as Partner Center's `totalCount` is.
   */
  totalCount: number;
  /** Present while more pages follow. */
  continuationToken?: string;
}

export interface AssignTagsRequest {
  /** Rows whose customers get the changes. Tags belong to the customer, so both rows of a dual-role customer change. */
  target: Selection;
  add: string[];
  remove: string[];
}

export interface AssignTagsResult {
  /** Customers whose tags changed or were confirmed. */
  updatedCustomers: number;
  /** Customers left alone because the partner has no reseller relationship with them (advisor or none only). */
  skippedCustomerIds: string[];
}

export interface TagCounts {
  /** Distinct customers in the selection. */
  selected: number;
  /** Of those, customers whose tags the partner may manage (a reseller relationship). */
  eligible: number;
  /** For each tag of the partner's set, how many eligible selected customers carry it (0 included). */
  byTag: Record<string, number>;
  /**
   * For each tag of the partner's set, how many selected customers carry it whatever their relationship
   * (0 included): the customers a rename or delete of the tag reaches, so a delete's `removedFrom` over every
   * customer equals this count. Customers without a reseller relationship may still carry tags from before.
   * Optional, so adapters written before it keep compiling; without it a delete prompt counts `byTag`.
   */
  carriers?: Record<string, number>;
  /** The most tags any eligible selected customer carries: how close the selection is to the 150-tag limit. */
  mostTags: number;
}

export interface ListProductsRequest {
  catalog: Catalog;
  /** Case-insensitive match on product or SKU title. */
  search?: string;
  /** ISO 3166-1 alpha-2 country the customer buys in. */
  country: string;
  /**
   * The customer who buys: the products offered to that customer. A catalog the customer may not buy from
   * is refused with kind `forbidden` and a message saying why.
   */
  customerId?: string;
}

export interface CreateOrderOptions {
  /** The same key sent twice creates one order: a double-click or a retried request is harmless. */
  idempotencyKey?: string;
}

/**
 * The one interface every data source implements. Every method takes an `AbortSignal` and rejects with an
 * `AbortError` once it is aborted, or with an {@link AdapterError} on failure; nothing else is thrown.
 */
export interface CustomerAdapter {
  /**
   * What the source honours server-side: sort columns, search fields, filters, totals, tags, activity filters.
   * Optional, and each field may be left out: read it with `capabilitiesOf(adapter)`, which fills in the
   * defaults (everything honoured except offset paging), so an adapter that states nothing works as before.
   * A request for what a source denies may be refused with kind `invalid` and code `unsupported`.
   */
  readonly capabilities?: Partial<AdapterCapabilities>;
  /** One page of the rows a query selects. Walk pages with `continuationToken` until it is absent. */
  listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage>;
  /** The partner's tag set, sorted for display. */
  listTags(signal?: AbortSignal): Promise<string[]>;
  /** Adds a tag to the partner's set; returns its stored (trimmed) spelling. */
  createTag(name: string, signal?: AbortSignal): Promise<string>;
  /** Renames a tag everywhere it is used; returns the new stored spelling. */
  renameTag(from: string, to: string, signal?: AbortSignal): Promise<string>;
  /**
   * Removes a tag from the set and from every customer; returns how many distinct customers (Microsoft IDs, not
   * rows) carried it, whatever their relationship: `countTags` over every customer gives the same number in `carriers`.
   */
  deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }>;
  /** Adds and removes tags on every customer of a selection, as one atomic change. */
  assignTags(request: AssignTagsRequest, signal?: AbortSignal): Promise<AssignTagsResult>;
  /** How many customers of a selection carry each tag (tri-state checkboxes over a select-all). */
  countTags(target: Selection, signal?: AbortSignal): Promise<TagCounts>;
  getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile>;
  /** Saves a profile; `profile.etag` must be the current one, else it rejects with kind `conflict`. */
  updateBillingProfile(customerId: string, profile: BillingProfile, signal?: AbortSignal): Promise<BillingProfile>;
  listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]>;
  createOrder(order: OrderRequest, signal?: AbortSignal, options?: CreateOrderOptions): Promise<Order>;
  /**
   * One page of the activity records a period and filters select, newest first unless `sort: 'asc'`. A period
   * starting more than 90 days ago, or ending before it starts, is `invalid`; a sales agent is `forbidden`.
   * Optional: an adapter without it still serves every other element; <activity-log> says it is missing.
   */
  listActivity?(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage>;
}

export interface ListActivityRequest extends ActivityQuery {
  /** Records wanted in this page; an adapter may return fewer (the REST API caps pages at 500). */
  pageSize: number;
  /** The token of the previous page; absent for the first page. The query must be the same for every page. */
  continuationToken?: string;
  /**
   * Start the page at this row (0-based) of the query's results instead of walking to it: a jump far down a
   * log then costs one request. Only for a source whose capabilities say `offsetPaging: true`; elements never
   * send it to any other, and such a source may refuse it (kind `invalid`, code `unsupported`). Not combined
   * with `continuationToken`; the page answered may carry a token to go on from its end.
   */
  offset?: number;
}

export interface ActivityPage {
  items: ActivityRecord[];
  /** Records the query selects across all pages; with `totals: false`, the number of `items` in this page. */
  totalCount: number;
  continuationToken?: string;
}
