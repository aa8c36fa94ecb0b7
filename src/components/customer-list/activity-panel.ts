/** The list's Activity side panel: an <activity-log> of the selected customer's records. */
import type { TemplateResult } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { CustomerRow } from '../../model/customer.js';
import { SidePanel, type SidePanelOptions } from './side-panel.js';

export class ActivityPanel extends SidePanel {
  constructor(host: ConstructorParameters<typeof SidePanel>[0], options: SidePanelOptions) {
    super(host, options, 'activity-log', 'activity-panel');
  }

  protected override renderContent(log: StaticValue, customer: CustomerRow): TemplateResult {
    return html`<${log} data-role="activity-log" customer-id=${customer.id} .adapter=${this.options.adapter()} agent-role=${this.options.agentRole()}></${log}>`;
  }
}
