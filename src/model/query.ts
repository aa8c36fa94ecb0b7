/** Search, filter and sort of customer rows, with exactly the REST API's semantics (SPEC §2). */
import { KNOWN_RELATIONSHIPS, type CustomerRow, type Relationship, type RowKey } from './customer.js';
import { tagKey } from './tags.js';

import type { ColumnId, SearchField } from './query-fields.js';

export { COLUMN_IDS, SEARCH_FIELDS, type ColumnId, type SearchField } from './query-fields.js';
export type SortDirection = 'asc' | 'desc';

export interface CustomerSearch {
  field: SearchField;
  text: string;
}

export interface SortSpec {
  column: ColumnId;
  direction: SortDirection;
}

/** Which rows a query matches. Every part is optional; an empty filter matches every row. */
export interface CustomerFilter {
  /** Company name and domain: case-insensitive prefix of the whole value. Microsoft ID: exact match. */
  search?: CustomerSearch;
  /** Rows carrying **every** one of these tags (case-insensitive). */
  tags?: string[];
  relationship?: Relationship;
  /** Rows that came through this indirect reseller. */
  indirectResellerId?: string;
}

/** A filter plus its order: what a page of rows, or a select-all, is defined by. */
export interface CustomerQuery extends CustomerFilter {
  /** Sort keys, most significant first. Without one, rows keep the adapter's natural order. */
  sort?: SortSpec | SortSpec[];
}

/** What a list's search box and filters hold, as <customer-list>'s properties of the same names. */
export interface ListFilters {
  searchField: SearchField;
  searchText: string;
  tagFilter: readonly string[];
  relationshipFilter: string;
  resellerFilter?: { id: string };
}

/** The query a list's search box, filters and sort ask for. Blank search text searches nothing. */
export function listQuery(filters: ListFilters, sort: readonly SortSpec[]): CustomerQuery {
  const query: CustomerQuery = {};
  const text = filters.searchText.trim();
  if (text) query.search = { field: filters.searchField, text };
  if (filters.tagFilter.length) query.tags = [...filters.tagFilter];
  if (filters.relationshipFilter) query.relationship = filters.relationshipFilter;
  if (filters.resellerFilter) query.indirectResellerId = filters.resellerFilter.id;
  if (sort.length) query.sort = [...sort];
  return query;
}

/** Whether a list's search or filters narrow its rows. */
export function hasListFilter(filters: ListFilters): boolean {
  return Boolean(filters.searchText.trim() || filters.tagFilter.length || filters.relationshipFilter || filters.resellerFilter);
}

/** The longest search text a query may carry: longer than any value it searches (a domain has at most 253). */
export const MAX_SEARCH_LENGTH = 256;

/** Whether a search text (trimmed, in code points) is longer than any value it could match. */
export function isSearchTooLong(text: string): boolean {
  return text.length > MAX_SEARCH_LENGTH && [...text.trim()].length > MAX_SEARCH_LENGTH;
}

/** The normalized form both sides of a search are compared in. */
export function searchKey(value: string): string {
  return value.normalize('NFC').toLowerCase();
}

/** How a row's searchable value is read; an adapter may pass a cached one so a keystroke stays cheap. */
export type SearchKeyOf = (row: CustomerRow, field: SearchField) => string;

const defaultSearchKeyOf: SearchKeyOf = (row, field) => searchKey(row[field]);

/**
 * A predicate for the filter, with the search text and tags normalized once rather than per row.
 * Search text is trimmed; an empty text filters nothing out.
 */
export function rowMatcher(filter: CustomerFilter, keyOf: SearchKeyOf = defaultSearchKeyOf): (row: CustomerRow) => boolean {
  const tests: ((row: CustomerRow) => boolean)[] = [];
  const text = filter.search?.text.trim() ?? '';
  if (filter.search && text) {
    const needle = searchKey(text);
    const field = filter.search.field;
    // GUIDs compare case-insensitively; the ID search is exact, not a prefix (REST: GET /customers/{id}).
    tests.push(field === 'id' ? (row) => keyOf(row, 'id') === needle : (row) => keyOf(row, field).startsWith(needle));
  }
  if (filter.tags?.length) {
    const wanted = filter.tags.map(tagKey);
    tests.push((row) => {
      const has = new Set(row.tags.map(tagKey));
      return wanted.every((tag) => has.has(tag));
    });
  }
  if (filter.relationship !== undefined) tests.push((row) => row.relationship === filter.relationship);
  if (filter.indirectResellerId !== undefined) {
    tests.push((row) => row.indirectReseller?.id === filter.indirectResellerId);
  }
  // One test (a search, the common case) is returned as it is; several run in a plain loop. This runs for every
  // row of a search: no closure per row.
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0]!;
  return (row) => {
    for (const test of tests) if (!test(row)) return false;
    return true;
  };
}

export function filterRows<T extends CustomerRow>(rows: readonly T[], filter: CustomerFilter): T[] {
  const matches = rowMatcher(filter);
  return rows.filter(matches);
}

export function sortSpecs(sort: CustomerQuery['sort']): SortSpec[] {
  if (!sort) return [];
  return Array.isArray(sort) ? sort : [sort];
}

function relationshipRank(relationship: Relationship): number {
  const rank = (KNOWN_RELATIONSHIPS as readonly string[]).indexOf(relationship);
  return rank < 0 ? KNOWN_RELATIONSHIPS.length : rank;
}

/** Element by element, then the shorter list first: `["a", "b"]` sorts before `["ab"]`. */
function compareLists(a: readonly string[], b: readonly string[], compare: (x: string, y: string) => number): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compare(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function compareOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A comparator for several sort keys, most significant first: names with locale-aware collation (numeric, so
 * "Contoso 9" sorts before "Contoso 10"), Microsoft IDs in plain character order. Ties fall through to the next key.
 */
export function rowComparator(sort: CustomerQuery['sort'], locale?: string): (a: CustomerRow, b: CustomerRow) => number {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const compareText = (a: string, b: string) => collator.compare(a, b);
  const comparators = sortSpecs(sort).map(({ column, direction }) => {
    const sign = direction === 'desc' ? -1 : 1;
    switch (column) {
      case 'relationship':
        return (a: CustomerRow, b: CustomerRow) =>
          sign * (relationshipRank(a.relationship) - relationshipRank(b.relationship) || compareText(a.relationship, b.relationship));
      case 'tags':
        return (a: CustomerRow, b: CustomerRow) => sign * compareLists(a.tags, b.tags, compareText);
      case 'id':
        // An ID is a code, not a word: plain ascending order of its characters. Locale collation would skip
        // the zeros and hyphens of a GUID as if they were punctuation ("0a0d…" before "00a8…").
        return (a: CustomerRow, b: CustomerRow) => sign * compareOrdinal(a.id.toLowerCase(), b.id.toLowerCase());
      default:
        return (a: CustomerRow, b: CustomerRow) => sign * compareText(a[column], b[column]);
    }
  });
  return (a, b) => {
    for (const compare of comparators) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}

/** A sorted copy. `Array.prototype.sort` is stable, so equal rows keep their input order. */
export function sortRows<T extends CustomerRow>(rows: readonly T[], sort: CustomerQuery['sort'], locale?: string): T[] {
  const copy = [...rows];
  if (sortSpecs(sort).length) copy.sort(rowComparator(sort, locale));
  return copy;
}

/** Filter, then sort: the rows a query selects, in order. */
export function queryRows<T extends CustomerRow>(rows: readonly T[], query: CustomerQuery, locale?: string): T[] {
  return sortRows(filterRows(rows, query), query.sort, locale);
}

export type { RowKey };
