/**
 * Manage mode of <tag-editor>: rename and delete tags of the partner's set, one row at a time, with the focus
 * kept on a control of the row through every step (WCAG 2.4.3). The writes go through the editor's store; the
 * draft follows them so pending checkbox changes survive a rename.
 */
import { msg, str } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import { isolate } from '../../internal/isolate.js';
import { adoptLazyStyles } from '../../internal/load/lazy-styles.js';
import { EscapeLayer } from '../../internal/overlay/index.js';
import { formatNumber } from '../../localization/labels.js';
import type { Selection } from '../../model/selection.js';
import type { TagDraft } from '../../model/tag-draft.js';
import { checkTagName } from '../../model/tags.js';
import { manageModeStyles } from './manage-mode.styles.js';
import { TagDeleteEvent, TagRenameEvent } from './tag-editor.events.js';
import { adapterFailureMessage, tagErrorMessage } from './tag-editor.messages.js';
import type { TagStore } from './tag-store.js';

export interface RenameState {
  tag: string;
  text: string;
  error?: string;
}

export interface DeleteState {
  tag: string;
  /** Customers carrying the tag; undefined while counting. */
  carriers?: number;
  error?: string;
}

export interface ManageHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ManageOptions {
  store: TagStore;
  draft(): TagDraft | undefined;
  /** Where an Escape backs out of a rename or a delete question (the whole editor) before it closes the editor. */
  scope(): Element | null | undefined;
  /** A rename or delete changed the draft; `notice` says what happened (or clears what was said, when undefined). */
  changed(notice: string | undefined, rename?: { from: string; to: string }): void;
}

/** Every customer of the partner: what a delete confirmation counts. */
const EVERY_CUSTOMER: Selection = { mode: 'all', query: {}, excludedKeys: [] };

/** Which control of a tag's row takes focus. */
type RowControl = 'rename' | 'delete' | 'cancel';

export class ManageMode {
  managing = false;
  renaming?: RenameState;
  deleting?: DeleteState;

  constructor(
    private readonly host: ManageHost,
    private readonly options: ManageOptions,
  ) {
    new EscapeLayer(host, { active: () => this.inStep, element: options.scope, dismiss: () => this.cancel() });
    // Built once, when the mode's code has arrived: its rules come with it, so the editor's first load has none.
    adoptLazyStyles(host, manageModeStyles);
  }

  /** Whether a rename box or a delete question is open: the step Escape backs out of first. */
  get inStep(): boolean {
    return this.renaming !== undefined || this.deleting !== undefined;
  }

  /** Enters or leaves manage mode; either way no rename or delete stays half done. */
  setManaging(managing: boolean): void {
    this.managing = managing;
    this.renaming = undefined;
    this.deleting = undefined;
    this.options.changed(undefined);
    this.host.requestUpdate();
  }

  startRename(tag: string): void {
    this.deleting = undefined;
    this.renaming = { tag, text: tag };
    this.host.requestUpdate();
    void this.focusRow(tag, 'rename');
  }

  renameInput(text: string): void {
    if (!this.renaming) return;
    this.renaming = { ...this.renaming, text, error: undefined };
    this.host.requestUpdate();
  }

  /** Leaves a rename or delete question, focus back on the row's Rename button. */
  cancel(): void {
    const tag = this.renaming?.tag ?? this.deleting?.tag;
    this.renaming = undefined;
    this.deleting = undefined;
    this.host.requestUpdate();
    if (tag) void this.focusRow(tag, 'rename');
  }

  async rename(): Promise<void> {
    const renaming = this.renaming;
    const draft = this.options.draft();
    const store = this.options.store;
    if (!renaming || !draft || store.busy) return;
    const check = checkTagName(renaming.text, draft.tags.filter((tag) => tag !== renaming.tag));
    if (!check.ok) return this.setRenaming({ ...renaming, error: tagErrorMessage(check.error) });
    if (check.tag === renaming.tag) {
      this.setRenaming(undefined);
      return void this.focusRow(renaming.tag, 'rename');
    }
    try {
      const to = await store.write((adapter) => adapter.renameTag(renaming.tag, check.tag));
      if (to === undefined) return;
      draft.renameTag(renaming.tag, to);
      this.renaming = undefined;
      this.options.changed(msg(str`Renamed “${isolate(renaming.tag)}” to “${isolate(to)}”.`), { from: renaming.tag, to });
      this.host.dispatchEvent(new TagRenameEvent(renaming.tag, to));
      void this.focusRow(to, 'rename');
    } catch (error) {
      this.setRenaming({ ...renaming, error: adapterFailureMessage(error) });
    }
  }

  /** Asks before a delete, counting the customers that carry the tag meanwhile. */
  async startDelete(tag: string): Promise<void> {
    this.renaming = undefined;
    this.deleting = { tag };
    this.host.requestUpdate();
    void this.focusRow(tag, 'cancel');
    try {
      const carriers = await this.carriers(tag);
      if (this.deleting?.tag === tag) this.setDeleting({ tag, carriers });
    } catch (error) {
      if (this.deleting?.tag === tag) this.setDeleting({ tag, error: adapterFailureMessage(error) });
    }
  }

  async delete(): Promise<void> {
    const deleting = this.deleting;
    const draft = this.options.draft();
    const store = this.options.store;
    if (!deleting || deleting.carriers === undefined || !draft || store.busy) return;
    // Manage mode lists every tag, whatever the filter box held: focus moves on to the next of them.
    const tags = draft.tags;
    const next = tags[tags.indexOf(deleting.tag) + 1] ?? tags[tags.indexOf(deleting.tag) - 1];
    try {
      const result = await store.write((adapter) => adapter.deleteTag(deleting.tag));
      if (result === undefined) return;
      draft.removeTag(deleting.tag);
      this.deleting = undefined;
      this.options.changed(msg(str`Deleted the tag “${isolate(deleting.tag)}”. Customers that carried it: ${formatNumber(result.removedFrom)}.`));
      this.host.dispatchEvent(new TagDeleteEvent(deleting.tag, result.removedFrom));
      if (next) void this.focusRow(next, 'delete');
      else this.host.renderRoot.querySelector<HTMLElement>('[data-action="manage"]')?.focus();
    } catch (error) {
      this.setDeleting({ ...deleting, error: adapterFailureMessage(error) });
    }
  }

  /**
   * Customers carrying a tag, whatever their relationship: a delete reaches customers without a reseller
   * relationship too, and its result counts them (`carriers`, not `byTag`).
   */
  private async carriers(tag: string): Promise<number> {
    const counts = await this.options.store.adapter.countTags(EVERY_CUSTOMER);
    return (counts.carriers ?? counts.byTag)[tag] ?? 0;
  }

  private setRenaming(renaming: RenameState | undefined): void {
    this.renaming = renaming;
    this.host.requestUpdate();
  }

  private setDeleting(deleting: DeleteState | undefined): void {
    this.deleting = deleting;
    this.host.requestUpdate();
  }

  /** Focuses a control of a tag's row once rendered; an open rename box gets its text selected. */
  private async focusRow(tag: string, control: RowControl): Promise<void> {
    await this.host.updateComplete;
    const row = this.host.renderRoot.querySelector(`.manage-row[data-tag="${CSS.escape(tag)}"]`);
    row?.querySelector<HTMLElement>(`[data-action="${control}"]`)?.focus();
    if (this.renaming && control === 'rename') row?.querySelector<HTMLInputElement>('input')?.select();
  }
}
