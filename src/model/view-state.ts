/**
 * A view of the customer list: how its columns are arranged (`columnOrder`, `columnVisibility` and
 * `columnSizing`), its sort, its search and its filters. Plain JSON, versioned, so it can be stored, put
 * in a URL and compared. Parsing never throws: a value that is not a view of this version is refused with a
 * reason, and a view with unknown columns or out-of-range widths is normalized rather than refused.
 */
import { COLUMN_IDS, SEARCH_FIELDS, type ColumnId, type SearchField, type SortSpec } from './query.js';

export const VIEW_STATE_VERSION = 1;

/** The narrowest and widest a column can be made, in CSS pixels. */
export const MIN_COLUMN_WIDTH = 72;
export const MAX_COLUMN_WIDTH = 960;

/** The one column that can never be hidden: it names the row and holds its link. */
export const ALWAYS_SHOWN: ColumnId = 'companyName';

export interface ViewState {
  version: typeof VIEW_STATE_VERSION;
  /** Every data column, in display order. */
  columnOrder: ColumnId[];
  /** `false` hides a column; a missing column is shown. */
  columnVisibility: Partial<Record<ColumnId, boolean>>;
  /** Widths in CSS pixels of the columns the agent resized; the others share the room. */
  columnSizing: Partial<Record<ColumnId, number>>;
  /** Sort keys, most significant first. */
  sort: SortSpec[];
  searchField: SearchField;
  searchText: string;
  /** A relationship, or '' for all. */
  relationship: string;
  tags: string[];
  /** Rows that came through this indirect reseller. */
  reseller?: { id: string; name: string };
}

/** A view saved under a name by the agent. */
export interface SavedView {
  name: string;
  state: ViewState;
}

export function defaultViewState(): ViewState {
  return { version: VIEW_STATE_VERSION, columnOrder: [...COLUMN_IDS], columnVisibility: {}, columnSizing: {}, sort: [], searchField: 'companyName', searchText: '', relationship: '', tags: [] };
}

/** Data columns shown, in display order. */
export function visibleColumns(state: Pick<ViewState, 'columnOrder' | 'columnVisibility'>): ColumnId[] {
  return state.columnOrder.filter((id) => id === ALWAYS_SHOWN || state.columnVisibility[id] !== false);
}

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
}

/** A stable text of a view (keys in one order): equal views give equal keys. */
export function viewStateKey(state: ViewState): string {
  const sized = (record: Partial<Record<ColumnId, unknown>>) => COLUMN_IDS.filter((id) => record[id] !== undefined).map((id) => [id, record[id]]);
  return JSON.stringify([
    state.version,
    state.columnOrder,
    COLUMN_IDS.filter((id) => state.columnVisibility[id] === false),
    sized(state.columnSizing),
    state.sort.map((sort) => [sort.column, sort.direction]),
    state.searchField,
    state.searchText,
    state.relationship,
    state.tags,
    state.reseller ? [state.reseller.id, state.reseller.name] : null,
  ]);
}

