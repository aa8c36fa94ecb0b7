import { isCatalog, type Order, type OrderRequest, type Product } from '../../model/catalog.js';
import { periodProblem, type ActivityRecord } from '../../model/activity.js';
import type { BillingProfile } from '../../model/billing.js';
import type { CustomerRow } from '../../model/customer.js';
import type { Selection } from '../../model/selection.js';
import { AdapterError, isAdapterError, throwIfAborted } from '../adapter-error.js';
import { PARTNER_CENTER_CAPABILITIES, type AdapterCapabilities } from '../capabilities.js';
import { checkCustomerQuerySupported, UNSUPPORTED } from '../capability-checks.js';
import { checkActivityPeriod, checkListActivityRequest, checkListCustomersRequest } from '../check-request.js';
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
import { object } from '../rest/decode.js';
import { auditMatcher, auditQuery, auditRecordFrom } from './audit-records.js';
import { billingProfileBody, billingProfileFrom, ifMatch, type RawProfile } from './billing.js';
import { customerFilter, customerFrom, customersQuery } from './customers.js';
import type { PartnerCenterAdapterOptions } from './options.js';
import { orderBody, orderFrom } from './orders.js';
import { collectionFrom, linkHeaders, parsePositionToken, positionToken, type Collection, type Link } from './paging.js';
import { ProductCatalog, searchProducts } from './products.js';
import { Transport, type Operation } from './transport.js';

const CUSTOMERS_PAGE = 'pc1:';
const ACTIVITY_PAGE = 'pc1-activity:';
/** Server pages read in one `listActivity` call while the client-side criteria leave nothing to show. */
const MAX_EMPTY_PAGES = 20;

/**
 * A `CustomerAdapter` for Microsoft's Partner Center REST API as documented (`develop/*.md` of the Partner Center
 * SDK reference), runnable in a browser and in Node 20. It sends only documented parameters and headers
 * (`MS-Contract-Version: v1`, `MS-CorrelationId` per operation, `MS-RequestId` kept across the retries of one
 * call, `X-Locale`), retries `429` after `Retry-After`, and states what the API cannot do through
 * {@link PARTNER_CENTER_CAPABILITIES}: no sort, no totals (`totalCount` counts a page), one `starts_with` filter
 * per request, no tags. Its tag methods reject with kind `invalid` and code `unsupported`: tags live in a
 * `TagStore` joined in front of this adapter.
 *
 * In a browser, `baseUrl` is the host's pass-through that holds the Secure Application Model token: the API
 * documents no CORS, and its refresh token must stay on a server.
 *
 * @example
 * const adapter = new PartnerCenterAdapter({
 *   baseUrl: 'https://portal.example/partner-center',
 *   headers: async () => ({ Authorization: `Bearer ${await getToken()}` }),
 *   locale: 'pl-PL',
 * });
 */
export class PartnerCenterAdapter implements CustomerAdapter {
  readonly capabilities: AdapterCapabilities = PARTNER_CENTER_CAPABILITIES;
  private readonly transport: Transport;
  private readonly country: string;
  private readonly catalog: ProductCatalog;
  /** Each customer's billing profile as last read, so a PUT sends back every field it had (the "full resource"). */
  private readonly profiles = new Map<string, RawProfile>();

  constructor(options: PartnerCenterAdapterOptions = {}) {
    this.transport = new Transport(options);
    this.country = options.country ?? 'US';
    this.catalog = new ProductCatalog(this.transport);
  }

