/**
 * The list's billing side panel: a <billing-profile-form> for the selected customer. Escape and Close go through
 * the form's Cancel, so unsaved edits are confirmed before the panel closes. A save is heard here, on the panel,
 * so it updates this list only.
 */
import type { TemplateResult } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { BillingProfile } from '../../../model/billing.js';
import type { CustomerRow } from '../../../model/customer.js';
import type { BillingProfileSaveEvent } from '../../billing-profile-form/billing-profile-form.events.js';
import { SidePanel, type SidePanelOptions } from './side-panel.js';

interface BillingFormLike extends HTMLElement {
  requestClose(): void;
}

export interface BillingPanelOptions extends SidePanelOptions {
  /** The form in this panel saved a profile. */
  saved(customerId: string, profile: BillingProfile): void;
}

export class BillingPanel extends SidePanel {
  constructor(host: ConstructorParameters<typeof SidePanel>[0], private readonly billing: BillingPanelOptions) {
    super(host, billing, 'billing-profile-form', 'billing-panel');
  }

  protected override renderContent(form: StaticValue, customer: CustomerRow): TemplateResult {
    return html`<${form}
      data-role="billing-profile-form"
      customer-id=${customer.id}
      .adapter=${this.options.adapter()}
      agent-role=${this.options.agentRole()}
      @billing-profile-close=${() => this.close()}
      @billing-profile-save=${(event: BillingProfileSaveEvent) => this.billing.saved(event.customerId, event.profile)}
    ></${form}>`;
  }

  /** The form decides, asking first when there are unsaved edits. */
  protected override requestClose(): void {
    const form = this.dialog()?.querySelector<BillingFormLike>('[data-role=billing-profile-form]');
    if (form) form.requestClose();
    else this.close();
  }
}
