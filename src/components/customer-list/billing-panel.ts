/**
 * The list's billing side panel: a <billing-profile-form> (under the tag the page registered it with, so the
 * list imports nothing of it) in a modal dialog docked to the inline end. Escape and the close button go through
 * the form's Cancel, so unsaved edits are confirmed before the panel closes; focus returns to the command. A
 * save is heard here, on the panel, so it updates this list only.
 */
import { msg } from '@lit/localize';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import type { BillingProfile } from '../../model/billing.js';
import type { CustomerRow } from '../../model/customer.js';
import { registeredTag } from '../../internal/registry.js';
import type { BillingProfileSaveEvent } from '../billing-profile-form/billing-profile-form.events.js';
import { revealDirectionControls, userText } from '../../internal/user-text.js';

interface BillingFormLike extends HTMLElement {
  requestClose(): void;
}

export interface BillingPanelOptions {
  adapter(): CustomerAdapter | undefined;
  agentRole(): string;
  dialog(): HTMLDialogElement | null;
  /** The Billing information command: focus goes back to it. */
  invoker(): HTMLElement | null;
  /** The form in this panel saved a profile. */
  saved(customerId: string, profile: BillingProfile): void;
}

export class BillingPanel implements ReactiveController {
  private customer: CustomerRow | undefined;
  private closingItself = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: BillingPanelOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.customer = undefined;
  }

  get available(): boolean {
    return registeredTag('billing-profile-form') !== undefined;
  }

  async open(customer: CustomerRow): Promise<void> {
    if (!this.available) return;
    this.customer = customer;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.options.dialog();
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('h2')?.focus();
  }

  close(): void {
    this.customer = undefined;
    const dialog = this.options.dialog();
    if (dialog?.open) {
      // Its close event comes later, maybe after the panel opened again: it must not close that one.
      this.closingItself = true;
      dialog.close();
    }
    this.host.requestUpdate();
    this.options.invoker()?.focus();
  }

  render(): TemplateResult | typeof nothing {
    const tag = registeredTag('billing-profile-form');
    if (!tag) return nothing;
    const form = unsafeStatic(tag);
    const customer = this.customer;
    return html`<dialog
      part="billing-panel"
      class="billing-panel"
      aria-labelledby="billing-panel-title"
      @keydown=${this.handleKeydown}
      @cancel=${this.handleCancel}
      @close=${this.handleDialogClosed}
      @billing-profile-close=${this.handleClose}
      @billing-profile-save=${this.handleSave}
    >
      ${customer
        ? html`<header>
              <h2 id="billing-panel-title" tabindex="-1" dir="auto" title=${revealDirectionControls(customer.companyName)}>${userText(customer.companyName)}</h2>
              <button type="button" part="command" class="command" @click=${this.handleCancel}>${msg('Close')}</button>
            </header>
            <${form} data-role="billing-profile-form" customer-id=${customer.id} .adapter=${this.options.adapter()} agent-role=${this.options.agentRole()}></${form}>`
        : nothing}
    </dialog>`;
  }

  /**
   * Escape is taken here, before the platform turns it into a close request: Chromium lets a page refuse only
   * some of those, and unsaved edits must always be asked about. An Escape the form already handled (backing
   * out of its "Discard your changes?") is left alone, or the question would open again at once.
   */
  private readonly handleKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) this.handleCancel(event);
  };

  /** The platform closed the dialog itself: forget the customer and give focus back. */
  private readonly handleDialogClosed = () => {
    if (this.closingItself) this.closingItself = false;
    else if (this.customer) this.close();
  };

  /** Escape or Close: the form decides, asking first when there are unsaved edits. */
  private readonly handleCancel = (event: Event) => {
    event.preventDefault();
    const form = this.options.dialog()?.querySelector<BillingFormLike>('[data-role=billing-profile-form]');
    if (form) form.requestClose();
    else this.close();
  };

  private readonly handleClose = () => this.close();

  private readonly handleSave = (event: BillingProfileSaveEvent) => this.options.saved(event.customerId, event.profile);
}
