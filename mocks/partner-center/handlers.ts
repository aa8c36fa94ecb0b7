/**
 * A fake Partner Center as MSW handlers, written from Microsoft's documentation (`develop/*.md`, cited per
 * route), over the shared mock's store. What it does that the real service documents: per-page `totalCount`;
 * `links.next` relative to `/v1` with `MS-ContinuationToken` (or with `/v1`, see `nextLinks`); `starts_with`
 * filters only; one Customer from `GET /customers/{id}`; `400`/`2055` for a stale etag; products, SKUs and
 * availabilities as three levels; orders without `targetView`; audit records without ids; `429` with
 * `Retry-After`; and `400` for any parameter or order field the documentation does not list.
 *
 * @example
 * worker.use(...createPartnerCenterHandlers());                  // served under /partner-center
 * const adapter = new PartnerCenterAdapter({ baseUrl: '/partner-center' });
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import type { AgentRole, ListActivityRequest, ListCustomersRequest } from '../../src/adapter/customer-adapter.js';
import { defaultPeriod } from '../../src/model/activity.js';
import { CATALOGS, findOffer, type Catalog, type OrderLineItem, type Product } from '../../src/model/catalog.js';
import { roleOfRequest } from '../api/auth.js';
import type { MockStore } from '../api/mock-api.js';
import { BodyError, jsonBody } from '../api/request-bodies.js';
import type { MockRoute } from '../api/routes.js';
import { pcError, PARENT_PRODUCT_NOT_FOUND, storeError, TARGET_VIEW_NOT_ALLOWED, throttled } from './errors.js';
import { undocumentedParameter, type DocumentedRoute } from './params.js';
import { partnerCenterMock, type PartnerCenterMock } from './partner-center-mock.js';
import {
  billingProfileFromPc,
  modelBillingCycle,
  pcAuditRecord,
  pcAvailability,
  pcBillingProfile,
  pcCollection,
  pcCustomer,
  pcOrder,
  pcProduct,
  pcSku,
} from './shapes.js';

/** The partner the audit records name (develop/get-a-record-of-partner-center-activity-by-user.md:160). */
const PARTNER_ID = '3b33e682-00c3-41ee-9dd2-a548adf56438';
const MAX_PAGE = 500;

interface Context {
  request: Request;
  url: URL;
  params: Record<string, string>;
  store: MockStore;
  role: AgentRole;
  mock: PartnerCenterMock;
}

type Handler = (context: Context) => Promise<Response>;

/** A request the documentation does not allow: answered 400 with the message. */
class BadRequest extends Error {}

function route(mock: PartnerCenterMock, name: MockRoute, documented: DocumentedRoute, handler: Handler) {
  return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const latencyMs = mock.api.faults.latencyMs();
    if (latencyMs > 0) await delay(latencyMs);
    const url = new URL(request.url);
    const response = await answer(mock, name, documented, handler, request, url, params as Record<string, string>);
    mock.requests.push({ method: request.method, url: url.pathname + url.search, headers: Object.fromEntries(request.headers), status: response.type === 'error' ? 0 : response.status });
    return response;
  };
}

async function answer(mock: PartnerCenterMock, name: MockRoute, documented: DocumentedRoute, handler: Handler, request: Request, url: URL, params: Record<string, string>): Promise<Response> {
  const fault = mock.api.faults.outcome(name);
  if (fault.kind === 'network') return HttpResponse.error();
  if (fault.kind === 'throttle') return throttled(fault.retryAfterSeconds);
  if (fault.kind === 'status') return pcError(fault.status, fault.status, `The fake Partner Center was told to answer ${fault.status}`);
  if (fault.kind === 'malformed') return new HttpResponse('{"totalCount": 1, "items": [ {"id": "trunc', { status: 200, headers: { 'Content-Type': 'application/json' } });
  const role = roleOfRequest(request, mock.api.defaultRole);
  if (!role) return pcError(401, 401, 'The access token is missing, expired or not recognised');
  const undocumented = undocumentedParameter(documented, url);
  if (undocumented !== undefined) return pcError(400, 400, `The query parameter "${undocumented}" is not documented for this operation`);
  try {
    return await handler({ request, url, params, store: mock.store(role), role, mock });
  } catch (error) {
    if (error instanceof BadRequest || error instanceof BodyError) return pcError(400, 400, error.message);
    if (error instanceof AdapterError) return storeError(error);
    return pcError(500, 500, `The fake Partner Center failed: ${String(error)}`);
  }
}

