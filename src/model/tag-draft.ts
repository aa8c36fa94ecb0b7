/**
 * The tri-state checklist behind a tag editor: for each tag of the partner's set, whether every, none or some
 * of the selected customers carry it, and what the agent changed. Pure data, keyed case-insensitively.
 */
import { tagKey } from './tags.js';

/** `all`: every selected customer carries the tag; `none`: none does; `mixed`: some do. */
export type TagState = 'all' | 'none' | 'mixed';

/** What a save sends: tags to add to every selected customer and tags to remove from every one. */
export interface TagChangeSet {
  add: string[];
  remove: string[];
}

interface DraftEntry {
  tag: string;
  /** Selected customers carrying the tag before any change. */
  count: number;
  initial: TagState;
  state: TagState;
}

/** The state a count stands for, out of `of` customers. */
export function tagStateOf(count: number, of: number): TagState {
  if (count <= 0 || of <= 0) return 'none';
  return count >= of ? 'all' : 'mixed';
}

/**
 * The state after one click. A tag that started mixed cycles mixed → all → none → mixed, so the agent can get
 * back to "leave it as it is"; any other tag toggles between all and none.
 */
export function nextTagState(state: TagState, initial: TagState): TagState {
  if (state === 'mixed') return 'all';
  if (state === 'all') return 'none';
  return initial === 'mixed' ? 'mixed' : 'all';
}

export class TagDraft {
  private readonly entries = new Map<string, DraftEntry>();

  /**
   * @param tags the partner's tag set, in display order
   * @param counts selected customers carrying each tag (missing means 0)
   * @param of selected customers whose tags can change: the denominator of every count
   */
  constructor(tags: readonly string[], counts: Readonly<Record<string, number>> = {}, readonly of = 0) {
    const countByKey = new Map<string, number>();
    for (const [tag, count] of Object.entries(counts)) countByKey.set(tagKey(tag), (countByKey.get(tagKey(tag)) ?? 0) + count);
    for (const tag of tags) {
      // Tags are unique case-insensitively and the first spelling is kept.
      if (this.entries.has(tagKey(tag))) continue;
      const count = countByKey.get(tagKey(tag)) ?? 0;
      const initial = tagStateOf(count, of);
      this.entries.set(tagKey(tag), { tag, count, initial, state: initial });
    }
  }

  /** The tags, in the order given. */
  get tags(): string[] {
    return [...this.entries.values()].map((entry) => entry.tag);
  }

  has(tag: string): boolean {
    return this.entries.has(tagKey(tag));
  }

  /** The stored spelling of a tag, matched case-insensitively. */
  spelling(tag: string): string | undefined {
    return this.entries.get(tagKey(tag))?.tag;
  }

  state(tag: string): TagState {
    return this.entry(tag).state;
  }

  initialState(tag: string): TagState {
    return this.entry(tag).initial;
  }

  /** Selected customers carrying the tag before any change. */
  count(tag: string): number {
    return this.entry(tag).count;
  }

  /** Customers that will carry the tag after a save, as far as the draft knows. */
  projectedCount(tag: string): number {
    const entry = this.entry(tag);
    if (entry.state === 'mixed') return entry.count;
    return entry.state === 'all' ? this.of : 0;
  }

  changed(tag: string): boolean {
    const entry = this.entry(tag);
    return entry.state !== entry.initial;
  }

  get dirty(): boolean {
    for (const entry of this.entries.values()) if (entry.state !== entry.initial) return true;
    return false;
  }

  /** Whether the next click on a tag checks it for every selected customer. */
  checksOn(tag: string): boolean {
    const entry = this.entry(tag);
    return nextTagState(entry.state, entry.initial) === 'all';
  }

  /** One click on a tag; returns its new state. */
  cycle(tag: string): TagState {
    const entry = this.entry(tag);
    entry.state = nextTagState(entry.state, entry.initial);
    return entry.state;
  }

  set(tag: string, state: TagState): void {
    const entry = this.entry(tag);
    // Mixed means "leave as it is": only a tag that started mixed can return to it.
    entry.state = state === 'mixed' && entry.initial !== 'mixed' ? entry.initial : state;
  }

  /** The changes a save sends: only tags whose state moved to all or none. */
  changes(): TagChangeSet {
    const add: string[] = [];
    const remove: string[] = [];
    for (const entry of this.entries.values()) {
      if (entry.state === entry.initial) continue;
      if (entry.state === 'all') add.push(entry.tag);
      else if (entry.state === 'none') remove.push(entry.tag);
    }
    return { add, remove };
  }

  /** Tags every selected customer will carry: the checked ones. */
  checked(): string[] {
    return [...this.entries.values()].filter((entry) => entry.state === 'all').map((entry) => entry.tag);
  }

  /** Tags no selected customer carries now that will be added to all of them: each adds one tag per customer. */
  addedToEveryone(): number {
    let added = 0;
    for (const entry of this.entries.values()) if (entry.state === 'all' && entry.count === 0) added++;
    return added;
  }

  /** Tags moving to none: each takes at most one tag off a customer, and off the ones that carry it, exactly one. */
  removedCount(): number {
    let removed = 0;
    for (const entry of this.entries.values()) if (entry.state === 'none' && entry.initial !== 'none') removed++;
    return removed;
  }

  /** Forgets every change. */
  reset(): void {
    for (const entry of this.entries.values()) entry.state = entry.initial;
  }

  /** A tag new to the partner's set: no customer carries it yet. */
  addTag(tag: string, state: TagState = 'none'): void {
    if (this.entries.has(tagKey(tag))) throw new RangeError(`Tag ${JSON.stringify(tag)} is already in the draft`);
    this.entries.set(tagKey(tag), { tag, count: 0, initial: 'none', state: state === 'mixed' ? 'none' : state });
  }

  /** The tag was renamed in the partner's set: its counts and any pending change follow it. */
  renameTag(from: string, to: string): void {
    const entry = this.entries.get(tagKey(from));
    if (!entry) return;
    const clash = this.entries.get(tagKey(to));
    if (clash && clash !== entry) throw new RangeError(`Cannot rename ${JSON.stringify(from)} onto the existing tag ${JSON.stringify(clash.tag)}`);
    const renamed = new Map<string, DraftEntry>();
    for (const [key, other] of this.entries) {
      if (other === entry) renamed.set(tagKey(to), { ...entry, tag: to });
      else renamed.set(key, other);
    }
    this.entries.clear();
    for (const [key, other] of renamed) this.entries.set(key, other);
  }

  removeTag(tag: string): void {
    this.entries.delete(tagKey(tag));
  }

  private entry(tag: string): DraftEntry {
    const entry = this.entries.get(tagKey(tag));
    if (!entry) throw new RangeError(`Unknown tag ${JSON.stringify(tag)}`);
    return entry;
  }
}
