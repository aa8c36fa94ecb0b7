/**
 * What a windowed grid reads of its rows, whichever way they load: `PagedRows` walks pages by continuation
 * token (the loaded rows are a prefix), `SparseRows` fetches just the rows asked for at any offset (a source
 * whose capabilities say `offsetPaging`). Grids, selection and the status read only this.
 */

/** One page as every list adapter call answers it. */
export interface RowsPage<Row> {
  items: Row[];
  totalCount: number;
  continuationToken?: string;
}

/**
 * How a page is fetched: the first one with neither, the next ones with the token the last page gave, or (only
 * over a source with offset paging) from any row by `offset`.
 */
export type FetchPage<Row> = (request: { pageSize: number; continuationToken?: string; offset?: number }, signal: AbortSignal) => Promise<RowsPage<Row>>;

export interface GridRows<Row> {
  /** Row `index` of the result, when loaded. */
  at(index: number): Row | undefined;
  /** Every loaded row, in display order (holes left out): what edits made elsewhere patch, and a search for a key. */
  loaded(): readonly Row[];
  /** Rows loaded so far. */
  readonly loadedCount: number;
  /** The query's total, or undefined while the source has not said it (no count, and pages still follow). */
  readonly totalCount: number | undefined;
  /** Whether `totalCount` is the query's total. */
  readonly totalKnown: boolean;
  /** Rows a grid draws: the total when known, else the loaded rows and a bounded tail of rows still loading. */
  readonly rowCount: number;
  /** The failure of the last page request, until `retry()`. */
  readonly error: unknown;
  readonly isLoading: boolean;
  /** Whether a `loadAll()` walk is going on. */
  readonly walking: boolean;
  /** Loads what rows `start` (inclusive) to `end` (exclusive) need; a prefix store loads every row before `end`. */
  ensureLoaded(end: number, start?: number): void;
  /**
   * Walks to the end of a list whose total is unknown; `true` once the last row is loaded, `false` when
   * cancelled or failed. Only a store that can have an unknown total has it.
   */
  loadAll?(): Promise<boolean>;
  cancelLoadAll?(): void;
  /** After a failed page: forget the error and load again what `ensureLoaded` asked. */
  retry(end: number, start?: number): void;
  /** The element left the page: stop what is in flight. */
  pause(): void;
  resume(): void;
  /** The query changed: nothing of this one may load again. */
  dispose(): void;
}
