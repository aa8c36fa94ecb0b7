/**
 * The partner-center-style REST API (SPEC §2) as MSW handlers over `mockApi`. Requests are validated as the
 * real API would (bad filter → 400, stale etag → 412, over-long tag → 400, unknown customer → 404, tags
 * and activity records refused to sales agents → 403, a period older than 90 days → 400), state is kept
 * across requests (every change shows in the activity records, as its caller), and `mockApi.configure()`
 * injects faults.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import type { AgentRole } from '../../src/adapter/customer-adapter.js';
import { parseActivityQueryParams } from '../../src/adapter/rest/activity-query-params.js';
import { parseCustomersQueryParams, QueryParamError } from '../../src/adapter/rest/customer-query-params.js';
import {
  activityRecordToRest,
  billingProfileFromRest,
  billingProfileToRest,
  catalogFromTargetView,
  collection,
  CONTINUATION_HEADER,
  customerToRest,
  etagFromIfMatch,
  orderToRest,
  productToRest,
  REQUEST_ID_HEADER,
} from '../../src/adapter/rest/wire.js';
import type { BillingProfile } from '../../src/model/billing.js';
import { rowKey } from '../../src/model/customer.js';
import { roleOfRequest } from './auth.js';
import { offsetParam, withoutOffset } from './offset-param.js';
import { mockApi, type MockApi, type MockStore } from './mock-api.js';
import { BodyError, jsonBody, selectionField, stringField, stringList } from './request-bodies.js';
import { adapterErrorResponse, badRequest, errorResponse } from './responses.js';
import type { MockRoute } from './routes.js';

interface RouteContext {
  request: Request;
  params: Record<string, string>;
  /** The store, as the caller's role sees it. */
  store: MockStore;
  role: AgentRole;
  api: MockApi;
}

type RouteHandler = (context: RouteContext) => Promise<Response>;

const RECORDED_HEADERS = ['authorization', 'content-type', 'if-match', 'ms-continuationtoken', 'ms-requestid'];

/** Latency, faults, sign-in, error mapping and the request log around one route's handler. */
function route(api: MockApi, name: MockRoute, handler: RouteHandler) {
  return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const latencyMs = api.faults.latencyMs();
    if (latencyMs > 0) await delay(latencyMs);
    const response = await answer(api, name, handler, request, params as Record<string, string>);
    const url = new URL(request.url);
    api.requests.push({
      method: request.method,
      url: url.pathname + url.search,
      route: name,
      headers: Object.fromEntries(RECORDED_HEADERS.flatMap((key) => (request.headers.has(key) ? [[key, request.headers.get(key)!]] : []))),
      status: response.type === 'error' ? 0 : response.status,
      latencyMs,
    });
    return response;
  };
}