export type ParsedView = { ok: true; state: ViewState } | { ok: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isColumn = (value: unknown): value is ColumnId => (COLUMN_IDS as readonly unknown[]).includes(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Checks a value that claims to be a view (from storage, a host, a server) and normalizes it: columns it does
 * not know are dropped, missing ones are added at the end, Company name is shown, widths are clamped.
 */
export function parseViewState(value: unknown): ParsedView {
  if (!isRecord(value)) return { ok: false, reason: 'not an object' };
  if (value.version !== VIEW_STATE_VERSION) return { ok: false, reason: `version ${JSON.stringify(value.version)} is not ${VIEW_STATE_VERSION}` };
  const { columnOrder, columnVisibility, columnSizing, sort, searchField, searchText, relationship, tags, reseller } = value;
  if (!Array.isArray(columnOrder) || !isRecord(columnVisibility) || !isRecord(columnSizing) || !Array.isArray(sort)) return { ok: false, reason: 'columns or sort missing' };
  if (!(SEARCH_FIELDS as readonly unknown[]).includes(searchField) || typeof searchText !== 'string' || typeof relationship !== 'string' || !isStringArray(tags)) {
    return { ok: false, reason: 'search or filters malformed' };
  }
  if (reseller !== undefined && !(isRecord(reseller) && typeof reseller.id === 'string' && typeof reseller.name === 'string')) return { ok: false, reason: 'reseller malformed' };
  const sorts: SortSpec[] = [];
  for (const item of sort) {
    if (!isRecord(item) || !isColumn(item.column) || (item.direction !== 'asc' && item.direction !== 'desc')) return { ok: false, reason: 'sort malformed' };
    if (!sorts.some((other) => other.column === item.column)) sorts.push({ column: item.column, direction: item.direction });
  }
  const state: ViewState = {
    ...defaultViewState(),
    columnOrder: normalizeOrder(columnOrder),
    sort: sorts,
    searchField: searchField as SearchField,
    searchText,
    relationship,
    tags: [...tags],
  };
  for (const id of COLUMN_IDS) {
    if (columnVisibility[id] === false && id !== ALWAYS_SHOWN) state.columnVisibility[id] = false;
    const width = columnSizing[id];
    if (typeof width === 'number' && Number.isFinite(width)) state.columnSizing[id] = clampWidth(width);
  }
  if (reseller) state.reseller = { id: (reseller as { id: string }).id, name: (reseller as { name: string }).name };
  return { ok: true, state };
}

/** Known columns once each, in the given order, then the ones it left out in their default order. */
export function normalizeOrder(order: readonly unknown[]): ColumnId[] {
  const known = order.filter(isColumn).filter((id, index, all) => all.indexOf(id) === index);
  return [...known, ...COLUMN_IDS.filter((id) => !known.includes(id))];
}

/** `order` with column `id` moved by `by` places (clamped to the ends). */
export function moveColumn(order: readonly ColumnId[], id: ColumnId, by: number): ColumnId[] {
  const from = order.indexOf(id);
  if (from < 0) return [...order];
  const to = Math.max(0, Math.min(order.length - 1, from + by));
  const next = order.filter((other) => other !== id);
  next.splice(to, 0, id);
  return next;
}

/** `order` with column `id` placed just before column `before` (or at the end when `before` is undefined). */
export function placeColumn(order: readonly ColumnId[], id: ColumnId, before: ColumnId | undefined): ColumnId[] {
  const next = order.filter((other) => other !== id);
  const at = before === undefined ? next.length : next.indexOf(before);
  next.splice(at < 0 ? next.length : at, 0, id);
  return next;
}

// ---- URL parameters

/**
 * The URL parameters a view is written to. A host keeping the view in its URL removes these before writing a
 * new view, and keeps its own parameters (none of these names is likely to clash; all are lowercase).
 */
export const VIEW_STATE_PARAMS = ['columns', 'hidden', 'widths', 'sort', 'search-by', 'search', 'relationship', 'tag', 'reseller', 'reseller-name'] as const;

/**
 * The parameters of a view, only the parts that differ from the default view (the default view has none), e.g.
 * `columns=companyName,id,primaryDomain,relationship,tags&hidden=tags&widths=companyName:320&sort=companyName:desc&search=con&tag=VIP`.
 * Pass `params` to write into a host's own parameters: the view's ones are replaced, the host's are kept.
 */
export function viewStateToSearchParams(state: ViewState, params = new URLSearchParams()): URLSearchParams {
  for (const name of VIEW_STATE_PARAMS) params.delete(name);
  const defaults = defaultViewState();
  if (state.columnOrder.join() !== defaults.columnOrder.join()) params.set('columns', state.columnOrder.join(','));
  const hidden = COLUMN_IDS.filter((id) => state.columnVisibility[id] === false);
  if (hidden.length) params.set('hidden', hidden.join(','));
  const widths = COLUMN_IDS.filter((id) => state.columnSizing[id] !== undefined).map((id) => `${id}:${state.columnSizing[id]}`);
  if (widths.length) params.set('widths', widths.join(','));
  if (state.sort.length) params.set('sort', state.sort.map((sort) => `${sort.column}:${sort.direction}`).join(','));
  if (state.searchField !== defaults.searchField) params.set('search-by', state.searchField);
  if (state.searchText) params.set('search', state.searchText);
  if (state.relationship) params.set('relationship', state.relationship);
  // One parameter per tag: a tag may contain commas.
  for (const tag of state.tags) params.append('tag', tag);
  if (state.reseller) {
    params.set('reseller', state.reseller.id);
    params.set('reseller-name', state.reseller.name);
  }
  return params;
}

/** Whether any of the view's parameters is present. */
export function hasViewStateParams(params: URLSearchParams): boolean {
  return VIEW_STATE_PARAMS.some((name) => params.has(name));
}

/**
 * The view in URL parameters written by {@link viewStateToSearchParams}. Absent parameters take the default;
 * parts it cannot read (an unknown column, a bad width) are left out rather than failing the whole view.
 */
export function viewStateFromSearchParams(params: URLSearchParams | string): ViewState {
  const query = typeof params === 'string' ? new URLSearchParams(params) : params;
  const list = (name: string) => (query.get(name) ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const pairs = (name: string) => list(name).map((part) => part.split(':') as [string, string?]);
  const field = query.get('search-by');
  const reseller = query.get('reseller');
  const raw = {
    ...defaultViewState(),
    columnOrder: list('columns'),
    columnVisibility: Object.fromEntries(list('hidden').map((id) => [id, false])),
    columnSizing: Object.fromEntries(pairs('widths').map(([id, width]) => [id, Number(width)])),
    sort: pairs('sort')
      .filter(([id, direction]) => isColumn(id) && (direction === 'asc' || direction === 'desc'))
      .map(([column, direction]) => ({ column, direction })),
    searchField: field && (SEARCH_FIELDS as readonly string[]).includes(field) ? field : 'companyName',
    searchText: query.get('search') ?? '',
    relationship: query.get('relationship') ?? '',
    tags: query.getAll('tag').filter(Boolean),
    ...(reseller ? { reseller: { id: reseller, name: query.get('reseller-name') || reseller } } : {}),
  };
  const parsed = parseViewState(raw);
  return parsed.ok ? parsed.state : defaultViewState();
}

/** What a list can show of a view over its source: each part a source can neither do nor have done for it. */
export interface ViewOffer {
  sortable(column: ColumnId): boolean;
  searchable(field: SearchField): boolean;
  tagFilter: boolean;
  relationshipFilter: boolean;
}

/** A part of a view left out because the source cannot show it: a sort key, the search, a filter. */
export type DroppedViewPart = { part: 'sort'; column: ColumnId } | { part: 'search'; field: SearchField } | { part: 'tags' } | { part: 'relationship' };

/**
 * The view as far as the source can show it, and what was left out: a saved view or a URL naming a sort or filter
 * the source cannot honour (and the list cannot do over walked rows) is applied without that part, never refused
 * whole and never drawn as a sort arrow or chip over rows not sorted or filtered that way.
 */
export function fitViewState(state: ViewState, offer: ViewOffer): { state: ViewState; dropped: DroppedViewPart[] } {
  const dropped: DroppedViewPart[] = [];
  const sort = state.sort.filter((spec) => offer.sortable(spec.column) || !dropped.push({ part: 'sort', column: spec.column }));
  const fitted: ViewState = { ...state, sort };
  if (!offer.searchable(state.searchField)) {
    if (state.searchText.trim()) dropped.push({ part: 'search', field: state.searchField });
    fitted.searchField = SEARCH_FIELDS.find((field) => offer.searchable(field)) ?? 'companyName';
    fitted.searchText = '';
  }
  if (!offer.tagFilter && state.tags.length) {
    dropped.push({ part: 'tags' });
    fitted.tags = [];
  }
  if (!offer.relationshipFilter && state.relationship) {
    dropped.push({ part: 'relationship' });
    fitted.relationship = '';
  }
  return { state: fitted, dropped };
}