  /**
   * `GET /v1/customers?size=` (≤ 500) with the one documented `starts_with` filter (company name, domain or
   * indirect reseller); a Microsoft ID is the lookup `GET /v1/customers/{id}`. Later pages replay `links.next`
   * with its `MS-ContinuationToken`. `totalCount` is the page's count, as the service's is. A sort, a tag or
   * relationship filter, or two criteria at once are refused (`invalid`, `unsupported`): the API would ignore them.
   */
  async listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    checkListCustomersRequest(request);
    checkCustomerQuerySupported(request, this.capabilities);
    const operation = this.transport.operation(signal);
    if (request.search?.field === 'id' && request.search.text.trim()) return this.lookUpCustomer(request.search.text.trim(), operation);
    const filter = customerFilter(request);
    const resellerId = filter?.Field === 'IndirectReseller' ? filter.Value : undefined;
    const first: Link = { uri: this.transport.urls.api('/customers', customersQuery(request.pageSize, filter)), headers: [] };
    const position = request.continuationToken === undefined ? { link: first, skip: 0 } : parsePositionToken(CUSTOMERS_PAGE, request.continuationToken);
    const collection = collectionFrom(await this.fetchLink(operation, position.link), 'customers', (value, path) => customerFrom(value, path, resellerId));
    return handOut(CUSTOMERS_PAGE, collection, collection.items, position, request.pageSize);
  }

  /**
   * `GET /v1/auditrecords?startDate=&endDate=&filter=` with one documented filter (a customer, else a resource
   * type, else a company name). Every other criterion (a second filter, operation types, a period's exact times)
   * is evaluated here over the records the service answers, so a page may hold fewer records than it did.
   * Records come in the service's order (newest first); `sort: 'asc'` is refused.
   */
  async listActivity(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    checkListActivityRequest(request);
    if (request.sort === 'asc') throw new AdapterError('invalid', 'This data source lists activity newest first only', { code: UNSUPPORTED });
    checkPeriodShape(request.from, request.to);
    const operation = this.transport.operation(signal);
    const matches = auditMatcher(request);
    let position = request.continuationToken === undefined
      ? { link: { uri: this.transport.urls.api('/auditrecords', auditQuery(request)), headers: [] }, skip: 0 }
      : parsePositionToken(ACTIVITY_PAGE, request.continuationToken);
    for (let read = 1; ; read++) {
      const collection: Collection<ActivityRecord> = collectionFrom(await this.fetchLink(operation, position.link), 'auditRecords', auditRecordFrom);
      const page = handOut(ACTIVITY_PAGE, collection, collection.items.filter(matches), position, request.pageSize);
      if (page.items.length || !collection.next || read >= MAX_EMPTY_PAGES) return page;
      position = { link: collection.next, skip: 0 };
    }
  }

  /** Partner Center's API keeps no tags (its web UI does): every tag method rejects with `invalid`/`unsupported`. */
  async listTags(signal?: AbortSignal): Promise<string[]> {
    return noTags(signal);
  }

  async createTag(_name: string, signal?: AbortSignal): Promise<string> {
    return noTags(signal);
  }

  async renameTag(_from: string, _to: string, signal?: AbortSignal): Promise<string> {
    return noTags(signal);
  }

  async deleteTag(_name: string, signal?: AbortSignal): Promise<{ removedFrom: number }> {
    return noTags(signal);
  }

  async assignTags(_request: AssignTagsRequest, signal?: AbortSignal): Promise<AssignTagsResult> {
    return noTags(signal);
  }

  async countTags(_target: Selection, signal?: AbortSignal): Promise<TagCounts> {
    return noTags(signal);
  }

  /** `GET /v1/customers/{id}/profiles/billing`; the contact's phone comes from `defaultAddress`. */
  async getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile> {
    return billingProfileFrom(await this.readProfile(customerId, this.transport.operation(signal)), 'profile');
  }

  /**
   * `PUT /v1/customers/{id}/profiles/billing` with `If-Match: "<etag>"` and the whole resource as last read, the
   * edits merged in (fields this library does not know go back unchanged; `addressLine3` does not exist there).
   * A stale etag (`400` code `2055`, or `412`) rejects with kind `conflict` and `details.current`, the profile
   * read again just after, so the form can merge.
   */
  async updateBillingProfile(customerId: string, profile: BillingProfile, signal?: AbortSignal): Promise<BillingProfile> {
    const operation = this.transport.operation(signal);
    const raw = this.profiles.get(customerId) ?? (await this.readProfile(customerId, operation));
    try {
      const response = await this.transport.send(operation, {
        method: 'PUT',
        url: this.billingUrl(customerId),
        body: billingProfileBody(raw, profile),
        headers: { 'If-Match': ifMatch(profile.etag) },
      });
      this.profiles.set(customerId, object(response.body, 'profile'));
      return billingProfileFrom(response.body, 'profile');
    } catch (error) {
      if (!isAdapterError(error, 'conflict')) throw error;
      // The service sends no current resource with a conflict (error-codes.md): read it, so the merge can be offered.
      let current: BillingProfile;
      try {
        current = billingProfileFrom(await this.readProfile(customerId, operation), 'current');
      } catch {
        throw error;
      }
      throw new AdapterError('conflict', error.message, { status: error.status, code: error.code, reason: error.reason, details: { current }, cause: error });
    }
  }

  /**
   * The catalog's products through the documented levels: `GET /v1/products?country=&targetView=` (by customer:
   * `/v1/customers/{id}/products?targetView=`), then each product's SKUs, then each SKU's availabilities. Walked
   * once per catalog, country and customer; the search is applied here, since the API has none.
   */
  async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
    if (!isCatalog(request.catalog)) throw new AdapterError('invalid', `Unknown catalog ${JSON.stringify(request.catalog)}`, { code: 'bad-catalog' });
    const key = { catalog: request.catalog, country: (request.country || this.country).toUpperCase(), customerId: request.customerId };
    return searchProducts(await this.catalog.products(key, this.transport.operation(signal)), request.search);
  }

  /**
   * `POST /v1/customers/{id}/orders` with the order-level `billingCycle` and each line's `offerId` (the
   * availability's `catalogItemId`). `idempotencyKey` is sent as `MS-RequestId`, the same on every retry.
   */
  async createOrder(order: OrderRequest, signal?: AbortSignal, options: CreateOrderOptions = {}): Promise<Order> {
    const body = orderBody(order);
    const response = await this.transport.send(this.transport.operation(signal), {
      method: 'POST',
      url: this.transport.urls.api(`/customers/${encodeURIComponent(order.customerId)}/orders`),
      body,
      ...(options.idempotencyKey ? { requestId: options.idempotencyKey } : {}),
    });
    return orderFrom(response.body, 'order', order);
  }

  private async readProfile(customerId: string, operation: Operation): Promise<RawProfile> {
    const raw = object(await this.transport.get(operation, this.billingUrl(customerId)), 'profile');
    this.profiles.set(customerId, raw);
    return raw;
  }

  private billingUrl(customerId: string): string {
    return this.transport.urls.api(`/customers/${encodeURIComponent(customerId)}/profiles/billing`);
  }

  private fetchLink(operation: Operation, link: Link): Promise<unknown> {
    return this.transport.get(operation, this.transport.urls.link(link.uri), linkHeaders(link));
  }

  /** The one customer `GET /v1/customers/{id}` answers; an unknown ID is an empty result, as a search finding nothing. */
  private async lookUpCustomer(id: string, operation: Operation): Promise<CustomerPage> {
    let rows: CustomerRow[];
    try {
      rows = [customerFrom(await this.transport.get(operation, this.transport.urls.api(`/customers/${encodeURIComponent(id)}`)), 'customer')];
    } catch (error) {
      if (!isAdapterError(error, 'not-found')) throw error;
      rows = [];
    }
    return { items: rows, totalCount: rows.length };
  }
}