// ---- paging: the seek state rides in the MS-ContinuationToken header, as the service's own token does.

function seekToken(state: unknown): string {
  return encodeURIComponent(JSON.stringify(state));
}

function seekState<T>(request: Request): T {
  const header = request.headers.get('MS-ContinuationToken');
  if (!header) throw new BadRequest('seekOperation=Next needs the MS-ContinuationToken header of the next link');
  try {
    return JSON.parse(decodeURIComponent(header)) as T;
  } catch {
    throw new BadRequest('The continuation token is not valid');
  }
}

function nextUri(mock: PartnerCenterMock, path: string, query: string): string {
  return `${mock.nextLinks === 'v1' ? '/v1' : ''}${path}?${query}`;
}

function pageSize(url: URL): number {
  const text = url.searchParams.get('size');
  if (text === null || text === '0') return MAX_PAGE;
  const size = Number(text);
  if (!Number.isSafeInteger(size) || size < 0) throw new BadRequest(`size must be a whole number, got ${JSON.stringify(text)}`);
  return Math.min(size, MAX_PAGE);
}

function parseFilter(url: URL): Record<string, unknown> | undefined {
  const text = url.searchParams.get('filter');
  if (text === null) return undefined;
  try {
    const filter = JSON.parse(text) as unknown;
    if (typeof filter === 'object' && filter !== null && !Array.isArray(filter)) return filter as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new BadRequest('The filter must be URL-encoded JSON: {"Field":…,"Value":…,"Operator":…}');
}

// ---- customers: develop/get-a-list-of-customers.md, get-a-customer-by-name.md, get-customers-of-an-indirect-reseller.md

type CustomerSeek = { size: number; filter?: string; token: string };

/** The one `starts_with` filter on CompanyName, Domain or IndirectReseller (get-a-customer-by-name.md:88-90). */
function customerQuery(filterText: string | undefined): Omit<ListCustomersRequest, 'pageSize'> {
  if (filterText === undefined) return {};
  const filter = parseFilter(new URL(`http://x/?filter=${encodeURIComponent(filterText)}`))!;
  if (filter.Operator !== 'starts_with') throw new BadRequest('The only supported operator for customers is starts_with');
  if (typeof filter.Value !== 'string') throw new BadRequest('The filter Value must be a string');
  if (filter.Field === 'CompanyName') return { search: { field: 'companyName', text: filter.Value } };
  if (filter.Field === 'Domain') return { search: { field: 'primaryDomain', text: filter.Value } };
  if (filter.Field === 'IndirectReseller') return { indirectResellerId: filter.Value };
  throw new BadRequest(`Unknown filter field ${JSON.stringify(filter.Field)}`);
}

const listCustomers: Handler = async ({ request, url, store, mock }) => {
  const seek = url.searchParams.get('seekOperation');
  if (seek !== null && seek !== 'Next') throw new BadRequest(`Unknown seekOperation ${JSON.stringify(seek)}`);
  const state: CustomerSeek | undefined = seek === 'Next' ? seekState<CustomerSeek>(request) : undefined;
  const size = state?.size ?? pageSize(url);
  const filterText = state ? state.filter : (url.searchParams.get('filter') ?? undefined);
  const page = await store.listCustomers({ ...customerQuery(filterText), pageSize: size, ...(state ? { continuationToken: state.token } : {}) });
  const next = page.continuationToken === undefined ? undefined : {
    uri: nextUri(mock, '/customers', `size=${size}&seekOperation=Next`),
    token: seekToken({ size, ...(filterText === undefined ? {} : { filter: filterText }), token: page.continuationToken } satisfies CustomerSeek),
  };
  return HttpResponse.json(pcCollection(page.items.map(pcCustomer), `/customers?size=${size}`, next));
};

/** develop/get-a-customer-by-id.md: ONE customer (a dual-role customer's first relationship). */
const getCustomer: Handler = async ({ params, store }) => {
  const page = await store.listCustomers({ pageSize: 1, search: { field: 'id', text: params.id! } });
  const row = page.items[0];
  if (!row) return pcError(404, 404, `Customer ${params.id} was not found`);
  return HttpResponse.json(pcCustomer(row));
};

// ---- billing: develop/get-all-of-a-customer-s-billing-profiles.md, update-a-customer-s-billing-profile.md

const getBillingProfile: Handler = async ({ params, store }) => HttpResponse.json(pcBillingProfile(params.id!, await store.getBillingProfile(params.id!)));

const updateBillingProfile: Handler = async ({ request, params, store }) => {
  const ifMatch = request.headers.get('If-Match');
  if (!ifMatch) throw new BadRequest('If-Match: "<ETag>" is required for concurrency detection');
  const body = await jsonBody(request);
  // "Request body: The full resource." A body missing what the GET gave is not the full resource.
  for (const key of ['id', 'defaultAddress', 'attributes']) if (!(key in body)) throw new BadRequest(`The request body must be the full resource; "${key}" is missing`);
  const etag = ifMatch.replace(/^(W\/)?"(.*)"$/, '$2');
  const saved = await store.updateBillingProfile(params.id!, billingProfileFromPc(body, etag));
  return HttpResponse.json(pcBillingProfile(params.id!, saved));
};

// ---- products: develop/get-a-list-of-products.md (and by customer), SKUs, availabilities

/** The documented target views and the catalogs of ours each holds; the other documented views are empty here. */
const TARGET_VIEWS: Record<string, readonly Catalog[]> = {
  Azure: [], AzureReservations: [], AzureReservationsVM: [], AzureReservationsSQL: [], AzureReservationsCosmosDb: [],
  MicrosoftAzure: ['azure'],
  OnlineServices: ['online-services', 'marketplace'],
  Software: ['software'], SoftwareSUSELinux: [], SoftwarePerpetual: [], SoftwareSubscriptions: [],
};

function catalogsOf(url: URL): readonly Catalog[] {
  const view = url.searchParams.get('targetView');
  if (view === null) throw new BadRequest('targetView is required');
  const catalogs = TARGET_VIEWS[view];
  if (!catalogs) throw new BadRequest(`Unknown targetView ${JSON.stringify(view)}`);
  return catalogs;
}

function countryOf(url: URL): string {
  const country = url.searchParams.get('country');
  if (!country) throw new BadRequest('country is required');
  return country;
}

/** The products of some catalogs a customer (or anyone) may buy; a view whose every catalog is refused is 403. */
async function productsOf(store: MockStore, catalogs: readonly Catalog[], country: string, customerId?: string): Promise<Product[]> {
  const products: Product[] = [];
  let refusal: AdapterError | undefined;
  for (const catalog of catalogs) {
    try {
      products.push(...(await store.listProducts({ catalog, country, ...(customerId === undefined ? {} : { customerId }) })));
    } catch (error) {
      if (!(error instanceof AdapterError) || error.kind !== 'forbidden') throw error;
      refusal = error;
    }
  }
  if (refusal && products.length === 0) throw new AdapterError('forbidden', refusal.message, { status: 403, code: String(TARGET_VIEW_NOT_ALLOWED) });
  return products;
}

/** A customer's country is theirs; the by-customer routes take none (get-a-list-of-products-by-customer.md). */
const CUSTOMER_COUNTRY = 'US';

async function findProduct(store: MockStore, productId: string, country: string, customerId?: string): Promise<Product> {
  const products = await productsOf(store, CATALOGS, country, customerId).catch(() => [] as Product[]);
  const product = products.find((candidate) => candidate.id === productId);
  if (!product) throw new AdapterError('not-found', 'The parent product was not found.', { status: 404, code: String(PARENT_PRODUCT_NOT_FOUND) });
  return product;
}

const listProducts: Handler = async ({ url, store }) => {
  const country = countryOf(url);
  const products = await productsOf(store, catalogsOf(url), country);
  return HttpResponse.json(pcCollection(products.map((product) => pcProduct(product, `/products/${product.id}/skus?country=${country}`)), url.pathname + url.search));
};

const listCustomerProducts: Handler = async ({ url, params, store }) => {
  const customer = `/customers/${params.id}`;
  const products = await productsOf(store, catalogsOf(url), CUSTOMER_COUNTRY, params.id);
  return HttpResponse.json(pcCollection(products.map((product) => pcProduct(product, `${customer}/products/${product.id}/skus`)), url.pathname + url.search));
};

const listSkus: Handler = async ({ url, params, store }) => {
  const customerId = params.id;
  const country = customerId === undefined ? countryOf(url) : CUSTOMER_COUNTRY;
  const product = await findProduct(store, params.productId!, country, customerId);
  const prefix = customerId === undefined ? '' : `/customers/${customerId}`;
  const query = customerId === undefined ? `?country=${country}` : '';
  const skus = product.skus.map((sku) => pcSku(product, sku, `${prefix}/products/${product.id}/skus/${sku.id}/availabilities${query}`));
  return HttpResponse.json(pcCollection(skus, url.pathname + url.search));
};

const listAvailabilities: Handler = async ({ url, params, store }) => {
  const customerId = params.id;
  const country = customerId === undefined ? countryOf(url) : CUSTOMER_COUNTRY;
  const product = await findProduct(store, params.productId!, country, customerId);
  const sku = product.skus.find((candidate) => candidate.id === params.skuId);
  if (!sku) return pcError(404, 404, `SKU ${params.skuId} of product ${product.id} was not found`);
  return HttpResponse.json(pcCollection([pcAvailability(product, sku, country)], url.pathname + url.search));
};

// ---- orders: develop/create-an-order.md

const ORDER_FIELDS = ['id', 'referenceCustomerId', 'billingCycle', 'lineItems', 'currencyCode', 'creationDate', 'status', 'links', 'attributes'];
const LINE_FIELDS = ['lineItemNumber', 'offerId', 'subscriptionId', 'parentSubscriptionId', 'friendlyName', 'quantity', 'partnerIdOnRecord', 'provisioningContext', 'termDuration', 'renewsTo', 'links', 'attributes'];

/** Property names as documented, whatever the first letter's case (the documented request writes `BillingCycle`). */
function camel(json: Record<string, unknown>, allowed: readonly string[], what: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const name = key.charAt(0).toLowerCase() + key.slice(1);
    if (!allowed.includes(name)) throw new BadRequest(`${what} has no property "${key}" in the documentation`);
    result[name] = value;
  }
  return result;
}

