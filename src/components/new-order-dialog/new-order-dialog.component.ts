import { localized, msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isAbortError, isAdapterError } from '../../adapter/adapter-error.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { deepActiveElement } from '../../internal/focus.js';
import { wrapFocus } from '../../internal/focus-wrap.js';
import { catalogLabel, formatNumber, relationshipLabel } from '../../localization/labels.js';
import { CATALOGS, type Catalog, type Product } from '../../model/catalog.js';
import { isResellerRelationship, type CustomerRow } from '../../model/customer.js';
import { newCartLine, orderRequestOf, quantityProblem, withSku, type CartLine } from '../../model/order-draft.js';
import { catalogDescription, quantityMessage } from './new-order-dialog.messages.js';
import { OrderCreateEvent, OrderDialogCloseEvent, OrderErrorEvent, OrderSubmitEvent, type OrderDialogCloseReason } from './new-order-dialog.events.js';
import { renderCart, renderPick, renderProducts, renderReview, renderSubmitted, type StepContext } from './new-order-dialog.steps.js';
import { ORDER_STEPS, OrderFlow, type OrderStep } from './order-flow.js';
import { styles } from './new-order-dialog.styles.js';
import { revealDirectionControls, userText } from '../../internal/user-text.js';
import { failureMessage, requireAdapter } from '../../internal/failure.js';

type CatalogState = { kind: 'loading' } | { kind: 'ready'; products: Product[] } | { kind: 'refused' | 'failed'; message: string };

/** Milliseconds of typing pause before a product search runs. */
const SEARCH_DEBOUNCE = 250;

/**
 * A new order for one customer, from catalog to confirmation, in a modal native `<dialog>`: pick a catalog
 * (Azure, Marketplace, Software, Online Services), add products with SKU, term, billing cycle and quantity to
 * a cart, review and submit. Errors keep the cart; a submit is sent once, with an idempotency key. Each catalog
 * keeps its own cart, and each customer its own order, for the dialog's life: an answer that arrives after the
 * agent moved on is reported (`order-create`, `order-error`) and shown the next time that customer's order opens.
 *
 * Open it with `show({ customer })`, from <customer-list>'s New order command, or standalone with a
 * `customer-id` attribute and `show()`. Focus returns to whatever had it when the dialog opened.
 *
 * @summary Order flow for a selected customer.
 * @tag new-order-dialog
 *
 * @fires order-submit - Before the order is sent: `{ order }`; cancelable.
 * @fires order-create - The order was created: `{ order }` with its id, status and creation date.
 * @fires order-error - The order was not created: `{ order, error }`. Fired even when the dialog was closed meanwhile.
 * @fires order-dialog-close - The dialog is closing: `{ reason, unsaved }` (`escape`, `cancel`, `backdrop`, `done`); cancelable.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart customer - Who the order is for.
 * @csspart steps - The step list.
 * @csspart catalog - One catalog's button.
 * @csspart product-search - The product search box.
 * @csspart cart - The lines added so far.
 * @csspart order-lines - The lines of the submitted order, as the server took them.
 * @csspart message - A status or error message.
 * @csspart command - A button of the flow.
 *
 * @cssprop [--new-order-dialog-font] - Font (falls back to `--customer-list-font`).
 * @cssprop [--new-order-dialog-text-color] - Text color.
 * @cssprop [--new-order-dialog-muted-color] - Descriptions and hints.
 * @cssprop [--new-order-dialog-background] - Dialog background.
 * @cssprop [--new-order-dialog-border-color] - Borders.
 * @cssprop [--new-order-dialog-accent-color] - Primary buttons, the chosen product and focus rings.
 * @cssprop [--new-order-dialog-error-color] - Errors.
 */
@localized()
export class NewOrderDialog extends AdapterElement {
  static override readonly defaultTag = 'new-order-dialog';
  static override styles = styles;

  /** The customer ordering. `show({ customer })` sets it. */
  @property({ attribute: false }) customer?: CustomerRow;

  /** The customer's Microsoft ID, when no `customer` is given: the dialog looks it up. */
  @property({ attribute: 'customer-id' }) customerId = '';

  /** ISO country the customer buys in; by default the country of its billing address. */
  @property() country = '';

