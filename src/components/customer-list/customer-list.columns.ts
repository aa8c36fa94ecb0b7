/**
 * The list's columns: a table-core column model (ids, accessors, sort state) plus how each cell draws.
 * Values render as text through lit, so markup in names stays inert; `dir="auto"` keeps each value's own
 * direction inside an RTL page, and long values are clipped with the full text in a tooltip.
 */
import { msg, str } from '@lit/localize';
import {
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  constructTable,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  type SortingState,
  type Table,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { html, nothing, type TemplateResult } from 'lit';
import { columnLabel, formatNumber, relationshipLabel } from '../../localization/labels.js';
import { textDirection } from '../../localization/localization.js';
import { tagKey } from '../../model/tags.js';
import type { CustomerRow } from '../../model/customer.js';
import type { ColumnId, SortSpec } from '../../model/query.js';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../../model/view-state.js';
import { revealDirectionControls, userText } from '../../internal/user-text.js';
import { isolate } from '../../internal/isolate.js';

export const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings(), rowSortingFeature, columnVisibilityFeature, columnOrderingFeature, columnSizingFeature });
export type ListTable = Table<typeof features, CustomerRow>;

/** The data columns in their default order; the selection checkbox column comes before them. */
export const DATA_COLUMNS: readonly ColumnId[] = ['id', 'companyName', 'primaryDomain', 'relationship', 'tags'];
/**
 * How a column shares the row's width until the agent gives it one (then it is that many pixels): at least its
 * minimum, and a share of what is left. A name needs room; an ID is fixed-width text.
 */
const DEFAULT_TRACKS: Record<ColumnId, string> = {
  id: 'minmax(19.5rem, 1.1fr)',
  companyName: 'minmax(12rem, 1.4fr)',
  primaryDomain: 'minmax(12rem, 1.3fr)',
  relationship: 'minmax(10rem, 1fr)',
  tags: 'minmax(10rem, 1.2fr)',
};
/** The selection checkbox's column. */
const CHECKBOX_TRACK = '44px';

/** The grid's `grid-template-columns` for these columns (in display order) and widths. */
export function gridTemplate(columns: readonly ColumnId[], widths: Partial<Record<ColumnId, number>>, override?: { column: ColumnId; track: string }): string {
  return [CHECKBOX_TRACK, ...columns.map((id) => (override?.column === id ? override.track : widths[id] !== undefined ? `${widths[id]}px` : DEFAULT_TRACKS[id]))].join(' ');
}
/** Tags shown as chips before the rest is summarized as "+N". */
const VISIBLE_TAGS = 3;

const helper = createColumnHelper<typeof features, CustomerRow>();
const SIZES = { minSize: MIN_COLUMN_WIDTH, maxSize: MAX_COLUMN_WIDTH };

/**
 * A table-core table that owns the sort state (click cycles ascending, descending, none; Shift adds a key).
 * Sorting itself happens in the adapter (`manualSorting`), which alone sees every row.
 */
export function createListTable(onSortingChange: (sorting: SortingState) => void): ListTable {
  const table = constructTable({
    features,
    data: [],
    // Company name names the row and holds its link: it cannot be hidden.
    columns: helper.columns([
      helper.accessor('id', { id: 'id', ...SIZES }),
      helper.accessor('companyName', { id: 'companyName', enableHiding: false, ...SIZES }),
      helper.accessor('primaryDomain', { id: 'primaryDomain', ...SIZES }),
      helper.accessor('relationship', { id: 'relationship', ...SIZES }),
      helper.accessor((row) => row.tags.join(', '), { id: 'tags', ...SIZES }),
    ]),
    initialState: { columnOrder: [...DATA_COLUMNS], columnVisibility: {}, columnSizing: {} },
    manualSorting: true,
    enableMultiSort: true,
    enableSortingRemoval: true,
    sortDescFirst: false,
    isMultiSortEvent: (event) => (event as KeyboardEvent | MouseEvent).shiftKey,
    getRowId: (row) => `${row.id}#${row.relationship}`,
  });
  table.atoms.sorting.subscribe((sorting) => onSortingChange(sorting));
  return table;
}

export function sortSpecsOf(sorting: SortingState): SortSpec[] {
  return sorting.map(({ id, desc }) => ({ column: id as ColumnId, direction: desc ? 'desc' : 'asc' }));
}

export function ariaSort(table: ListTable, column: ColumnId): 'ascending' | 'descending' | 'none' {
  const sorted = table.getColumn(column)?.getIsSorted();
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
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
}

/** One data cell's content. `column` counts from 1 (0 is the checkbox). */
export function renderCell(id: ColumnId, row: CustomerRow, context: CellContext, column: number): TemplateResult {
  switch (id) {
    case 'id':
      return html`<span class="mono clip" title=${row.id}>${row.id}</span>`;
    case 'companyName':
      return html`<a part="link" class="clip" dir="auto" href=${context.href(row)} title=${revealDirectionControls(row.companyName)} tabindex=${context.tabIndex(column)} @click=${(event: MouseEvent) => context.onOpen(event, row)}>${userText(row.companyName)}</a>`;
    case 'primaryDomain':
      return html`<span class="clip" dir="auto" title=${revealDirectionControls(row.primaryDomain)}>${userText(row.primaryDomain)}</span>`;
    case 'relationship':
      return html`<span class="clip" title=${relationshipLabel(row.relationship)}>${relationshipLabel(row.relationship)}</span>${row.indirectReseller
        ? html`<button type="button" class="reseller clip" part="reseller" dir="auto" tabindex="-1" title=${msg(str`Show only customers of ${isolate(row.indirectReseller.name)}`)} @click=${() => context.onFilterReseller(row)}>${userText(row.indirectReseller.name)}</button>`
        : nothing}`;
    case 'tags':
      return renderTags(row.tags, context.matchedTags);
  }
}

/**
 * The first tags as chips, the tags a filter matched on first, then "+N" for the rest. Chips shrink with an
 * ellipsis rather than being cut at the cell's edge, "+N" never shrinks, and every tag is in the tooltip and,
 * for screen readers, in the text.
 */
function renderTags(tags: readonly string[], matched: readonly string[]): TemplateResult {
  const wanted = new Set(matched.map(tagKey));
  const ordered = wanted.size ? [...tags.filter((tag) => wanted.has(tagKey(tag))), ...tags.filter((tag) => !wanted.has(tagKey(tag)))] : tags;
  const shown = ordered.slice(0, VISIBLE_TAGS);
  const rest = ordered.slice(VISIBLE_TAGS);
  return html`<span class="tag-list" title=${revealDirectionControls(ordered.join(', '))}>${shown.map((tag) => html`<span part="tag" class="tag" dir="auto">${userText(tag)}</span>`)}${rest.length
    ? html`<span part="tag more" class="tag more" dir=${textDirection()} aria-hidden="true">+${formatNumber(rest.length)}</span><span class="visually-hidden">${rest.map((tag) => html`<span dir="auto">${userText(tag)}</span>`)}</span>`
    : nothing}</span>`;
}
