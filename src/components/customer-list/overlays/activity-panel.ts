/**
 * The list's Activity side panel: an <activity-log> of the selected customer's records, titled with the
 * customer's name until the agent widens the log to every customer ("All customers"), then titled for that.
 */
import { msg } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { ActivityCustomerChangeEvent } from '../../activity-log/activity-log.events.js';
import type { CustomerRow } from '../../../model/customer.js';
import { SidePanel, type SidePanelOptions } from './side-panel.js';

export class ActivityPanel extends SidePanel {
  /** The agent chose "All customers" in the log: the title may no longer name the customer it opened for. */
  private everyCustomer = false;

  constructor(host: ConstructorParameters<typeof SidePanel>[0], options: SidePanelOptions) {
    super(host, options, 'activity-log', 'activity-panel');
  }

  override open(customer: CustomerRow): Promise<void> {
    this.everyCustomer = false;
    return super.open(customer);
  }

  protected override heading(customer: CustomerRow): string {
    return this.everyCustomer ? msg('Activity of all customers') : customer.companyName;
  }

  protected override renderContent(log: StaticValue, customer: CustomerRow): TemplateResult {
    return html`<${log} data-role="activity-log" customer-id=${customer.id} .adapter=${this.options.adapter()} agent-role=${this.options.agentRole()} @activity-customer-change=${this.handleCustomerChange}></${log}>`;
  }

  private readonly handleCustomerChange = (event: ActivityCustomerChangeEvent) => {
    this.everyCustomer = event.customerId === '';
    this.host.requestUpdate();
  };
}
