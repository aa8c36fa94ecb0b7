/**
 * Orders as documented (develop/create-an-order.md, order-resources.md): `billingCycle` is the order's, not a
 * line's; a line's `offerId` is the availability's `catalogItemId`; the answer (`201`) carries no `targetView`,
 * so the catalog comes from the request.
 */
import type { Order, OrderLineItem, OrderRequest, OrderStatus } from '../../model/catalog.js';
import { AdapterError } from '../adapter-error.js';
import { array, number, object, optionalString, string } from '../rest/decode.js';
import { billingCycleFrom, billingCycleTo } from './catalog.js';

export interface OrderBody {
  referenceCustomerId: string;
  billingCycle?: string;
  lineItems: { lineItemNumber: number; offerId: string; quantity: number; friendlyName?: string; termDuration?: string }[];
}

/** The request body. Lines asking for different billing cycles cannot be one order: refused as `invalid`. */
export function orderBody(order: OrderRequest): OrderBody {
  const cycles = [...new Set(order.lineItems.flatMap((line) => (line.billingCycle === undefined ? [] : [line.billingCycle])))];
  if (cycles.length > 1) {
    throw new AdapterError('invalid', `A Partner Center order has one billing cycle; these lines ask for ${cycles.join(' and ')}`, { code: 'mixed-billing-cycles' });
  }
  const body: OrderBody = {
    referenceCustomerId: order.customerId,
    lineItems: order.lineItems.map((line) => ({
      lineItemNumber: line.lineItemNumber,
      offerId: line.offerId,
      quantity: line.quantity,
      ...(line.friendlyName === undefined ? {} : { friendlyName: line.friendlyName }),
      ...(line.termDuration === undefined ? {} : { termDuration: line.termDuration }),
    })),
  };
  if (cycles[0] !== undefined) body.billingCycle = billingCycleTo(cycles[0]);
  return body;
}

const STATUSES: readonly string[] = ['completed', 'pending', 'cancelled'] satisfies OrderStatus[];

export function orderFrom(value: unknown, path: string, request: OrderRequest): Order {
  const json = object(value, path);
  const billingCycle = optionalString(json, 'billingCycle', path);
  const status = (optionalString(json, 'status', path) ?? 'pending').toLowerCase();
  return {
    id: string(json, 'id', path),
    customerId: optionalString(json, 'referenceCustomerId', path) ?? request.customerId,
    catalog: request.catalog,
    // OrderStatus also has `unknown`: an order the service has taken but not settled is shown as pending.
    status: (STATUSES.includes(status) ? status : 'pending') as OrderStatus,
    creationDate: string(json, 'creationDate', path),
    lineItems: array(json.lineItems, `${path}.lineItems`).map((entry, index) => {
      const linePath = `${path}.lineItems[${index}]`;
      const line = object(entry, linePath);
      const item: OrderLineItem = { lineItemNumber: number(line, 'lineItemNumber', linePath), offerId: string(line, 'offerId', linePath), quantity: number(line, 'quantity', linePath) };
      const friendlyName = optionalString(line, 'friendlyName', linePath);
      if (friendlyName !== undefined) item.friendlyName = friendlyName;
      const termDuration = optionalString(line, 'termDuration', linePath);
      if (termDuration !== undefined) item.termDuration = termDuration;
      if (billingCycle !== undefined) item.billingCycle = billingCycleFrom(billingCycle);
      return item;
    }),
  };
}
