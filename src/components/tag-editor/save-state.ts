/**
 * The tag editor's save as the controller (save-controller.ts, first load) and the code it loads on first need
 * (save.part.ts) both see it: in a file of its own, so neither imports the other for its types.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TagStore } from './tag-store.js';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; updated: number; skipped: number } | { kind: 'failed'; message: string };

/** What the loaded save code works on: the editor, its store, and the state it reports to. */
export interface SaveContext {
  readonly host: ReactiveControllerHost & EventTarget;
  readonly store: TagStore;
  set(state: SaveState): void;
}