async function answer(api: MockApi, name: MockRoute, handler: RouteHandler, request: Request, params: Record<string, string>): Promise<Response> {
  const fault = api.faults.outcome(name);
  switch (fault.kind) {
    case 'network':
      return HttpResponse.error();
    case 'throttle':
      return errorResponse(429, 'throttled', 'Too many requests', undefined, { 'Retry-After': String(fault.retryAfterSeconds) });
    case 'status':
      return errorResponse(fault.status, 'mock-fault', `The mock API was told to answer ${fault.status}`);
    case 'malformed':
      return new HttpResponse('{"items": [ {"id": "trunc', { status: 200, headers: { 'Content-Type': 'application/json' } });
  }
  const role = roleOfRequest(request, api.defaultRole);
  if (!role) return errorResponse(401, 'unauthorized', 'The access token is missing, expired or not recognised');
  try {
    return await handler({ request, params, store: api.as(role), role, api });
  } catch (error) {
    if (error instanceof AdapterError) return adapterErrorResponse(error);
    if (error instanceof QueryParamError) return badRequest(error.code, error.message);
    if (error instanceof BodyError) return badRequest('bad-body', error.message);
    return errorResponse(500, 'mock-bug', `The mock API failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const listCustomers: RouteHandler = async ({ request, store }) => {
  const url = new URL(request.url);
  const { query, pageSize } = parseCustomersQueryParams(url.searchParams);
  const continuationToken = continuationOf(request);
  const offset = offsetParam(url);
  const page = await store.listCustomers({ ...query, pageSize, ...(continuationToken ? { continuationToken } : {}), ...(offset === undefined ? {} : { offset }) });
  return HttpResponse.json(collection(page.items.map(customerToRest), page.totalCount, nextLink(withoutOffset(url), page.continuationToken)));
};

const listActivity: RouteHandler = async ({ request, store, api }) => {
  const url = new URL(request.url);
  const { query, pageSize } = parseActivityQueryParams(url.searchParams, api.now());
  const continuationToken = continuationOf(request);
  const offset = offsetParam(url);
  // The store refuses a sales agent (403) and a period it finds wrong (400 with the model's code).
  const page = await store.listActivity({ ...query, pageSize, ...(continuationToken ? { continuationToken } : {}), ...(offset === undefined ? {} : { offset }) });
  return HttpResponse.json(collection(page.items.map(activityRecordToRest), page.totalCount, nextLink(withoutOffset(url), page.continuationToken)));
};

function continuationOf(request: Request): string | undefined {
  return request.headers.get(CONTINUATION_HEADER) ?? undefined;
}

/** The next page is the same query again, carrying the cursor in a header, as the partner center does. */
function nextLink(url: URL, continuationToken: string | undefined) {
  return continuationToken ? { uri: url.pathname + url.search, method: 'GET' as const, headers: [{ key: CONTINUATION_HEADER, value: continuationToken }] } : undefined;
}

const getCustomer: RouteHandler = async ({ params, store }) => {
  const { items } = await store.listCustomers({ pageSize: 10, search: { field: 'id', text: params.id! } });
  if (!items.length) return errorResponse(404, 'not-found', `Customer ${JSON.stringify(params.id)} was not found`);
  // A dual-role partner holds the customer under two relationships: both come back.
  return HttpResponse.json(items.length === 1 ? customerToRest(items[0]!) : collection(items.map(customerToRest), items.length));
};

const listTags: RouteHandler = async ({ store }) => {
  const tags = await store.listTags();
  return HttpResponse.json(collection(tags.map((name) => ({ name })), tags.length));
};

const createTag: RouteHandler = async ({ request, store }) => {
  const name = await store.createTag(stringField(await jsonBody(request), 'name'));
  return HttpResponse.json({ name }, { status: 201 });
};

const renameTag: RouteHandler = async ({ request, params, store }) => {
  const name = await store.renameTag(params.name!, stringField(await jsonBody(request), 'name'));
  return HttpResponse.json({ name });
};

const deleteTag: RouteHandler = async ({ params, store }) => HttpResponse.json(await store.deleteTag(params.name!));

const assignTags: RouteHandler = async ({ request, store }) => {
  const body = await jsonBody(request);
  return HttpResponse.json(await store.assignTags({ target: selectionField(body, 'target'), add: stringList(body, 'add'), remove: stringList(body, 'remove') }));
};

/** All rows of some customers, for the tag store's routes, which know customers only by Microsoft ID. */
async function rowsOfCustomers(store: MockStore, customerIds: readonly string[]) {
  const pages = await Promise.all(customerIds.map((id) => store.listCustomers({ pageSize: 10, search: { field: 'id', text: id } })));
  return pages.flatMap((page) => page.items);
}

/** `POST /v1/customers/tags/lookup` `{ customerIds }`: the tags of each known customer (the REST tag store's `tagsOf`). */
const lookUpCustomerTags: RouteHandler = async ({ request, store }) => {
  const customerIds = stringList(await jsonBody(request), 'customerIds');
  if (customerIds.length > 1000) return badRequest('too-many-ids', 'At most 1000 customerIds per lookup');
  const rows = await rowsOfCustomers(store, [...new Set(customerIds)]);
  const items = [...new Map(rows.map((row) => [row.id, { customerId: row.id, tags: row.tags }])).values()];
  return HttpResponse.json({ items, totalCount: items.length });
};

/** `GET /v1/tags/customers?tag=A&tag=B`: customers carrying every tag (the REST tag store's `customersWithTags`). */
const listTaggedCustomers: RouteHandler = async ({ request, store }) => {
  const tags = new URL(request.url).searchParams.getAll('tag');
  const ids = new Set<string>();
  let continuationToken: string | undefined;
  do {
    const page = await store.listCustomers({ pageSize: 500, tags, ...(continuationToken ? { continuationToken } : {}) });
    for (const row of page.items) if (row.tags.length) ids.add(row.id);
    continuationToken = page.continuationToken;
  } while (continuationToken);
  const items = [...ids].map((customerId) => ({ customerId }));
  return HttpResponse.json({ items, totalCount: items.length });
};

/** `POST /v1/customers/tags/assignments` `{ customerIds, add, remove }`: one atomic change by Microsoft ID. */
const assignTagsById: RouteHandler = async ({ request, store }) => {
  const body = await jsonBody(request);
  const rows = await rowsOfCustomers(store, [...new Set(stringList(body, 'customerIds'))]);
  const target = { mode: 'some' as const, keys: rows.map(rowKey) };
  const { updatedCustomers } = await store.assignTags({ target, add: stringList(body, 'add'), remove: stringList(body, 'remove') });
  return HttpResponse.json({ updatedCustomers });
};

const countTags: RouteHandler = async ({ request, store }) => HttpResponse.json(await store.countTags(selectionField(await jsonBody(request), 'target')));

const getBillingProfile: RouteHandler = async ({ params, store }) => {
  const profile = await store.getBillingProfile(params.id!);
  return HttpResponse.json(billingProfileToRest(profile), { headers: { ETag: `"${profile.etag}"` } });
};

const updateBillingProfile: RouteHandler = async ({ request, params, store }) => {
  const ifMatch = request.headers.get('If-Match');
  if (ifMatch === null) return errorResponse(428, 'etag-required', 'An If-Match header with the profile\'s etag is required');
  const body = await jsonBody(request);
  let profile: BillingProfile;
  try {
    profile = billingProfileFromRest({ ...body, attributes: { etag: etagFromIfMatch(ifMatch) } }, 'body');
  } catch (error) {
    return badRequest('bad-body', error instanceof Error ? error.message : String(error));
  }
  try {
    const saved = await store.updateBillingProfile(params.id!, profile);
    return HttpResponse.json(billingProfileToRest(saved), { headers: { ETag: `"${saved.etag}"` } });
  } catch (error) {
    // A stale etag is 412, and the body carries the current profile so the client can merge.
    if (error instanceof AdapterError && error.kind === 'conflict') {
      const current = (error.details as { current: BillingProfile }).current;
      return errorResponse(412, error.code ?? 'stale-etag', error.message, { current: billingProfileToRest(current) });
    }
    throw error;
  }
};

const listProducts: RouteHandler = async ({ request, params, store }) => {
  const query = new URL(request.url).searchParams;
  const targetView = query.get('targetView') ?? '';
  const catalog = catalogFromTargetView(targetView);
  if (!catalog) return badRequest('bad-target-view', `targetView must be Azure, MarketplaceSaaS, Software or OnlineServices, got ${JSON.stringify(targetView)}`);
  const search = query.get('search');
  const products = await store.listProducts({ catalog, country: query.get('country') ?? '', ...(search ? { search } : {}), ...(params.id ? { customerId: params.id } : {}) });
  return HttpResponse.json(collection(products.map(productToRest), products.length));
};

const createOrder: RouteHandler = async ({ request, params, store }) => {
  const body = await jsonBody(request);
  const reference = body.referenceCustomerId;
  if (reference !== undefined && reference !== params.id) return badRequest('bad-body', 'referenceCustomerId does not match the customer in the path');
  const catalog = catalogFromTargetView(stringField(body, 'targetView'));
  if (!catalog) return badRequest('bad-target-view', 'targetView is not a known catalog');
  if (!Array.isArray(body.lineItems)) return badRequest('bad-body', 'lineItems must be an array');
  const requestId = request.headers.get(REQUEST_ID_HEADER);
  const order = await store.createOrder({ customerId: params.id!, catalog, lineItems: body.lineItems }, undefined, requestId ? { idempotencyKey: requestId } : {});
  return HttpResponse.json(orderToRest(order), { status: 201 });
};

const listOrders: RouteHandler = async ({ params, store }) => {
  const orders = await store.listOrders(params.id!);
  return HttpResponse.json(collection(orders.map(orderToRest), orders.length));
};

export interface HandlerOptions {
  /** Where the API is served: `*` (any origin, the default), `''` (the page's origin) or an absolute URL. */
  baseUrl?: string;
  /** The state behind the handlers; the shared `mockApi` by default. */
  api?: MockApi;
}

/** Every route of the mock API. More specific paths come first, since MSW uses the first match. */
export function createHandlers({ baseUrl = '*', api = mockApi }: HandlerOptions = {}): HttpHandler[] {
  const at = (path: string) => `${baseUrl.replace(/\/$/, '')}${path}`;
  return [
    http.get(at('/v1/customers'), route(api, 'customers', listCustomers)),
    http.post(at('/v1/customers/tags/count'), route(api, 'count-tags', countTags)),
    http.post(at('/v1/customers/tags/lookup'), route(api, 'customer-tags', lookUpCustomerTags)),
    http.post(at('/v1/customers/tags/assignments'), route(api, 'assign-tags', assignTagsById)),
    http.post(at('/v1/customers/tags'), route(api, 'assign-tags', assignTags)),
    http.get(at('/v1/customers/:id/profiles/billing'), route(api, 'billing-profile', getBillingProfile)),
    http.put(at('/v1/customers/:id/profiles/billing'), route(api, 'billing-profile', updateBillingProfile)),
    http.post(at('/v1/customers/:id/orders'), route(api, 'orders', createOrder)),
    http.get(at('/v1/customers/:id/orders'), route(api, 'orders', listOrders)),
    http.get(at('/v1/customers/:id/products'), route(api, 'products', listProducts)),
    http.get(at('/v1/customers/:id'), route(api, 'customer', getCustomer)),
    http.get(at('/v1/tags/customers'), route(api, 'tagged-customers', listTaggedCustomers)),
    http.get(at('/v1/tags'), route(api, 'tags', listTags)),
    http.post(at('/v1/tags'), route(api, 'tags', createTag)),
    http.patch(at('/v1/tags/:name'), route(api, 'tag', renameTag)),
    http.delete(at('/v1/tags/:name'), route(api, 'tag', deleteTag)),
    http.get(at('/v1/products'), route(api, 'products', listProducts)),
    http.get(at('/v1/auditrecords'), route(api, 'activity', listActivity)),
  ];
}

export const handlers = createHandlers();