const createOrder: Handler = async ({ request, params, store }) => {
  const body = camel(await jsonBody(request), ORDER_FIELDS, 'Order');
  if (!Array.isArray(body.lineItems)) throw new BadRequest('lineItems is required');
  const billingCycle = typeof body.billingCycle === 'string' ? body.billingCycle : undefined;
  const lineItems = body.lineItems.map((entry: unknown) => {
    const line = camel(typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {}, LINE_FIELDS, 'OrderLineItem');
    const item: OrderLineItem = { lineItemNumber: line.lineItemNumber as number, offerId: String(line.offerId), quantity: line.quantity as number };
    if (typeof line.friendlyName === 'string') item.friendlyName = line.friendlyName;
    if (typeof line.termDuration === 'string') item.termDuration = line.termDuration;
    if (billingCycle !== undefined && billingCycle !== 'none') item.billingCycle = modelBillingCycle(billingCycle);
    return item;
  });
  // The order names no catalog: the offer says which one it comes from.
  const everything = await productsOf(store, CATALOGS, CUSTOMER_COUNTRY).catch(() => [] as Product[]);
  const catalog = lineItems[0] ? (findOffer(everything, lineItems[0].offerId)?.product.catalog ?? 'online-services') : 'online-services';
  const requestId = request.headers.get('MS-RequestId');
  const order = await store.createOrder({ customerId: params.id!, catalog, lineItems }, undefined, requestId ? { idempotencyKey: requestId } : {});
  return HttpResponse.json(pcOrder(order, billingCycle), { status: 201 });
};

