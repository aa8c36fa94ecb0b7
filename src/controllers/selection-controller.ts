/**
 * Row selection of the customer grid: one row, a range from the last row toggled (Shift), and "all matching"
 * stored as the query rather than as loaded rows.
 *
 * Rows picked one by one are a set of row keys, as in a spreadsheet or a data grid: a new search or filter does
 * not drop them. Picked rows the new query does not match are simply not drawn; they stay selected, the count
 * still includes them (`notShown` says how many are out of sight), and commands act on all of them. "All
 * matching" is the query itself, so it cannot outlive a change of the query: it is cleared, and `dropped` says so.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GridRows } from './grid-rows.js';
import { rowKey, type CustomerRow, type RowKey } from '../model/customer.js';
import type { CustomerFilter } from '../model/query.js';
import type { Selection } from '../model/selection.js';
import { SelectionModel } from '../model/selection-model.js';

export interface SelectionOptions {
  /** The rows loaded so far (a prefix, or over an offset source the rows fetched around the window). */
  rows(): Pick<GridRows<CustomerRow>, 'at' | 'loaded' | 'loadedCount'> | undefined;
  /** Rows the current query matches; undefined while the source has not counted them (pages still to come). */
  total(): number | undefined;
  /** The current search and filters: what a select-all selects, and what a change of starts a new selection. */
  filter(): CustomerFilter;
  /** The selection changed (by the agent, or because the query did). */
  changed(selection: Selection, count: number): void;
  /** A change of search or filters cleared a selection of all `count` rows the old query matched. */
  dropped(count: number): void;
}

