/**
 * The list's commands and the elements they open: New order (a <new-order-dialog>), Billing information (a
 * <billing-profile-form> side panel), Activity (an <activity-log> side panel), Manage tags (a <tag-editor>
 * popover) and Export customers (an <export-button> in the command bar, drawn by the toolbar). Each fires its
 * cancelable request event first, so a host can run its own flow; otherwise the element is drawn under the tag
 * the page registered it with, loaded on first use when the page has not (composed-elements.ts). No command on
 * screen is a silent no-op: a failed load is announced.
 */
import { msg, str } from '@lit/localize';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { CustomerAdapter } from '../../../adapter/customer-adapter.js';
import { registeredTag } from '../../../internal/registry.js';
import type { BillingProfile } from '../../../model/billing.js';
import type { CustomerRow } from '../../../model/customer.js';
import type { Selection } from '../../../model/selection.js';
import type { TagChange } from '../../../model/tag-patch.js';
import { ActivityPanel } from '../overlays/activity-panel.js';
import { BillingPanel } from '../overlays/billing-panel.js';
import { ActivityRequestEvent, BillingProfileRequestEvent, ExportRequestEvent, ManageTagsRequestEvent, NewOrderRequestEvent } from '../customer-list.events.js';
import { loadComposedElement, type ComposedElement } from './composed-elements.js';
import { TagEditorPopover } from '../overlays/tag-editor-popover.js';

/** What the list needs of a composed <new-order-dialog>, which it knows by its role only. */
interface NewOrderDialogLike extends HTMLElement {
  show(options: { customer: CustomerRow }): Promise<void>;
}

/** What the list needs of a composed <export-button>. */
interface ExportButtonLike extends HTMLElement {
  readonly updateComplete: Promise<unknown>;
  export(): Promise<void>;
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

  /** New order opens the <new-order-dialog>, unless a host cancels the request. */
  newOrder(customer: CustomerRow): void {
    if (!this.host.dispatchEvent(new NewOrderRequestEvent(customer))) return;
    void this.withElement('new-order-dialog', msg('New order'), () =>
      this.host.shadowRoot!.querySelector<NewOrderDialogLike>('[data-role=new-order-dialog]')?.show({ customer }),
    );
  }

  /** Billing information opens the <billing-profile-form> panel, unless a host cancels the request. */
  billing(customer: CustomerRow): void {
    if (!this.host.dispatchEvent(new BillingProfileRequestEvent(customer))) return;
    void this.withElement('billing-profile-form', msg('Billing information'), () => this.billingPanel.open(customer));
  }

  /** Activity opens the customer's <activity-log> panel, unless a host cancels the request. */
  activity(customer: CustomerRow): void {
    if (!this.host.dispatchEvent(new ActivityRequestEvent(customer))) return;
    void this.withElement('activity-log', msg('Activity'), () => this.activityPanel.open(customer));
  }

  /** Manage tags toggles the editor popover, unless a host cancels the request to show its own. */
  manageTags(): void {
    if (this.tagPopover.isOpen) return this.tagPopover.close();
    const selection = this.options.selection();
    const count = this.options.count(selection);
    if (count === 0 || !this.host.dispatchEvent(new ManageTagsRequestEvent(selection, count))) return;
    void this.withElement('tag-editor', msg('Manage tags'), () => this.tagPopover.open(selection));
  }

  /**
   * Export customers while the page has no <export-button>: unless a host cancels the request, the list loads
   * it, draws it in place of this command and starts it, focused, so its progress and Cancel are at hand.
   */
  export(): void {
    if (!this.host.dispatchEvent(new ExportRequestEvent())) return;
    void this.withElement('export-button', msg('Export customers'), async () => {
      const button = this.host.shadowRoot!.querySelector<ExportButtonLike>('[part~=export]');
      if (!button) return;
      // It replaced the command that had focus: focus goes to it (it delegates focus to its button), not to <body>.
      await button.updateComplete;
      button.focus();
      await button.export();
    });
  }

  /**
   * Runs `then` once `element` is registered (loading it first if need be) and the list has drawn it. A load
   * that fails is said in the list, naming the command, instead of a click that does nothing.
   */
  private async withElement(element: ComposedElement, command: string, then: () => Promise<void> | undefined): Promise<void> {
    try {
      await loadComposedElement(element);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.options.announceFailure(msg(str`${command} could not be opened: ${reason}`));
      return;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The list may have left the page while the element loaded: there is nothing to open any more.
    if (this.host.isConnected) await then();
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
