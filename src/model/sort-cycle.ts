/**
 * What a click on a sortable column header does to the list's sort keys. The list's source sorts (it alone sees
 * every row), so the only sort logic the list needs is this cycle: a plain click makes the column the one key,
 * ascending first, then descending, then no sort; Shift adds the column as a further key, or moves that one key
 * along the same cycle and keeps the others.
 *
 * Why our own: this is the whole of what the list used of a table library's sorting feature (with first
 * direction ascending, removal on the third click and multi-sort on Shift), and that library was most of the
 * list's first load for it.
 */
import type { ColumnId, SortDirection, SortSpec } from './query.js';

/**
 * The sort keys after the agent activates `column`'s header (click, Enter or Space) on a list sorted by `sort`.
 * `multi` (Shift held) adds or cycles one key and keeps the others; without it the column becomes the only key,
 * or, when it was sorted descending, the list is unsorted. A key's place among the others never changes.
 * @example nextSort([], 'companyName', false) // [{ column: 'companyName', direction: 'asc' }]
 */
export function nextSort(sort: readonly SortSpec[], column: ColumnId, multi: boolean): SortSpec[] {
  const current = sortDirection(sort, column);
  // Ascending first; a column sorted descending goes back to unsorted.
  const next: SortDirection | undefined = !current ? 'asc' : current === 'asc' ? 'desc' : undefined;
  if (multi && sort.length) {
    if (!current) return [...sort.map(copy), { column, direction: 'asc' }];
    return next ? sort.map((spec) => (spec.column === column ? { column, direction: next } : copy(spec))) : sort.filter((spec) => spec.column !== column).map(copy);
  }
  return next ? [{ column, direction: next }] : [];
}

/** How `column` is sorted by these keys, or `undefined` when it is not one of them. */
export function sortDirection(sort: readonly SortSpec[], column: ColumnId): SortDirection | undefined {
  return sort.find((spec) => spec.column === column)?.direction;
}

/** Whether two lists of sort keys sort alike (the same columns, directions and significance). */
export function sameSort(a: readonly SortSpec[], b: readonly SortSpec[]): boolean {
  return a.length === b.length && a.every((spec, index) => spec.column === b[index]!.column && spec.direction === b[index]!.direction);
}

const copy = (spec: SortSpec): SortSpec => ({ column: spec.column, direction: spec.direction });
