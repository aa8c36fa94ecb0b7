import type { BillingProfile } from '../../model/billing.js';
import { checkListActivityRequest, checkListCustomersRequest } from '../check-request.js';
import { CATALOG_TARGET_VIEW, type Order, type OrderRequest, type Product } from '../../model/catalog.js';
import type { CustomerRow } from '../../model/customer.js';
import { rowMatcher, sortRows } from '../../model/query.js';
import type { Selection } from '../../model/selection.js';
import { AdapterError, badTokenError } from '../adapter-error.js';
import { DEFAULT_CAPABILITIES, type AdapterCapabilities } from '../capabilities.js';
import { checkOffsetSupported } from '../capability-checks.js';
import type {
  ActivityPage,
  AssignTagsRequest,
  AssignTagsResult,
  CreateOrderOptions,
  CustomerAdapter,
  CustomerPage,
  ListActivityRequest,
  ListCustomersRequest,
  ListProductsRequest,
  TagCounts,
} from '../customer-adapter.js';
import { activityQueryParams } from './activity-query-params.js';
import { customersQueryParams } from './customer-query-params.js';
import { array, number, object, string, strings } from './decode.js';
import { httpClientFor, type HeadersSource, type HttpClient, type RetryInfo } from './http-client.js';
import type { RetryPolicy } from './retry-policy.js';
import { RestTagStore } from './rest-tag-store.js';
import {
  activityRecordFromRest,
  billingProfileFromRest,
  billingProfileToRest,
  collectionFromRest,
  customerFromRest,
  ifMatch,
  orderFromRest,
  productFromRest,
  REQUEST_ID_HEADER,
  type RestLink,
  type RestOrderRequest,
} from './wire.js';

export interface RestAdapterOptions {
  /** Where the API lives, e.g. `https://api.partner.example` or `/` for the page's own origin. Default: the page's origin. */
  baseUrl?: string;
  /** Sent with every request; a function is called per request, so a bearer token can be refreshed. */
  headers?: HeadersSource;
  /** The `fetch` to use (tests, instrumentation, a service worker). Default: the global one. */
  fetch?: typeof fetch;
  /** Largest page asked of the server; it caps pages at 500 anyway. Default 500. */
  maxPageSize?: number;
  /** Retries of throttled and failed requests; merged over the defaults. */
  retry?: Partial<RetryPolicy>;
  /** Called before each retry, e.g. to show "throttled, retrying in 3 s". */
  onRetry?: (info: RetryInfo) => void;
  /** Source of jitter; tests pass a fixed one. */
  random?: () => number;
  /**
   * The host API serves the `offset` query parameter (a page starting at any row) on `GET /v1/customers` and
   * `GET /v1/auditrecords`: the adapter then states `offsetPaging: true`, and grids fetch just the rows in view
   * on a far jump instead of walking every page before them. Default `false`: an API must say it serves it.
   */
  offsetPaging?: boolean;
}

const NEXT_PAGE = 'rest1:';
const NEXT_ACTIVITY_PAGE = 'rest1-activity:';
const LOOKUP_PAGE = 'lookup1:';

/**
 * A `CustomerAdapter` for a partner-center-style HTTP API (SPEC §2). Throttled (429) and failed (5xx, network)
 * requests are retried with capped exponential back-off that honours `Retry-After` and the abort signal; a
 * POST is retried only after a 429, which the server sends before doing anything. Every response is validated,
 * so a malformed one becomes an `invalid` AdapterError naming the field.
 *
 * @example
 * const adapter = new RestAdapter({
 *   baseUrl: 'https://api.partner.example',
 *   headers: async () => ({ Authorization: `Bearer ${await getToken()}` }),
 * });
 */
export class RestAdapter implements CustomerAdapter {
  /**
   * This API's dialect (SPEC §2) sorts, filters, counts totals and keeps tags, as the extensions to Partner
   * Center's shapes it adds; pages follow continuation tokens, and start at an offset when the option
   * `offsetPaging` says the host serves it. A server that ignores those extensions (Partner Center itself) is
   * not this dialect: it needs an adapter that states less.
   */
  readonly capabilities: AdapterCapabilities;
  private readonly http: HttpClient;
  private readonly maxPageSize: number;
  private readonly tags: RestTagStore;

  constructor(options: RestAdapterOptions = {}) {
    this.http = httpClientFor('RestAdapter', options.baseUrl ?? '', options);
    this.maxPageSize = options.maxPageSize ?? 500;
    this.tags = RestTagStore.over(this.http);
    this.capabilities = options.offsetPaging ? { ...DEFAULT_CAPABILITIES, offsetPaging: true } : DEFAULT_CAPABILITIES;
  }