  /** Whether the dialog is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The order of the customer shown; undefined until the customer is known. */
  @state() private flow?: OrderFlow;
  @state() private searchText = '';
  /** Products of a search; undefined shows the whole catalog. */
  @state() private searchResults?: Product[];
  @state() private searching = false;
  @state() private notice = '';
  @state() private catalogs = new Map<Catalog, CatalogState>();
  @state() private loadError = '';
  @state() private confirmingDiscard = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  /** Every customer's order for the dialog's life, by Microsoft ID. */
  private readonly flows = new Map<string, OrderFlow>();
  private session?: AbortController;
  private searchController?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private invoker?: HTMLElement;
  private resolvedCountry = '';
  private closingItself = false;
  /** What had focus when "Discard this order?" opened: where Escape or Keep editing sends it back. */
  private focusBeforeDiscard?: HTMLElement;
  /** The step whose heading has focus: a new step moves focus to its heading. */
  private shownStep?: OrderStep;

  /**
   * Opens the dialog, for `customer` when given. Another customer's order is kept for when that customer comes
   * back; a submitted order already seen starts over.
   */
  async show(options: { customer?: CustomerRow } = {}): Promise<void> {
    const customer = options.customer ?? this.customer;
    if (customer) this.useCustomer(customer);
    this.invoker = deepActiveElement();
    this.open = true;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.focusStepHeading();
    // A load cut short by an earlier close() starts again.
    if (!this.catalogs.size || this.loadError || [...this.catalogs.values()].some((state) => state.kind === 'loading')) void this.prepare();
  }

  /** Closes at once, without asking; unsent choices, and an order being submitted, are kept for the next `show()`. */
  close(): void {
    this.confirmingDiscard = false;
    this.focusBeforeDiscard = undefined;
    this.session?.abort();
    this.session = undefined;
    if (this.dialog?.open) {
      // Its close event comes later, maybe after a new show(): it must not close that one.
      this.closingItself = true;
      this.dialog.close();
    }
    this.open = false;
    const invoker = this.invoker;
    this.invoker = undefined;
    if (invoker?.isConnected) invoker.focus();
  }