// ---- audit records: develop/get-a-record-of-partner-center-activity-by-user.md

type ActivitySeek = { query: Omit<ListActivityRequest, 'pageSize' | 'continuationToken'>; size: number; token: string };

function activityQuery(url: URL, now: Date): Omit<ListActivityRequest, 'pageSize' | 'continuationToken'> {
  const period = defaultPeriod(now);
  const query: Omit<ListActivityRequest, 'pageSize' | 'continuationToken'> = {
    from: url.searchParams.get('startDate') ?? period.from,
    to: url.searchParams.get('endDate') ?? period.to,
  };
  const filter = parseFilter(url);
  if (!filter) return query;
  if (typeof filter.Value !== 'string') throw new BadRequest('The filter Value must be a string');
  if (filter.Field === 'CompanyName' && filter.Operator === 'substring') return { ...query, customerName: filter.Value };
  if (filter.Field === 'CustomerId' && filter.Operator === 'equals') return { ...query, customerId: filter.Value };
  if (filter.Field === 'ResourceType' && filter.Operator === 'equals') return { ...query, resourceType: filter.Value };
  throw new BadRequest('The filter must be CompanyName/substring, CustomerId/equals or ResourceType/equals');
}

const listAuditRecords: Handler = async ({ request, url, store, mock }) => {
  const seek = url.searchParams.get('seekOperation');
  const state = seek === 'Next' ? seekState<ActivitySeek>(request) : undefined;
  const size = state?.size ?? pageSize(url);
  const query = state?.query ?? activityQuery(url, mock.api.now());
  const page = await store.listActivity({ ...query, pageSize: size, ...(state ? { continuationToken: state.token } : {}) });
  const next = page.continuationToken === undefined ? undefined : {
    uri: nextUri(mock, '/auditrecords', `size=${size}&seekOperation=Next`),
    token: seekToken({ query, size, token: page.continuationToken } satisfies ActivitySeek),
  };
  return HttpResponse.json(pcCollection(page.items.map((record) => pcAuditRecord(record, PARTNER_ID)), url.pathname + url.search, next));
};

