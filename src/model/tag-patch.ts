/**
 * A tag change shown at once on rows already loaded, before (or instead of) reloading them: the optimistic
 * half of a save, with the undo for a failed one. Follows the adapters' rules: tags belong to the customer, so
 * every loaded row of a changed customer changes, and customers without a reseller relationship are skipped.
 */
import { isResellerRelationship, type CustomerRow } from './customer.js';
import { selectionMatcher, type Selection } from './selection.js';
import { applyTagChanges, tagKey } from './tags.js';

export type TagChange =
  | { kind: 'assign'; target: Selection; add: readonly string[]; remove: readonly string[] }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'delete'; tag: string };

/** Changes the rows' `tags` in place and returns a function that puts every changed row back. */
export function patchRowTags(rows: readonly CustomerRow[], change: TagChange): () => void {
  const before = new Map<CustomerRow, string[]>();
  const update = (row: CustomerRow, tags: string[]) => {
    if (!before.has(row)) before.set(row, row.tags);
    row.tags = tags;
  };
  if (change.kind === 'assign') assign(rows, change, update);
  else if (change.kind === 'rename') {
    const key = tagKey(change.from);
    for (const row of rows) if (row.tags.some((tag) => tagKey(tag) === key)) update(row, row.tags.map((tag) => (tagKey(tag) === key ? change.to : tag)));
  } else {
    const key = tagKey(change.tag);
    for (const row of rows) if (row.tags.some((tag) => tagKey(tag) === key)) update(row, row.tags.filter((tag) => tagKey(tag) !== key));
  }
  return () => {
    for (const [row, tags] of before) row.tags = tags;
  };
}

/**
 * A tag filter after a rename or delete of one of its tags (the filter follows the tag), or undefined when the
 * change leaves it as it is.
 */
export function tagFilterAfter(tagFilter: readonly string[], change: TagChange): string[] | undefined {
  if (change.kind === 'assign') return undefined;
  const key = tagKey(change.kind === 'rename' ? change.from : change.tag);
  if (!tagFilter.some((tag) => tagKey(tag) === key)) return undefined;
  return change.kind === 'rename' ? tagFilter.map((tag) => (tagKey(tag) === key ? change.to : tag)) : tagFilter.filter((tag) => tagKey(tag) !== key);
}

function assign(rows: readonly CustomerRow[], change: Extract<TagChange, { kind: 'assign' }>, update: (row: CustomerRow, tags: string[]) => void): void {
  const selected = selectionMatcher(change.target);
  const customers = new Set<string>();
  const resold = new Set<string>();
  for (const row of rows) {
    if (selected(row)) customers.add(row.id);
    if (isResellerRelationship(row.relationship)) resold.add(row.id);
  }
  for (const row of rows) {
    if (!customers.has(row.id) || !resold.has(row.id)) continue;
    const result = applyTagChanges(row.tags, change.add, change.remove);
    // Over the limit the adapter refuses the whole change; the row keeps its tags until then.
    if (result.ok) update(row, result.tags);
  }
}
