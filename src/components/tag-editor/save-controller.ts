/**
 * The save of <tag-editor>: one bulk `assignTags` request for every change of the draft, its state (saving,
 * saved, failed) and its events: start, then success or error.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Selection } from '../../model/selection.js';
import type { TagDraft } from '../../model/tag-draft.js';
import { TagEditorCloseEvent, TagsAssignErrorEvent, TagsAssignEvent, TagsAssignStartEvent } from './tag-editor.events.js';
import { adapterFailureMessage } from './tag-editor.messages.js';
import type { TagStore } from './tag-store.js';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; updated: number; skipped: number } | { kind: 'failed'; message: string };

export class SaveController {
  state: SaveState = { kind: 'idle' };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly store: TagStore,
  ) {}

  get saving(): boolean {
    return this.state.kind === 'saving';
  }

  /**
   * Sends the draft's changes for `target`. A failure is shown, not thrown; everything the agent chose stays in
   * the draft, so Save again retries. On success the editor closes and the tags load again.
   */
  async save(target: Selection, draft: TagDraft): Promise<void> {
    const { add, remove } = draft.changes();
    this.set({ kind: 'saving' });
    this.host.dispatchEvent(new TagsAssignStartEvent(target, add, remove));
    try {
      const result = await this.store.assign({ target, add, remove });
      this.set({ kind: 'saved', updated: result.updatedCustomers, skipped: result.skippedCustomerIds.length });
      this.host.dispatchEvent(new TagsAssignEvent(target, add, remove, result));
      this.host.dispatchEvent(new TagEditorCloseEvent('save'));
      this.store.reload();
    } catch (error) {
      this.set({ kind: 'failed', message: adapterFailureMessage(error) });
      this.host.dispatchEvent(new TagsAssignErrorEvent(target, add, remove, error));
    }
  }

  /**
   * The selection changed. A save in flight stays "Saving…" until it is answered: a second Save enabled under it
   * would send the same changes again, to the new selection.
   */
  selectionChanged(): void {
    if (!this.saving) this.set({ kind: 'idle' });
  }

  /** The agent changed a tag: "Tags saved" no longer describes what is shown. */
  edited(): void {
    if (this.state.kind === 'saved') this.set({ kind: 'idle' });
  }

  /** The changes were discarded: a failure message is about changes that are gone. */
  discarded(): void {
    if (this.state.kind === 'failed') this.set({ kind: 'idle' });
  }

  private set(state: SaveState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
