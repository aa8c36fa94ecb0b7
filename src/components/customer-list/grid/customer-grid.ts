/**
 * The customer grid of <customer-list>: the grid engine's controllers (rows, window, focus, selection) wired to
 * the customer columns and the list adapter call, plus what the grid's keys and checkboxes do. The element
 * keeps its properties, toolbar and commands; this is "columns + an adapter call + a render" on the engine.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { capabilitiesOf } from '../../../adapter/capabilities.js';
import type { CustomerAdapter } from '../../../adapter/customer-adapter.js';
import { FocusKeeper } from '../../../controllers/focus-keeper.js';
import { GridFocusController } from '../../../controllers/grid-focus-controller.js';
import type { GridPosition } from '../../../controllers/grid-navigation.js';
import { RowsController } from '../../../controllers/rows-controller.js';
import { SelectionController } from '../../../controllers/selection-controller.js';
import { WindowController } from '../../../controllers/window-controller.js';
import { missingAdapterError } from '../../../internal/failure.js';
import type { CustomerRow } from '../../../model/customer.js';
import type { ColumnId, CustomerFilter, CustomerQuery, SortSpec } from '../../../model/query.js';
import type { Selection } from '../../../model/selection.js';
import { placeColumn, visibleColumns, type ViewState } from '../../../model/view-state.js';
import { ColumnModel, type ColumnArrangement } from './column-model.js';
import { gridTemplate } from './grid-columns.js';
import { renderGrid } from './customer-grid.template.js';
import { ColumnResizer } from './column-resize.js';
import { ColumnDragger } from './column-drag.js';
import { DefaultTracks } from './column-widths.js';
import { TagFit } from './tag-fit.js';

export interface CustomerGridOptions {
  adapter(): CustomerAdapter | undefined;
  query(): CustomerQuery;
  filter(): CustomerFilter;
  pageSize(): number;
  customerHref(): string;
  tagFilter(): readonly string[];
  /** The search text the no-match message names. */
  searchText(): string;
  filtered(): boolean;
  sortChanged(sort: SortSpec[]): void;
  /** Why a column does not sort (its header then does nothing and says why), or `undefined` when it does. */
  sortReason?(column: ColumnId): string | undefined;
  /** The agent rearranged the columns (a resize, a drag): the view changed. */
  columnsChanged(columns: Partial<ViewState>): void;
  selectionChanged(selection: Selection, count: number): void;
  /** A new search or filter cleared a selection of all `count` customers the old one matched. */
  selectionDropped(count: number): void;
  /** A company name was activated; false when the host stopped the navigation. */
  open(row: CustomerRow, href: string): boolean;
  filterByReseller(row: CustomerRow): void;
  retry(): void;
  clearFilters(): void;
}

