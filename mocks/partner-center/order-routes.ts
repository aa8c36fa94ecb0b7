/** Orders: develop/create-an-order.md. */
import { HttpResponse } from 'msw';
import { CATALOGS, findOffer, type OrderLineItem, type Product } from '../../src/model/catalog.js';
import { jsonBody } from '../api/request-bodies.js';
import { CUSTOMER_COUNTRY, productsOf } from './catalog-routes.js';
import { BadRequest, type Handler } from './route.js';
import { modelBillingCycle, pcOrder } from './shapes.js';


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

export const createOrder: Handler = async ({ request, params, store }) => {
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
