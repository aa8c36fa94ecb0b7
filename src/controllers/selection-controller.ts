/**
 * Row selection of the customer grid: one row, a range from the last row toggled (Shift), and "all matching"
 * stored as the query rather than as loaded rows. A selection belongs to the rows of one query: when the
 * search or filters change, it starts again (and says so).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowKey, type CustomerRow, type RowKey } from '../model/customer.js';
import type { CustomerFilter } from '../model/query.js';
import type { Selection } from '../model/selection.js';
import { SelectionModel } from '../model/selection-model.js';

export interface SelectionOptions {
  /** The rows loaded so far, in display order. */
  rows(): readonly CustomerRow[] | undefined;
  /** Rows the current query matches. */
  total(): number;
  /** The current search and filters: what a select-all selects, and what a change of starts a new selection. */
  filter(): CustomerFilter;
  /** The selection changed (by the agent, or because the query did). */
  changed(selection: Selection, count: number): void;
}

export class SelectionController implements ReactiveController {
  private model = new SelectionModel();
  private anchor: number | undefined;
  /** The last `single()` answer and what it was worked out from. */
  private lastSingle: { key: RowKey; rows: readonly CustomerRow[]; length: number; row: CustomerRow | undefined } | undefined;
  private filterKey: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SelectionOptions,
  ) {
    host.addController(this);
    this.filterKey = JSON.stringify(options.filter());
  }

  /** Before each render: a new search or filter drops the selection made on the old one's rows. */
  hostUpdate(): void {
    const key = JSON.stringify(this.options.filter());
    const changed = key !== this.filterKey;
    this.filterKey = key;
    if (changed && (this.model.allMatching || this.model.count(0) > 0)) {
      this.model.clear();
      this.anchor = undefined;
      queueMicrotask(() => this.options.changed(this.selection, 0));
    }
  }

  get selection(): Selection {
    return this.model.toSelection();
  }

  /** Replaces the selection, as a host sets it; no event. */
  set selection(selection: Selection) {
    this.model = SelectionModel.from(selection);
    this.anchor = undefined;
    this.host.requestUpdate();
  }

  get count(): number {
    return this.model.count(this.options.total());
  }

  get allMatching(): boolean {
    return this.model.allMatching;
  }

  isSelected(row: CustomerRow): boolean {
    return this.model.isRowSelected(row);
  }

  /**
   * The one selected loaded row, when exactly one row is picked: what New order needs. The toolbar asks on
   * every render, scroll frames included, so the search of the loaded rows (tens of thousands after a long
   * scroll) is kept until the key or the loaded rows change; rows only ever grow by pages appended.
   */
  single(): CustomerRow | undefined {
    const key = this.model.onlyKey();
    if (key === undefined) return undefined;
    const rows = this.options.rows() ?? [];
    const found = this.lastSingle;
    if (found && found.key === key && found.rows === rows && found.length === rows.length) return found.row;
    const row = rows.find((candidate) => rowKey(candidate) === key);
    this.lastSingle = { key, rows, length: rows.length, row };
    return row;
  }

  /** Toggles row `index`, or with `range` sets every row from the anchor to it as the anchor is. */
  toggleRow(index: number, range: boolean): void {
    const rows = this.options.rows();
    const row = rows?.[index];
    if (!rows || !row) return;
    if (range && this.anchor !== undefined) {
      const selected = this.model.isSelected(rowKey(rows[this.anchor] ?? row));
      const [from, to] = this.anchor < index ? [this.anchor, index] : [index, this.anchor];
      this.model.setRows(rows.slice(from, to + 1), selected);
    } else {
      this.model.toggle(rowKey(row));
      this.anchor = index;
    }
    this.notify();
  }

  /** The header checkbox: everything matching, or nothing when everything already is. */
  toggleAll(): void {
    if (this.model.allMatching && this.count === this.options.total()) this.clear();
    else this.selectAllMatching();
  }

  selectAllMatching(): void {
    this.model.selectAllMatching(this.options.filter());
    this.notify();
  }

  clear(): void {
    this.model.clear();
    this.anchor = undefined;
    this.notify();
  }

  private notify(): void {
    // The model is mutable, so nothing reactive changed: ask for the render.
    this.host.requestUpdate();
    this.options.changed(this.selection, this.count);
  }
}
