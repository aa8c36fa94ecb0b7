/**
 * The list's commands and the elements they open: New order (a <new-order-dialog>), Billing information (a
 * <billing-profile-form> side panel), Activity (an <activity-log> side panel), Manage tags (a <tag-editor>
 * popover) and Export customers (an <export-button> in the command bar, drawn by the toolbar). Each fires its
 * cancelable request event first, so a host can run its own flow; otherwise the element is drawn under the tag
 * the page registered it with. What a command opens loads on its first use, with the element when the page has
 * not registered it (composed-elements.ts), through one LazyOpener each: busy while it loads, a click then not
 * dropped, a failed load drawn with Retry under the command. No command on screen is a silent no-op.
 */
import { msg } from '@lit/localize';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { CustomerAdapter } from '../../../adapter/customer-adapter.js';
import { registeredTag } from '../../../internal/registry.js';
import type { BillingProfile } from '../../../model/billing.js';
import type { CustomerRow } from '../../../model/customer.js';
import type { Selection } from '../../../model/selection.js';
import type { TagChange } from '../../../model/tag-patch.js';
import type { ActivityPanel } from '../overlays/activity-panel.js';
import type { BillingPanel } from '../overlays/billing-panel.js';
import { ActivityRequestEvent, BillingProfileRequestEvent, ExportRequestEvent, ManageTagsRequestEvent, NewOrderRequestEvent } from '../customer-list.events.js';
import { loadComposedElement, type ComposedElement } from './composed-elements.js';
import { LazyOpener } from '../overlays/lazy-opener.js';
import type { TagEditorPopover } from '../overlays/tag-editor-popover.js';

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
  /** Says in the list that something the agent did failed out of sight (a tag save after its popover closed). */
  announceFailure(text: string): void;
}

/**
 * The list's own module of each overlay: what a prefetch loads, never the composed element, which a host that
 * cancels the command's request must not get registered.
 */
const OVERLAYS = {
  'manage-tags': () => import('../overlays/tag-editor-popover.js'),
  billing: () => import('../overlays/billing-panel.js'),
  activity: () => import('../overlays/activity-panel.js'),
};

