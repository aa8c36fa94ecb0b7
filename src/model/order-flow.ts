/**
 * One customer's order in <new-order-dialog>: the cart of each catalog, the product being configured, the step
 * shown and the submit. The dialog keeps one flow per customer for its life, so an answer that arrives after
 * the agent moved on lands in the flow that asked for it (never in another customer's dialog), and reopening
 * the dialog for that customer shows it. Pure: no DOM, no Lit, no adapter; the dialog's controller does the I/O.
 */
import type { Catalog, Order, OrderRequest, Product } from './catalog.js';
import type { CustomerRow } from './customer.js';
import { firstInvalidLine, newCartLine, orderRequestOf, quantityProblem, withLineAdded, withLineChanged, withoutLine, withSku, type CartLine, type QuantityProblem } from './order-draft.js';

export type OrderStep = 'catalog' | 'products' | 'review' | 'submitted';
export const ORDER_STEPS: readonly OrderStep[] = ['catalog', 'products', 'review', 'submitted'];

export type SubmitState =
  | { kind: 'idle' | 'sending' }
  | { kind: 'failed'; message: string }
  /** `lines`: the cart as it was sent, to name the order's lines by product and SKU. */
  | { kind: 'done'; order: Order; catalog: Catalog; lines: readonly CartLine[] };

/** What a submit sends, or the first line whose quantity stops it. */
export type SubmitPlan = { kind: 'invalid'; line: number } | { kind: 'send'; order: OrderRequest; idempotencyKey: string; catalog: Catalog; lines: readonly CartLine[] };

export class OrderFlow {
  step: OrderStep = 'catalog';
  catalog: Catalog | undefined;
  pick: CartLine | undefined;
  /** Why the picked quantity was refused by Add to order; cleared when the quantity is typed again. */
  pickProblem: QuantityProblem | undefined;
  submitState: SubmitState = { kind: 'idle' };
  /** The outcome of a submit was on screen: the next opening starts a new order. */
  outcomeSeen = false;
  private readonly carts = new Map<Catalog, CartLine[]>();
  private idempotency: { key: string; order: string } | undefined;

  constructor(readonly customer: CustomerRow) {}

  /** The cart of the catalog chosen now. */
  get cart(): readonly CartLine[] {
    return this.catalog ? (this.carts.get(this.catalog) ?? []) : [];
  }

  /** Ignored while the cart is being sent: the server gets the order as it was, so the screen must keep showing that. */
  set cart(lines: readonly CartLine[]) {
    if (this.catalog && !this.sending) this.carts.set(this.catalog, [...lines]);
  }

  /** Lines waiting in a catalog's cart: each catalog keeps its own for the dialog's life. */
  cartSize(catalog: Catalog): number {
    return this.carts.get(catalog)?.length ?? 0;
  }

  get sending(): boolean {
    return this.submitState.kind === 'sending';
  }

  /** Choices closing would lose: any catalog's cart, a product being configured. */
  get unsaved(): boolean {
    return this.submitState.kind !== 'done' && (this.pick !== undefined || [...this.carts.values()].some((lines) => lines.length > 0));
  }

  chooseCatalog(catalog: Catalog): void {
    if (catalog !== this.catalog) this.pick = undefined;
    this.catalog = catalog;
    this.pickProblem = undefined;
    this.step = 'products';
  }

  /** Whether the flow went to `step`: never while the order is being sent (its answer decides), nor to an empty review. */
  goTo(step: OrderStep): boolean {
    if (this.sending || (step === 'review' && !this.cart.length)) return false;
    this.step = step;
    return true;
  }

  /** Picks a product to configure, with its first SKU. */
  choose(product: Product): void {
    const sku = product.skus[0];
    if (!sku) return;
    this.pick = newCartLine(product, sku);
    this.pickProblem = undefined;
  }

  /** Another SKU of the product picked: the quantity, term and cycle chosen stay where that SKU allows them. */
  chooseSku(skuId: string): void {
    const sku = this.pick?.product.skus.find((candidate) => candidate.id === skuId);
    if (!this.pick || !sku) return;
    this.pick = withSku(this.pick, sku);
    this.pickProblem = undefined;
  }

  updatePick(patch: Partial<CartLine>): void {
    if (!this.pick) return;
    this.pick = { ...this.pick, ...patch };
    if (patch.quantity !== undefined) this.pickProblem = undefined;
  }

  /** Adds the product picked to the cart and returns its line; a refused quantity is kept in `pickProblem` instead. */
  addPick(): CartLine | undefined {
    const pick = this.pick;
    if (!pick || this.sending) return undefined;
    this.pickProblem = quantityProblem(pick.sku, pick.quantity);
    if (this.pickProblem) return undefined;
    this.cart = withLineAdded(this.cart, pick);
    this.pick = undefined;
    return pick;
  }

  /** The cart stays as it was sent while the order is on its way. */
  updateLine(index: number, patch: Partial<CartLine>): void {
    this.cart = withLineChanged(this.cart, index, patch);
  }

  /** Removes a line and returns it; an emptied review goes back to products. */
  removeLine(index: number): CartLine | undefined {
    const removed = this.cart[index];
    if (!removed || this.sending) return undefined;
    this.cart = withoutLine(this.cart, index);
    if (!this.cart.length && this.step === 'review') this.step = 'products';
    return removed;
  }

  /** What Submit sends, with its idempotency key; undefined when there is nothing to send or it is on its way. */
  planSubmit(): SubmitPlan | undefined {
    const catalog = this.catalog;
    if (!catalog || this.sending) return undefined;
    const invalid = firstInvalidLine(this.cart);
    if (invalid >= 0 || !this.cart.length) return { kind: 'invalid', line: invalid };
    const order = orderRequestOf(this.customer.id, catalog, this.cart);
    return { kind: 'send', order, idempotencyKey: this.keyFor(order), catalog, lines: this.cart };
  }

  /** The server took the order: the flow shows it on the Submitted step. */
  submitted(plan: Extract<SubmitPlan, { kind: 'send' }>, created: Order): void {
    this.submitState = { kind: 'done', order: created, catalog: plan.catalog, lines: plan.lines };
    this.step = 'submitted';
    this.outcomeSeen = false;
  }

  /**
   * The idempotency key of an order: the same order retried keeps its key, so a first attempt that did reach
   * the server is not ordered twice; a changed order gets a new one.
   */
  keyFor(order: OrderRequest): string {
    const signature = JSON.stringify(order);
    if (this.idempotency?.order !== signature) this.idempotency = { key: newRequestId(), order: signature };
    return this.idempotency.key;
  }

  /** After a submitted order: the submitted catalog's cart is done; other catalogs keep theirs. */
  startOver(): void {
    if (this.submitState.kind === 'done') this.carts.delete(this.submitState.catalog);
    this.step = 'catalog';
    this.catalog = undefined;
    this.pick = undefined;
    this.pickProblem = undefined;
    this.submitState = { kind: 'idle' };
    this.outcomeSeen = false;
    this.idempotency = undefined;
  }
}

/** A unique request id; `crypto.randomUUID` exists only in secure contexts. */
function newRequestId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}
