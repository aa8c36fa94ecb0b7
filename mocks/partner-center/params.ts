/**
 * The query parameters each documented route takes; any other is answered `400`, so a client sending an
 * undocumented one (a sort, a tag filter) fails here instead of being silently ignored by the real service.
 */
export const DOCUMENTED_PARAMETERS = {
  // develop/get-a-list-of-customers.md:101-111, get-a-customer-by-name.md:63-70; seekOperation: the next link's.
  customers: ['size', 'filter', 'seekOperation'],
  customer: [],
  'billing-profile': [],
  // develop/get-a-list-of-products.md:109-114
  products: ['country', 'targetView', 'targetSegment', 'reservationScope'],
  // develop/get-a-list-of-products-by-customer.md: targetView only, no country.
  'customer-products': ['targetView', 'targetSegment'],
  // develop/get-a-list-of-skus-for-a-product.md:122-127, get-a-list-of-availabilities-for-a-sku.md:76-81
  skus: ['country', 'targetSegment', 'reservationScope'],
  'customer-skus': ['targetSegment', 'reservationScope'],
  orders: [],
  // develop/get-a-record-of-partner-center-activity-by-user.md:93-97; `size` is in the example's self link (221).
  activity: ['startDate', 'endDate', 'filter', 'size', 'seekOperation'],
} as const;

export type DocumentedRoute = keyof typeof DOCUMENTED_PARAMETERS;

/** The first parameter the route does not document, or `undefined`. */
export function undocumentedParameter(route: DocumentedRoute, url: URL): string | undefined {
  const allowed: readonly string[] = DOCUMENTED_PARAMETERS[route];
  return [...url.searchParams.keys()].find((key) => !allowed.includes(key));
}
