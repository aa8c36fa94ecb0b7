/**
 * The list's columns: where each sits in the grid's template, how its header states its sort, and how each cell
 * draws. Values render as text through lit, so markup in names stays inert; `dir="auto"` keeps each value's own
 * direction inside an RTL page, and long values are clipped with the full text in a tooltip.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { columnLabel, formatNumber, relationshipLabel } from '../../../localization/labels.js';
import { textDirection } from '../../../localization/localization.js';
import { tagKey } from '../../../model/tags.js';
import type { CustomerRow } from '../../../model/customer.js';
import type { ColumnId, SortDirection } from '../../../model/query.js';
import { revealDirectionControls, userText } from '../../../internal/user-text.js';
import { isolate } from '../../../internal/isolate.js';
import type { TagSplit } from './tag-fit.js';

/** The selection checkbox's column. */
const CHECKBOX_TRACK = '44px';

/**
 * The grid's `grid-template-columns` for these columns (in display order): the agent's width where there is one
 * (pixels), else the column's default track (see column-widths.ts).
 */
export function gridTemplate(columns: readonly ColumnId[], widths: Partial<Record<ColumnId, number>>, defaults: Record<ColumnId, string>, override?: { column: ColumnId; track: string }): string {
  return [CHECKBOX_TRACK, ...columns.map((id) => (override?.column === id ? override.track : widths[id] !== undefined ? `${widths[id]}px` : defaults[id]))].join(' ');
}

/** A header's `aria-sort` for the way its column is sorted. */
export function ariaSort(direction: SortDirection | undefined): 'ascending' | 'descending' | 'none' {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
}

export function headerLabel(column: ColumnId): string {
  return columnLabel(column);
}

export interface CellContext {
  href: (row: CustomerRow) => string;
  /** -1 unless this cell holds the grid's roving tab stop. */
  tabIndex: (column: number) => number;
  onOpen: (event: MouseEvent, row: CustomerRow) => void;
  onFilterReseller: (row: CustomerRow) => void;
  /** Tags the list is filtered by: shown first in the Tags column. */
  matchedTags: readonly string[];
  /** Which of a row's tags fit the Tags column as whole chips, and which "+N" stands for. */
  splitTags(tags: readonly string[]): TagSplit;
}

/** One data cell as drawn: where it sits and how it takes focus. */
export interface CellPlace {
  /** Counts from 1 (0 is the checkbox). */
  column: number;
  /** The cell's own tabindex: the roving tab stop while the cell itself takes focus, else absent. */
  tabIndex: number | typeof nothing;
  /** What a still-loading row shows in this cell ("Loading…" in the first data column, else nothing). */
  loading: string;
}

/**
 * One data cell, the `role=gridcell` element with its content, for a loaded row or for one still loading
 * (`row` undefined: a skeleton). Each column has one template holding both states, so a cell keeps its
 * elements (and focus) when its row's data arrives, and a row costs one template instance per cell: the rows
 * are most of what the list draws when its data arrives, and each nested instance there is DOM work.
 */
export function renderCell(id: ColumnId, row: CustomerRow | undefined, context: CellContext, place: CellPlace): TemplateResult {
  const { column, tabIndex, loading } = place;
  switch (id) {
    case 'id':
      return html`<div role="gridcell" part="cell" class="cell id" aria-colindex=${column + 1} data-column=${column} tabindex=${tabIndex}><span class=${row ? 'mono clip' : 'skeleton'} dir=${row ? 'ltr' : nothing} title=${row ? row.id : nothing}>${row ? row.id : loading}</span></div>`;
    case 'companyName':
      // The link takes focus itself; a loading row's name cell takes it instead (its tabindex comes in `place`).
      return html`<div role="gridcell" part="cell" class="cell companyName" aria-colindex=${column + 1} data-column=${column} tabindex=${tabIndex}>${row
        ? html`<a part="link" class="clip" dir="auto" href=${context.href(row)} title=${revealDirectionControls(row.companyName)} tabindex=${context.tabIndex(column)} @click=${(event: MouseEvent) => context.onOpen(event, row)}>${userText(row.companyName)}</a>`
        : html`<span class="skeleton">${loading}</span>`}</div>`;
    case 'primaryDomain':
      return html`<div role="gridcell" part="cell" class="cell primaryDomain" aria-colindex=${column + 1} data-column=${column} tabindex=${tabIndex}><span class=${row ? 'clip' : 'skeleton'} dir=${row ? 'auto' : nothing} title=${row ? revealDirectionControls(row.primaryDomain) : nothing}>${row ? userText(row.primaryDomain) : loading}</span></div>`;
    case 'relationship': {
      const label = row ? relationshipLabel(row.relationship) : undefined;
      return html`<div role="gridcell" part="cell" class="cell relationship" aria-colindex=${column + 1} data-column=${column} tabindex=${tabIndex}><span class=${row ? 'clip' : 'skeleton'} dir=${row ? textDirection() : nothing} title=${label ?? nothing}>${label ?? loading}</span>${row?.indirectReseller
        ? html`<button type="button" class="reseller clip" part="reseller" dir="auto" tabindex="-1" title=${msg(str`Show only customers of ${isolate(row.indirectReseller.name)}`)} @click=${() => context.onFilterReseller(row)}>${userText(row.indirectReseller.name)}</button>`
        : nothing}</div>`;
    }
    case 'tags': {
      const tags = row ? tagsInOrder(row.tags, context.matchedTags) : undefined;
      const split = tags && context.splitTags(tags);
      return html`<div role="gridcell" part="cell" class="cell tags" aria-colindex=${column + 1} data-column=${column} tabindex=${tabIndex}><span class=${tags ? 'tag-list' : 'skeleton'} title=${tags ? revealDirectionControls(tags.join(', ')) : nothing}>${split ? renderShownTags(split.shown) : loading}${split?.hidden.length ? renderMoreTags(split.hidden) : nothing}</span></div>`;
    }
  }
}

/**
 * The Tags column: whole chips for the tags that fit (the tags a filter matched on first), then "+N" for the
 * rest, named in its tooltip. Every tag is in the cell's tooltip and, for screen readers, in the text.
 */
function tagsInOrder(tags: readonly string[], matched: readonly string[]): readonly string[] {
  if (!matched.length) return tags;
  const wanted = new Set(matched.map(tagKey));
  return [...tags.filter((tag) => wanted.has(tagKey(tag))), ...tags.filter((tag) => !wanted.has(tagKey(tag)))];
}

function renderShownTags(tags: readonly string[]): TemplateResult[] {
  return tags.map((tag) => html`<span part="tag" class="tag" dir="auto">${userText(tag)}</span>`);
}

function renderMoreTags(rest: readonly string[]): TemplateResult {
  return html`<span part="tag more" class="tag more" dir=${textDirection()} title=${revealDirectionControls(rest.join(', '))} aria-hidden="true">+${formatNumber(rest.length)}</span><span class="visually-hidden">${rest.map((tag) => html`<span dir="auto">${userText(tag)}</span>`)}</span>`;
}