  async listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    checkListCustomersRequest(request);
    checkOffsetSupported(request, this.capabilities);
    const { pageSize, continuationToken, offset } = request;
    if (request.search?.field === 'id' && request.search.text.trim()) return this.lookUpCustomer(request, signal);
    if (continuationToken !== undefined) return toPage(await this.nextPage(NEXT_PAGE, continuationToken, signal));
    const query = customersQueryParams({ query: request, pageSize: Math.min(pageSize, this.maxPageSize), ...(offset === undefined ? {} : { offset }) });
    const response = await this.http.send({ method: 'GET', path: '/v1/customers', query, idempotent: true, signal });
    return toPage(response.body);
  }

  /**
   * `GET /v1/auditrecords` with the period, the API's one filter and this API's extensions for the rest
   * (see `activity-query-params.ts`); later pages follow `links.next` with the header it carries. The server
   * decides the period's rules (a 400 carries `bad-date`, `start-after-end` or `older-than-retention`).
   */
  async listActivity(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    checkListActivityRequest(request);
    checkOffsetSupported(request, this.capabilities);
    let body: unknown;
    if (request.continuationToken !== undefined) {
      body = await this.nextPage(NEXT_ACTIVITY_PAGE, request.continuationToken, signal);
    } else {
      const { offset } = request;
      const query = activityQueryParams({ query: request, pageSize: Math.min(request.pageSize, this.maxPageSize), ...(offset === undefined ? {} : { offset }) });
      body = (await this.http.send({ method: 'GET', path: '/v1/auditrecords', query, idempotent: true, signal })).body;
    }
    const { items, totalCount, next } = collectionFromRest(body, 'auditRecords', activityRecordFromRest);
    const page: ActivityPage = { items, totalCount };
    if (next) page.continuationToken = nextPageToken(NEXT_ACTIVITY_PAGE, next);
    return page;
  }

  // The tag set's routes are the REST tag store's: one implementation for both.
  listTags(signal?: AbortSignal): Promise<string[]> {
    return this.tags.listTags(signal);
  }

  createTag(name: string, signal?: AbortSignal): Promise<string> {
    return this.tags.createTag(name, signal);
  }

  renameTag(from: string, to: string, signal?: AbortSignal): Promise<string> {
    return this.tags.renameTag(from, to, signal);
  }

  deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }> {
    return this.tags.deleteTag(name, signal);
  }

  async assignTags(request: AssignTagsRequest, signal?: AbortSignal): Promise<AssignTagsResult> {
    const response = await this.http.send({ method: 'POST', path: '/v1/customers/tags', body: request, idempotent: false, signal });
    const json = object(response.body, 'result');
    return { updatedCustomers: number(json, 'updatedCustomers', 'result'), skippedCustomerIds: strings(json, 'skippedCustomerIds', 'result') };
  }

  async countTags(target: Selection, signal?: AbortSignal): Promise<TagCounts> {
    // A read sent as POST because a selection does not fit a URL; safe to retry.
    const response = await this.http.send({ method: 'POST', path: '/v1/customers/tags/count', body: { target }, idempotent: true, signal });
    const json = object(response.body, 'counts');
    const counts: TagCounts = {
      selected: number(json, 'selected', 'counts'),
      eligible: number(json, 'eligible', 'counts'),
      byTag: countsByTag(json, 'byTag'),
      mostTags: number(json, 'mostTags', 'counts'),
    };
    // This API's extension; a server without it still answers the rest.
    if (json.carriers !== undefined) counts.carriers = countsByTag(json, 'carriers');
    return counts;
  }

  async getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile> {
    const response = await this.http.send({ method: 'GET', path: billingPath(customerId), idempotent: true, signal });
    return billingProfileFromRest(response.body, 'profile');
  }

  async updateBillingProfile(customerId: string, profile: BillingProfile, signal?: AbortSignal): Promise<BillingProfile> {
    try {
      const response = await this.http.send({
        method: 'PUT',
        path: billingPath(customerId),
        body: billingProfileToRest(profile),
        headers: { 'If-Match': ifMatch(profile.etag) },
        idempotent: true,
        signal,
      });
      return billingProfileFromRest(response.body, 'profile');
    } catch (error) {
      throw withCurrentProfile(error);
    }
  }

  async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
    const targetView = CATALOG_TARGET_VIEW[request.catalog];
    if (!targetView) throw new AdapterError('invalid', `Unknown catalog ${JSON.stringify(request.catalog)}`, { code: 'bad-catalog' });
    const query = new URLSearchParams({ country: request.country, targetView });
    if (request.search?.trim()) query.set('search', request.search.trim());
    // The partner center lists a customer's products under the customer: what that customer may buy.
    const path = request.customerId === undefined ? '/v1/products' : `/v1/customers/${encodeURIComponent(request.customerId)}/products`;
    const response = await this.http.send({ method: 'GET', path, query, idempotent: true, signal });
    return collectionFromRest(response.body, 'products', productFromRest).items;
  }

  async createOrder(order: OrderRequest, signal?: AbortSignal, options: CreateOrderOptions = {}): Promise<Order> {
    const body: RestOrderRequest = { referenceCustomerId: order.customerId, targetView: CATALOG_TARGET_VIEW[order.catalog] ?? String(order.catalog), lineItems: order.lineItems };
    const headers: Record<string, string> = options.idempotencyKey ? { [REQUEST_ID_HEADER]: options.idempotencyKey } : {};
    const response = await this.http.send({ method: 'POST', path: `/v1/customers/${encodeURIComponent(order.customerId)}/orders`, body, headers, idempotent: false, signal });
    return orderFromRest(response.body, 'order');
  }

  /** The body of the page a continuation token (issued with `prefix`) points at. */
  private async nextPage(prefix: string, token: string, signal?: AbortSignal): Promise<unknown> {
    const link = parseNextPageToken(prefix, token);
    const headers = Object.fromEntries(link.headers.map(({ key, value }) => [key, value]));
    const response = await this.http.send({ method: 'GET', path: link.uri, headers, idempotent: true, signal });
    return response.body;
  }

  /**
   * A Microsoft ID search is the exact lookup `GET /v1/customers/{id}`. Its answer is one customer, or a
   * collection of its relationships when the partner has two; the other filters and the sort then apply to
   * those few rows here, with the same model code the server uses.
   */
  private async lookUpCustomer(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    const offset = request.continuationToken === undefined ? 0 : parseLookupToken(request.continuationToken);
    let rows: CustomerRow[];
    try {
      const response = await this.http.send({ method: 'GET', path: `/v1/customers/${encodeURIComponent(request.search!.text.trim())}`, idempotent: true, signal });
      const json = object(response.body, 'customer');
      rows = Array.isArray(json.items) ? collectionFromRest(json, 'customers', customerFromRest).items : [customerFromRest(json, 'customer')];
    } catch (error) {
      if (error instanceof AdapterError && error.kind === 'not-found') rows = [];
      else throw error;
    }
    const matches = sortRows(rows.filter(rowMatcher({ ...request, search: undefined })), request.sort);
    const end = offset + Math.min(request.pageSize, this.maxPageSize);
    const page: CustomerPage = { items: matches.slice(offset, end), totalCount: matches.length };
    if (end < matches.length) page.continuationToken = `${LOOKUP_PAGE}${end}`;
    return page;
  }
}

