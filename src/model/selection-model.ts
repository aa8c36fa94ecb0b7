/**
 * The editable state behind a `Selection`: rows picked one by one, or "everything the query matches" minus
 * exclusions. Stored as keys and a query, never as loaded rows, so selecting all of 100 000 matches costs
 * nothing and bulk actions reach rows that were never loaded.
 */
import { rowKey, type CustomerRow, type RowKey } from './customer.js';
import type { CustomerFilter } from './query.js';
import type { Selection } from './selection.js';

export class SelectionModel {
  private mode: 'some' | 'all' = 'some';
  private keys = new Set<RowKey>();
  private query: CustomerFilter = {};

  static from(selection: Selection): SelectionModel {
    const model = new SelectionModel();
    model.mode = selection.mode;
    if (selection.mode === 'some') model.keys = new Set(selection.keys);
    else {
      model.query = selection.query;
      model.keys = new Set(selection.excludedKeys);
    }
    return model;
  }

  get allMatching(): boolean {
    return this.mode === 'all';
  }

  isSelected(key: RowKey): boolean {
    return this.mode === 'all' ? !this.keys.has(key) : this.keys.has(key);
  }

  /** Whether `row` is selected; with no keys held its key is never built (every drawn row asks, each render). */
  isRowSelected(row: Pick<CustomerRow, 'id' | 'relationship'>): boolean {
    return this.keys.size === 0 ? this.mode === 'all' : this.isSelected(rowKey(row));
  }

  /** The one key of a selection of exactly one picked row, else undefined; copies nothing. */
  onlyKey(): RowKey | undefined {
    if (this.mode !== 'some' || this.keys.size !== 1) return undefined;
    for (const key of this.keys) return key;
    return undefined;
  }

  /** Selected rows, given how many rows the current query matches. */
  count(matching: number): number {
    return this.mode === 'all' ? Math.max(0, matching - this.keys.size) : this.keys.size;
  }

  set(key: RowKey, selected: boolean): void {
    // In "all" mode the keys are exclusions, so selecting removes one and deselecting adds one.
    if (selected === (this.mode === 'some')) this.keys.add(key);
    else this.keys.delete(key);
  }

  toggle(key: RowKey): boolean {
    const selected = !this.isSelected(key);
    this.set(key, selected);
    return selected;
  }

  setRows(rows: readonly CustomerRow[], selected: boolean): void {
    for (const row of rows) this.set(rowKey(row), selected);
  }

  selectAllMatching(query: CustomerFilter): void {
    this.mode = 'all';
    this.query = query;
    this.keys = new Set();
  }

  clear(): void {
    this.mode = 'some';
    this.keys = new Set();
    this.query = {};
  }

  /** The selection as adapters and events take it. */
  toSelection(): Selection {
    return this.mode === 'all'
      ? { mode: 'all', query: this.query, excludedKeys: [...this.keys] }
      : { mode: 'some', keys: [...this.keys] };
  }
}
