/**
 * Every adapter call of <tag-editor>: the load of the partner's tags and the selection's counts (a `@lit/task`
 * that runs again when the adapter or the selection changes), the bulk assignment, and the writes of manage
 * mode and tag creation, which run one at a time (`busy`; manage mode, loaded later, brings its own calls).
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

  /** The adapter, or the `no-adapter` error every element reports the same way. */
  get adapter(): CustomerAdapter {
    return requireAdapter(this.options.adapter());
  }

  /** Saves a bulk change. No abort signal: a write the server may already have applied is seen through. */
  assign(request: AssignTagsRequest): Promise<AssignTagsResult> {
    return this.adapter.assignTags(request);
  }

  /**
   * One write of the partner's tag set (a create here, a rename or delete in manage mode): resolves with its
   * result, or undefined while another write runs.
   */
  async write<T>(call: (adapter: CustomerAdapter) => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    const adapter = this.adapter;
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
