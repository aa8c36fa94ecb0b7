import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { tagKey } from '../../model/tags.js';
import { throwIfAborted } from '../adapter-error.js';
import type { TagAssignment, TagStore } from '../tag-store.js';
import { createTagIn, customersWithTagsIn, deleteTagIn, planAssignment, renameTagIn, tagCollator, type TagBook } from './tag-book.js';

interface TagsSchema extends DBSchema {
  /** The partner's tag set, by `tagKey`, so a name differing only in case is one record. */
  tags: { key: string; value: { key: string; name: string } };
  /** Each customer carrying tags, by Microsoft ID; `keys` indexes the customers of a tag. */
  customers: { key: string; value: { id: string; tags: string[]; keys: string[] }; indexes: { byTag: string } };
}

type Db = IDBPDatabase<TagsSchema>;
type Tx = IDBPTransaction<TagsSchema, ['tags', 'customers'], 'readwrite'>;

export interface IndexedDbTagStoreOptions {
  /** The partner whose tags these are: one database per partner, `customer-list-tags:<partnerId>`. */
  partnerId?: string;
  /** The database's name, instead of the one `partnerId` gives. One of the two is required. */
  databaseName?: string;
}

/**
 * A {@link TagStore} in the browser's IndexedDB, so tags assigned in a page survive a reload (per partner, per
 * browser profile: nothing is shared between browsers). Built on the small `idb` library; import it from
 * `customer-list-elements/adapters.js` or the main entry, so it costs nothing to a page that does not use it.
 *
 * Every change runs in one IndexedDB transaction over the tag set and the customers it touches, so it is applied
 * whole or not at all (a rule broken for one customer changes none). Tabs of one partner share the database:
 * each change reads the state it changes inside its transaction, so two tabs never lose each other's different
 * customers, and when both change the same customer the last write wins. Another tab's change shows on the next
 * read; nothing pushes it to a list already drawn.
 *
 * @example
 * const adapter = withTagStore(partnerCenterAdapter, new IndexedDbTagStore({ partnerId: tenantId }));
 */
export class IndexedDbTagStore implements TagStore {
  readonly databaseName: string;
  private db: Promise<Db> | undefined;

  constructor(options: IndexedDbTagStoreOptions) {
    const name = options.databaseName ?? (options.partnerId === undefined ? undefined : `customer-list-tags:${options.partnerId}`);
    if (!name) throw new TypeError('IndexedDbTagStore needs a partnerId or a databaseName');
    this.databaseName = name;
  }

  /** Closes the database connection; the next call opens it again. */
  async close(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    if (db) (await db).close();
  }

  async listTags(signal?: AbortSignal): Promise<string[]> {
    throwIfAborted(signal);
    const tags = await (await this.open()).getAll('tags');
    return tags.map((tag) => tag.name).sort(tagCollator.compare);
  }

  async createTag(name: string, signal?: AbortSignal): Promise<string> {
    return this.change(signal, async (tx) => {
      const book = await readBook(tx, []);
      const tag = createTagIn(book, name);
      await tx.objectStore('tags').put({ key: tagKey(tag), name: tag });
      return tag;
    });
  }

  async renameTag(from: string, to: string, signal?: AbortSignal): Promise<string> {
    return this.change(signal, async (tx) => {
      const book = await readBook(tx, await carriersOf(tx, from));
      const { tag, changed } = renameTagIn(book, from, to);
      await tx.objectStore('tags').delete(tagKey(from));
      await tx.objectStore('tags').put({ key: tagKey(tag), name: tag });
      await writeCustomers(tx, book, changed);
      return tag;
    });
  }

  async deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }> {
    return this.change(signal, async (tx) => {
      const book = await readBook(tx, await carriersOf(tx, name));
      const changed = deleteTagIn(book, name);
      await tx.objectStore('tags').delete(tagKey(name));
      await writeCustomers(tx, book, changed);
      return { removedFrom: changed.length };
    });
  }

  async tagsOf(customerIds: readonly string[], signal?: AbortSignal): Promise<Map<string, string[]>> {
    throwIfAborted(signal);
    const tx = (await this.open()).transaction('customers');
    const records = await Promise.all(customerIds.map((id) => tx.store.get(id)));
    return new Map(records.flatMap((record) => (record ? [[record.id, record.tags] as [string, string[]]] : [])));
  }

  async customersWithTags(tags: readonly string[], signal?: AbortSignal): Promise<string[]> {
    throwIfAborted(signal);
    const db = await this.open();
    const [first] = tags;
    // The customers of one tag by the index, then the other tags checked on those few records.
    const records = first === undefined ? await db.getAll('customers') : await db.getAllFromIndex('customers', 'byTag', tagKey(first));
    return customersWithTagsIn(records.map((record) => [record.id, record.tags]), tags);
  }

  async assignTags(change: TagAssignment, signal?: AbortSignal): Promise<{ updatedCustomers: number }> {
    return this.change(signal, async (tx) => {
      const book = await readBook(tx, change.customerIds);
      const plan = planAssignment(book, change);
      for (const [id, tags] of plan) book.customers.set(id, tags);
      await writeCustomers(tx, book, [...plan.keys()]);
      return { updatedCustomers: plan.size };
    });
  }

  private open(): Promise<Db> {
    this.db ??= openDB<TagsSchema>(this.databaseName, 1, {
      upgrade(db) {
        db.createObjectStore('tags', { keyPath: 'key' });
        db.createObjectStore('customers', { keyPath: 'id' }).createIndex('byTag', 'keys', { multiEntry: true });
      },
    });
    return this.db;
  }

  /**
   * One change in one transaction. The rules run between reads and writes with no other await, so the
   * transaction stays open; a broken rule throws before anything is written, and the transaction commits empty.
   */
  private async change<T>(signal: AbortSignal | undefined, apply: (tx: Tx) => Promise<T>): Promise<T> {
    throwIfAborted(signal);
    const tx = (await this.open()).transaction(['tags', 'customers'], 'readwrite');
    try {
      const result = await apply(tx);
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished: it wrote nothing, as the rules threw before any write.
      }
      tx.done.catch(() => undefined);
      throw error;
    }
  }
}

/** The customers carrying a tag (by the index), to rename or delete it on them. */
async function carriersOf(tx: Tx, name: string): Promise<string[]> {
  return tx.objectStore('customers').index('byTag').getAllKeys(tagKey(name));
}

/** The tag set and the given customers' tags, as the rules read them. */
async function readBook(tx: Tx, customerIds: readonly string[]): Promise<TagBook> {
  const tags = (await tx.objectStore('tags').getAll()).map((tag) => tag.name);
  const records = await Promise.all([...new Set(customerIds)].map((id) => tx.objectStore('customers').get(id)));
  return { tags, customers: new Map(records.flatMap((record) => (record ? [[record.id, record.tags] as [string, string[]]] : []))) };
}

/** Writes the given customers' tags back: a customer left with none is removed. */
async function writeCustomers(tx: Tx, book: TagBook, ids: readonly string[]): Promise<void> {
  const store = tx.objectStore('customers');
  await Promise.all(
    ids.map((id) => {
      const tags = book.customers.get(id) ?? [];
      return tags.length ? store.put({ id, tags, keys: tags.map(tagKey) }) : store.delete(id);
    }),
  );
}
