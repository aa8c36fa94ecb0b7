import { localized, msg } from '@lit/localize';
import { adoptStyles, html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { LazyPart } from '../../controllers/lazy-part.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { renderLoadFailure } from '../../internal/load/load-failure.js';
import { renderLazy } from '../../controllers/render-lazy.js';
import { DiscardPrompt, OverlayController } from '../../internal/overlay/index.js';
import { relationshipLabel } from '../../localization/labels.js';
import type { CustomerRow } from '../../model/customer.js';
import { ORDER_STEPS, type OrderStep } from '../../model/order-flow.js';
import { OrderDialogCloseEvent, OrderDialogClosedEvent, type OrderDialogClosedReason, type OrderDialogCloseReason } from './new-order-dialog.events.js';
import { renderCatalogs, stepTitle, type StepContext } from './new-order-dialog.steps.js';
import { OrderCatalogs } from './order-catalogs.js';
import { OrderController } from './order-controller.js';
import type { OrderEdits } from './order-edits.js';
import { styles } from './new-order-dialog.styles.js';
import { revealDirectionControls, userText } from '../../internal/user-text.js';

/**
 * How the steps after the catalog load: by `import()`, fetched while the catalog step shows. An object, not a
 * bare `import()`, so a test can make the chunk fail to load and see the failure view and Retry.
 */
export const laterStepsChunk = { load: () => import('./new-order-dialog.later-steps.js') };

/**
 * A new order for one customer, from catalog to confirmation, in a modal native `<dialog>`: pick a catalog
 * (Azure, Marketplace, Software, Online Services), add products with SKU, term, billing cycle and quantity to
 * a cart, review and submit. Errors keep the cart; a submit is sent once, with an idempotency key. Each catalog
 * keeps its own cart, and each customer its own order, for the dialog's life: an answer that arrives after the
 * agent moved on is reported (`order-create`, `order-error`) and shown the next time that customer's order opens.
 *
 * Open it with `show({ customer })`, from <customer-list>'s New order command, or standalone with a
 * `customer-id` attribute and `show()`. Focus returns to whatever had it when the dialog opened. Escape closes
 * the innermost layer only: the search box's text, then "Discard this order?", then the dialog.
 *
 * @summary Order flow for a selected customer.
 * @tag new-order-dialog
 *
 * @fires order-submit - Before the order is sent: `{ order }`; cancelable.
 * @fires order-create - The order was created: `{ order }` with its id, status and creation date.
 * @fires order-error - The order was not created: `{ order, error }`. Fired even when the dialog was closed meanwhile.
 * @fires order-dialog-close - The dialog is asked to close: `{ reason, unsaved }` (`escape`, `cancel`, `backdrop`, `done`); cancelable.
 * @fires order-dialog-closed - The dialog closed and focus went back: `{ reason }` (those of `order-dialog-close`, or `discard`, `api`, `platform`, `disconnect`).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart customer - Who the order is for.
 * @csspart steps - The step list.
 * @csspart catalog - One catalog's button.
 * @csspart product-search - The product search box.
 * @csspart cart - The lines added so far.
 * @csspart order-lines - The lines of the submitted order, as the server took them.
 * @csspart message - A status or error message.
 * @csspart confirm - The "Discard this order?" question.
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

  @query('dialog') private dialog!: HTMLDialogElement | null;

  /** The modal `<dialog>`: opening, Escape and the backdrop through the dismiss stack, Tab kept inside, focus back. */
  private readonly overlay = new OverlayController(this, {
    element: () => this.dialog,
    initialFocus: () => this.stepHeading(),
    fallbackFocus: () => this.stepHeading(),
    closeRequested: (reason) => this.mayClose(reason as OrderDialogCloseReason),
    closed: (reason) => this.handleClosed(reason as OrderDialogClosedReason),
  });
  /** The customer and its country, then every catalog: tasks that reload when the adapter or customer changes. */
  private readonly catalogs = new OrderCatalogs(this, { adapter: () => this.activeAdapter, found: (customer) => this.orders.adopt(customer) });
  /** Each customer's order, the step shown, the product search and the submit. */
  private readonly orders = new OrderController(this, { adapter: () => this.activeAdapter, start: () => this.catalogs.ready });
  /** "Discard this order?": Escape inside the dialog backs out of the question before it reaches the dialog. */
  private readonly discardPrompt = new DiscardPrompt(this, {
    discard: () => this.discardAndClose(),
    fallbackFocus: () => this.stepHeading(),
    scope: () => this.dialog,
  });
  /** The products, review and submitted steps: fetched while the catalog step shows, so an agent rarely waits for them. */
  private readonly laterSteps = new LazyPart(this, () => laterStepsChunk.load());
  /** The cart's edits and the submit, built once their module has loaded with the later steps. */
  private edits?: OrderEdits;
  /** Whether the last render showed a later step: entering one loads it again after a failed prefetch. */
  private inLaterStep = false;
  /** Retry goes with the failure it stood in; focus falls to the step heading, never to `<body>`. */
  private readonly focusKeeper = new FocusKeeper(this, { destination: () => this.stepHeading() });

  /**
   * Opens the dialog, for `customer` when given. Another customer's order is kept for when that customer comes
   * back; a submitted order already seen starts over.
   */
  async show(options: { customer?: CustomerRow } = {}): Promise<void> {
    const customer = options.customer ?? this.customer;
    if (customer) this.orders.useCustomer(customer);
    // A load cut short by an earlier close() starts again.
    this.catalogs.resume();
    this.open = true;
    await this.overlay.open();
  }

  /** Closes at once, without asking; unsent choices, and an order being submitted, are kept for the next `show()`. */
  close(): void {
    this.overlay.close('api');
    this.open = false;
  }

  /**
   * Asks to close, as Escape, Cancel and a backdrop click do: the page may refuse, unsent choices are confirmed,
   * and an order being submitted keeps the dialog open until its answer is shown.
   */
  requestClose(reason: OrderDialogCloseReason): void {
    this.overlay.requestClose(reason);
  }

  /** Choices closing would lose: any catalog's cart, a product being configured. */
  get unsaved(): boolean {
    return this.orders.flow?.unsaved ?? false;
  }

  /** The close request: `order-dialog-close` (cancelable), then "Discard this order?" when choices would be lost. */
  private mayClose(reason: OrderDialogCloseReason): boolean {
    if (this.discardPrompt.showing) return false;
    if (this.orders.flow?.sending) {
      this.orders.say(msg('The order is being submitted and cannot be cancelled. Its answer will show here.'));
      return false;
    }
    const unsaved = this.unsaved;
    if (!this.dispatchEvent(new OrderDialogCloseEvent(reason, unsaved))) return false;
    if (!unsaved) return true;
    void this.discardPrompt.ask();
    return false;
  }

  /** Closed, whichever way: loads stop until the next opening, and the page is told. */
  private handleClosed(reason: OrderDialogClosedReason): void {
    this.discardPrompt.hide();
    this.catalogs.stop();
    this.open = false;
    this.dispatchEvent(new OrderDialogClosedEvent(reason));
  }

  /** Discard: this customer's order is thrown away and the dialog closes. */
  private discardAndClose(): void {
    this.orders.discard();
    this.overlay.close('discard');
    this.open = false;
  }

  private stepHeading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.step-heading');
  }

  // ---- rendering

  /**
   * The catalog step shows: the later steps are fetched ahead (a failure is ignored there). A later step shows
   * (reached, or the order was left there): they load, again after a failed fetch, and report a failure.
   */
  protected override willUpdate(): void {
    const step = this.open ? this.orders.flow?.step : undefined;
    const later = step !== undefined && step !== 'catalog';
    const loaded = this.laterSteps.value;
    if (loaded && !this.orders.search) {
      // Once, as the module arrives: its product search starts (before the controllers' hostUpdate in this
      // update), and its stylesheet joins the element's own in the shadow root.
      this.orders.startSearch(loaded.ProductSearch);
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof NewOrderDialog).elementStyles, loaded.laterStepStyles]);
    }
    if (step === 'catalog') this.laterSteps.prefetch();
    else if (later && !this.inLaterStep) this.laterSteps.load().catch(() => undefined);
    this.inLaterStep = later;
  }

  protected override render(): TemplateResult {
    const step = this.orders.flow?.step ?? 'catalog';
    return html`<dialog part="dialog" aria-labelledby="title">
      ${this.open
        ? html`<div class="body">
            ${this.renderHeader(step)}
            <ol part="steps" class="steps" aria-label=${msg('Steps')}>
              ${ORDER_STEPS.map((each) => html`<li aria-current=${each === step ? 'step' : nothing}>${stepTitle(each)}</li>`)}
            </ol>
            ${this.discardPrompt.render({ question: msg('Discard this order?'), detail: msg('The products you chose will be lost.'), keep: msg('Keep editing'), discard: msg('Discard') })}
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
          ? html`<p part="customer" class="muted customer clamp" title=${revealDirectionControls(who)}>
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

  private renderStep(step: OrderStep): unknown {
    const failure = this.catalogs.failure;
    if (failure !== undefined) return renderLoadFailure({ error: failure, what: msg('The order cannot start.'), retry: () => this.catalogs.retry(), part: 'message', classes: '' });
    const flow = this.orders.flow;
    if (!flow || step === 'catalog') return renderCatalogs(this.catalogs, this.orders);
    // The step heading above already has focus and names the step; its content follows in a moment.
    return renderLazy(
      this.laterSteps,
      (later) => {
        const search = this.orders.startSearch(later.ProductSearch);
        const catalog = flow.catalog && this.catalogs.catalog(flow.catalog);
        const context: StepContext = {
          orders: this.orders,
          edits: (this.edits ??= new later.OrderEdits(this.orders)),
          flow,
          search,
          products: search.results ?? (catalog?.kind === 'ready' ? catalog.products : []),
          close: () => this.requestClose('done'),
        };
        return step === 'products' ? html`${later.renderProducts(context)} ${later.renderPick(context)} ${later.renderCart(context)}` : step === 'review' ? later.renderReview(context) : later.renderSubmitted(context);
      },
      {
        busy: html`<p part="message" class="muted step-loading" role="status" aria-busy="true">${msg('Loading…')}</p>`,
        failure: { what: msg('This step could not be loaded.'), classes: '' },
      },
    );
  }
}
