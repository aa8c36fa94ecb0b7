import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { errorReason, isAbortError, isAdapterError } from '../../adapter/adapter-error.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { catalogLabel, relationshipLabel } from '../../localization/labels.js';
import { CATALOGS, type Catalog, type Order, type Product } from '../../model/catalog.js';
import { isResellerRelationship, type CustomerRow } from '../../model/customer.js';
import { newCartLine, orderRequestOf, quantityProblem, withSku, type CartLine } from '../../model/order-draft.js';
import { catalogDescription, quantityMessage } from './new-order-dialog.labels.js';
import { OrderCreateEvent, OrderDialogCloseEvent, OrderSubmitEvent, type OrderDialogCloseReason } from './new-order-dialog.events.js';
import { renderCart, renderPick, renderProducts, renderReview, renderSubmitted, type StepHost } from './new-order-dialog.steps.js';
import { styles } from './new-order-dialog.styles.js';

export type OrderStep = 'catalog' | 'products' | 'review' | 'submitted';
const STEPS: readonly OrderStep[] = ['catalog', 'products', 'review', 'submitted'];

type CatalogState = { kind: 'loading' } | { kind: 'ready'; products: Product[] } | { kind: 'refused' | 'failed'; message: string };
export type SubmitState = { kind: 'idle' | 'sending' } | { kind: 'failed'; message: string } | { kind: 'done'; order: Order };

/** Milliseconds of typing pause before a product search runs. */
const SEARCH_DEBOUNCE = 250;

