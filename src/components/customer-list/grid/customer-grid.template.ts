/**
 * The customer grid as the list draws it: header row with sort and select-all, windowed data rows, and the
 * state under them (loading, failure, no customers, no match). Template functions over a context the element
 * builds each render, so the element's file stays about state and commands.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { GridRows } from '../../../controllers/grid-rows.js';
import { renderSkeleton, renderWindowedGrid, rowPlacement, type WindowedGridContext } from '../../../internal/grid-parts.js';
import { renderLoadFailure } from '../../../internal/load/load-failure.js';
import { formatNumber } from '../../../localization/labels.js';
import { textDirection } from '../../../localization/localization.js';
import type { CustomerRow } from '../../../model/customer.js';
import type { ColumnId, SortDirection } from '../../../model/query.js';
import type { ColumnDragger } from './column-drag.js';
import { ariaSort, headerLabel, renderCell, type CellContext } from './grid-columns.js';

export interface GridContext extends WindowedGridContext<CustomerRow> {
  /** How a column is sorted, or `undefined` when it is not. */
  sortDirection(id: ColumnId): SortDirection | undefined;
  /** Why a column does not sort, or `undefined` when it does. */
  sortReason(id: ColumnId): string | undefined;
  /** The agent activated a header (its click): sorts by that column, with Shift as a further key. */
  onHeaderSort(id: ColumnId, event: MouseEvent): void;
  /** Data columns shown, in display order. */
  columns: readonly ColumnId[];
  /** Their `grid-template-columns`, checkbox column first. */
  template: string;
  /** The resize handle at the end edge of a column's header. */
  resizeHandle(id: ColumnId, tabIndex: number): TemplateResult;
  /** Reordering by dragging a header. */
  drag: ColumnDragger;
  isSelected(row: CustomerRow): boolean;
  /** The query's total, undefined while unknown (a source that counts nothing, pages still to come). */
  matching: number | undefined;
  selectedCount: number;
  allSelected: boolean;
  /** What the no-match message names: the search text, or '' when only filters narrowed the list. */
  searchText: string;
  filtered: boolean;
  cell: Omit<CellContext, 'tabIndex'>;
  onHeaderCheckbox(event: MouseEvent): void;
  onRowCheckbox(event: MouseEvent, index: number): void;
  onClearFilters(): void;
}

export function renderGrid(context: GridContext): TemplateResult {
  return renderWindowedGrid(context, {
    label: msg('Customers'),
    columnCount: context.columns.length + 1,
    template: context.template,
    multiselectable: true,
    header: renderHeader(context),
    row: (rows) => rowRenderer(context, rows),
    state: renderState(context),
  });
}

const WAIT_FOR_UPDATE = () => msg('Wait for the list to update before selecting.');

function renderHeader(context: GridContext): TemplateResult {
  const { total, matching, selectedCount: count, allSelected: all, drag } = context;
  // A label is cut at its own end (the ellipsis after its last letter) in a page of the other direction.
  const dir = textDirection();
  return html`<div role="rowgroup" class="header" part="header">
    <div role="row" aria-rowindex="1" class="row header-row">
      <div role="columnheader" class="cell select-cell" aria-colindex="1" data-column="0">
        <input
          part="checkbox"
          type="checkbox"
          tabindex=${context.tabIndex(0, 0)}
          aria-label=${matching === undefined ? msg('Select all matching customers') : msg(str`Select all ${formatNumber(matching)} matching customers`)}
          .checked=${live(all && count > 0)}
          .indeterminate=${live(count > 0 && !(all && (matching === undefined || count === matching)))}
          ?disabled=${total === 0}
          aria-disabled=${context.replacing ? 'true' : 'false'}
          title=${context.replacing ? WAIT_FOR_UPDATE() : nothing}
          @click=${context.onHeaderCheckbox}
        />
      </div>
      ${context.columns.map((id, index) => {
        const unsortable = context.sortReason(id);
        const sorted = unsortable === undefined ? context.sortDirection(id) : undefined;
        const reasonId = `sort-reason-${id}`;
        return html`<div
          role="columnheader"
          part="header-cell"
          class="cell header-cell ${drag.dragging === id ? 'dragged' : ''}"
          data-column-id=${id}
          data-drop=${drag.dropEdge(id, index, context.columns.length) ?? nothing}
          aria-colindex=${index + 2}
          aria-sort=${ariaSort(sorted)}
          aria-describedby=${unsortable === undefined ? nothing : reasonId}
          title=${unsortable ?? nothing}
          data-column=${index + 1}
          tabindex=${context.tabIndex(0, index + 1)}
          @click=${(event: MouseEvent) => drag.takeClick() && context.onHeaderSort(id, event)}
          @pointerdown=${(event: PointerEvent) => drag.handlePointerDown(event, id)}
          @pointermove=${drag.handlePointerMove}
          @pointerup=${drag.handlePointerUp}
          @lostpointercapture=${drag.handleLostCapture}
        >
          <span class="clip" dir=${dir} title=${unsortable ?? headerLabel(id)}>${headerLabel(id)}</span>
          ${unsortable === undefined ? nothing : html`<span id=${reasonId} hidden>${unsortable}</span>`}
          <span class="sort-indicator" aria-hidden="true">${sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}</span>
          ${context.resizeHandle(id, context.tabIndex(0, index + 1))}
        </div>`;
      })}
    </div>
  </div>`;
}

