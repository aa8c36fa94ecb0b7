/**
 * The list's Manage tags popover: a <tag-editor> (under the tag the page registered it with, so the list imports
 * nothing of it) in a popover anchored to the command, opened and closed through the shared OverlayController.
 * The editor owns Escape (it backs out of its own modes, then discards and says it is done), so the popover takes
 * none itself and closes when the editor fires `tag-editor-close`. It shows a save on the loaded rows at once and
 * undoes it if the save fails, follows renames and deletes, and gives focus back to the command when it closes. A save still in flight when
 * the popover closes keeps its editor in the page until it is answered, so a failure is still undone on every
 * row and announced in the list. The list loads it, with its styles, on the command's first use.
 */
import { msg, str } from '@lit/localize';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { adoptLazyStyles } from '../../../internal/load/lazy-styles.js';
import { OverlayController } from '../../../internal/overlay/overlay-controller.js';
import { overlayStyles } from './overlays.styles.js';
import { registeredTag } from '../../../internal/registry.js';
import type { CustomerAdapter } from '../../../adapter/customer-adapter.js';
import type { Selection } from '../../../model/selection.js';
import type { TagChange } from '../../../model/tag-patch.js';
import type { TagDeleteEvent, TagRenameEvent, TagsAssignErrorEvent, TagsAssignStartEvent } from '../../tag-editor/tag-editor.events.js';
import { errorReason } from '../../../adapter/adapter-error.js';
import { formatNumber } from '../../../localization/labels.js';
import { isolate } from '../../../internal/isolate.js';

export interface TagEditorPopoverOptions {
  adapter(): CustomerAdapter | undefined;
  agentRole(): string;
  /** Shows a change on the loaded rows; returns its undo. */
  patch(change: TagChange): () => void;
  /** The partner's tag set changed (create, rename, delete). */
  tagSetChanged(): void;
  /** Says in the list that a save failed, naming the tags and how many rows it was for. */
  announceFailure(text: string): void;
  /** Rows in a selection, for that sentence. */
  count(selection: Selection): number;
  /** The popover element, once rendered. */
  popover(): HTMLElement | null;
  /** The Manage tags command: focus goes back to it. */
  invoker(): HTMLElement | null;
}

export class TagEditorPopover implements ReactiveController {
  private selection: Selection | undefined;
  /** The save in flight: its undo, and what the sentence about a failure needs. */
  private saving: { undo: () => void; selection: Selection; rows: number; add: readonly string[]; remove: readonly string[] } | undefined;
  private readonly overlay: OverlayController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TagEditorPopoverOptions,
  ) {
    host.addController(this);
    adoptLazyStyles(host, overlayStyles);
    this.overlay = new OverlayController(host, {
      element: () => this.options.popover(),
      initialFocus: (popover) => popover.querySelector<HTMLElement>('[data-role=tag-editor]'),
      returnFocus: () => this.options.invoker(),
      closed: () => (this.selection = undefined),
      escape: 'content',
    });
  }

  hostDisconnected(): void {
    this.selection = undefined;
  }

  /** Whether the page defines <tag-editor>; without it Manage tags only fires its request event. */
  get available(): boolean {
    return registeredTag('tag-editor') !== undefined;
  }

  get isOpen(): boolean {
    return this.selection !== undefined;
  }

  async open(selection: Selection): Promise<void> {
    if (!this.available) return;
    this.selection = selection;
    this.host.requestUpdate();
    await this.overlay.open();
  }

  close(): void {
    this.overlay.close();
  }

  /** The list's selection changed while the editor is open: the editor edits the new one. */
  follow(selection: Selection): void {
    if (!this.isOpen) return;
    this.selection = selection;
    this.host.requestUpdate();
  }

  render(): TemplateResult | typeof nothing {
    const tag = registeredTag('tag-editor');
    if (!tag) return nothing;
    const editor = unsafeStatic(tag);
    // Rendered with the last selection while a save is answered after a close: its events must still arrive.
    const selection = this.selection ?? this.saving?.selection;
    return html`<div
      popover="manual"
      part="tag-popover"
      class="tag-popover"
      role="dialog"
      aria-label=${msg('Manage tags')}
      @tags-assign-start=${this.handleAssignStart}
      @tags-assign-error=${this.handleAssignEnd}
      @tags-assign=${this.handleAssignEnd}
      @tag-create=${this.handleTagSetChange}
      @tag-rename=${this.handleRename}
      @tag-delete=${this.handleDelete}
      @tag-editor-close=${this.handleClose}
    >
      ${selection ? html`<${editor} data-role="tag-editor" .adapter=${this.options.adapter()} agent-role=${this.options.agentRole()} .selection=${selection}></${editor}>` : nothing}
    </div>`;
  }

  private readonly handleAssignStart = (event: TagsAssignStartEvent) => {
    const undo = this.options.patch({ kind: 'assign', target: event.selection, add: event.add, remove: event.remove });
    this.saving = { undo, selection: event.selection, rows: this.options.count(event.selection), add: event.add, remove: event.remove };
  };

  /** Success keeps what the rows already show; failure puts the rows back and says so, open or not. */
  private readonly handleAssignEnd = (event: Event) => {
    const saving = this.saving;
    this.saving = undefined;
    if (event.type === 'tags-assign-error' && saving) {
      saving.undo();
      this.options.announceFailure(failureSentence(saving, (event as TagsAssignErrorEvent).error));
    }
    this.host.requestUpdate();
  };

  private readonly handleRename = (event: TagRenameEvent) => {
    this.options.patch({ kind: 'rename', from: event.from, to: event.to });
    this.options.tagSetChanged();
  };

  private readonly handleDelete = (event: TagDeleteEvent) => {
    this.options.patch({ kind: 'delete', tag: event.tag });
    this.options.tagSetChanged();
  };

  private readonly handleTagSetChange = () => this.options.tagSetChanged();

  private readonly handleClose = () => this.close();
}

/** "Tags not saved for 2 selected customers (added: VIP, Gold; removed: Old). <reason> The list shows their tags as before." */
function failureSentence({ rows, add, remove }: { rows: number; add: readonly string[]; remove: readonly string[] }, error: unknown): string {
  const list = (tags: readonly string[]) => tags.map(isolate).join(', ');
  const changes = [add.length ? msg(str`added: ${list(add)}`) : '', remove.length ? msg(str`removed: ${list(remove)}`) : ''].filter(Boolean).join('; ');
  return msg(str`Tags not saved for ${formatNumber(rows)} selected customers (${changes}). ${errorReason(error)} The list shows their tags as before.`);
}