/**
 * A new order for one customer, from catalog to confirmation, in a modal native `<dialog>`: pick a catalog
 * (Azure, Marketplace, Software, Online Services), add products with SKU, term, billing cycle and quantity to
 * a cart, review and submit. Errors keep the cart; a submit is sent once, with an idempotency key.
 *
 * Open it with `show({ customer })`, from <customer-list>'s New order command, or standalone with a
 * `customer-id` attribute and `show()`. Focus returns to whatever had it when the dialog opened.
 *
 * @summary Order flow for a selected customer.
 * @tag new-order-dialog
 *
 * @fires order-submit - Before the order is sent: `{ order }`; cancelable.
 * @fires order-create - The order was created: `{ order }` with its id, status and creation date.
 * @fires order-dialog-close - The dialog is closing: `{ reason, unsaved }` (`escape`, `cancel`, `backdrop`, `done`); cancelable.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart customer - Who the order is for.
 * @csspart steps - The step list.
 * @csspart catalog - One catalog's button.
 * @csspart product-search - The product search box.
 * @csspart cart - The lines added so far.
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
export class NewOrderDialog extends AdapterElement implements StepHost {
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

  // The flow's state, read by the step templates (StepHost). Not API: hosts drive the dialog through show(),
  // close() and its events.
  /** @internal */ @state() step: OrderStep = 'catalog';
  /** @internal */ @state() catalog?: Catalog;
  /** @internal */ @state() searchText = '';
  /** @internal */ @state() products: Product[] = [];
  /** @internal */ @state() searching = false;
  /** @internal */ @state() pick?: CartLine;
  /** @internal */ @state() pickError = '';
  /** @internal */ @state() cart: CartLine[] = [];
  /** @internal */ @state() submitState: SubmitState = { kind: 'idle' };
  /** @internal */ @state() notice = '';
  @state() private catalogs = new Map<Catalog, CatalogState>();
  @state() private loadError = '';
  @state() private confirmingDiscard = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  private session?: AbortController;
  private searchController?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private invoker?: HTMLElement;
  private resolvedCountry = '';
  private idempotency?: { key: string; order: string };
  private closingItself = false;
  /** What had focus when "Discard this order?" opened: where Escape or Keep editing sends it back. */
  private focusBeforeDiscard?: HTMLElement;

  /** Opens the dialog, for `customer` when given. A new customer, or a finished order, starts over. */
  async show(options: { customer?: CustomerRow } = {}): Promise<void> {
    if (options.customer && options.customer !== this.customer) {
      this.customer = options.customer;
      this.reset();
    } else if (this.submitState.kind === 'done') this.reset();
    this.invoker = deepActiveElement();
    this.open = true;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.focusStepHeading();
    // A load cut short by an earlier close() starts again.
    if (!this.catalogs.size || this.loadError || [...this.catalogs.values()].some((state) => state.kind === 'loading')) void this.prepare();
  }

  /** Closes at once, without asking; unsent choices are kept for the next `show()`. */
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

  /** Asks to close, as Escape, Cancel and a backdrop click do: the page may refuse, unsent choices are confirmed. */
  requestClose(reason: OrderDialogCloseReason): void {
    if (this.confirmingDiscard) {
      if (reason === 'escape') this.keepEditing();
      return;
    }
    const unsaved = this.unsaved;
    if (!this.dispatchEvent(new OrderDialogCloseEvent(reason, unsaved))) return;
    if (!unsaved) return this.close();
    this.focusBeforeDiscard = this.focusedControl();
    this.confirmingDiscard = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action=keep]')?.focus());
  }

  /** Choices closing would lose: a cart, a product being configured. */
  get unsaved(): boolean {
    return this.submitState.kind !== 'done' && (this.cart.length > 0 || this.pick !== undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session?.abort();
    this.cancelSearch();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('step') && changed.get('step') !== undefined) this.focusStepHeading();
  }

  // ---- StepHost: what the step templates call

  /** @internal */
  chooseCatalog(catalog: Catalog): void {
    const state = this.catalogs.get(catalog);
    if (state?.kind !== 'ready') return;
    this.cancelSearch();
    if (catalog !== this.catalog) {
      this.cart = [];
      this.pick = undefined;
    }
    this.catalog = catalog;
    this.products = state.products;
    this.searchText = '';
    this.step = 'products';
  }

  /** @internal */
  goTo(step: OrderStep): void {
    if (step === 'review' && !this.cart.length) return;
    if (step === 'catalog') this.cancelSearch();
    this.notice = '';
    this.step = step;
  }

  /** @internal */
  search(text: string): void {
    this.searchText = text;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.runSearch(), SEARCH_DEBOUNCE);
  }

  /** @internal */
  choose(product: Product): void {
    const sku = product.skus[0];
    if (!sku) return;
    this.pick = newCartLine(product, sku);
    this.pickError = '';
  }

  /** Another SKU of the product picked: the quantity, term and cycle chosen stay where that SKU allows them. @internal */
  chooseSku(skuId: string): void {
    const sku = this.pick?.product.skus.find((candidate) => candidate.id === skuId);
    if (!this.pick || !sku) return;
    this.pick = withSku(this.pick, sku);
    this.pickError = '';
  }

  /** @internal */
  updatePick(patch: Partial<CartLine>): void {
    if (!this.pick) return;
    this.pick = { ...this.pick, ...patch };
    if (this.pickError && patch.quantity !== undefined) this.pickError = '';
  }

  /** @internal */
  addPick(): void {
    const pick = this.pick;
    if (!pick) return;
    const problem = quantityProblem(pick.sku, pick.quantity);
    if (problem) {
      this.pickError = quantityMessage(problem);
      return;
    }
    this.cart = [...this.cart, pick];
    this.pick = undefined;
    this.notice = msg(str`Added ${pick.product.title} (${pick.sku.title}) to the order.`);
    // The options group that held focus is gone; the cart's heading says where the product went and how many there are.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.cart-heading')?.focus());
  }

  /** @internal */
  updateLine(index: number, patch: Partial<CartLine>): void {
    this.cart = this.cart.map((line, at) => (at === index ? { ...line, ...patch } : line));
  }

  /** @internal */
  removeLine(index: number): void {
    const [removed] = this.cart.slice(index, index + 1);
    this.cart = this.cart.filter((_, at) => at !== index);
    if (removed) this.notice = msg(str`Removed ${removed.product.title} (${removed.sku.title}) from the order.`);
    if (!this.cart.length && this.step === 'review') {
      // An emptied review goes back to products, whose step heading takes focus.
      this.step = 'products';
      return;
    }
    // The line's Remove button is gone: the next line's takes focus, else the previous line's, else the cart's heading.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('[data-action=remove]');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.cart-heading'))?.focus();
    });
  }

  /** Sends the order once: the button is disabled while it runs, and a retry carries the same idempotency key. @internal */
  async submit(): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter || !this.customer || !this.catalog || this.submitState.kind === 'sending') return;
    const invalid = this.cart.findIndex((line) => quantityProblem(line.sku, line.quantity));
    if (invalid >= 0 || !this.cart.length) {
      this.renderRoot.querySelector<HTMLElement>(`[data-line="${invalid}"] .quantity`)?.focus();
      return;
    }
    const order = orderRequestOf(this.customer.id, this.catalog, this.cart);
    const signature = JSON.stringify(order);
    // The same order retried keeps its key, so a first attempt that did reach the server is not ordered twice.
    if (this.idempotency?.order !== signature) this.idempotency = { key: newRequestId(), order: signature };
    if (!this.dispatchEvent(new OrderSubmitEvent(order))) return;
    this.submitState = { kind: 'sending' };
    try {
      const created = await adapter.createOrder(order, undefined, { idempotencyKey: this.idempotency.key });
      this.submitState = { kind: 'done', order: created };
      this.step = 'submitted';
      this.dispatchEvent(new OrderCreateEvent(created));
    } catch (error) {
      this.submitState = { kind: 'failed', message: failureMessage(error) };
    }
  }

  /** After a submitted order: a new one for the same customer. @internal */
  startOver(): void {
    this.reset();
    this.step = 'catalog';
    void this.prepare();
  }

  // ---- loading

  private reset(): void {
    this.session?.abort();
    this.session = undefined;
    this.step = 'catalog';
    this.catalog = undefined;
    this.cart = [];
    this.pick = undefined;
    this.pickError = '';
    this.notice = '';
    this.searchText = '';
    this.submitState = { kind: 'idle' };
    this.catalogs = new Map();
    this.loadError = '';
    this.idempotency = undefined;
  }

  /** Finds the customer and its country, then asks every catalog at once: one refused leaves the others usable. */
  private async prepare(): Promise<void> {
    const adapter = this.activeAdapter;
    this.session?.abort();
    const session = (this.session = new AbortController());
    const { signal } = session;
    this.loadError = '';
    this.catalogs = new Map(CATALOGS.map((catalog) => [catalog, { kind: 'loading' }]));
    try {
      if (!adapter) throw new Error(msg('No data source: set the adapter property or provide one through context.'));
      const customer = (this.customer ??= await this.lookUpCustomer(signal));
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

  /** A search still waiting or running belongs to the catalog it started in: drop it. */
  private cancelSearch(): void {
    clearTimeout(this.searchTimer);
    this.searchController?.abort();
    this.searching = false;
  }

  private async runSearch(): Promise<void> {
    const adapter = this.activeAdapter;
    const catalog = this.catalog;
    if (!adapter || !catalog || !this.customer) return;
    this.searchController?.abort();
    const controller = (this.searchController = new AbortController());
    this.searching = true;
    try {
      const search = this.searchText.trim();
      const products = await adapter.listProducts({ catalog, country: this.resolvedCountry, customerId: this.customer.id, ...(search ? { search } : {}) }, controller.signal);
      if (controller.signal.aborted || catalog !== this.catalog) return;
      this.products = products;
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

  /** Escape is handled here, not by the platform, so it backs out one layer at a time and can ask first. */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
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
    return html`<dialog part="dialog" aria-labelledby="title" @keydown=${this.handleKeydown} @cancel=${this.handleCancel} @click=${this.handleClick} @close=${this.handleClosed}>
      ${this.open
        ? html`<div class="body">
            ${this.renderHeader()}
            <ol part="steps" class="steps" aria-label=${msg('Steps')}>
              ${STEPS.map((step) => html`<li aria-current=${step === this.step ? 'step' : nothing}>${stepTitle(step)}</li>`)}
            </ol>
            ${this.confirmingDiscard ? this.renderDiscard() : nothing}
            <section>
              <h3 class="step-heading" tabindex="-1">${stepTitle(this.step)}</h3>
            </section>
            ${this.renderStep()}
            <p part="message" class="muted" role="status">${this.notice}</p>
          </div>`
        : nothing}
    </dialog>`;
  }

  private renderHeader(): TemplateResult {
    const customer = this.customer;
    return html`<header>
      <div>
        <h2 id="title">${msg('New order')}</h2>
        ${customer
          ? html`<p part="customer" class="muted">
              ${msg('For')} <strong dir="auto">${customer.companyName}</strong> · <span dir="auto">${customer.primaryDomain}</span> · ${relationshipLabel(customer.relationship)}
            </p>`
          : nothing}
      </div>
      <button type="button" part="command" class="command" data-action="close" @click=${() => this.requestClose(this.step === 'submitted' ? 'done' : 'cancel')}>
        ${this.step === 'submitted' ? msg('Close') : msg('Cancel')}
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

  private discardAndClose(): void {
    this.reset();
    this.close();
  }

  private renderStep(): TemplateResult | typeof nothing {
    if (this.loadError) {
      return html`<div part="message" class="error" role="alert">
        <p>${msg('The order cannot start.')} <span dir="auto">${this.loadError}</span></p>
        <button type="button" part="command" class="command" @click=${() => this.retryLoad()}>${msg('Retry')}</button>
      </div>`;
    }
    switch (this.step) {
      case 'catalog':
        return this.renderCatalogs();
      case 'products':
        return html`${renderProducts(this)} ${renderPick(this)} ${renderCart(this)}`;
      case 'review':
        return renderReview(this);
      case 'submitted':
        return renderSubmitted(this);
    }
  }

  private renderCatalogs(): TemplateResult {
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
          <span id="catalog-${catalog}" class="muted">${catalogDescription(catalog)} ${status ? html`<span class=${state.kind === 'refused' || state.kind === 'failed' ? 'error' : ''}>${status}</span>` : nothing}</span>
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

/** What a failure says to the agent; a throttled one says how long to wait. */
function failureMessage(error: unknown): string {
  if (isAdapterError(error, 'throttled') && error.retryAfterMs) {
    return msg(str`The service is busy; try again in ${Math.ceil(error.retryAfterMs / 1000)} s.`);
  }
  return errorReason(error);
}

/** The element focused now, looking inside open shadow roots: the control that opened the dialog. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** A unique request id; `crypto.randomUUID` exists only in secure contexts. */
function newRequestId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}
