/**
 * Every adapter call of <tag-editor>: the load of the partner's tags and the selection's counts (a `@lit/task`
 * that runs again when the adapter or the selection changes), the bulk assignment, and the writes of manage
 * mode and tag creation, which run one at a time (`busy`).
 */
import { Task } from '@lit/task';
import { deepEquals } from '@lit/task/deep-equals.js';
import { loadArgsEqual } from '../../controllers/load-args.js';
import type { ReactiveControllerHost } from 'lit';
import type { AssignTagsRequest, AssignTagsResult, CustomerAdapter, TagCounts } from '../../adapter/customer-adapter.js';
import { requireAdapter } from '../../internal/failure.js';
import type { Selection } from '../../model/selection.js';

export interface LoadedTags {
  tags: string[];
  counts: TagCounts | undefined;
  /** The selection the counts are for; undefined for a picker. */
  selection: Selection | undefined;
}

export interface TagStoreOptions {
  adapter(): CustomerAdapter | undefined;
  /** The customers whose counts are loaded; undefined for a picker, which loads the tag set only. */
  selection(): Selection | undefined;
  /** The tags arrived: the first load, a reload, or the counts of a changed selection. */
  loaded(loaded: LoadedTags): void;
}

type LoadArgs = readonly [CustomerAdapter | undefined, Selection | undefined];

/** Every customer of the partner: what a delete confirmation counts. */
const EVERY_CUSTOMER: Selection = { mode: 'all', query: {}, excludedKeys: [] };

export class TagStore {
  readonly task: Task<LoadArgs, LoadedTags>;
  /** A create, rename or delete is in flight; the next waits for it. */
  busy = false;
  /** The selection the last load that arrived counted (none before the first). */
  private counted?: { selection: Selection | undefined };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TagStoreOptions,
  ) {
    this.task = new Task(host, {
      task: async ([adapter, selection], { signal }) => {
        adapter = requireAdapter(adapter);
        const [tags, counts] = await Promise.all([adapter.listTags(signal), selection ? adapter.countTags(selection, signal) : undefined]);
        return { tags, counts, selection };
      },
      args: (): LoadArgs => [options.adapter(), options.selection()],
      // A swapped adapter always reloads; the selection compares by value, as the list hands over a new object for the same rows.
      argsEqual: loadArgsEqual,
      onComplete: (loaded) => {
        this.counted = { selection: loaded.selection };
        options.loaded(loaded);
      },
    });
  }

  /** Whether `selection` is the one the last load that arrived counted (compared by value). */
  loadedFor(selection: Selection | undefined): boolean {
    return this.counted !== undefined && deepEquals(this.counted.selection, selection);
  }

  /** Loads the tags and counts again. */
  reload(): void {
    void this.task.run();
  }

  /** Saves a bulk change. No abort signal: a write the server may already have applied is seen through. */
  assign(request: AssignTagsRequest): Promise<AssignTagsResult> {
    return requireAdapter(this.options.adapter()).assignTags(request);
  }

  /** Adds a tag to the partner's set; resolves with its stored spelling, or undefined while another write runs. */
  create(name: string): Promise<string | undefined> {
    return this.exclusive((adapter) => adapter.createTag(name));
  }

  /** Renames a tag everywhere; resolves with its stored new spelling, or undefined while another write runs. */
  rename(from: string, to: string): Promise<string | undefined> {
    return this.exclusive((adapter) => adapter.renameTag(from, to));
  }

  /** Deletes a tag everywhere; resolves with how many customers carried it, or undefined while another write runs. */
  delete(tag: string): Promise<{ removedFrom: number } | undefined> {
    return this.exclusive((adapter) => adapter.deleteTag(tag));
  }

  /**
   * Customers carrying a tag, whatever their relationship: a delete reaches customers without a reseller
   * relationship too, and its result counts them (`carriers`, not `byTag`).
   */
  async carriers(tag: string): Promise<number> {
    const counts = await requireAdapter(this.options.adapter()).countTags(EVERY_CUSTOMER);
    return (counts.carriers ?? counts.byTag)[tag] ?? 0;
  }

  private async exclusive<T>(call: (adapter: CustomerAdapter) => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    const adapter = requireAdapter(this.options.adapter());
    this.setBusy(true);
    try {
      return await call(adapter);
    } finally {
      this.setBusy(false);
    }
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.host.requestUpdate();
  }
}
