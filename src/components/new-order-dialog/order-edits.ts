/**
 * What an agent does to an order once its catalog is chosen: pick a product and its SKU, term, cycle and
 * quantity, change or remove cart lines, submit (once, with its events), start over. It loads with the later
 * steps (new-order-dialog.later-steps.ts, by `import()`), so the dialog's first load carries only opening,
 * closing and the catalog step; the state it changes is the `OrderController`'s, which the first load holds.
 */
import { msg, str } from '@lit/localize';
import { failureMessage } from '../../internal/failure.js';
import type { Product } from '../../model/catalog.js';
import type { CartLine } from '../../model/order-draft.js';
import { OrderCreateEvent, OrderErrorEvent, OrderSubmitEvent } from './new-order-dialog.events.js';
import type { OrderController } from './order-controller.js';

export class OrderEdits {
  constructor(private readonly orders: OrderController) {}

  choose(product: Product): void {
    this.orders.flow?.choose(product);
    this.orders.changed();
  }

  chooseSku(skuId: string): void {
    this.orders.flow?.chooseSku(skuId);
    this.orders.changed();
  }

  updatePick(patch: Partial<CartLine>): void {
    this.orders.flow?.updatePick(patch);
    this.orders.changed();
  }

  addPick(): void {
    const added = this.orders.flow?.addPick();
    this.orders.changed();
    if (!added) return;
    this.orders.notice = msg(str`Added ${added.product.title} (${added.sku.title}) to the order.`);
    // The options group that held focus is gone; the cart's heading says where the product went and how many there are.
    this.orders.focusAfterRender(() => this.orders.find('.cart-heading'));
  }

  updateLine(index: number, patch: Partial<CartLine>): void {
    this.orders.flow?.updateLine(index, patch);
    this.orders.changed();
  }

  removeLine(index: number): void {
    const flow = this.orders.flow;
    const fromReview = flow?.step === 'review';
    const removed = flow?.removeLine(index);
    if (!flow || !removed) return;
    this.orders.notice = msg(str`Removed ${removed.product.title} (${removed.sku.title}) from the order.`);
    this.orders.changed();
    // An emptied review went back to products, whose step heading takes focus.
    if (fromReview && flow.step === 'products') return;
    // The line's Remove button is gone: the next line's takes focus, else the previous line's, else the cart's heading.
    this.orders.focusAfterRender(() => {
      const buttons = this.orders.host.renderRoot.querySelectorAll<HTMLElement>('[data-action=remove]');
      return buttons[Math.min(index, buttons.length - 1)] ?? this.orders.find('.cart-heading');
    });
  }

  /**
   * Sends the order once: Submit is disabled while it runs, a retry carries the same idempotency key, and the
   * answer lands in the flow that sent it, whichever customer the dialog shows by then (or none).
   */
  async submit(): Promise<void> {
    const adapter = this.orders.adapter;
    const flow = this.orders.flow;
    const plan = adapter && flow?.planSubmit();
    if (!flow || !plan) return;
    if (plan.kind === 'invalid') return this.orders.find(`[data-line="${plan.line}"] .quantity`)?.focus();
    if (!this.orders.host.dispatchEvent(new OrderSubmitEvent(plan.order))) return;
    flow.submitState = { kind: 'sending' };
    this.orders.changed();
    try {
      const created = await adapter.createOrder(plan.order, undefined, { idempotencyKey: plan.idempotencyKey });
      flow.submitted(plan, created);
      this.orders.host.dispatchEvent(new OrderCreateEvent(created));
    } catch (error) {
      flow.submitState = { kind: 'failed', message: failureMessage(error) };
      this.orders.host.dispatchEvent(new OrderErrorEvent(plan.order, error));
    }
    if (flow !== this.orders.flow) return;
    // "Cannot be cancelled" belonged to the submitting moment; the answer now speaks for itself.
    this.orders.notice = '';
    this.orders.changed();
  }

  /** After a submitted order: a new one for the same customer; other catalogs' carts stay. */
  startOver(): void {
    this.orders.flow?.startOver();
    this.orders.search?.reset();
    this.orders.notice = '';
    this.orders.changed();
  }
}
