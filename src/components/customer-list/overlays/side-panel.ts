/**
 * A modal side sheet docked to the inline end that shows an element the list composes (the billing form, the
 * activity log) for one customer, under the tag the page registered it with. It opens with focus on its title,
 * keeps Tab inside, closes with Escape or Close, and gives focus back to the command that opened it (all through
 * the shared OverlayController). Subclasses draw the content and may route a close through it (a form with
 * unsaved edits asks first). The list loads a panel, with its styles, on its command's first use.
 */
import { msg } from '@lit/localize';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { CustomerAdapter } from '../../../adapter/customer-adapter.js';
import { adoptLazyStyles } from '../../../internal/load/lazy-styles.js';
import { OverlayController, type OverlayCloseReason } from '../../../internal/overlay/overlay-controller.js';
import { overlayStyles } from './overlays.styles.js';
import { clampStyles } from '../../../internal/clamp-styles.js';
import { registeredTag } from '../../../internal/registry.js';
import { revealDirectionControls, userText } from '../../../internal/user-text.js';
import type { CustomerRow } from '../../../model/customer.js';

export interface SidePanelOptions {
  adapter(): CustomerAdapter | undefined;
  agentRole(): string;
  /** The command that opens the panel: focus goes back to it. */
  invoker(): HTMLElement | null;
}

export abstract class SidePanel implements ReactiveController {
  protected customer: CustomerRow | undefined;
  private readonly overlay: OverlayController;

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    protected readonly options: SidePanelOptions,
    /** The default tag of the element shown; also the panel's part and class (`<role>-panel`). */
    private readonly role: string,
    /** The panel's part and class name. */
    private readonly name: string,
  ) {
    host.addController(this);
    adoptLazyStyles(host, clampStyles);
    adoptLazyStyles(host, overlayStyles);
    this.overlay = new OverlayController(host, {
      element: () => this.dialog(),
      initialFocus: (dialog) => dialog.querySelector<HTMLElement>('h2'),
      returnFocus: () => this.options.invoker(),
      closeRequested: (reason) => this.closeRequested(reason),
      closed: () => (this.customer = undefined),
      // A side sheet beside the list it belongs to: a click on the list behind it is no request to close.
      backdrop: 'none',
    });
  }

  hostDisconnected(): void {
    this.customer = undefined;
  }

  get available(): boolean {
    return registeredTag(this.role) !== undefined;
  }

  async open(customer: CustomerRow): Promise<void> {
    if (!this.available) return;
    this.customer = customer;
    this.host.requestUpdate();
    await this.overlay.open();
  }

  close(): void {
    this.overlay.close();
  }

  render(): TemplateResult | typeof nothing {
    const tag = registeredTag(this.role);
    if (!tag) return nothing;
    const customer = this.customer;
    const titleId = `${this.name}-title`;
    return html`<dialog part=${this.name} class="side-panel ${this.name}" aria-labelledby=${titleId}>
      ${customer
        ? html`<header>
              <h2 id=${titleId} class="clamp" tabindex="-1" dir="auto" title=${revealDirectionControls(this.heading(customer))}>${userText(this.heading(customer))}</h2>
              <button type="button" part="command" class="command" @click=${this.handleClose}>${msg('Close')}</button>
            </header>
            ${this.renderContent(unsafeStatic(tag), customer)}`
        : nothing}
    </dialog>`;
  }

  /** The panel's title: the customer's company name, unless the content shows more than that customer. */
  protected heading(customer: CustomerRow): string {
    return customer.companyName;
  }

  /** The composed element for a customer; `tag` is the tag the page registered it under. */
  protected abstract renderContent(tag: StaticValue, customer: CustomerRow): TemplateResult;

  /**
   * Escape or Close asked to close: `true` closes now. A panel whose content may object returns false and asks
   * the content, which closes the panel later (or not).
   */
  protected closeRequested(_reason: OverlayCloseReason): boolean {
    return true;
  }

  protected dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>(`dialog.${this.name}`) ?? null;
  }

  private readonly handleClose = () => {
    this.overlay.requestClose('button');
  };
}