export class ListCommands {
  private readonly tagPopover: LazyOpener<TagEditorPopover>;
  private readonly billingPanel: LazyOpener<BillingPanel>;
  private readonly activityPanel: LazyOpener<ActivityPanel>;
  /** Composed elements the list draws itself (the dialog, the export button): only the element loads. */
  private readonly newOrderDialog: LazyOpener<string>;
  private readonly exportButton: LazyOpener<string>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ListCommandsOptions,
  ) {
    const invoker = (command: string) => () => host.shadowRoot!.querySelector<HTMLElement>(`[data-command="${command}"]`);
    this.tagPopover = this.opener('manage-tags', () => msg('Manage tags'), 'tag-editor', async () => {
      const { TagEditorPopover } = await OVERLAYS['manage-tags']();
      return new TagEditorPopover(host, {
        adapter: options.adapter,
        agentRole: options.agentRole,
        patch: options.patchTags,
        tagSetChanged: options.tagSetChanged,
        announceFailure: options.announceFailure,
        count: options.count,
        popover: () => host.shadowRoot!.querySelector<HTMLElement>('.tag-popover'),
        invoker: invoker('manage-tags'),
      });
    });
    this.billingPanel = this.opener('billing', () => msg('Billing information'), 'billing-profile-form', async () => {
      const { BillingPanel } = await OVERLAYS.billing();
      return new BillingPanel(host, { adapter: options.adapter, agentRole: options.agentRole, invoker: invoker('billing'), saved: options.billingSaved });
    });
    this.activityPanel = this.opener('activity', () => msg('Activity'), 'activity-log', async () => {
      const { ActivityPanel } = await OVERLAYS.activity();
      return new ActivityPanel(host, { adapter: options.adapter, agentRole: options.agentRole, invoker: invoker('activity') });
    });
    this.newOrderDialog = this.opener('new-order', () => msg('New order'), 'new-order-dialog');
    this.exportButton = this.opener('export', () => msg('Export customers'), 'export-button');
  }

  /**
   * The part a command opens: `build` (when given) once `element` is registered, the element loaded first if the
   * page has not registered it; without `build`, the element's tag. A prefetch loads only the list's own module
   * (nothing for a command that opens the element alone).
   */
  private opener<T>(command: string, label: () => string, element: ComposedElement, build?: () => Promise<T>): LazyOpener<T> {
    const load = async () => {
      const [tag, part] = await Promise.all([loadComposedElement(element), build?.()]);
      return (build ? part : tag) as T;
    };
    const prefetch = OVERLAYS[command as keyof typeof OVERLAYS] ?? (() => Promise.resolve());
    return new LazyOpener(this.host, { command, label, load, prefetch });
  }

  /** New order opens the <new-order-dialog>, unless a host cancels the request. */
  newOrder(customer: CustomerRow): void {
    if (!this.host.dispatchEvent(new NewOrderRequestEvent(customer))) return;
    void this.newOrderDialog.open(() => this.host.shadowRoot!.querySelector<NewOrderDialogLike>('[data-role=new-order-dialog]')?.show({ customer }));
  }

  /** Billing information opens the <billing-profile-form> panel, unless a host cancels the request. */
  billing(customer: CustomerRow): void {
    if (!this.host.dispatchEvent(new BillingProfileRequestEvent(customer))) return;
    void this.billingPanel.open((panel) => panel.open(customer));
  }

  /** Activity opens the customer's <activity-log> panel, unless a host cancels the request. */
  activity(customer: CustomerRow): void {
    if (!this.host.dispatchEvent(new ActivityRequestEvent(customer))) return;
    void this.activityPanel.open((panel) => panel.open(customer));
  }

  /** Manage tags toggles the editor popover, unless a host cancels the request to show its own. */
  manageTags(): void {
    const popover = this.tagPopover.value;
    if (popover?.isOpen) return popover.close();
    const selection = this.options.selection();
    const count = this.options.count(selection);
    if (count === 0 || !this.host.dispatchEvent(new ManageTagsRequestEvent(selection, count))) return;
    void this.tagPopover.open((loaded) => loaded.open(selection));
  }

  /**
   * Export customers while the page has no <export-button>: unless a host cancels the request, the list loads
   * it, draws it in place of this command and starts it, focused, so its progress and Cancel are at hand.
   */
  export(): void {
    if (!this.host.dispatchEvent(new ExportRequestEvent())) return;
    void this.exportButton.open(async () => {
      const button = this.host.shadowRoot!.querySelector<ExportButtonLike>('[part~=export]');
      if (!button) return;
      // It replaced the command that had focus: focus goes to it (it delegates focus to its button), not to <body>.
      await button.updateComplete;
      button.focus();
      await button.export();
    });
  }

  /** The pointer is over a command, or focus on it: what it opens starts loading. */
  prefetch(command: string): void {
    this.openers()[command]?.prefetch();
  }

  /** The commands whose part is loading. */
  busy(): string[] {
    return Object.entries(this.openers())
      .filter(([, opener]) => opener.busy)
      .map(([command]) => command);
  }

  private openers(): Record<string, Pick<LazyOpener<unknown>, 'busy' | 'prefetch'>> {
    return { 'new-order': this.newOrderDialog, billing: this.billingPanel, activity: this.activityPanel, 'manage-tags': this.tagPopover, export: this.exportButton };
  }

  /** The list's selection changed while the tag editor is open: the editor edits the new one. */
  follow(selection: Selection): void {
    this.tagPopover.value?.follow(selection);
  }

  /** Whether Manage tags is open; undefined when the page has no <tag-editor> (the toolbar then marks nothing). */
  get manageTagsOpen(): boolean | undefined {
    return registeredTag('tag-editor') ? (this.tagPopover.value?.isOpen ?? false) : undefined;
  }

  render(): TemplateResult {
    const dialog = registeredTag('new-order-dialog');
    const tag = dialog && unsafeStatic(dialog);
    const draw = (part: { render(): unknown }) => part.render();
    return html`${this.tagPopover.render(draw)} ${this.billingPanel.render(draw)} ${this.activityPanel.render(draw)} ${this.newOrderDialog.render(() => nothing)}
      ${this.exportButton.render(() => nothing)}
      ${tag ? html`<${tag} part="new-order-dialog" data-role="new-order-dialog" .adapter=${this.options.adapter()} agent-role=${this.options.agentRole()}></${tag}>` : nothing}`;
  }
}
