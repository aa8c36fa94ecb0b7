/**
 * A modal side sheet docked to the inline end that shows an element the list composes (the billing form, the
 * activity log) for one customer, under the tag the page registered it with. It opens with focus on its title,
 * keeps Tab inside, closes with Escape or Close, and gives focus back to the command that opened it. Subclasses
 * draw the content and may route a close through it (a form with unsaved edits asks first).
 */
import { msg } from '@lit/localize';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { CustomerAdapter } from '../../../adapter/customer-adapter.js';
import { wrapFocus } from '../../../internal/focus-wrap.js';
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
  private closingItself = false;

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    protected readonly options: SidePanelOptions,
    /** The default tag of the element shown; also the panel's part and class (`<role>-panel`). */
    private readonly role: string,
    /** The panel's part and class name. */
    private readonly name: string,
  ) {
    host.addController(this);
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
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('h2')?.focus();
  }

  close(): void {
    this.customer = undefined;
    const dialog = this.dialog();
    if (dialog?.open) {
      // Its close event comes later, maybe after the panel opened again: it must not close that one.
      this.closingItself = true;
      dialog.close();
    }
    this.host.requestUpdate();
    this.options.invoker()?.focus();
  }

  render(): TemplateResult | typeof nothing {
    const tag = registeredTag(this.role);
    if (!tag) return nothing;
    const customer = this.customer;
    const titleId = `${this.name}-title`;
    return html`<dialog part=${this.name} class="side-panel ${this.name}" aria-labelledby=${titleId} @keydown=${this.handleKeydown} @cancel=${this.handleCancel} @close=${this.handleDialogClosed}>
      ${customer
        ? html`<header>
              <h2 id=${titleId} tabindex="-1" dir="auto" title=${revealDirectionControls(this.heading(customer))}>${userText(this.heading(customer))}</h2>
              <button type="button" part="command" class="command" @click=${this.handleCancel}>${msg('Close')}</button>
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

  /** Escape or Close: closes; a panel whose content may object asks it instead. */
  protected requestClose(): void {
    this.close();
  }

  protected dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>(`dialog.${this.name}`) ?? null;
  }

  /**
   * Escape is taken here, before the platform turns it into a close request: Chromium lets a page refuse only
   * some of those. An Escape the content already handled (a question it backed out of) is left alone. Tab
   * wraps around inside the panel, into the composed element's controls too, instead of leaving for the browser.
   */
  private readonly handleKeydown = (event: KeyboardEvent) => {
    wrapFocus(event, event.currentTarget as HTMLDialogElement);
    if (event.key === 'Escape' && !event.defaultPrevented) this.handleCancel(event);
  };

  /** The platform closed the dialog itself: forget the customer and give focus back. */
  private readonly handleDialogClosed = () => {
    if (this.closingItself) this.closingItself = false;
    else if (this.customer) this.close();
  };

  private readonly handleCancel = (event: Event) => {
    event.preventDefault();
    this.requestClose();
  };
}
