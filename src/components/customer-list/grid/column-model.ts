/**
 * The grid's columns as the agent arranged them (order, hidden columns, widths) and its sort keys. It holds them
 * with the invariants a parsed view has (every column once, Company name shown, widths within their bounds), so
 * whatever sets them (a view, the Columns menu, a resize, a drag) the grid draws a valid arrangement.
 */
import { COLUMN_IDS, type ColumnId, type SortDirection, type SortSpec } from '../../../model/query.js';
import { nextSort, sameSort, sortDirection } from '../../../model/sort-cycle.js';
import { ALWAYS_SHOWN, clampWidth, normalizeOrder, visibleColumns, type ViewState } from '../../../model/view-state.js';

export type ColumnArrangement = Pick<ViewState, 'columnOrder' | 'columnVisibility' | 'columnSizing'>;

export class ColumnModel {
  private arrangement: ColumnArrangement = { columnOrder: [...COLUMN_IDS], columnVisibility: {}, columnSizing: {} };
  private keys: SortSpec[] = [];

  /** @param sortChanged Called with the new keys after each change of the sort, whoever made it. */
  constructor(private readonly sortChanged: (sort: SortSpec[]) => void) {}

  /** A copy of the arrangement (the caller may keep or change it). */
  get columns(): ColumnArrangement {
    const { columnOrder, columnVisibility, columnSizing } = this.arrangement;
    return { columnOrder: [...columnOrder], columnVisibility: { ...columnVisibility }, columnSizing: { ...columnSizing } };
  }

  /** Replaces the parts of the arrangement given; each part left out stays as it is. */
  arrange({ columnOrder, columnVisibility, columnSizing }: Partial<ColumnArrangement>): void {
    const next = this.arrangement;
    if (columnOrder) next.columnOrder = normalizeOrder(columnOrder);
    if (columnVisibility) next.columnVisibility = Object.fromEntries(COLUMN_IDS.filter((id) => id !== ALWAYS_SHOWN && columnVisibility[id] === false).map((id) => [id, false]));
    if (columnSizing) {
      next.columnSizing = Object.fromEntries(COLUMN_IDS.filter((id) => Number.isFinite(columnSizing[id])).map((id) => [id, clampWidth(columnSizing[id]!)]));
    }
  }

  /** Data columns shown, in display order. */
  visible(): ColumnId[] {
    return visibleColumns(this.arrangement);
  }

  get sort(): readonly SortSpec[] {
    return this.keys;
  }

  /** Sorts by these keys; reports them through `sortChanged` unless they are the keys already in force. */
  setSort(sort: readonly SortSpec[]): void {
    if (sameSort(sort, this.keys)) return;
    this.keys = sort.map(({ column, direction }) => ({ column, direction }));
    this.sortChanged(this.keys.map(({ column, direction }) => ({ column, direction })));
  }

  /** The agent activated `column`'s header, with Shift (`multi`) or without: see {@link nextSort}. */
  toggleSort(column: ColumnId, multi: boolean): void {
    this.setSort(nextSort(this.keys, column, multi));
  }

  /** How `column` is sorted, or `undefined` when it is not. */
  direction(column: ColumnId): SortDirection | undefined {
    return sortDirection(this.keys, column);
  }
}
