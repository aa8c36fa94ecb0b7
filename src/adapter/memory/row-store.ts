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
  /** The searched field's key of each row, in the same order. */
  keys: readonly string[];
}

/** Rows a search filters, and when known their search keys in the same order. */
interface Candidates {
  rows: readonly StoredRow[];
  keys?: readonly string[];
}
import { selectionMatcher, type Selection } from '../../model/selection.js';
import { uniqueTags } from '../../model/tags.js';

export class RowStore {
  /** Bumped on every change; cached orders and paging snapshots from an older version are dropped. */
  version = 0;
  private readonly rows: StoredRow[];
  private readonly byId = new Map<string, StoredRow[]>();
  /** The same row lists by ID search key (IDs match in any letter case). */
  private readonly byIdKey = new Map<string, StoredRow[]>();
  private sortedCache = new Map<string, StoredRow[]>();
  private lastSearch: LastSearch | undefined;
  private readonly buckets = new Map<PrefixField, { version: number; byChar: Map<string, { rows: StoredRow[]; keys: string[] }> }>();

  constructor(rows: readonly CustomerRow[], private readonly locale?: string) {
    this.rows = [];
    this.append(rows);
  }

  /**
   * Adds rows after the stored ones (copied, as the constructor's are). A row may join a customer already
   * stored, but not repeat one of its relationships: the caller validated the rows among themselves only.
   */
  append(rows: readonly CustomerRow[]): void {
    const joined = new Set<StoredRow[]>();
    for (const source of rows) {
      const row = withKeys(copyRow(source));
      const siblings = this.byId.get(row.id);
      if (!siblings) {
        const own = [row];
        this.byId.set(row.id, own);
        this.byIdKey.set(searchKey(row.id), own);
      } else {
        if (siblings.some((other) => other.relationship === row.relationship)) {
          throw new TypeError(`customer ${row.id} with relationship ${row.relationship} is already stored; a row is identified by id and relationship`);
        }
        siblings.push(row);
        joined.add(siblings);
      }
      this.rows.push(row);
    }
    // Tags belong to the customer: rows of one customer share one tag list.
    for (const siblings of joined) {
      const tags = uniqueTags(siblings.flatMap((row) => row.tags));
      for (const row of siblings) row.tags = [...tags];
    }
    if (rows.length) this.changed();
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
    const search = query.search?.text.trim() ? query.search : undefined;
    // A Microsoft ID search is an exact lookup: its rows, never a scan.
    if (search?.field === 'id') return this.inOrder(this.byIdKey.get(searchKey(search.text.trim())) ?? [], query);
    const field = search?.field as PrefixField | undefined;
    const text = searchKey(search?.text.trim() ?? '');
    const context = JSON.stringify({ ...query, search: query.search && { field: query.search.field } });
    const last = this.lastSearch;
    // Typing "cont" after "con": the new matches are among the old ones, in the same order.
    const narrowing = last && last.version === this.version && last.context === context && text.startsWith(last.text);
    const source: Candidates = narrowing ? last : field && !sortSpecs(query.sort).length ? this.startingWith(field, text) : { rows: this.ordered(query.sort) };
    const others = rowMatcher({ ...query, search: undefined });
    const onlySearch = query.tags === undefined && query.relationship === undefined && query.indirectResellerId === undefined;
    // A one-character search is its bucket, exactly: nothing to filter.
    if (!narrowing && source.keys && onlySearch && firstCharacter(text) === text) {
      this.lastSearch = { version: this.version, context, text, rows: source.rows, keys: source.keys };
      return source.rows;
    }
    const rows: StoredRow[] = [];
    const keys: string[] = [];
    for (let i = 0; i < source.rows.length; i++) {
      const row = source.rows[i]!;
      // The search keys of the candidates sit in one array: reading them there, not through each row object,
      // is what keeps a keystroke over a million rows cheap.
      const key = field ? (source.keys?.[i] ?? row.keys[field]) : '';
      if (field && !hasPrefix(key, text)) continue;
      if (!others(row)) continue;
      rows.push(row);
      if (field) keys.push(key);
    }
    this.lastSearch = text ? { version: this.version, context, text, rows, keys } : undefined;
    return rows;
  }

  /**
   * Rows whose value starts with the first character of `text`, in stored order, with their search keys: the
   * first keystroke of a search reads one bucket instead of scanning a million rows. Built per field on its
   * first search.
   */
  private startingWith(field: PrefixField, text: string): Candidates {
    let buckets = this.buckets.get(field);
    if (!buckets || buckets.version !== this.version) {
      const byChar = new Map<string, { rows: StoredRow[]; keys: string[] }>();
      for (const row of this.rows) {
        const key = row.keys[field];
        const first = firstCharacter(key);
        let bucket = byChar.get(first);
        if (!bucket) byChar.set(first, (bucket = { rows: [], keys: [] }));
        bucket.rows.push(row);
        bucket.keys.push(key);
      }
      this.buckets.set(field, (buckets = { version: this.version, byChar }));
    }
    return buckets.byChar.get(firstCharacter(text)) ?? { rows: [] };
  }

  /** Some rows, filtered and sorted as the query says. */
  private inOrder(candidates: readonly StoredRow[], query: CustomerQuery): readonly CustomerRow[] {
    const rows = candidates.filter(rowMatcher(query, keyOf));
    return sortSpecs(query.sort).length ? rows.sort(rowComparator(query.sort, this.locale)) : rows;
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

type PrefixField = Exclude<SearchField, 'id'>;

/** `key.startsWith(prefix)`, written out: it runs for every candidate row of a keystroke. */
function hasPrefix(key: string, prefix: string): boolean {
  if (key.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (key.charCodeAt(i) !== prefix.charCodeAt(i)) return false;
  return true;
}

/** The first character (a whole code point, so an emoji or an astral letter is one). */
function firstCharacter(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function isEmptyFilter(filter: CustomerFilter): boolean {
  return !filter.search?.text.trim() && !filter.tags?.length && filter.relationship === undefined && filter.indirectResellerId === undefined;
}
