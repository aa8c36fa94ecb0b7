/**
 * The tag rules applied to a plain snapshot of a partner's tags: the set and each customer's tags. Every store
 * that keeps its data locally (memory, IndexedDB) reads a snapshot, changes it here and writes it back, so the
 * rules (SPEC §1 "Tags": 50 characters, 150 per customer, unique case-insensitively) live in one place.
 */
import { applyTagChanges, checkTagName, findTag, tagKey } from '../../model/tags.js';
import type { TagAssignment } from '../tag-store.js';
import { tagNotFound, tagRuleError } from './tag-errors.js';

/** A partner's tags: the set in stored spelling, and each customer's tags (customers with none are left out). */
export interface TagBook {
  tags: string[];
  customers: Map<string, string[]>;
}

export const tagCollator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The stored spelling of a tag of the set; `not-found` when it is not in it. */
export function existingTag(book: TagBook, name: string): string {
  const stored = findTag(book.tags, name);
  if (stored === undefined) throw tagNotFound(name);
  return stored;
}

/** Adds a tag to the set; returns its stored spelling. */
export function createTagIn(book: TagBook, name: string): string {
  const check = checkTagName(name, book.tags);
  if (!check.ok) throw tagRuleError(check.error);
  book.tags.push(check.tag);
  return check.tag;
}

/** Renames a tag in the set and on every customer; returns the customers whose tags changed and the new spelling. */
export function renameTagIn(book: TagBook, from: string, to: string): { tag: string; changed: string[] } {
  const stored = existingTag(book, from);
  const check = checkTagName(to, book.tags.filter((other) => other !== stored));
  if (!check.ok) throw tagRuleError(check.error);
  const key = tagKey(stored);
  book.tags = book.tags.map((other) => (other === stored ? check.tag : other));
  const changed: string[] = [];
  for (const [id, tags] of book.customers) {
    const at = tags.findIndex((other) => tagKey(other) === key);
    if (at < 0) continue;
    tags[at] = check.tag;
    changed.push(id);
  }
  return { tag: check.tag, changed };
}

/** Removes a tag from the set and from every customer; returns the customers that carried it. */
export function deleteTagIn(book: TagBook, name: string): string[] {
  const stored = existingTag(book, name);
  const key = tagKey(stored);
  book.tags = book.tags.filter((other) => other !== stored);
  const changed: string[] = [];
  for (const [id, tags] of book.customers) {
    const kept = tags.filter((other) => tagKey(other) !== key);
    if (kept.length === tags.length) continue;
    changed.push(id);
    if (kept.length) book.customers.set(id, kept);
    else book.customers.delete(id);
  }
  return changed;
}

/**
 * The new tags of each customer of a change, every customer checked before any is changed: a change that would
 * give one of them more than 150 tags is refused whole (`too-many`). Adding a tag outside the set is `not-found`.
 */
export function planAssignment(book: TagBook, change: TagAssignment): Map<string, string[]> {
  const add = change.add.map((name) => existingTag(book, name));
  const remove = change.remove.map((name) => findTag(book.tags, name) ?? name);
  const plan = new Map<string, string[]>();
  for (const id of new Set(change.customerIds)) {
    const result = applyTagChanges(book.customers.get(id) ?? [], add, remove);
    if (!result.ok) throw tagRuleError(result.error, `customer ${id}`);
    plan.set(id, result.tags);
  }
  return plan;
}

/** Customers carrying every one of `tags` (by `tagKey`); every customer carrying a tag for an empty list. */
export function customersWithTagsIn(customers: Iterable<[string, readonly string[]]>, tags: readonly string[]): string[] {
  const wanted = [...new Set(tags.map(tagKey))];
  const ids: string[] = [];
  for (const [id, carried] of customers) {
    const keys = new Set(carried.map(tagKey));
    if (keys.size && wanted.every((key) => keys.has(key))) ids.push(id);
  }
  return ids;
}