  /**
   * Asks to close, as Escape, Cancel and a backdrop click do: the page may refuse, unsent choices are confirmed,
   * and an order being submitted keeps the dialog open until its answer is shown.
   */
  requestClose(reason: OrderDialogCloseReason): void {
    if (this.confirmingDiscard) {
      if (reason === 'escape') this.keepEditing();
      return;
    }
    if (this.flow?.sending) {
      this.notice = msg('The order is being submitted and cannot be cancelled. Its answer will show here.');
      return;
    }
    const unsaved = this.unsaved;
    if (!this.dispatchEvent(new OrderDialogCloseEvent(reason, unsaved))) return;
    if (!unsaved) return this.close();
    this.focusBeforeDiscard = this.focusedControl();
    this.confirmingDiscard = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action=keep]')?.focus());
  }

  /** Choices closing would lose: any catalog's cart, a product being configured. */
  get unsaved(): boolean {
    return this.flow?.unsaved ?? false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A submit is not aborted: the server may already have the order; its answer still fires its event.
    this.session?.abort();
    this.cancelSearch();
  }

  protected override updated(): void {
    const flow = this.flow;
    if (!this.open || !flow) return;
    if (flow.submitState.kind === 'done') flow.outcomeSeen = true;
    if (this.shownStep !== undefined && this.shownStep !== flow.step) this.focusStepHeading();
    this.shownStep = flow.step;
  }

  // ---- the customer's order

  /** Shows this customer's order: the one kept from before, or a new one. */
  private useCustomer(customer: CustomerRow): void {
    if (this.flow?.customer.id !== customer.id) {
      // Catalogs, searches and messages belong to the customer shown: a late answer for another is dropped.
      this.session?.abort();
      this.session = undefined;
      this.catalogs = new Map();
      this.loadError = '';
      this.cancelSearch();
      this.searchText = '';
      this.searchResults = undefined;
      this.notice = '';
    }
    this.adoptFlow(customer);
  }

  private adoptFlow(customer: CustomerRow): void {
    this.customer = customer;
    let flow = this.flows.get(customer.id);
    if (!flow) this.flows.set(customer.id, (flow = new OrderFlow(customer)));
    else if (flow.submitState.kind === 'done' && flow.outcomeSeen) flow.startOver();
    this.flow = flow;
    this.shownStep = flow.step;
  }

  /** After changing the flow (a plain object, not reactive): render. A new step's heading takes focus in updated(). */
  private changed(): void {
    this.requestUpdate();
  }

  private chooseCatalog(catalog: Catalog): void {
    if (this.catalogs.get(catalog)?.kind !== 'ready' || !this.flow) return;
    this.cancelSearch();
    this.searchText = '';
    this.searchResults = undefined;
    this.flow.chooseCatalog(catalog);
    this.changed();
  }

  /** No step change while the order is being sent: its answer decides the next step. */
  private goTo(step: OrderStep): void {
    const flow = this.flow;
    if (!flow || flow.sending || (step === 'review' && !flow.cart.length)) return;
    if (step === 'catalog') this.cancelSearch();
    this.notice = '';
    flow.step = step;
    this.changed();
  }

  private search(text: string): void {
    this.searchText = text;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.runSearch(), SEARCH_DEBOUNCE);
  }

  /** Escape in a search box with text: the box empties and the whole catalog shows again, at once. */
  private clearSearch(): void {
    this.cancelSearch();
    this.searchText = '';
    this.searchResults = undefined;
  }

  private choose(product: Product): void {
    const sku = product.skus[0];
    if (!sku || !this.flow) return;
    this.flow.pick = newCartLine(product, sku);
    this.flow.pickError = '';
    this.changed();
  }

  /** Another SKU of the product picked: the quantity, term and cycle chosen stay where that SKU allows them. */
  private chooseSku(skuId: string): void {
    const flow = this.flow;
    const sku = flow?.pick?.product.skus.find((candidate) => candidate.id === skuId);
    if (!flow?.pick || !sku) return;
    flow.pick = withSku(flow.pick, sku);
    flow.pickError = '';
    this.changed();
  }

  private updatePick(patch: Partial<CartLine>): void {
    const flow = this.flow;
    if (!flow?.pick) return;
    flow.pick = { ...flow.pick, ...patch };
    if (flow.pickError && patch.quantity !== undefined) flow.pickError = '';
    this.changed();
  }

  private addPick(): void {
    const flow = this.flow;
    const pick = flow?.pick;
    if (!flow || !pick || flow.sending) return;
    const problem = quantityProblem(pick.sku, pick.quantity);
    if (problem) {
      flow.pickError = quantityMessage(problem);
      return this.changed();
    }
    flow.cart = [...flow.cart, { ...pick, quantity: pick.quantity.trim() }];
    flow.pick = undefined;
    this.notice = msg(str`Added ${pick.product.title} (${pick.sku.title}) to the order.`);
    this.changed();
    // The options group that held focus is gone; the cart's heading says where the product went and how many there are.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.cart-heading')?.focus());
  }

  /** The cart stays as it was sent while the order is on its way (the flow ignores changes then too). */
  private updateLine(index: number, patch: Partial<CartLine>): void {
    if (!this.flow || this.flow.sending) return;
    this.flow.cart = this.flow.cart.map((line, at) => (at === index ? { ...line, ...patch } : line));
    this.changed();
  }

  private removeLine(index: number): void {
    const flow = this.flow;
    if (!flow || flow.sending) return;
    const removed = flow.cart[index];
    flow.cart = flow.cart.filter((_, at) => at !== index);
    if (removed) this.notice = msg(str`Removed ${removed.product.title} (${removed.sku.title}) from the order.`);
    this.changed();
    if (!flow.cart.length && flow.step === 'review') {
      // An emptied review goes back to products, whose step heading takes focus.
      flow.step = 'products';
      return;
    }
    // The line's Remove button is gone: the next line's takes focus, else the previous line's, else the cart's heading.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('[data-action=remove]');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.cart-heading'))?.focus();
    });
  }

  /**
   * Sends the order once: Submit is disabled while it runs, a retry carries the same idempotency key, and the
   * answer lands in the flow that sent it, whichever customer the dialog shows by then (or none).
   */
  private async submit(): Promise<void> {
    const adapter = this.activeAdapter;
    const flow = this.flow;
    if (!adapter || !flow?.catalog || flow.sending) return;
    const invalid = flow.cart.findIndex((line) => quantityProblem(line.sku, line.quantity));
    if (invalid >= 0 || !flow.cart.length) {
      this.renderRoot.querySelector<HTMLElement>(`[data-line="${invalid}"] .quantity`)?.focus();
      return;
    }
    const catalog = flow.catalog;
    const order = orderRequestOf(flow.customer.id, catalog, flow.cart);
    const idempotencyKey = flow.keyFor(order);
    if (!this.dispatchEvent(new OrderSubmitEvent(order))) return;
    const lines = flow.cart;
    flow.submitState = { kind: 'sending' };
    this.changed();
    try {
      const created = await adapter.createOrder(order, undefined, { idempotencyKey });
      flow.submitState = { kind: 'done', order: created, catalog, lines };
      flow.step = 'submitted';
      flow.outcomeSeen = false;
      this.dispatchEvent(new OrderCreateEvent(created));
    } catch (error) {
      flow.submitState = { kind: 'failed', message: failureMessage(error) };
      this.dispatchEvent(new OrderErrorEvent(order, error));
    }
    if (flow !== this.flow) return;
    // "Cannot be cancelled" belonged to the submitting moment; the answer now speaks for itself.
    this.notice = '';
    this.changed();
  }

  /** After a submitted order: a new one for the same customer; other catalogs' carts stay. */
  private startOver(): void {
    this.flow?.startOver();
    this.cancelSearch();
    this.searchText = '';
    this.searchResults = undefined;
    this.notice = '';
    this.changed();
  }

  /** Discard: this customer's order is thrown away and the dialog closes. */
  private discardAndClose(): void {
    if (this.flow) this.flows.delete(this.flow.customer.id);
    if (this.customer) this.useCustomer(this.customer);
    this.close();
  }

  // ---- loading

  /** Finds the customer and its country, then asks every catalog at once: one refused leaves the others usable. */
  private async prepare(): Promise<void> {
    const active = this.activeAdapter;
    this.session?.abort();
    const session = (this.session = new AbortController());
    const { signal } = session;
    this.loadError = '';
    this.catalogs = new Map(CATALOGS.map((catalog) => [catalog, { kind: 'loading' }]));
    try {
      const adapter = requireAdapter(active);
      const customer = this.customer ?? (await this.lookUpCustomer(signal));
      if (signal.aborted) return;
      // Found by its customer-id attribute: this load is for that customer, so it adopts its order as it goes.
      if (this.flow?.customer.id !== customer.id) this.adoptFlow(customer);
      this.resolvedCountry = this.country || (await adapter.getBillingProfile(customer.id, signal)).defaultAddress.country || 'US';
      await Promise.all(
        CATALOGS.map(async (catalog) => {
          let result: CatalogState;
          try {
            result = { kind: 'ready', products: await adapter.listProducts({ catalog, country: this.resolvedCountry, customerId: customer.id }, signal) };
          } catch (error) {
            if (isAbortError(error)) throw error;
            result = { kind: isAdapterError(error, 'forbidden') ? 'refused' : 'failed', message: failureMessage(error) };
          }
          if (!signal.aborted) this.catalogs = new Map(this.catalogs).set(catalog, result);
        }),
      );
    } catch (error) {
      if (!signal.aborted && !isAbortError(error)) this.loadError = failureMessage(error);
    }
  }

  private async lookUpCustomer(signal: AbortSignal): Promise<CustomerRow> {
    const id = this.customerId.trim();
    if (!id) throw new Error(msg('No customer: set the customer-id attribute or call show({ customer }).'));
    const { items } = await this.activeAdapter!.listCustomers({ search: { field: 'id', text: id }, pageSize: 10 }, signal);
    const row = items.find((candidate) => isResellerRelationship(candidate.relationship)) ?? items[0];
    if (!row) throw new Error(msg(str`No customer has the Microsoft ID ${id}.`));
    return row;
  }

  /** A search still waiting or running belongs to the catalog (and customer) it started in: drop it. */
  private cancelSearch(): void {
    clearTimeout(this.searchTimer);
    this.searchController?.abort();
    this.searching = false;
  }

  private async runSearch(): Promise<void> {
    const adapter = this.activeAdapter;
    const flow = this.flow;
    const catalog = flow?.catalog;
    if (!adapter || !flow || !catalog) return;
    this.searchController?.abort();
    const controller = (this.searchController = new AbortController());
    this.searching = true;
    try {
      const search = this.searchText.trim();
      const products = await adapter.listProducts({ catalog, country: this.resolvedCountry, customerId: flow.customer.id, ...(search ? { search } : {}) }, controller.signal);
      if (controller.signal.aborted || flow !== this.flow || catalog !== flow.catalog) return;
      this.searchResults = products;
      this.notice = '';
    } catch (error) {
      if (!isAbortError(error) && !controller.signal.aborted) this.notice = failureMessage(error);
    } finally {
      if (this.searchController === controller) this.searching = false;
    }
  }

  // ---- dialog plumbing

  private focusStepHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus());
  }

  /** The control focused inside the dialog, if any. */
  private focusedControl(): HTMLElement | undefined {
    const active = this.shadowRoot?.activeElement;
    return active instanceof HTMLElement ? active : undefined;
  }

  /**
   * Closes "Discard this order?". Its buttons go with it, so focus that was on them (or nowhere) goes back to
   * what had it before the prompt opened, or to the step heading when that is gone.
   */
  private keepEditing(): void {
    const back = this.focusBeforeDiscard;
    const active = this.focusedControl();
    const lost = !active || active.closest('.confirm') !== null;
    this.focusBeforeDiscard = undefined;
    this.confirmingDiscard = false;
    if (!lost) return;
    void this.updateComplete.then(() => (back?.isConnected ? back.focus() : this.focusStepHeading()));
  }

  /** Loads again after a failed start; the Retry button goes with the message, so the step heading takes focus. */
  private retryLoad(): void {
    void this.prepare();
    this.focusStepHeading();
  }

  /**
   * Escape is handled here, not by the platform, so it backs out one layer at a time and can ask first; an
   * Escape a control inside already used (the search box clearing its text) goes no further. Tab wraps around
   * inside the dialog instead of leaving it for the browser's UI.
   */
  private handleKeydown(event: KeyboardEvent): void {
    wrapFocus(event, this.dialog);
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.requestClose('escape');
  }

  /** A close request the platform makes itself (e.g. a device's back gesture). */
  private handleCancel(event: Event): void {
    event.preventDefault();
    this.requestClose('escape');
  }

  /** The platform closed the dialog itself (a close request it would not let us refuse): follow it. */
  private handleClosed(): void {
    if (this.closingItself) this.closingItself = false;
    else if (this.open) this.close();
  }

  private handleClick(event: MouseEvent): void {
    if (event.target !== this.dialog) return;
    const box = this.dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.requestClose('backdrop');
  }

  // ---- rendering

  protected override render(): TemplateResult {
    const step = this.flow?.step ?? 'catalog';
    return html`<dialog part="dialog" aria-labelledby="title" @keydown=${this.handleKeydown} @cancel=${this.handleCancel} @click=${this.handleClick} @close=${this.handleClosed}>
      ${this.open
        ? html`<div class="body">
            ${this.renderHeader(step)}
            <ol part="steps" class="steps" aria-label=${msg('Steps')}>
              ${ORDER_STEPS.map((each) => html`<li aria-current=${each === step ? 'step' : nothing}>${stepTitle(each)}</li>`)}
            </ol>
            ${this.confirmingDiscard ? this.renderDiscard() : nothing}
            <section>
              <h3 class="step-heading" tabindex="-1">${stepTitle(step)}</h3>
            </section>
            ${this.renderStep(step)}
            <p part="message" class="muted" role="status">${this.notice}</p>
          </div>`
        : nothing}
    </dialog>`;
  }

  private renderHeader(step: OrderStep): TemplateResult {
    const customer = this.flow?.customer ?? this.customer;
    const sending = this.flow?.sending ?? false;
    const who = customer ? `${customer.companyName} · ${customer.primaryDomain} · ${relationshipLabel(customer.relationship)}` : '';
    return html`<header>
      <div class="heading">
        <h2 id="title">${msg('New order')}</h2>
        ${customer
          ? html`<p part="customer" class="muted customer" title=${revealDirectionControls(who)}>
              ${msg('For')} <strong dir="auto">${userText(customer.companyName)}</strong> · <span dir="auto">${userText(customer.primaryDomain)}</span> · ${relationshipLabel(customer.relationship)}
            </p>`
          : nothing}
      </div>
      <button
        type="button"
        part="command"
        class="command"
        data-action="close"
        aria-disabled=${sending ? 'true' : 'false'}
        aria-describedby=${sending ? 'sending-note' : nothing}
        @click=${() => this.requestClose(step === 'submitted' ? 'done' : 'cancel')}
      >
        ${step === 'submitted' ? msg('Close') : msg('Cancel')}
      </button>
    </header>`;
  }

  private renderDiscard(): TemplateResult {
    return html`<div class="confirm" role="alertdialog" aria-labelledby="discard-title" aria-describedby="discard-text">
      <p id="discard-title"><strong>${msg('Discard this order?')}</strong></p>
      <p id="discard-text">${msg('The products you chose will be lost.')}</p>
      <div class="actions">
        <button type="button" part="command" class="command" data-action="keep" @click=${() => this.keepEditing()}>${msg('Keep editing')}</button>
        <button type="button" part="command" class="command primary" data-action="discard" @click=${() => this.discardAndClose()}>${msg('Discard')}</button>
      </div>
    </div>`;
  }

  private renderStep(step: OrderStep): TemplateResult | typeof nothing {
    if (this.loadError) {
      return html`<div part="message" class="error" role="alert">
        <p>${msg('The order cannot start.')} <span dir="auto">${this.loadError}</span></p>
        <button type="button" part="command" class="command" @click=${() => this.retryLoad()}>${msg('Retry')}</button>
      </div>`;
    }
    const flow = this.flow;
    if (!flow || step === 'catalog') return this.renderCatalogs(flow);
    const context = this.stepContext(flow);
    switch (step) {
      case 'products':
        return html`${renderProducts(context)} ${renderPick(context)} ${renderCart(context)}`;
      case 'review':
        return renderReview(context);
      case 'submitted':
        return renderSubmitted(context);
    }
  }

  /** What the step templates read and call: the flow shown, the product search, and the dialog's actions. */
  private stepContext(flow: OrderFlow): StepContext {
    const catalog = flow.catalog && this.catalogs.get(flow.catalog);
    return {
      searchText: this.searchText,
      products: this.searchResults ?? (catalog?.kind === 'ready' ? catalog.products : []),
      searching: this.searching,
      pick: flow.pick,
      pickError: flow.pickError,
      cart: flow.cart,
      submitState: flow.submitState,
      search: (text) => this.search(text),
      clearSearch: () => this.clearSearch(),
      choose: (product) => this.choose(product),
      chooseSku: (skuId) => this.chooseSku(skuId),
      updatePick: (patch) => this.updatePick(patch),
      addPick: () => this.addPick(),
      updateLine: (index, patch) => this.updateLine(index, patch),
      removeLine: (index) => this.removeLine(index),
      goTo: (step) => this.goTo(step),
      submit: () => this.submit(),
      startOver: () => this.startOver(),
      requestClose: (reason) => this.requestClose(reason),
    };
  }

  private renderCatalogs(flow: OrderFlow | undefined): TemplateResult {
    return html`<div class="catalogs">
      ${CATALOGS.map((catalog) => {
        const state = this.catalogs.get(catalog) ?? { kind: 'loading' };
        const status =
          state.kind === 'loading'
            ? msg('Loading products…')
            : state.kind === 'ready'
              ? state.products.length
                ? ''
                : msg('No products are offered in this catalog.')
              : state.kind === 'refused'
                ? msg(str`Unavailable: ${state.message}`)
                : msg(str`Could not be loaded: ${state.message}`);
        const usable = state.kind === 'ready' && state.products.length > 0;
        const inCart = flow?.cartSize(catalog) ?? 0;
        return html`<button
          type="button"
          part="catalog"
          class="catalog"
          data-catalog=${catalog}
          aria-disabled=${usable ? 'false' : 'true'}
          aria-describedby="catalog-${catalog}"
          @click=${() => usable && this.chooseCatalog(catalog)}
        >
          <strong>${catalogLabel(catalog)}</strong>
          <span id="catalog-${catalog}" class="muted">${catalogDescription(catalog)} ${status ? html`<span class=${state.kind === 'refused' || state.kind === 'failed' ? 'error' : ''}>${status}</span>` : nothing}
            ${inCart ? html`<span class="in-cart">${msg(str`In this order: ${formatNumber(inCart)}`)}</span>` : nothing}</span>
        </button>`;
      })}
    </div>`;
  }
}

function stepTitle(step: OrderStep): string {
  switch (step) {
    case 'catalog':
      return msg('Catalog');
    case 'products':
      return msg('Products');
    case 'review':
      return msg('Review');
    case 'submitted':
      return msg('Submitted');
  }
}
