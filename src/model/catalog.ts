/** Catalogs, products and orders: SPEC §1 "Orders and catalogs". */

export type Catalog = 'azure' | 'marketplace' | 'software' | 'online-services';

export const CATALOGS: readonly Catalog[] = ['azure', 'marketplace', 'software', 'online-services'];

/** The REST API's `targetView` for each catalog. */
export const CATALOG_TARGET_VIEW: Readonly<Record<Catalog, string>> = {
  azure: 'Azure',
  marketplace: 'MarketplaceSaaS',
  software: 'Software',
  'online-services': 'OnlineServices',
};

export function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'string' && (CATALOGS as readonly string[]).includes(value);
}

/** ISO 8601 durations as the partner center uses them. */
export type TermDuration = 'P1M' | 'P1Y' | 'P3Y' | (string & {});
export type BillingCycle = 'monthly' | 'annual' | 'triennial' | 'one-time' | 'none' | (string & {});

export interface Sku {
  id: string;
  title: string;
  description?: string;
  minimumQuantity: number;
  maximumQuantity: number;
  billingCycles: BillingCycle[];
  termDurations: TermDuration[];
  /** The availability's `catalogItemId`: the `offerId` of an order line. */
  catalogItemId: string;
}

export interface Product {
  id: string;
  title: string;
  description: string;
  catalog: Catalog;
  skus: Sku[];
}

export interface OrderLineItem {
  lineItemNumber: number;
  offerId: string;
  quantity: number;
  friendlyName?: string;
  termDuration?: TermDuration;
  billingCycle?: BillingCycle;
}

export interface OrderRequest {
  customerId: string;
  catalog: Catalog;
  lineItems: OrderLineItem[];
}

export type OrderStatus = 'completed' | 'pending' | 'cancelled';

export interface Order {
  id: string;
  customerId: string;
  catalog: Catalog;
  status: OrderStatus;
  /** ISO 8601 date-time. */
  creationDate: string;
  lineItems: OrderLineItem[];
}

export type OrderErrorCode =
  | 'no-lines'
  | 'unknown-offer'
  | 'wrong-catalog'
  | 'quantity-not-integer'
  | 'quantity-below-minimum'
  | 'quantity-above-maximum'
  | 'term-not-offered'
  | 'billing-cycle-not-offered'
  | 'duplicate-line-number'
  | 'bad-line-number';

export interface OrderLineError {
  code: OrderErrorCode;
  /** The line's `lineItemNumber`, absent for errors about the whole order. */
  lineItemNumber?: number;
  message: string;
}

/**
 * Finds the SKU whose `catalogItemId` is the given offer ID, with its product; within `catalog` first when
 * given, so an ID shared by two catalogs resolves to the one being ordered from.
 */
export function findOffer(products: readonly Product[], offerId: string, catalog?: Catalog): { product: Product; sku: Sku } | undefined {
  let elsewhere: { product: Product; sku: Sku } | undefined;
  for (const product of products) {
    for (const sku of product.skus) {
      if (sku.catalogItemId !== offerId) continue;
      if (catalog === undefined || product.catalog === catalog) return { product, sku };
      elsewhere ??= { product, sku };
    }
  }
  return elsewhere;
}

/** Checks one quantity against a SKU's limits; `undefined` when it is acceptable. */
export function checkQuantity(sku: Sku, quantity: number): { code: OrderErrorCode; message: string } | undefined {
  if (!Number.isInteger(quantity)) return { code: 'quantity-not-integer', message: 'Quantity must be a whole number' };
  if (quantity < sku.minimumQuantity) {
    return { code: 'quantity-below-minimum', message: `Quantity must be at least ${sku.minimumQuantity}` };
  }
  if (quantity > sku.maximumQuantity) {
    return { code: 'quantity-above-maximum', message: `Quantity must be at most ${sku.maximumQuantity}` };
  }
  return undefined;
}

/** Validates an order against the catalog before it is submitted. Returns every problem found. */
export function validateOrder(order: OrderRequest, products: readonly Product[]): OrderLineError[] {
  if (order.lineItems.length === 0) return [{ code: 'no-lines', message: 'An order needs at least one line' }];
  const errors: OrderLineError[] = [];
  const numbers = new Set<number>();
  for (const line of order.lineItems) {
    const { lineItemNumber } = line;
    if (!Number.isInteger(lineItemNumber) || lineItemNumber < 0) {
      errors.push({ code: 'bad-line-number', lineItemNumber, message: 'Line numbers must be whole numbers from 0' });
    } else if (numbers.has(lineItemNumber)) {
      errors.push({ code: 'duplicate-line-number', lineItemNumber, message: `Line number ${lineItemNumber} is used twice` });
    }
    numbers.add(lineItemNumber);
    const offer = findOffer(products, line.offerId, order.catalog);
    if (!offer) {
      errors.push({ code: 'unknown-offer', lineItemNumber, message: `Unknown offer ${line.offerId}` });
      continue;
    }
    if (offer.product.catalog !== order.catalog) {
      errors.push({ code: 'wrong-catalog', lineItemNumber, message: `Offer ${line.offerId} is not in this catalog` });
    }
    const quantityError = checkQuantity(offer.sku, line.quantity);
    if (quantityError) errors.push({ ...quantityError, lineItemNumber });
    if (line.termDuration !== undefined && !offer.sku.termDurations.includes(line.termDuration)) {
      errors.push({ code: 'term-not-offered', lineItemNumber, message: `Term ${line.termDuration} is not offered` });
    }
    if (line.billingCycle !== undefined && !offer.sku.billingCycles.includes(line.billingCycle)) {
      errors.push({
        code: 'billing-cycle-not-offered',
        lineItemNumber,
        message: `Billing cycle ${line.billingCycle} is not offered`,
      });
    }
  }
  return errors;
}
