/** The cart of a new order before it is submitted: lines the agent picked, checked against their SKU. */
import { checkQuantity, type BillingCycle, type Catalog, type OrderErrorCode, type OrderRequest, type Product, type Sku, type TermDuration } from './catalog.js';

export interface CartLine {
  product: Product;
  sku: Sku;
  /** As typed: the agent may be half way through a number. */
  quantity: string;
  termDuration?: TermDuration;
  billingCycle?: BillingCycle;
  friendlyName: string;
}

export type QuantityProblem = { code: OrderErrorCode | 'quantity-missing'; sku: Sku };

/**
 * What is wrong with a typed quantity for a SKU, if anything. A quantity is a whole number written in digits:
 * `1e2`, `0x10`, `1.0` or `+5` are not (Number() would read them), nor are other scripts' digits.
 */
export function quantityProblem(sku: Sku, typed: string): QuantityProblem | undefined {
  const text = typed.trim();
  if (text === '') return { code: 'quantity-missing', sku };
  if (!/^[0-9]+$/.test(text)) return { code: 'quantity-not-integer', sku };
  const problem = checkQuantity(sku, Number(text));
  return problem && { code: problem.code, sku };
}

/** A new line for a SKU with its first term and billing cycle and its minimum quantity. */
export function newCartLine(product: Product, sku: Sku): CartLine {
  const line: CartLine = { product, sku, quantity: String(Math.max(1, sku.minimumQuantity)), friendlyName: '' };
  if (sku.termDurations[0]) line.termDuration = sku.termDurations[0];
  if (sku.billingCycles[0]) line.billingCycle = sku.billingCycles[0];
  return line;
}

/**
 * The line with another SKU of its product. What the agent chose survives where the new SKU allows it: the
 * typed quantity when it is within the new SKU's range, the term and billing cycle when the new SKU offers them.
 * Anything else falls back to what a new line for that SKU starts with.
 */
export function withSku(line: CartLine, sku: Sku): CartLine {
  const fresh = newCartLine(line.product, sku);
  const next: CartLine = { ...fresh, friendlyName: line.friendlyName };
  if (!quantityProblem(sku, line.quantity)) next.quantity = line.quantity;
  if (line.termDuration !== undefined && sku.termDurations.includes(line.termDuration)) next.termDuration = line.termDuration;
  if (line.billingCycle !== undefined && sku.billingCycles.includes(line.billingCycle)) next.billingCycle = line.billingCycle;
  return next;
}

/** The order the adapter takes: lines numbered 0..n-1, each offer the SKU's catalog item. */
export function orderRequestOf(customerId: string, catalog: Catalog, lines: readonly CartLine[]): OrderRequest {
  return {
    customerId,
    catalog,
    lineItems: lines.map((line, lineItemNumber) => ({
      lineItemNumber,
      offerId: line.sku.catalogItemId,
      quantity: Number(line.quantity.trim()),
      ...(line.friendlyName.trim() ? { friendlyName: line.friendlyName.trim() } : {}),
      ...(line.termDuration ? { termDuration: line.termDuration } : {}),
      ...(line.billingCycle ? { billingCycle: line.billingCycle } : {}),
    })),
  };
}

// ---- cart operations: each returns a new cart, so a cart already sent (and shown as sent) is never changed in place

/** The cart with a picked line added; its quantity as the agent meant it, without surrounding spaces. */
export function withLineAdded(cart: readonly CartLine[], pick: CartLine): CartLine[] {
  return [...cart, { ...pick, quantity: pick.quantity.trim() }];
}

/** The cart with one line's fields changed (its quantity, term, cycle or friendly name). */
export function withLineChanged(cart: readonly CartLine[], index: number, patch: Partial<CartLine>): CartLine[] {
  return cart.map((line, at) => (at === index ? { ...line, ...patch } : line));
}

/** The cart without the line at `index`. */
export function withoutLine(cart: readonly CartLine[], index: number): CartLine[] {
  return cart.filter((_, at) => at !== index);
}

/** The index of the first line whose quantity its SKU refuses, or -1 when every line may be ordered. */
export function firstInvalidLine(cart: readonly CartLine[]): number {
  return cart.findIndex((line) => quantityProblem(line.sku, line.quantity) !== undefined);
}
