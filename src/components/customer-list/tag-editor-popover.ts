/**
 * The list's Manage tags popover: a <tag-editor> (composed by tag name, so the list imports nothing of it) in a
 * popover anchored to the command. It shows a save on the loaded rows at once and undoes it if the save fails,
 * follows renames and deletes, and gives focus back to the command when it closes.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import type { Selection } from '../../model/selection.js';
import type { TagChange } from '../../model/tag-patch.js';
import type { TagDeleteEvent, TagRenameEvent, TagsAssignStartEvent } from '../tag-editor/tag-editor.events.js';

export interface TagEditorPopoverOptions {
  adapter(): CustomerAdapter | undefined;
  agentRole(): string;
  /** Shows a change on the loaded rows; returns its undo. */
  patch(change: TagChange): () => void;
  /** The partner's tag set changed (create, rename, delete). */
  tagSetChanged(): void;
  /** The popover element, once rendered. */
  popover(): HTMLElement | null;
  /** The Manage tags command: focus goes back to it. */
  invoker(): HTMLElement | null;
}

export class TagEditorPopover implements ReactiveController {
  private selection: Selection | undefined;
  private undo: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TagEditorPopoverOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.selection = undefined;
  }

  /** Whether the page defines <tag-editor>; without it Manage tags only fires its request event. */
  get available(): boolean {
    return customElements.get('tag-editor') !== undefined;
  }

  get isOpen(): boolean {
    return this.selection !== undefined;
  }

  async open(selection: Selection): Promise<void> {
    if (!this.available) return;
    this.selection = selection;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const popover = this.options.popover();
    if (!popover) return;
    if (!popover.matches(':popover-open')) popover.showPopover();
    popover.querySelector<HTMLElement>('tag-editor')?.focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.selection = undefined;
    const popover = this.options.popover();
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.host.requestUpdate();
    this.options.invoker()?.focus();
  }

  /** The list's selection changed while the editor is open: the editor edits the new one. */
  follow(selection: Selection): void {
    if (!this.isOpen) return;
    this.selection = selection;
    this.host.requestUpdate();
  }

  render(): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
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
      ${this.selection
        ? html`<tag-editor .adapter=${this.options.adapter()} agent-role=${this.options.agentRole()} .selection=${this.selection}></tag-editor>`
        : nothing}
    </div>`;
  }

  private readonly handleAssignStart = (event: TagsAssignStartEvent) => {
    this.undo = this.options.patch({ kind: 'assign', target: event.selection, add: event.add, remove: event.remove });
  };

  /** Success keeps what the rows already show; failure puts the rows back. */
  private readonly handleAssignEnd = (event: Event) => {
    if (event.type === 'tags-assign-error') this.undo?.();
    this.undo = undefined;
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