export interface PartnerCenterHandlerOptions {
  /** Where the fake is served; it answers `${base}/v1/…`. Default `*\/partner-center` (any origin). */
  base?: string;
  mock?: PartnerCenterMock;
}

/** Every documented route the adapter uses; no tag route exists, as none is documented. Specific paths first. */
export function createPartnerCenterHandlers({ base = '*/partner-center', mock = partnerCenterMock }: PartnerCenterHandlerOptions = {}): HttpHandler[] {
  const at = (path: string) => `${base.replace(/\/$/, '')}/v1${path}`;
  return [
    http.get(at('/customers'), route(mock, 'customers', 'customers', listCustomers)),
    http.get(at('/customers/:id/profiles/billing'), route(mock, 'billing-profile', 'billing-profile', getBillingProfile)),
    http.put(at('/customers/:id/profiles/billing'), route(mock, 'billing-profile', 'billing-profile', updateBillingProfile)),
    http.post(at('/customers/:id/orders'), route(mock, 'orders', 'orders', createOrder)),
    http.get(at('/customers/:id/products/:productId/skus/:skuId/availabilities'), route(mock, 'products', 'customer-skus', listAvailabilities)),
    http.get(at('/customers/:id/products/:productId/skus'), route(mock, 'products', 'customer-skus', listSkus)),
    http.get(at('/customers/:id/products'), route(mock, 'products', 'customer-products', listCustomerProducts)),
    http.get(at('/customers/:id'), route(mock, 'customer', 'customer', getCustomer)),
    http.get(at('/products/:productId/skus/:skuId/availabilities'), route(mock, 'products', 'skus', listAvailabilities)),
    http.get(at('/products/:productId/skus'), route(mock, 'products', 'skus', listSkus)),
    http.get(at('/products'), route(mock, 'products', 'products', listProducts)),
    http.get(at('/auditrecords'), route(mock, 'activity', 'activity', listAuditRecords)),
  ];
}

export const partnerCenterHandlers = createPartnerCenterHandlers();
