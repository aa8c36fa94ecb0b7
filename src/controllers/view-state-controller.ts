/**
 * Where a list's view is kept: the current view and the agent's saved views, in `localStorage` under the host's
 * `persist-key` (one versioned record), and the saved views' own rules (a name, unique, not too long). A stored
 * record that is not one this version wrote (another version, another shape, not JSON, storage refused) is
 * ignored with one console warning: the list then starts from its default view, never fails.
 */
import type { ReactiveControllerHost } from 'lit';
import { parseViewState, type SavedView, type ViewState } from '../model/view-state.js';

const RECORD_VERSION = 1;
/** Longest name of a saved view, in code points. */
export const MAX_VIEW_NAME_LENGTH = 60;

export type ViewNameProblem = 'empty' | 'too-long' | 'taken';

export interface ViewStateControllerOptions {
  /** The storage key, or '' for none. */
  persistKey(): string;
  /** The current view, as it is to be stored. */
  current(): ViewState;
  /** A stored current view was read: the host applies it. */
  restore(state: ViewState): void;
  /** The agent changed the saved views (create, rename, delete). */
  savedViewsChanged(views: readonly SavedView[]): void;
  /** Storage; defaults to `localStorage`. */
  storage?(): Storage | undefined;
}

interface StoredRecord {
  version: typeof RECORD_VERSION;
  view?: ViewState;
  savedViews: SavedView[];
}

/** Not a lifecycle controller: it has nothing to set up or take down; the host calls it at its update points. */
export class ViewStateController {
  /** The agent's saved views, in the order they were saved. */
  savedViews: readonly SavedView[] = [];
  private loadedKey: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ViewStateControllerOptions,
  ) {}

  /**
   * Before an update: a new persist key loads what is stored under it. `keepCurrent` keeps the view a host set
   * explicitly (the saved views are still loaded).
   */
  load(keepCurrent: boolean): void {
    const key = this.options.persistKey();
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    if (!key) return;
    const record = this.read(key);
    if (!record) return;
    this.savedViews = record.savedViews;
    if (record.view && !keepCurrent) this.options.restore(record.view);
  }

  /** Writes the current view and the saved views under the persist key, if there is one. */
  store(): void {
    const key = this.options.persistKey();
    if (!key || key !== this.loadedKey) return;
    const record: StoredRecord = { version: RECORD_VERSION, view: this.options.current(), savedViews: [...this.savedViews] };
    try {
      this.storage()?.setItem(key, JSON.stringify(record));
    } catch (error) {
      // Full or refused storage: the view still works, it is just not kept.
      console.warn(`customer-list: the view could not be stored under "${key}": ${String(error)}`);
    }
  }

  /** What is wrong with a name for a new view (or for renaming `renaming`), or undefined when it is fine. */
  nameProblem(name: string, renaming?: string): ViewNameProblem | undefined {
    const trimmed = name.trim();
    if (!trimmed) return 'empty';
    if ([...trimmed].length > MAX_VIEW_NAME_LENGTH) return 'too-long';
    if (viewNamed(this.savedViews, trimmed, renaming)) return 'taken';
    return undefined;
  }

  /** Saves the current view under `name` (checked with `nameProblem` first). */
  save(name: string): SavedView {
    const view = { name: name.trim(), state: this.options.current() };
    this.change([...this.savedViews, view]);
    return view;
  }

  rename(from: string, to: string): void {
    this.change(this.savedViews.map((view) => (view.name === from ? { ...view, name: to.trim() } : view)));
  }

  remove(name: string): void {
    this.change(this.savedViews.filter((view) => view.name !== name));
  }

  /** A host sets the saved views (e.g. from its server): no event, stored when there is a persist key. */
  replace(views: readonly SavedView[]): void {
    this.savedViews = views;
    this.store();
  }

  private change(views: SavedView[]): void {
    this.savedViews = views;
    this.store();
    this.options.savedViewsChanged(views);
    this.host.requestUpdate();
  }

  private storage(): Storage | undefined {
    try {
      return this.options.storage ? this.options.storage() : globalThis.localStorage;
    } catch {
      // Some privacy settings throw on the mere access to localStorage.
      return undefined;
    }
  }

  /** The record under `key`, or undefined (nothing stored, or a record ignored with one warning). */
  private read(key: string): StoredRecord | undefined {
    let text: string | null | undefined;
    try {
      text = this.storage()?.getItem(key);
    } catch (error) {
      console.warn(`customer-list: the stored view "${key}" could not be read (${String(error)}); using the default view.`);
      return undefined;
    }
    if (text === null || text === undefined) return undefined;
    const record = parseRecord(text);
    if (typeof record === 'string') {
      console.warn(`customer-list: ignoring the stored view "${key}": ${record}. Using the default view.`);
      return undefined;
    }
    return record;
  }
}

/**
 * The saved view whose name `name` would clash with (names ignore case and surrounding space), other than the
 * one being renamed: a refusal names that view as it is spelled, not as it was typed.
 */
export function viewNamed(views: readonly SavedView[], name: string, renaming?: string): SavedView | undefined {
  const key = name.trim().toLocaleLowerCase();
  return views.find((view) => view.name.toLocaleLowerCase() === key && view.name !== renaming);
}

/** A stored record, or why it is not one this version can use. */
function parseRecord(text: string): StoredRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'it is not JSON';
  }
  if (typeof value !== 'object' || value === null) return 'it is not a view record';
  const { version, view, savedViews } = value as Record<string, unknown>;
  if (version !== RECORD_VERSION) return `its version ${JSON.stringify(version)} is not ${RECORD_VERSION}`;
  const record: StoredRecord = { version: RECORD_VERSION, savedViews: [] };
  if (view !== undefined) {
    const parsed = parseViewState(view);
    if (!parsed.ok) return `its view is malformed (${parsed.reason})`;
    record.view = parsed.state;
  }
  const saved = parseSavedViews(savedViews ?? []);
  if (typeof saved === 'string') return saved;
  record.savedViews = saved;
  return record;
}

/** Saved views from storage or a host, or why they are not usable. */
export function parseSavedViews(value: unknown): SavedView[] | string {
  if (!Array.isArray(value)) return 'its saved views are not a list';
  const views: SavedView[] = [];
  for (const item of value) {
    const { name, state } = (item ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim()) return 'a saved view has no name';
    const parsed = parseViewState(state);
    if (!parsed.ok) return `saved view "${name}" is malformed (${parsed.reason})`;
    views.push({ name, state: parsed.state });
  }
  return views;
}
