import { uniqueTags } from '../../model/tags.js';
import { throwIfAborted } from '../adapter-error.js';
import type { TagAssignment, TagStore } from '../tag-store.js';
import { createTagIn, customersWithTagsIn, deleteTagIn, planAssignment, renameTagIn, tagCollator, type TagBook } from './tag-book.js';

export interface MemoryTagStoreOptions {
  /** The partner's tag set. Default: every tag of `assignments`. */
  tags?: readonly string[];
  /** Tags each customer carries to start with, by Microsoft ID. */
  assignments?: Readonly<Record<string, readonly string[]>>;
}

/**
 * A {@link TagStore} held in memory, for tests, stories and hosts that persist tags themselves: the model's
 * rules apply (50 characters, unique case-insensitively, at most 150 tags per customer), nothing survives a
 * reload. Use `IndexedDbTagStore` for tags that should.
 *
 * @example
 * const adapter = withTagStore(MemoryAdapter.partnerCenterLike({ customers }), new MemoryTagStore({ tags: ['VIP'] }));
 */
export class MemoryTagStore implements TagStore {
  private readonly book: TagBook;

  constructor(options: MemoryTagStoreOptions = {}) {
    const assignments = Object.entries(options.assignments ?? {}).map(([id, tags]) => [id, uniqueTags(tags)] as [string, string[]]);
    this.book = {
      tags: uniqueTags(options.tags ?? assignments.flatMap(([, tags]) => tags)),
      customers: new Map(assignments.filter(([, tags]) => tags.length)),
    };
  }

  async listTags(signal?: AbortSignal): Promise<string[]> {
    throwIfAborted(signal);
    return [...this.book.tags].sort(tagCollator.compare);
  }

  async createTag(name: string, signal?: AbortSignal): Promise<string> {
    throwIfAborted(signal);
    return createTagIn(this.book, name);
  }

  async renameTag(from: string, to: string, signal?: AbortSignal): Promise<string> {
    throwIfAborted(signal);
    return renameTagIn(this.book, from, to).tag;
  }

  async deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }> {
    throwIfAborted(signal);
    return { removedFrom: deleteTagIn(this.book, name).length };
  }

  async tagsOf(customerIds: readonly string[], signal?: AbortSignal): Promise<Map<string, string[]>> {
    throwIfAborted(signal);
    const result = new Map<string, string[]>();
    for (const id of customerIds) {
      const tags = this.book.customers.get(id);
      if (tags) result.set(id, [...tags]);
    }
    return result;
  }

  async customersWithTags(tags: readonly string[], signal?: AbortSignal): Promise<string[]> {
    throwIfAborted(signal);
    return customersWithTagsIn(this.book.customers, tags);
  }

  async assignTags(change: TagAssignment, signal?: AbortSignal): Promise<{ updatedCustomers: number }> {
    throwIfAborted(signal);
    const plan = planAssignment(this.book, change);
    for (const [id, tags] of plan) {
      if (tags.length) this.book.customers.set(id, tags);
      else this.book.customers.delete(id);
    }
    return { updatedCustomers: plan.size };
  }
}
