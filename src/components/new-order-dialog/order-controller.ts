/**
 * The order of <new-order-dialog>: one `OrderFlow` per customer for the dialog's life, the step shown, the
 * product search, and where focus goes when the control that had it goes away. The element draws what this
 * holds and passes it the agent's actions; those of the later steps (the cart, the submit and its events) are
 * `OrderEdits` (order-edits.ts), which load with those steps.
 */
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import type { Catalog } from '../../model/catalog.js';
import type { CustomerRow } from '../../model/customer.js';
import { OrderFlow, type OrderStep } from '../../model/order-flow.js';
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
    /** The dialog: its shadow root, its events. */
    readonly host: OrderHost,
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

  say(notice: string): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  focusStepHeading(): void {
    this.focusAfterRender(() => this.find('.step-heading'));
  }

  /** The adapter orders are sent through. */
  get adapter(): CustomerAdapter | undefined {
    return this.options.adapter();
  }

  /** The flow is a plain object, not reactive: render. A new step's heading takes focus in hostUpdated(). */
  changed(): void {
    this.host.requestUpdate();
  }

  /** Focuses what `target` finds once the next render is done (the control that had focus went with it). */
  focusAfterRender(target: () => HTMLElement | null | undefined): void {
    void this.host.updateComplete.then(() => target()?.focus());
  }

  /** An element of the dialog's shadow root. */
  find(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }
}