export class SelectionController implements ReactiveController {
  private model = new SelectionModel();
  private anchor: number | undefined;
  /** The last `single()` answer and what it was worked out from. */
  private lastSingle: { key: RowKey; rows: readonly CustomerRow[]; length: number; row: CustomerRow | undefined } | undefined;
  private filterKey: string;
  /**
   * The rows picked one by one, as they were when picked: a picked row the current query hides is not among the
   * loaded rows, yet New order still needs it.
   */
  private picked = new Map<RowKey, CustomerRow>();
  /** Bumped on every change of the selection: cached answers worked out from an older one are stale. */
  private version = 0;
  /** The last count of picked rows found among the loaded rows, and what it was worked out from. */
  private lastShown: { version: number; rows: readonly CustomerRow[]; length: number; shown: number } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SelectionOptions,
  ) {
    host.addController(this);
    this.filterKey = JSON.stringify(options.filter());
  }

  /**
   * Before each render: a new search or filter keeps the rows picked one by one, but a range can no longer be
   * drawn from an anchor among the old rows, and "all matching" was the old query: it is cleared, and said.
   */
  hostUpdate(): void {
    const key = JSON.stringify(this.options.filter());
    if (key === this.filterKey) return;
    this.filterKey = key;
    this.anchor = undefined;
    if (!this.model.allMatching) return;
    // The old query's total: the new query's rows are not in yet.
    const count = this.model.count(this.matching());
    const known = this.options.total() !== undefined;
    this.reset();
    queueMicrotask(() => {
      this.options.changed(this.selection, 0);
      if (count > 0 && known) this.options.dropped(count);
    });
  }

  get selection(): Selection {
    return this.model.toSelection();
  }

  /** Replaces the selection, as a host sets it; no event. */
  set selection(selection: Selection) {
    this.model = SelectionModel.from(selection);
    this.anchor = undefined;
    this.picked.clear();
    this.version++;
    this.host.requestUpdate();
  }

  /**
   * Rows selected. For "all matching" over a total not known yet, the rows loaded so far stand in (a lower
   * bound that keeps commands enabled): `countKnown` is then false and no text may state it as the count.
   */
  get count(): number {
    return this.model.count(this.matching());
  }

  /** Whether `count` is exact: false for "all matching" while the total is unknown. */
  get countKnown(): boolean {
    return !this.model.allMatching || this.options.total() !== undefined;
  }

  /** Rows excluded from "all matching" one by one (0 otherwise). */
  get excluded(): number {
    const selection = this.model.allMatching ? this.model.toSelection() : undefined;
    return selection?.mode === 'all' ? selection.excludedKeys.length : 0;
  }

  get allMatching(): boolean {
    return this.model.allMatching;
  }

  isSelected(row: CustomerRow): boolean {
    return this.model.isRowSelected(row);
  }

  /**
   * The one selected row, when exactly one row is picked: what New order needs. The loaded row is preferred (a
   * rename or tag change since shows on it); a row the current search hides is the one picked. The toolbar asks
   * on every render, scroll frames included, so the search of the loaded rows (tens of thousands after a long
   * scroll) is kept until the key or the loaded rows change; rows only ever grow by pages appended.
   */
  single(): CustomerRow | undefined {
    const key = this.model.onlyKey();
    if (key === undefined) return undefined;
    const rows = this.options.rows()?.loaded() ?? [];
    const found = this.lastSingle;
    if (found && found.key === key && found.rows === rows && found.length === rows.length) return found.row ?? this.picked.get(key);
    const row = rows.find((candidate) => rowKey(candidate) === key);
    this.lastSingle = { key, rows, length: rows.length, row };
    return row ?? this.picked.get(key);
  }

  /**
   * How many rows picked one by one the current query does not show: known once all its rows are loaded (a
   * picked row not among them is hidden by the search or filters, or gone); 0 until then, and for "all matching".
   * Cached like `single()`, since the selection bar asks on every render.
   */
  get notShown(): number {
    const picked = this.model.allMatching ? 0 : this.model.count(0);
    const loaded = this.options.rows();
    const total = this.options.total();
    if (picked === 0 || !loaded || total === undefined || loaded.loadedCount < total) return 0;
    const rows = loaded.loaded();
    let cached = this.lastShown;
    if (!cached || cached.version !== this.version || cached.rows !== rows || cached.length !== rows.length) {
      const shown = rows.reduce((sum, row) => sum + (this.model.isRowSelected(row) ? 1 : 0), 0);
      cached = this.lastShown = { version: this.version, rows, length: rows.length, shown };
    }
    return Math.max(0, picked - cached.shown);
  }

  /** Toggles row `index`, or with `range` sets every row from the anchor to it as the anchor is. */
  toggleRow(index: number, range: boolean): void {
    const rows = this.options.rows();
    const row = rows?.at(index);
    if (!rows || !row) return;
    if (range && this.anchor !== undefined) {
      const selected = this.model.isSelected(rowKey(rows.at(this.anchor) ?? row));
      const [from, to] = this.anchor < index ? [this.anchor, index] : [index, this.anchor];
      // Rows of the range not loaded (far apart over an offset source) cannot be keyed: only loaded ones count.
      const range: CustomerRow[] = [];
      for (let at = from; at <= to; at++) {
        const each = rows.at(at);
        if (each) range.push(each);
      }
      this.model.setRows(range, selected);
      for (const each of range) this.remember(each, selected);
    } else {
      this.remember(row, this.model.toggle(rowKey(row)));
      this.anchor = index;
    }
    this.notify();
  }

  /** The header checkbox: everything matching, or nothing when everything already is. */
  toggleAll(): void {
    if (this.model.allMatching && this.count === this.matching()) this.clear();
    else this.selectAllMatching();
  }

  selectAllMatching(): void {
    this.model.selectAllMatching(this.options.filter());
    this.picked.clear();
    this.notify();
  }

  clear(): void {
    this.reset();
    this.notify();
  }

  /** Rows the query matches, or the loaded ones while the total is unknown. */
  private matching(): number {
    return this.options.total() ?? this.options.rows()?.loadedCount ?? 0;
  }

  private reset(): void {
    this.model.clear();
    this.anchor = undefined;
    this.picked.clear();
    this.version++;
  }

  /** Keeps a row picked one by one (in "all" mode the keys are exclusions: nothing to keep). */
  private remember(row: CustomerRow, selected: boolean): void {
    if (selected && !this.model.allMatching) this.picked.set(rowKey(row), row);
    else this.picked.delete(rowKey(row));
  }

  private notify(): void {
    this.version++;
    // The model is mutable, so nothing reactive changed: ask for the render.
    this.host.requestUpdate();
    this.options.changed(this.selection, this.count);
  }
}