/** A `{ tag: count }` object of the tag counts response. */
function countsByTag(json: Record<string, unknown>, field: 'byTag' | 'carriers'): Record<string, number> {
  const path = `counts.${field}`;
  const counts = object(json[field], path);
  const result: Record<string, number> = {};
  for (const tag of Object.keys(counts)) result[tag] = number(counts, tag, path);
  return result;
}

function billingPath(customerId: string): string {
  return `/v1/customers/${encodeURIComponent(customerId)}/profiles/billing`;
}

function toPage(body: unknown): CustomerPage {
  const { items, totalCount, next } = collectionFromRest(body, 'customers', customerFromRest);
  const page: CustomerPage = { items, totalCount };
  if (next) page.continuationToken = nextPageToken(NEXT_PAGE, next);
  return page;
}

/** A server's next-page link as a continuation token; the prefix keeps customer and activity tokens apart. */
function nextPageToken(prefix: string, next: RestLink): string {
  return prefix + JSON.stringify({ uri: next.uri, headers: next.headers });
}

function parseNextPageToken(prefix: string, token: string): RestLink {
  try {
    if (!token.startsWith(prefix)) throw new Error('prefix');
    const json = object(JSON.parse(token.slice(prefix.length)), 'token');
    const headers = array(json.headers, 'token.headers').map((header, index) => {
      const entry = object(header, `token.headers[${index}]`);
      return { key: string(entry, 'key', 'token'), value: string(entry, 'value', 'token') };
    });
    return { uri: string(json, 'uri', 'token'), method: 'GET', headers };
  } catch {
    throw badTokenError(token);
  }
}

function parseLookupToken(token: string): number {
  const offset = Number(token.slice(LOOKUP_PAGE.length));
  if (!token.startsWith(LOOKUP_PAGE) || !Number.isSafeInteger(offset) || offset < 0) {
    throw badTokenError(token);
  }
  return offset;
}

/** A 412 carries the server's current profile in the wire format; hand it on decoded, as MemoryAdapter does. */
function withCurrentProfile(error: unknown): unknown {
  if (!(error instanceof AdapterError) || error.kind !== 'conflict') return error;
  const details = error.details as { current?: unknown } | undefined;
  if (details?.current === undefined) return error;
  let current: BillingProfile;
  try {
    current = billingProfileFromRest(details.current, 'current');
  } catch {
    return error;
  }
  return new AdapterError('conflict', error.message, { status: error.status, code: error.code, reason: error.reason, details: { current }, cause: error });
}

export type { RetryInfo, RetryPolicy };
