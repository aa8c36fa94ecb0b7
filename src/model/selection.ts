/**
 * A selection of rows. A select-all over a search is stored as the query, not as the loaded rows, so bulk
 * actions reach every matching customer even when only a few pages are loaded.
 */
import { rowKey, type CustomerRow, type RowKey } from './customer.js';
import { rowMatcher, type CustomerFilter } from './query.js';

export type Selection =
  | { mode: 'some'; keys: RowKey[] }
  | { mode: 'all'; query: CustomerFilter; excludedKeys: RowKey[] };

export const EMPTY_SELECTION: Selection = Object.freeze({ mode: 'some', keys: [] }) as Selection;

/** A predicate telling whether a row is in the selection. */
export function selectionMatcher(selection: Selection): (row: CustomerRow) => boolean {
  if (selection.mode === 'some') {
    const keys = new Set(selection.keys);
    return (row) => keys.has(rowKey(row));
  }
  const matches = rowMatcher(selection.query);
  const excluded = new Set(selection.excludedKeys);
  return (row) => matches(row) && !excluded.has(rowKey(row));
}

export function isRowSelected(selection: Selection, row: CustomerRow): boolean {
  return selectionMatcher(selection)(row);
}
