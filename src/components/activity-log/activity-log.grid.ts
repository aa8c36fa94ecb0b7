/**
 * The activity grid as <activity-log> draws it: a header row (the date sorts), windowed rows each with a
 * disclosure button, the one expanded row drawn taller with its details, and the state beside the grid.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { GridRows } from '../../controllers/grid-rows.js';
import { renderSkeleton, renderWindowedGrid, rowPlacement, type WindowedGridContext } from '../../internal/grid-parts.js';
import { renderLoadFailure } from '../../internal/load/load-failure.js';
import { activityColumnLabel, operationLabel } from '../../localization/activity-labels.js';
import type { ActivityRecord } from '../../model/activity.js';
import { ACTIVITY_COLUMN_COUNT, ACTIVITY_COLUMNS, formatOperationDate, renderActivityCell } from './activity-log.columns.js';

export interface ActivityGridContext extends WindowedGridContext<ActivityRecord> {
  /** Newest first unless `asc`. */
  sort: 'desc' | 'asc';
  /** Why the date does not sort the other way, or `undefined` when it does. */
  sortReason?: string | undefined;
  /** The expanded row's index, or -1. */
  expanded: number;
  /** Extra height of the expanded row (its details), in pixels. */
  expandedExtra: number;
  /** Why nothing is asked of the adapter (the agent's role, no records kept, a refused period), if so. */
  blocked: string | undefined;
  onSort(): void;
  /** The agent may sort soon (pointer over the Date header, or focus on it). */
  onSortPrefetch(): void;
  onToggle(index: number): void;
  /** The agent may expand a row soon (pointer over its disclosure button, or focus on it). */
  onDetailsPrefetch(): void;
  /** An expanded row's details panel (ActivityDetails). */
  renderDetails(record: ActivityRecord, id: string, label: string): TemplateResult;
}

export function renderActivityGrid(context: ActivityGridContext): TemplateResult {
  return renderWindowedGrid(context, {
    label: msg('Activity records'),
    columnCount: ACTIVITY_COLUMN_COUNT,
    multiselectable: false,
    header: renderHeader(context),
    row: (rows) => rowRenderer(context, rows),
    state: renderState(context),
  });
}

function renderHeader(context: ActivityGridContext): TemplateResult {
  return html`<div role="rowgroup" class="header" part="header">
    <div role="row" aria-rowindex="1" class="row header-row">
      <div role="columnheader" class="cell header-cell disclosure-cell" aria-colindex="1" data-column="0" tabindex=${context.tabIndex(0, 0)}>
        <span class="visually-hidden">${msg('Details')}</span>
      </div>
      ${ACTIVITY_COLUMNS.map((id, index) => {
        const sortable = id === 'operationDate';
        const reason = sortable ? context.sortReason : undefined;
        return html`<div
          role="columnheader"
          part="header-cell"
          class="cell header-cell ${sortable ? 'sortable' : ''}"
          aria-colindex=${index + 2}
          aria-sort=${sortable ? (context.sort === 'asc' ? 'ascending' : 'descending') : nothing}
          data-column=${index + 1}
          tabindex=${context.tabIndex(0, index + 1)}
          aria-describedby=${reason ? 'date-sort-reason' : nothing}
          @click=${sortable ? context.onSort : nothing}
          @pointerenter=${sortable ? context.onSortPrefetch : nothing}
          @focus=${sortable ? context.onSortPrefetch : nothing}
        >
          <span class="clip" title=${activityColumnLabel(id)}>${activityColumnLabel(id)}</span>
          ${sortable ? html`<span class="sort-indicator" aria-hidden="true">${context.sort === 'asc' ? '▲' : '▼'}</span>` : nothing}
          ${reason ? html`<span id="date-sort-reason" hidden>${reason}</span>` : nothing}
        </div>`;
      })}
    </div>
  </div>`;
}

/** One template for loaded and still-loading rows: cells keep their elements (and focus) while a row loads. */
function rowRenderer(context: ActivityGridContext, rows: GridRows<ActivityRecord>): (index: number) => TemplateResult {
  const { view } = context;
  return (index) => {
    const record = rows.at(index);
    const rowIndex = index + 1;
    const open = record !== undefined && context.expanded === index;
    const detailsId = `details-${index}`;
    const label = record && msg(str`Details of ${operationLabel(record.operationType)}, ${formatOperationDate(record.operationDate)}`);
    const cellTabIndex = (column: number) => context.tabIndex(rowIndex, column);
    return html`<div
      role="row"
      part="row"
      class="row data-row ${record ? '' : 'pending'} ${open ? 'expanded' : ''}"
      aria-rowindex=${index + 2}
      aria-busy=${record ? nothing : 'true'}
      .style=${rowPlacement(view, index)}
    >
      <div role="gridcell" class="cell disclosure-cell" aria-colindex="1" data-column="0" tabindex=${record ? nothing : cellTabIndex(0)}>
        ${record
          ? html`<button
              type="button"
              part="disclosure"
              class="disclosure"
              tabindex=${cellTabIndex(0)}
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${open ? detailsId : nothing}
              aria-label=${label!}
              @click=${() => context.onToggle(index)}
              @pointerenter=${context.onDetailsPrefetch}
              @focus=${context.onDetailsPrefetch}
            ><span aria-hidden="true">${open ? '▾' : '▸'}</span></button>`
          : nothing}
      </div>
      ${ACTIVITY_COLUMNS.map(
        (id, column) => html`<div role="gridcell" part="cell" class="cell ${id}" aria-colindex=${column + 2} data-column=${column + 1} tabindex=${cellTabIndex(column + 1)}>${record
          ? renderActivityCell(id, record)
          : html`<span class="skeleton">${column === 0 ? msg('Loading…') : ''}</span>`}</div>`,
      )}
      ${open
        ? // A row holds only cells: the details are one cell across the row (a region directly in a row is invalid ARIA).
          html`<div role="gridcell" class="details-cell" aria-colindex="1" aria-colspan=${ACTIVITY_COLUMN_COUNT}>${context.renderDetails(record, detailsId, label!)}</div>`
        : nothing}
    </div>`;
  };
}

function renderState(context: ActivityGridContext): TemplateResult | typeof nothing {
  const { rows, error, pending } = context;
  if (context.blocked) return html`<div class="state" part="state" role="status"><p>${context.blocked}</p></div>`;
  if (error !== undefined) return renderLoadFailure({ error, what: msg('The activity records could not be loaded.'), retry: context.onRetry, countdown: context.retryCountdown });
  if (!rows && pending) return renderSkeleton(msg('Loading activity…'));
  if (rows?.error !== undefined) return renderLoadFailure({ error: rows.error, what: msg('Loading more activity records failed.'), retry: context.onRetryPage, partial: true });
  if (!rows || rows.rowCount > 0) return nothing;
  return html`<div class="state" part="state" role="status"><p>${msg('No activity in this period.')}</p></div>`;
}
