/**
 * One customer's order in <new-order-dialog>: the cart of each catalog, the product being configured, the step
 * shown and the submit. The dialog keeps one flow per customer for its life, so an answer that arrives after
 * the agent moved on lands in the flow that asked for it (never in another customer's dialog), and reopening
 * the dialog for that customer shows it.
 */
import type { Catalog, Order, OrderRequest } from '../../model/catalog.js';
import type { CustomerRow } from '../../model/customer.js';
import type { CartLine } from '../../model/order-draft.js';

export type OrderStep = 'catalog' | 'products' | 'review' | 'submitted';
export const ORDER_STEPS: readonly OrderStep[] = ['catalog', 'products', 'review', 'submitted'];

export type SubmitState =
  | { kind: 'idle' | 'sending' }
  | { kind: 'failed'; message: string }
  /** `lines`: the cart as it was sent, to name the order's lines by product and SKU. */
  | { kind: 'done'; order: Order; catalog: Catalog; lines: readonly CartLine[] };

export class OrderFlow {
  step: OrderStep = 'catalog';
  catalog: Catalog | undefined;
  pick: CartLine | undefined;
  pickError = '';
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
    this.pickError = '';
    this.step = 'products';
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
    this.pickError = '';
    this.submitState = { kind: 'idle' };
    this.outcomeSeen = false;
    this.idempotency = undefined;
  }
}

/** A unique request id; `crypto.randomUUID` exists only in secure contexts. */
function newRequestId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}
