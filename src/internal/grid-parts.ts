/**
 * Pieces every windowed grid of this library draws the same way: which row indexes to render, the loading
 * skeleton, and the frame of header, rows and state message (the load failure is `load/load-failure.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GridRows } from '../controllers/grid-rows.js';
import type { RowWindow } from '../controllers/windowing.js';

/**
 * The rows to render, as a fixed ring of slots: row `index` always draws in slot `index % capacity`, so a scroll
 * by one row rewrites one slot and creates or removes no element (no DOM work per row, and no node left behind
 * by removed list items, lit/lit#5298). The focused row, scrolled away, keeps its own slot, so its element and
 * focus stay put; the window row it displaces takes the spare last slot. `undefined` marks an empty slot.
 */
export function windowSlots(view: RowWindow, focused: number, rowCount: number): (number | undefined)[] {
  const size = view.capacity;
  if (size === 0) return [];
  const slots: (number | undefined)[] = new Array<number | undefined>(size + 1).fill(undefined);
  for (let index = view.start; index < view.end; index++) slots[index % size] = index;
  if (focused >= 0 && focused < rowCount && (focused < view.start || focused >= view.end)) {
    const home = focused % size;
    slots[size] = slots[home];
    slots[home] = focused;
  }
  return slots;
}

/** The slots' rows, positionally (no keys): each slot keeps its element, only its content changes. */
export function renderSlots(slots: readonly (number | undefined)[], renderRow: (index: number) => TemplateResult): (TemplateResult | typeof nothing)[] {
  return slots.map((index) => (index === undefined ? nothing : renderRow(index)));
}

/**
 * Where data row `index` is drawn, as the inline style of its row: bound as `.style=${rowPlacement(…)}`, the
 * property, never the attribute, which a page's Content-Security-Policy without 'unsafe-inline' refuses.
 */
export function rowPlacement(view: RowWindow, index: number): string {
  return `transform:translateY(${view.rowTop(index)}px)`;
}

/** Placeholder rows while the first page loads, announced once. */
export function renderSkeleton(label: string): TemplateResult {
  return html`<div class="state skeletons" part="state" role="status" aria-live="polite">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: 6 }, () => html`<div class="skeleton-row" aria-hidden="true"><span class="skeleton"></span></div>`)}
  </div>`;
}

export interface GridFrame {
  /** The grid's accessible name. */
  label: string;
  /** Data rows (the header row is added to aria-rowcount). */
  rowCount: number;
  columnCount: number;
  /** The columns' `grid-template-columns` when they can change at run time (else the stylesheet's `--_columns`). */
  template?: string;
  multiselectable: boolean;
  busy: boolean;
  /** The previous query's rows are drawn while a new one loads (dimmed). */
  replacing: boolean;
  /** Height of the rows' scroll space, 0 while there are no rows to draw. */
  bodyHeight: number;
  header: TemplateResult;
  rows: unknown;
  /** A message beside the grid (loading, failure, empty): a grid may only contain rows. */
  state: unknown;
  onScroll(event: Event): void;
  onKeydown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  onFocusOut(event: FocusEvent): void;
}

/** The scroll container, the `role=grid` element with its header and rows, and the state message beside it. */
export function renderGridFrame(frame: GridFrame): TemplateResult {
  return html`<div part="viewport" class="viewport" @scroll=${frame.onScroll}>
    <div
      part="grid"
      class="grid ${frame.replacing ? 'replacing' : ''}"
      .style=${frame.template ? `--_columns:${frame.template}` : ''}
      role="grid"
      aria-label=${frame.label}
      aria-rowcount=${frame.rowCount + 1}
      aria-colcount=${frame.columnCount}
      aria-multiselectable=${frame.multiselectable ? 'true' : nothing}
      aria-busy=${frame.busy ? 'true' : 'false'}
      @keydown=${frame.onKeydown}
      @focusin=${frame.onFocusIn}
      @focusout=${frame.onFocusOut}
    >
      ${frame.header}
      <div role="rowgroup" class="body" .style=${`height:${frame.bodyHeight}px`}>${frame.rows}</div>
    </div>
    ${frame.state}
  </div>`;
}


/** What every windowed grid's render context carries: its rows and window, the load state, focus, listeners. */
export interface WindowedGridContext<Row> {
  rows: GridRows<Row> | undefined;
  /** Data rows drawn: the total, or while it is unknown the loaded rows and a tail of loading ones. */
  total: number;
  view: RowWindow;
  pending: boolean;
  /** The previous query's rows are drawn while a new one loads. */
  replacing: boolean;
  error: unknown;
  retryCountdown: number;
  /** The focused row (0 is the header row). */
  activeRow: number;
  tabIndex(row: number, column: number): number;
  onScroll(event: Event): void;
  onKeydown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  onFocusOut(event: FocusEvent): void;
  onRetry(): void;
  onRetryPage(): void;
}

/** What a grid adds to the frame: its name and columns, its header, how it draws a row, and its state message. */
export interface WindowedGridParts<Row> {
  label: string;
  columnCount: number;
  /** The columns' `grid-template-columns` when they can change at run time (see GridFrame). */
  template?: string;
  multiselectable: boolean;
  header: TemplateResult;
  row(rows: GridRows<Row>): (index: number) => TemplateResult;
  state: unknown;
}

/** A windowed grid: the frame, with the ring of row slots drawn while there are rows and no failure. */
export function renderWindowedGrid<Row>(context: WindowedGridContext<Row>, parts: WindowedGridParts<Row>): TemplateResult {
  const { rows, error, view } = context;
  const shown = rows !== undefined && !error;
  return renderGridFrame({
    label: parts.label,
    rowCount: context.total,
    columnCount: parts.columnCount,
    ...(parts.template ? { template: parts.template } : {}),
    multiselectable: parts.multiselectable,
    busy: context.pending,
    replacing: context.replacing,
    bodyHeight: shown ? view.scrollHeight : 0,
    header: parts.header,
    rows: shown ? renderSlots(windowSlots(view, context.activeRow - 1, context.total), parts.row(rows)) : nothing,
    state: parts.state,
    onScroll: context.onScroll,
    onKeydown: context.onKeydown,
    onFocusIn: context.onFocusIn,
    onFocusOut: context.onFocusOut,
  });
}
