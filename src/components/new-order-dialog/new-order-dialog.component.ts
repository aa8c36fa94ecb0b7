import { localized, msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { deepActiveElement } from '../../internal/focus.js';
import { wrapFocus } from '../../internal/focus-wrap.js';
import { relationshipLabel } from '../../localization/labels.js';
import type { CustomerRow } from '../../model/customer.js';
import { ORDER_STEPS, type OrderStep } from '../../model/order-flow.js';
import { OrderDialogCloseEvent, type OrderDialogCloseReason } from './new-order-dialog.events.js';
import { renderCart, renderCatalogs, renderPick, renderProducts, renderReview, renderSubmitted, stepTitle, type StepContext } from './new-order-dialog.steps.js';
import { OrderCatalogs } from './order-catalogs.js';
import { OrderController } from './order-controller.js';
import { styles } from './new-order-dialog.styles.js';
import { revealDirectionControls, userText } from '../../internal/user-text.js';

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

  @state() private confirmingDiscard = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  /** The customer and its country, then every catalog: tasks that reload when the adapter or customer changes. */
  private readonly catalogs = new OrderCatalogs(this, { adapter: () => this.activeAdapter, found: (customer) => this.orders.adopt(customer) });
  /** Each customer's order, the step shown, the product search and the submit. */
  private readonly orders = new OrderController(this, { adapter: () => this.activeAdapter, start: () => this.catalogs.ready });
  private invoker?: HTMLElement;
  private closingItself = false;
  /** What had focus when "Discard this order?" opened: where Escape or Keep editing sends it back. */
  private focusBeforeDiscard?: HTMLElement;

  /**
   * Opens the dialog, for `customer` when given. Another customer's order is kept for when that customer comes
   * back; a submitted order already seen starts over.
   */
  async show(options: { customer?: CustomerRow } = {}): Promise<void> {
    const customer = options.customer ?? this.customer;
    if (customer) this.orders.useCustomer(customer);
    this.invoker = deepActiveElement();
    // A load cut short by an earlier close() starts again.
    this.catalogs.resume();
    this.open = true;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.orders.focusStepHeading();
  }

  /** Closes at once, without asking; unsent choices, and an order being submitted, are kept for the next `show()`. */
  close(): void {
    this.confirmingDiscard = false;
    this.focusBeforeDiscard = undefined;
    this.catalogs.stop();
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
    if (this.orders.flow?.sending) return this.orders.say(msg('The order is being submitted and cannot be cancelled. Its answer will show here.'));
    const unsaved = this.unsaved;
    if (!this.dispatchEvent(new OrderDialogCloseEvent(reason, unsaved))) return;
    if (!unsaved) return this.close();
    this.focusBeforeDiscard = this.focusedControl();
    this.confirmingDiscard = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action=keep]')?.focus());
  }

  /** Choices closing would lose: any catalog's cart, a product being configured. */
  get unsaved(): boolean {
    return this.orders.flow?.unsaved ?? false;
  }

  /** Discard: this customer's order is thrown away and the dialog closes. */
  private discardAndClose(): void {
    this.orders.discard();
    this.close();
  }

  // ---- dialog plumbing

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
    void this.updateComplete.then(() => (back?.isConnected ? back.focus() : this.orders.focusStepHeading()));
  }

  /** Loads again after a failed start; the Retry button goes with the message, so the step heading takes focus. */
  private retryLoad(): void {
    this.catalogs.retry();
    this.orders.focusStepHeading();
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
    const step = this.orders.flow?.step ?? 'catalog';
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
            <p part="message" class="muted" role="status">${this.orders.notice}</p>
          </div>`
        : nothing}
    </dialog>`;
  }

  private renderHeader(step: OrderStep): TemplateResult {
    const customer = this.orders.flow?.customer ?? this.customer;
    const sending = this.orders.flow?.sending ?? false;
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
    const failure = this.catalogs.failure;
    if (failure) {
      return html`<div part="message" class="error" role="alert">
        <p>${msg('The order cannot start.')} <span dir="auto">${failure}</span></p>
        <button type="button" part="command" class="command" @click=${() => this.retryLoad()}>${msg('Retry')}</button>
      </div>`;
    }
    const flow = this.orders.flow;
    if (!flow || step === 'catalog') return renderCatalogs(this.catalogs, this.orders);
    const catalog = flow.catalog && this.catalogs.catalog(flow.catalog);
    const context: StepContext = {
      orders: this.orders,
      flow,
      products: this.orders.search.results ?? (catalog?.kind === 'ready' ? catalog.products : []),
      close: () => this.requestClose('done'),
    };
    switch (step) {
      case 'products':
        return html`${renderProducts(context)} ${renderPick(context)} ${renderCart(context)}`;
      case 'review':
        return renderReview(context);
      case 'submitted':
        return renderSubmitted(context);
    }
  }
}