export class CustomerGrid {
  /** Column order, hidden columns, widths and the sort keys (the adapter sorts, by these). */
  private readonly model = new ColumnModel((sort) => this.options.sortChanged(sort));
  readonly rows: RowsController<CustomerRow, CustomerAdapter, CustomerQuery>;
  readonly window: WindowController;
  readonly focus: GridFocusController;
  readonly selection: SelectionController;
  readonly resizer: ColumnResizer;
  readonly dragger: ColumnDragger;
  private readonly tagFit: TagFit;
  private readonly defaultTracks: DefaultTracks;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CustomerGridOptions,
  ) {
    const root = () => host.shadowRoot;
    this.defaultTracks = new DefaultTracks(host);
    this.tagFit = new TagFit(host, () => root()?.querySelector<HTMLElement>('.header [data-column-id=tags]'));
    this.rows = new RowsController(host, {
      source: options.adapter,
      query: options.query,
      fetch: (adapter, query, page, signal) => adapter.listCustomers({ ...query, ...page }, signal),
      pageSize: options.pageSize,
      missingSource: missingAdapterError,
      counted: (adapter) => capabilitiesOf(adapter).totals,
      offsetPaging: (adapter) => capabilitiesOf(adapter).offsetPaging,
    });
    this.window = new WindowController(host, {
      viewport: () => root()?.querySelector<HTMLElement>('.viewport'),
      header: () => root()?.querySelector<HTMLElement>('.header'),
      rowCount: () => this.rowCount,
      rowHeightProperty: '--_row-height',
      defaultRowHeight: 40,
      scrolledBack: () => this.rows.cancelLoadToEnd(),
    });
    this.focus = new GridFocusController(host, {
      grid: () => root()?.querySelector<HTMLElement>('[role=grid]'),
      rowCount: () => this.rowCount + 1,
      columnCount: () => this.visibleColumns().length + 1,
      pageRows: () => this.window.pageRows,
      revealRow: (index) => this.window.reveal(index),
      handleKey: (event, position) => this.handleKey(event, position),
      keepFocusOn: '[role=separator]',
      loadToEnd: () => this.rows.loadToEnd(),
      cancelLoadToEnd: () => this.rows.cancelLoadToEnd(),
    });
    // Retry goes with its failure message as the customers load again: focus goes to the grid's tab stop, or
    // while that is the select-all box (disabled with no rows) the first header cell that can take focus; they
    // stay while the rows load. After the grid's own focus controller, which goes first.
    new FocusKeeper(host, {
      destination: () => root()?.querySelector<HTMLElement>('[role=grid] [tabindex="0"]:not(:disabled)') ?? root()?.querySelector<HTMLElement>('[role=grid] [tabindex]:not(:disabled)'),
    });
    this.resizer = new ColumnResizer(host, {
      headerCells: () => [...(root()?.querySelectorAll<HTMLElement>('.header [data-column-id]') ?? [])],
      explicitWidth: (id) => this.columns.columnSizing[id],
      preview: (id, width) => this.setColumns({ columnSizing: withWidth(this.columns.columnSizing, id, width) }),
      commit: (id, width) => options.columnsChanged({ columnSizing: withWidth(this.columns.columnSizing, id, width) }),
      fitWidth: (id) => this.fitWidth(id),
      rtl: () => getComputedStyle(host).direction === 'rtl',
    });
    this.dragger = new ColumnDragger(host, {
      headerCells: () => [...(root()?.querySelectorAll<HTMLElement>('.header [data-column-id]') ?? [])],
      move: (id, before) => options.columnsChanged({ columnOrder: placeColumn(this.columns.columnOrder, id, before) }),
      rtl: () => getComputedStyle(host).direction === 'rtl',
    });
    this.selection = new SelectionController(host, {
      rows: () => this.rows.value,
      total: () => this.rows.totalCount,
      filter: options.filter,
      changed: options.selectionChanged,
      dropped: options.selectionDropped,
    });
  }

  /** The column arrangement (order, visibility, widths): a copy. */
  get columns(): ColumnArrangement {
    return this.model.columns;
  }

  /** Replaces the arrangement; each part left out stays as it is. */
  setColumns(columns: Partial<ViewState>): void {
    this.model.arrange(columns);
    // The grid's one tab stop must stay on a column that is still drawn, or Tab would skip the grid.
    const last = this.visibleColumns().length;
    if (this.focus.active.column > last) this.focus.active = { ...this.focus.active, column: last };
    this.host.requestUpdate();
  }

  /** Sorts by these keys; a change is reported back through `sortChanged`, as an agent's sort is. */
  setSort(sort: readonly SortSpec[]): void {
    this.model.setSort(sort);
  }

  /** Data columns shown, in display order. */
  visibleColumns(): ColumnId[] {
    return this.model.visible();
  }

  /** A header's click, Enter or Space: sorts by its column (Shift: as a further key), if the list offers it. */
  private sortBy(column: ColumnId, event: MouseEvent | KeyboardEvent): void {
    if (this.options.sortReason?.(column) === undefined) this.model.toggleSort(column, event.shiftKey);
  }

  /**
   * The width that shows the widest content drawn in column `id` (its header and the rows in the window): the
   * column is laid out at `max-content` for one synchronous measurement, then put back.
   */
  fitWidth(id: ColumnId): number {
    const grid = this.host.shadowRoot?.querySelector<HTMLElement>('.grid');
    if (!grid) return 0;
    const before = grid.style.getPropertyValue('--_columns');
    grid.style.setProperty('--_columns', gridTemplate(this.visibleColumns(), this.columns.columnSizing, this.defaultTracks.get(), { column: id, track: 'max-content' }));
    const cells = grid.querySelectorAll<HTMLElement>(`.header [data-column-id="${id}"], .data-row:not(.pending) .cell.${id}`);
    const widest = Math.max(0, ...[...cells].map((cell) => cell.getBoundingClientRect().width));
    grid.style.setProperty('--_columns', before);
    return Math.ceil(widest);
  }

  /** Rows drawn: the total, or while it is unknown the loaded rows and a tail of loading ones. */
  get rowCount(): number {
    return this.rows.rowCount;
  }

  /**
   * A new search or filter is loading while the previous query's rows are still drawn: they are shown dimmed
   * as being replaced, and their checkboxes wait (a selection made on rows about to go would not belong to the
   * new query).
   */
  get replacing(): boolean {
    return this.rows.replacing;
  }

  /** After each render: load the window's rows (and, walking by token, up to the focused row if it is further). */
  loadWindow(): void {
    const { start, end } = this.window.current();
    this.rows.ensureWindow(start, end, this.focus.active.row);
  }

  render(): TemplateResult {
    const { rows, focus, selection, window } = this;
    const value = rows.value;
    const error = rows.error;
    const columns = this.columns;
    const visible = visibleColumns(columns);
    return renderGrid({
      rows: value,
      total: this.rowCount,
      matching: rows.totalCount,
      view: window.current(value && !error ? this.rowCount : 0),
      pending: rows.pending,
      replacing: this.replacing,
      error,
      retryCountdown: rows.retryCountdown,
      sortDirection: (id) => this.model.direction(id),
      sortReason: (id) => this.options.sortReason?.(id),
      onHeaderSort: (id, event) => this.sortBy(id, event),
      columns: visible,
      resizeHandle: (id, tabIndex) => this.resizer.render(id, tabIndex),
      drag: this.dragger,
      template: gridTemplate(visible, columns.columnSizing, this.defaultTracks.get()),
      activeRow: focus.active.row,
      tabIndex: (row, column) => focus.tabIndex(row, column),
      isSelected: (row) => selection.isSelected(row),
      selectedCount: selection.count,
      allSelected: selection.allMatching,
      searchText: this.options.searchText(),
      filtered: this.options.filtered(),
      cell: {
        href: (row) => this.options.customerHref().replaceAll('{id}', encodeURIComponent(row.id)).replaceAll('{relationship}', encodeURIComponent(row.relationship)),
        onOpen: (event, row) => {
          if (!this.options.open(row, (event.currentTarget as HTMLAnchorElement).href)) event.preventDefault();
        },
        onFilterReseller: (row) => this.options.filterByReseller(row),
        matchedTags: this.options.tagFilter(),
        splitTags: (tags) => this.tagFit.split(tags),
      },
      onScroll: window.handleScroll,
      onKeydown: focus.handleKeydown,
      onFocusIn: focus.handleFocusIn,
      onFocusOut: focus.handleFocusOut,
      onHeaderCheckbox: (event) => (this.replacing ? event.preventDefault() : selection.toggleAll()),
      onRowCheckbox: (event, index) => this.handleRowCheckbox(event, index),
      onRetry: this.options.retry,
      onRetryPage: () => rows.retryPage(),
      onClearFilters: this.options.clearFilters,
    });
  }

  /**
   * The click is left to the browser (no preventDefault: that would make it restore the box's old state after
   * the render); the render then sets `checked` from the model, which differs only for a Shift range. Rows
   * about to be replaced keep their boxes as they are (the box is aria-disabled and says why).
   */
  private handleRowCheckbox(event: MouseEvent, index: number): void {
    if (this.replacing) return event.preventDefault();
    this.focus.active = { row: index + 1, column: 0 };
    this.selection.toggleRow(index, event.shiftKey);
  }

  /** Space, Enter and Ctrl+A in the grid; the focus controller moves on every other key. */
  private handleKey(event: KeyboardEvent, position: GridPosition): boolean {
    if ((event.key === 'a' || event.key === 'A') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!this.replacing) this.selection.selectAllMatching();
      return true;
    }
    if (event.key !== ' ' && event.key !== 'Enter') return false;
    // Enter on the name link is the link's own: the browser follows it (or customer-open stops it).
    if ((event.target as Element).tagName === 'A' && event.key === 'Enter') return true;
    event.preventDefault();
    if (position.row === 0) {
      if (position.column === 0 && !this.replacing) this.selection.toggleAll();
      else if (position.column > 0) this.sortBy(this.visibleColumns()[position.column - 1]!, event);
    } else if (event.key === 'Enter' && this.visibleColumns()[position.column - 1] === 'companyName') {
      this.focus.target(position)?.click();
    } else if (!this.replacing) {
      this.selection.toggleRow(position.row - 1, event.shiftKey);
    }
    return true;
  }
}

function withWidth(sizing: ViewState['columnSizing'], id: ColumnId, width: number | undefined): ViewState['columnSizing'] {
  const next = { ...sizing };
  if (width === undefined) delete next[id];
  else next[id] = width;
  return next;
}
