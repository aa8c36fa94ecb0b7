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
import { http, type HttpHandler } from 'msw';
import { listAuditRecords } from './audit-routes.js';
import { getBillingProfile, updateBillingProfile } from './billing-routes.js';
import { listAvailabilities, listCustomerProducts, listProducts, listSkus } from './catalog-routes.js';
import { getCustomer, listCustomers } from './customer-routes.js';
import { createOrder } from './order-routes.js';
import { partnerCenterMock, type PartnerCenterMock } from './partner-center-mock.js';
import { route } from './route.js';

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
