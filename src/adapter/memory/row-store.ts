/**
 * The rows of a MemoryAdapter, with the caches that keep a search keystroke cheap at 100 000 rows:
 * lower-cased search keys per row, and each sort order computed once until the data changes.
 */
import { copyRow, rowKey, type CustomerRow } from '../../model/customer.js';
import { rowComparator, rowMatcher, searchKey, sortSpecs, type CustomerFilter, type CustomerQuery, type SearchField } from '../../model/query.js';

/** A stored row with its search keys, computed when it is stored or changed, never per keystroke. */
interface StoredRow extends CustomerRow {
  keys: Record<SearchField, string>;
}

function withKeys(row: CustomerRow): StoredRow {
  const stored = row as StoredRow;
  stored.keys = { companyName: searchKey(row.companyName), primaryDomain: searchKey(row.primaryDomain), id: searchKey(row.id) };
  return stored;
}

/** The last search's result, which a search extending its text can narrow instead of scanning every row. */
interface LastSearch {
  version: number;
  /** Everything of the query but the search text. */
  context: string;
  text: string;
  rows: readonly StoredRow[];
}
import { selectionMatcher, type Selection } from '../../model/selection.js';
import { uniqueTags } from '../../model/tags.js';

export class RowStore {
  /** Bumped on every change; cached orders and paging snapshots from an older version are dropped. */
  version = 0;
  private readonly rows: StoredRow[];
  private readonly byId = new Map<string, StoredRow[]>();
  private sortedCache = new Map<string, StoredRow[]>();
  private lastSearch: LastSearch | undefined;

  constructor(rows: readonly CustomerRow[], private readonly locale?: string) {
    this.rows = rows.map((row) => withKeys(copyRow(row)));
    for (const row of this.rows) {
      const siblings = this.byId.get(row.id);
      if (siblings) siblings.push(row);
      else this.byId.set(row.id, [row]);
    }
    // Tags belong to the customer: rows of one customer share one tag list.
    for (const siblings of this.byId.values()) {
      if (siblings.length > 1) {
        const tags = uniqueTags(siblings.flatMap((row) => row.tags));
        for (const row of siblings) row.tags = [...tags];
      }
    }
  }

  get size(): number {
    return this.rows.length;
  }

  rowsOf(customerId: string): readonly CustomerRow[] {
    return this.byId.get(customerId) ?? [];
  }

  customerIds(): IterableIterator<string> {
    return this.byId.keys();
  }

  /** The rows a query selects, in order. The returned array is shared: never mutate it. */
  query(query: CustomerQuery): readonly CustomerRow[] {
    if (isEmptyFilter(query)) return this.ordered(query.sort);
    const text = query.search?.field === 'id' ? '' : searchKey(query.search?.text.trim() ?? '');
    const context = JSON.stringify({ ...query, search: query.search && { field: query.search.field } });
    const last = this.lastSearch;
    // Typing "cont" after "con": the new matches are among the old ones, in the same order.
    const source = last && last.version === this.version && last.context === context && text.startsWith(last.text) ? last.rows : this.ordered(query.sort);
    const rows = source.filter(rowMatcher(query, keyOf));
    this.lastSearch = text ? { version: this.version, context, text, rows } : undefined;
    return rows;
  }

  /** Distinct customer IDs of the rows a selection covers, in list order. */
  selectedCustomerIds(selection: Selection): string[] {
    const ids = new Set<string>();
    if (selection.mode === 'some') {
      const keys = new Set(selection.keys);
      for (const row of this.rows) if (keys.has(rowKey(row))) ids.add(row.id);
    } else {
      const selected = selectionMatcher(selection);
      for (const row of this.query(selection.query)) if (selected(row)) ids.add(row.id);
    }
    return [...ids];
  }

  /** Applies a change to every row of a customer and invalidates the caches. */
  updateCustomer(customerId: string, change: (row: CustomerRow) => void): void {
    for (const row of this.byId.get(customerId) ?? []) {
      change(row);
      withKeys(row);
    }
    this.changed();
  }

  /** Applies a change to every row; used by tag renames and deletes that touch many customers at once. */
  updateAll(change: (row: CustomerRow) => boolean): number {
    let changedRows = 0;
    for (const row of this.rows) {
      if (!change(row)) continue;
      withKeys(row);
      changedRows++;
    }
    if (changedRows) this.changed();
    return changedRows;
  }

  private changed(): void {
    this.version++;
    this.sortedCache.clear();
  }

  private ordered(sort: CustomerQuery['sort']): readonly StoredRow[] {
    const specs = sortSpecs(sort);
    if (!specs.length) return this.rows;
    const cacheKey = JSON.stringify(specs);
    let sorted = this.sortedCache.get(cacheKey);
    if (!sorted) {
      sorted = [...this.rows].sort(rowComparator(specs, this.locale));
      this.sortedCache.set(cacheKey, sorted);
    }
    return sorted;
  }
}

const keyOf = (row: CustomerRow, field: SearchField): string => (row as StoredRow).keys[field];

function isEmptyFilter(filter: CustomerFilter): boolean {
  return !filter.search?.text.trim() && !filter.tags?.length && filter.relationship === undefined && filter.indirectResellerId === undefined;
}
