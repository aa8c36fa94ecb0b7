/**
 * The list's commands and the elements they open: New order (a <new-order-dialog>), Billing information (a
 * <billing-profile-form> side panel), Activity (an <activity-log> side panel), Manage tags (a <tag-editor>
 * popover) and Export customers (an
 * <export-button> in the command bar, drawn by the toolbar). Each fires its cancelable request event first, so
 * a host can run its own flow; each element is drawn under the tag the page registered it with, and only when it
 * did.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import { registeredTag } from '../../internal/registry.js';
import type { BillingProfile } from '../../model/billing.js';
import type { CustomerRow } from '../../model/customer.js';
import type { Selection } from '../../model/selection.js';
import type { TagChange } from '../../model/tag-patch.js';
import { ActivityPanel } from './activity-panel.js';
import { BillingPanel } from './billing-panel.js';
import { ActivityRequestEvent, BillingProfileRequestEvent, ExportRequestEvent, ManageTagsRequestEvent, NewOrderRequestEvent } from './customer-list.events.js';
import { TagEditorPopover } from './tag-editor-popover.js';

/** What the list needs of a composed <new-order-dialog>, which it knows by its role only. */
interface NewOrderDialogLike extends HTMLElement {
  show(options: { customer: CustomerRow }): Promise<void>;
}

export interface ListCommandsOptions {
  adapter(): CustomerAdapter | undefined;
  agentRole(): string;
  selection(): Selection;
  /** Rows in a selection. */
  count(selection: Selection): number;
  /** Shows a tag change on the loaded rows; returns its undo. */
  patchTags(change: TagChange): () => void;
  /** The partner's tag set changed (create, rename, delete). */
  tagSetChanged(): void;
  /** A profile saved in the billing panel: the list shows its name. */
  billingSaved(customerId: string, profile: BillingProfile): void;
  /** Says in the list that something the agent did failed out of sight. */
  announceFailure(text: string): void;
}

export class ListCommands {
  readonly tagPopover: TagEditorPopover;
  private readonly billingPanel: BillingPanel;
  private readonly activityPanel: ActivityPanel;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ListCommandsOptions,
  ) {
    const root = () => host.shadowRoot!;
    this.tagPopover = new TagEditorPopover(host, {
      adapter: options.adapter,
      agentRole: options.agentRole,
      patch: options.patchTags,
      tagSetChanged: options.tagSetChanged,
      announceFailure: options.announceFailure,
      count: options.count,
      popover: () => root().querySelector<HTMLElement>('.tag-popover'),
      invoker: () => root().querySelector<HTMLElement>('[data-command="manage-tags"]'),
    });
    this.billingPanel = new BillingPanel(host, {
      adapter: options.adapter,
      agentRole: options.agentRole,
      invoker: () => root().querySelector<HTMLElement>('[data-command="billing"]'),
      saved: options.billingSaved,
    });
    this.activityPanel = new ActivityPanel(host, {
      adapter: options.adapter,
      agentRole: options.agentRole,
      invoker: () => root().querySelector<HTMLElement>('[data-command="activity"]'),
    });
  }

  /** New order opens the <new-order-dialog> the page defines, unless a host cancels the request. */
  newOrder(customer: CustomerRow): void {
    if (!this.host.dispatchEvent(new NewOrderRequestEvent(customer))) return;
    void this.host.shadowRoot!.querySelector<NewOrderDialogLike>('[data-role=new-order-dialog]')?.show({ customer });
  }

  /** Billing information opens the <billing-profile-form> panel, unless a host cancels the request. */
  billing(customer: CustomerRow): void {
    if (this.host.dispatchEvent(new BillingProfileRequestEvent(customer))) void this.billingPanel.open(customer);
  }

  /** Activity opens the customer's <activity-log> panel, unless a host cancels the request. */
  activity(customer: CustomerRow): void {
    if (this.host.dispatchEvent(new ActivityRequestEvent(customer))) void this.activityPanel.open(customer);
  }

  /** Manage tags toggles the editor popover, unless a host cancels the request to show its own. */
  manageTags(): void {
    if (this.tagPopover.isOpen) return this.tagPopover.close();
    const selection = this.options.selection();
    const count = this.options.count(selection);
    if (count === 0 || !this.host.dispatchEvent(new ManageTagsRequestEvent(selection, count))) return;
    void this.tagPopover.open(selection);
  }

  /** Export customers without an <export-button> on the page: the host exports. */
  export(): void {
    this.host.dispatchEvent(new ExportRequestEvent());
  }

  /** The list's selection changed while the tag editor is open: the editor edits the new one. */
  follow(selection: Selection): void {
    this.tagPopover.follow(selection);
  }

  /** Whether Manage tags is open; undefined when the page has no <tag-editor> (the toolbar then marks nothing). */
  get manageTagsOpen(): boolean | undefined {
    return this.tagPopover.available ? this.tagPopover.isOpen : undefined;
  }

  render(): TemplateResult {
    const dialog = registeredTag('new-order-dialog');
    const tag = dialog && unsafeStatic(dialog);
    return html`${this.tagPopover.render()} ${this.billingPanel.render()} ${this.activityPanel.render()}
    ${tag ? html`<${tag} part="new-order-dialog" data-role="new-order-dialog" .adapter=${this.options.adapter()} agent-role=${this.options.agentRole()}></${tag}>` : nothing}`;
  }
}
