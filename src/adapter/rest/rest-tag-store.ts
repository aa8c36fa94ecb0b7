import type { TagAssignment, TagStore } from '../tag-store.js';
import { number, object, string, strings } from './decode.js';
import { httpClientFor, type HeadersSource, type HttpClient, type RetryInfo } from './http-client.js';
import type { RetryPolicy } from './retry-policy.js';
import { collectionFromRest } from './wire.js';

export interface RestTagStoreOptions {
  /** Where the API lives, e.g. `https://api.partner.example`. Default: the page's origin. */
  baseUrl?: string;
  /** Sent with every request; a function is called per request, so a bearer token can be refreshed. */
  headers?: HeadersSource;
  /** The `fetch` to use. Default: the global one. */
  fetch?: typeof fetch;
  /** Retries of throttled and failed requests; merged over the defaults. */
  retry?: Partial<RetryPolicy>;
  onRetry?: (info: RetryInfo) => void;
  random?: () => number;
}

/**
 * A {@link TagStore} on a host's own backend, in the REST dialect's tag routes (SPEC §2):
 * - `GET /v1/tags` → `{ items: [{ name }], totalCount }`; `POST /v1/tags` `{ name }` → `{ name }` (201);
 *   `PATCH /v1/tags/{name}` `{ name }` → `{ name }`; `DELETE /v1/tags/{name}` → `{ removedFrom }`;
 * - `POST /v1/customers/tags/lookup` `{ customerIds }` → `{ items: [{ customerId, tags }], totalCount }`: the tags
 *   of a page of customers (a POST, since 500 IDs do not fit a URL; a read, so it is retried);
 * - `GET /v1/tags/customers?tag=VIP&tag=EDU` → `{ items: [{ customerId }], totalCount }`: customers carrying
 *   every tag (one `tag` parameter per tag, as a name may hold a comma);
 * - `POST /v1/customers/tags/assignments` `{ customerIds, add, remove }` → `{ updatedCustomers }`: one atomic
 *   change by Microsoft ID (the server refuses it whole with 400 `too-many`).
 * Errors are the dialect's `{ code, description }` bodies, mapped to `AdapterError` kinds as `RestAdapter` maps them.
 *
 * @example
 * const adapter = withTagStore(partnerCenterAdapter, new RestTagStore({ baseUrl: '/api', headers: authHeaders }));
 */
export class RestTagStore implements TagStore {
  /** A store over a client that already exists (RestAdapter's own), so both share headers and retries. */
  static over(http: HttpClient): RestTagStore {
    const store = Object.create(RestTagStore.prototype) as RestTagStore;
    Object.assign(store, { http });
    return store;
  }

  private readonly http!: HttpClient;

  constructor(options: RestTagStoreOptions = {}) {
    this.http = httpClientFor('RestTagStore', options.baseUrl ?? '', options);
  }

  async listTags(signal?: AbortSignal): Promise<string[]> {
    const response = await this.http.send({ method: 'GET', path: '/v1/tags', idempotent: true, signal });
    return collectionFromRest(response.body, 'tags', (value, path) => string(object(value, path), 'name', path)).items;
  }

  async createTag(name: string, signal?: AbortSignal): Promise<string> {
    const response = await this.http.send({ method: 'POST', path: '/v1/tags', body: { name }, idempotent: false, signal });
    return string(object(response.body, 'tag'), 'name', 'tag');
  }

  async renameTag(from: string, to: string, signal?: AbortSignal): Promise<string> {
    const response = await this.http.send({ method: 'PATCH', path: `/v1/tags/${encodeURIComponent(from)}`, body: { name: to }, idempotent: false, signal });
    return string(object(response.body, 'tag'), 'name', 'tag');
  }

  async deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }> {
    const response = await this.http.send({ method: 'DELETE', path: `/v1/tags/${encodeURIComponent(name)}`, idempotent: true, signal });
    return { removedFrom: number(object(response.body, 'result'), 'removedFrom', 'result') };
  }

  async tagsOf(customerIds: readonly string[], signal?: AbortSignal): Promise<Map<string, string[]>> {
    if (!customerIds.length) return new Map();
    const response = await this.http.send({ method: 'POST', path: '/v1/customers/tags/lookup', body: { customerIds }, idempotent: true, signal });
    const { items } = collectionFromRest(response.body, 'customerTags', (value, path) => {
      const json = object(value, path);
      return [string(json, 'customerId', path), strings(json, 'tags', path)] as [string, string[]];
    });
    return new Map(items);
  }

  async customersWithTags(tags: readonly string[], signal?: AbortSignal): Promise<string[]> {
    const query = new URLSearchParams(tags.map((tag) => ['tag', tag]));
    const response = await this.http.send({ method: 'GET', path: '/v1/tags/customers', query, idempotent: true, signal });
    return collectionFromRest(response.body, 'taggedCustomers', (value, path) => string(object(value, path), 'customerId', path)).items;
  }

  async assignTags(change: TagAssignment, signal?: AbortSignal): Promise<{ updatedCustomers: number }> {
    const body = { customerIds: change.customerIds, add: change.add, remove: change.remove };
    const response = await this.http.send({ method: 'POST', path: '/v1/customers/tags/assignments', body, idempotent: false, signal });
    return { updatedCustomers: number(object(response.body, 'result'), 'updatedCustomers', 'result') };
  }
}