/**
 * Up to `pageSize` of a server page's (matching) items from `position.skip` on. What is left of the server page
 * is handed out next by reading that page again; after it, the server's next link.
 */
function handOut<T>(prefix: string, collection: Collection<unknown>, items: T[], position: { link: Link; skip: number }, pageSize: number): { items: T[]; totalCount: number; continuationToken?: string } {
  const rest = items.slice(position.skip);
  const whole = position.skip === 0 && rest.length <= pageSize && items.length === collection.items.length;
  const out = rest.slice(0, pageSize);
  // The service's totalCount counts its page; passed on when the page goes out whole, else this page's count.
  const page: { items: T[]; totalCount: number; continuationToken?: string } = { items: out, totalCount: whole ? collection.pageCount : out.length };
  if (rest.length > pageSize) page.continuationToken = positionToken(prefix, { link: position.link, skip: position.skip + pageSize });
  else if (collection.next) page.continuationToken = positionToken(prefix, { link: collection.next, skip: 0 });
  return page;
}

/**
 * A period that cannot be read or runs backwards is refused before any request, with the model's codes: the
 * service would answer a bare 400. How far back it may reach is the service's to say (its clock, its 90 days).
 */
function checkPeriodShape(from: string, to: string): void {
  const problem = typeof from === 'string' && typeof to === 'string' ? periodProblem(from, to, new Date(0)) : 'bad-date';
  if (problem === 'bad-date' || problem === 'start-after-end') checkActivityPeriod(from, to, new Date(0));
}

/** An aborted call rejects with its AbortError first, as every method of the contract does. */
function noTags(signal?: AbortSignal): never {
  throwIfAborted(signal);
  throw new AdapterError('invalid', 'This data source keeps no tags', { code: UNSUPPORTED });
}
