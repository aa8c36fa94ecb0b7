/**
 * The order of <new-order-dialog>: one `OrderFlow` per customer for the dialog's life, the step shown, the
 * product search, the submit and its events, and where focus goes when the control that had it goes away.
 * The element draws what this holds and passes it the agent's actions.
 */
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import { failureMessage } from '../../internal/failure.js';
import type { Catalog, Product } from '../../model/catalog.js';
import type { CustomerRow } from '../../model/customer.js';
import type { CartLine } from '../../model/order-draft.js';
import { OrderFlow, type OrderStep } from '../../model/order-flow.js';
import { OrderCreateEvent, OrderErrorEvent, OrderSubmitEvent } from './new-order-dialog.events.js';
import type { OrderStart } from './order-catalogs.js';
import type { ProductSearch } from './product-search.js';

export interface OrderHost extends ReactiveControllerHost, EventTarget {
  readonly open: boolean;
  /** The customer shown: set here when the order changes hands. */
  customer?: CustomerRow;
  readonly renderRoot: ParentNode;
}

export interface OrderControllerOptions {
  adapter(): CustomerAdapter | undefined;
  /** Who orders and where, once the dialog has loaded it. */
  start(): OrderStart | undefined;
}

export class OrderController implements ReactiveController {
  /** The order of the customer shown; undefined until the customer is known. */
  flow?: OrderFlow;
  /** The status line: what was added or removed, a failed search, why the dialog stays open. */
  notice = '';
  /**
   * The product search: started with the products step's module, which brings its class (`startSearch`), so the
   * dialog's first load does not carry it. Until then there is nothing to search or reset.
   */
  search?: ProductSearch;
  /** Every customer's order for the dialog's life, by Microsoft ID. */
  private readonly flows = new Map<string, OrderFlow>();
  /** The step whose heading has focus: a new step moves focus to its heading. */
  private shownStep?: OrderStep;

  constructor(
    private readonly host: OrderHost,
    private readonly options: OrderControllerOptions,
  ) {
    host.addController(this);
  }

  /** Starts the product search, once: `Search` is its class, loaded with the products step. */
  startSearch(Search: typeof ProductSearch): ProductSearch {
    return (this.search ??= new Search(this.host, {
      start: this.options.start,
      catalog: () => this.flow?.catalog,
      notice: (text) => this.say(text),
      field: () => this.find('[part=product-search]'),
    }));
  }

  hostUpdated(): void {
    const flow = this.flow;
    if (!this.host.open || !flow) return;
    if (flow.submitState.kind === 'done') flow.outcomeSeen = true;
    if (this.shownStep !== undefined && this.shownStep !== flow.step) this.focusStepHeading();
    this.shownStep = flow.step;
  }

  /** Shows this customer's order: the one kept from before, or a new one. */
  useCustomer(customer: CustomerRow): void {
    if (this.flow?.customer.id !== customer.id) {
      // Searches and messages belong to the customer shown: a late answer for another is dropped.
      this.search?.reset();
      this.notice = '';
    }
    this.adopt(customer);
  }

  /** Takes up the customer's order as it is, e.g. a customer found by its ID while the dialog loads. */
  adopt(customer: CustomerRow): void {
    this.host.customer = customer;
    let flow = this.flows.get(customer.id);
    if (!flow) this.flows.set(customer.id, (flow = new OrderFlow(customer)));
    else if (flow.submitState.kind === 'done' && flow.outcomeSeen) flow.startOver();
    this.flow = flow;
    this.shownStep = flow.step;
    this.host.requestUpdate();
  }

  /** Discard: this customer's order is thrown away; a new one starts when the dialog opens again. */
  discard(): void {
    if (this.flow) this.flows.delete(this.flow.customer.id);
    if (this.host.customer) this.useCustomer(this.host.customer);
  }

  chooseCatalog(catalog: Catalog): void {
    if (!this.flow) return;
    this.search?.reset();
    this.flow.chooseCatalog(catalog);
    this.changed();
  }

  /** No step change while the order is being sent: its answer decides the next step. */
  goTo(step: OrderStep): void {
    if (!this.flow?.goTo(step)) return;
    if (step === 'catalog') this.search?.reset();
    this.notice = '';
    this.changed();
  }

  choose(product: Product): void {
    this.flow?.choose(product);
    this.changed();
  }

  chooseSku(skuId: string): void {
    this.flow?.chooseSku(skuId);
    this.changed();
  }

  updatePick(patch: Partial<CartLine>): void {
    this.flow?.updatePick(patch);
    this.changed();
  }

  addPick(): void {
    const added = this.flow?.addPick();
    this.changed();
    if (!added) return;
    this.notice = msg(str`Added ${added.product.title} (${added.sku.title}) to the order.`);
    // The options group that held focus is gone; the cart's heading says where the product went and how many there are.
    this.focusAfterRender(() => this.find('.cart-heading'));
  }

  updateLine(index: number, patch: Partial<CartLine>): void {
    this.flow?.updateLine(index, patch);
    this.changed();
  }

  removeLine(index: number): void {
    const flow = this.flow;
    const fromReview = flow?.step === 'review';
    const removed = flow?.removeLine(index);
    if (!flow || !removed) return;
    this.notice = msg(str`Removed ${removed.product.title} (${removed.sku.title}) from the order.`);
    this.changed();
    // An emptied review went back to products, whose step heading takes focus.
    if (fromReview && flow.step === 'products') return;
    // The line's Remove button is gone: the next line's takes focus, else the previous line's, else the cart's heading.
    this.focusAfterRender(() => {
      const buttons = this.host.renderRoot.querySelectorAll<HTMLElement>('[data-action=remove]');
      return buttons[Math.min(index, buttons.length - 1)] ?? this.find('.cart-heading');
    });
  }

  /**
   * Sends the order once: Submit is disabled while it runs, a retry carries the same idempotency key, and the
   * answer lands in the flow that sent it, whichever customer the dialog shows by then (or none).
   */
  async submit(): Promise<void> {
    const adapter = this.options.adapter();
    const flow = this.flow;
    const plan = adapter && flow?.planSubmit();
    if (!flow || !plan) return;
    if (plan.kind === 'invalid') return this.find(`[data-line="${plan.line}"] .quantity`)?.focus();
    if (!this.host.dispatchEvent(new OrderSubmitEvent(plan.order))) return;
    flow.submitState = { kind: 'sending' };
    this.changed();
    try {
      const created = await adapter.createOrder(plan.order, undefined, { idempotencyKey: plan.idempotencyKey });
      flow.submitted(plan, created);
      this.host.dispatchEvent(new OrderCreateEvent(created));
    } catch (error) {
      flow.submitState = { kind: 'failed', message: failureMessage(error) };
      this.host.dispatchEvent(new OrderErrorEvent(plan.order, error));
    }
    if (flow !== this.flow) return;
    // "Cannot be cancelled" belonged to the submitting moment; the answer now speaks for itself.
    this.notice = '';
    this.changed();
  }

  /** After a submitted order: a new one for the same customer; other catalogs' carts stay. */
  startOver(): void {
    this.flow?.startOver();
    this.search?.reset();
    this.notice = '';
    this.changed();
  }

  say(notice: string): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  focusStepHeading(): void {
    this.focusAfterRender(() => this.find('.step-heading'));
  }

  /** The flow is a plain object, not reactive: render. A new step's heading takes focus in hostUpdated(). */
  private changed(): void {
    this.host.requestUpdate();
  }

  private focusAfterRender(target: () => HTMLElement | null | undefined): void {
    void this.host.updateComplete.then(() => target()?.focus());
  }

  private find(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }
}
