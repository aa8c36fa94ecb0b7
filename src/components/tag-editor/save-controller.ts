/**
 * The save of <tag-editor>: its state (saving, saved, failed) and when it may run. The request itself and the
 * view of its outcome load on first need through the shared `LazyPart` (save.part.ts): the first changed tag, or
 * the pointer or focus on Save, prefetches them, so an agent rarely waits; while they load the editor says
 * "Saving tags…", and code that cannot be fetched draws the shared failure view with Retry.
 */
import { msg } from '@lit/localize';
import { html, type ReactiveControllerHost } from 'lit';
import { LazyPart } from '../../controllers/lazy-part.js';
import { renderLazy } from '../../controllers/render-lazy.js';
import type { Selection } from '../../model/selection.js';
import type { TagDraft } from '../../model/tag-draft.js';
import type { SaveContext, SaveState } from './save-state.js';
import type { TagStore } from './tag-store.js';

export type { SaveContext, SaveState };

type SavePart = typeof import('./save.part.js');

/** Where the save's code comes from. Tests swap `load` for one that fails, as a chunk that cannot be fetched does. */
export const saveModule = { load: (): Promise<SavePart> => import('./save.part.js') };

export class SaveController {
  state: SaveState = { kind: 'idle' };
  /** The save's code. A save that waits for it and could not get it stays (`waiting`) until the next save or a discard. */
  private readonly part: LazyPart<SavePart>;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly store: TagStore,
  ) {
    this.part = new LazyPart(host, () => saveModule.load());
  }

  get saving(): boolean {
    return this.state.kind === 'saving';
  }

  /** Starts loading the save's code ahead of need (the pointer or focus on Save); a failure shows only on saving. */
  prefetch(): void {
    this.part.prefetch();
  }

  /**
   * Sends the draft's changes for `target`, as they are now. A failure is shown, not thrown; everything the agent
   * chose stays in the draft, so Save again retries. On success the editor closes and the tags load again.
   */
  async save(target: Selection, draft: TagDraft): Promise<void> {
    const changes = draft.changes();
    // At once, before the code arrives: a second Save meanwhile must not send the same changes again.
    this.set({ kind: 'saving' });
    const send = (part: SavePart) => part.sendSave({ host: this.host, store: this.store, set: (state) => this.set(state) }, target, changes);
    // The code could not be fetched: nothing was sent, and render() draws the failure while this save waits.
    if (!(await this.part.when(send))) this.set({ kind: 'idle' });
  }

  /** How the last save went: "Saving tags…", its outcome once loaded, or the failure view whose Retry calls `retry`. */
  render(retry: () => void): unknown {
    if (this.saving) return html`<p part="message" class="message" role="status">${msg('Saving tags…')}</p>`;
    return renderLazy(this.part, (part) => part.renderSaveState(this.state), {
      failure: this.part.waiting && { what: msg('The tags were not saved; nothing changed.'), retry },
    });
  }

  /**
   * The selection changed. A save in flight stays "Saving…" until it is answered: a second Save enabled under it
   * would send the same changes again, to the new selection.
   */
  selectionChanged(): void {
    if (!this.saving) this.set({ kind: 'idle' });
  }

  /** The agent changed a tag: "Tags saved" no longer describes what is shown, and a save is now possible. */
  edited(): void {
    this.prefetch();
    if (this.state.kind === 'saved') this.set({ kind: 'idle' });
  }

  /** The changes were discarded: a failure message is about changes that are gone. */
  discarded(): void {
    // A save still waiting for its code goes on, as one already sent does; one whose code failed is forgotten.
    if (!this.saving) this.part.cancel();
    if (this.state.kind === 'failed') this.set({ kind: 'idle' });
  }

  private set(state: SaveState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