/** One template for loaded and still-loading rows: cells keep their elements (and focus) while a row loads. */
function rowRenderer(context: GridContext, rows: GridRows<CustomerRow>): (index: number) => TemplateResult {
  const { view, replacing } = context;
  // A loading row says so in its first data column: looked up once per render, not per cell.
  const loading = msg('Loading…');
  return (index) => {
    const row = rows.at(index);
    const selected = row !== undefined && context.isSelected(row);
    const rowIndex = index + 1;
    const cellContext: CellContext = { ...context.cell, tabIndex: (column) => context.tabIndex(rowIndex, column) };
    const cellTabIndex = (column: number, focusable: boolean) => (focusable ? context.tabIndex(rowIndex, column) : nothing);
    return html`<div
      role="row"
      part="row"
      class="row data-row ${row ? '' : 'pending'}"
      aria-rowindex=${index + 2}
      aria-selected=${selected ? 'true' : 'false'}
      aria-busy=${row ? nothing : 'true'}
      ?data-selected=${selected}
      .style=${rowPlacement(view, index)}
    >
      <div role="gridcell" class="cell select-cell" aria-colindex="1" data-column="0" tabindex=${cellTabIndex(0, !row)}>
        ${row
          ? html`<input
              part="checkbox"
              type="checkbox"
              tabindex=${context.tabIndex(rowIndex, 0)}
              aria-label=${msg(str`Select ${row.companyName}`)}
              aria-disabled=${replacing ? 'true' : 'false'}
              title=${replacing ? WAIT_FOR_UPDATE() : nothing}
              .checked=${live(selected)}
              @click=${(event: MouseEvent) => context.onRowCheckbox(event, index)}
            />`
          : nothing}
      </div>
      ${context.columns.map((id, column) =>
        // The name cell's link takes focus itself; a loading row's name cell takes it instead.
        renderCell(id, row, cellContext, { column: column + 1, tabIndex: cellTabIndex(column + 1, id !== 'companyName' || !row), loading: column === 0 ? loading : '' }),
      )}
    </div>`;
  };
}

function renderState(context: GridContext): TemplateResult | typeof nothing {
  const { rows, error, pending } = context;
  if (error !== undefined) return renderLoadFailure({ error, what: msg('The customers could not be loaded.'), retry: context.onRetry, countdown: context.retryCountdown });
  if (!rows && pending) return renderSkeleton(msg('Loading customers…'));
  if (rows?.error !== undefined) return renderLoadFailure({ error: rows.error, what: msg('Loading more customers failed.'), retry: context.onRetryPage, partial: true });
  if (!rows || rows.rowCount > 0) return nothing;
  if (context.filtered) {
    const text = context.searchText;
    return html`<div class="state" part="state" role="status">
      <p>${text ? msg(str`No customers match “${text}”.`) : msg('No customers match these filters.')}</p>
      <button type="button" part="command" class="command" @click=${context.onClearFilters}>${text ? msg('Clear search') : msg('Clear filters')}</button>
    </div>`;
  }
  return html`<div class="state" part="state" role="status"><p>${msg('No customers yet.')}</p></div>`;
}
