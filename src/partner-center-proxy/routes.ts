/**
 * The Partner Center routes a `PartnerCenterAdapter` calls, and nothing else: each with its methods and the query
 * parameters its documentation page names. A proxy that forwarded any path would hand the partner's token to
 * whatever a page asks for (tenant administration, invoices, user management), so anything not listed is refused.
 */

export interface ProxyRoute {
  /** Matches the path after the mount point, e.g. `/v1/customers/abc/profiles/billing`. */
  pattern: RegExp;
  methods: readonly string[];
  /** Query parameters the documentation names for this route (compared case-insensitively). */
  query: readonly string[];
  /** The documentation page, for the error a refused request gets. */
  page: string;
}

/**
 * One path segment: an opaque id (a tenant GUID, a product id, a SKU id, which may hold `:`), percent-encoding
 * allowed but never an encoded `/` or `\`, so no id can climb out of the route it names.
 */
const ID = '(?:[A-Za-z0-9._~:-]|%(?!2[Ff]|5[Cc])[0-9A-Fa-f]{2})+';

export const PARTNER_CENTER_ROUTES: readonly ProxyRoute[] = [
  // develop/get-a-list-of-customers.md, get-a-customer-by-name.md (filter), get-customers-of-an-indirect-reseller.md;
  // the next page replays links.next.uri, e.g. `/customers?size=500&seekOperation=Next` (PowerShell#379).
  { pattern: /^\/v1\/customers$/, methods: ['GET'], query: ['size', 'filter', 'seekOperation'], page: 'develop/get-a-list-of-customers.md' },
  { pattern: new RegExp(`^/v1/customers/${ID}$`), methods: ['GET'], query: [], page: 'develop/get-a-customer-by-id.md' },
  {
    pattern: new RegExp(`^/v1/customers/${ID}/profiles/billing$`),
    methods: ['GET', 'PUT'],
    query: [],
    page: 'develop/update-a-customer-s-billing-profile.md',
  },
  { pattern: new RegExp(`^/v1/customers/${ID}/orders$`), methods: ['POST'], query: [], page: 'develop/create-an-order.md' },
  {
    pattern: new RegExp(`^/v1/customers/${ID}/products$`),
    methods: ['GET'],
    query: ['targetView', 'targetSegment'],
    page: 'develop/get-a-list-of-products-by-customer.md',
  },
  {
    pattern: new RegExp(`^/v1/customers/${ID}/products/${ID}/skus$`),
    methods: ['GET'],
    query: ['targetSegment', 'reservationScope'],
    page: 'develop/get-a-list-of-skus-for-a-product-by-customer.md',
  },
  {
    pattern: new RegExp(`^/v1/customers/${ID}/products/${ID}/skus/${ID}/availabilities$`),
    methods: ['GET'],
    query: ['targetSegment', 'reservationScope'],
    page: 'develop/get-a-list-of-availabilities-for-a-sku-by-customer.md',
  },
  { pattern: /^\/v1\/products$/, methods: ['GET'], query: ['country', 'targetView', 'targetSegment', 'reservationScope'], page: 'develop/get-a-list-of-products.md' },
  { pattern: new RegExp(`^/v1/products/${ID}/skus$`), methods: ['GET'], query: ['country', 'targetSegment', 'reservationScope'], page: 'develop/get-a-list-of-skus-for-a-product.md' },
  {
    pattern: new RegExp(`^/v1/products/${ID}/skus/${ID}/availabilities$`),
    methods: ['GET'],
    query: ['country', 'targetSegment', 'reservationScope'],
    page: 'develop/get-a-list-of-availabilities-for-a-sku.md',
  },
  {
    pattern: /^\/v1\/auditrecords$/,
    methods: ['GET'],
    query: ['startDate', 'endDate', 'size', 'filter', 'seekOperation'],
    page: 'develop/get-a-record-of-partner-center-activity-by-user.md',
  },
];

/** The route a path belongs to, if any. */
export function findRoute(path: string): ProxyRoute | undefined {
  return PARTNER_CENTER_ROUTES.find((route) => route.pattern.test(path));
}

/** Query parameters of `search` the route does not document, by the name sent. */
export function undocumentedParameters(route: ProxyRoute, search: URLSearchParams): string[] {
  const known = new Set(route.query.map((name) => name.toLowerCase()));
  return [...new Set(search.keys())].filter((name) => !known.has(name.toLowerCase()));
}
