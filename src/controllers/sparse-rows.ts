/**
 * The rows of one query over a source that starts a page at any row (capabilities `offsetPaging`, with totals):
 * only the rows asked for are fetched, by `offset`, in blocks aligned to the page size, so a jump to row 99 000
 * costs one request instead of a walk through every page before it. A request the window has moved away from is
 * aborted; `pause()` and `dispose()` abort all of them, so a page never lands after its query or element left.
 */
import { isAbortError } from '../adapter/adapter-error.js';
import type { FetchPage, GridRows, RowsPage } from './grid-rows.js';

/** The most rows one request asks for (a source may serve fewer: the REST API caps pages at 500). */
const MAX_REQUEST_ROWS = 2000;

interface Pending {
  end: number;
  controller: AbortController;
}

export class SparseRows<Row> implements GridRows<Row> {
  /** Row `index` at index `index`; holes where nothing is loaded yet. */
  private readonly rows: Row[] = [];
  totalCount: number;
  error: unknown;
  private count = 0;
  /** Requests in flight by their first row. */
  private readonly pending = new Map<number, Pending>();
  private wanted = { start: 0, end: 0 };
  private dense: { count: number; rows: readonly Row[] } | undefined;
  private lastScan = '';
  private paused = false;
  private disposed = false;

  private constructor(
    private readonly fetchPage: FetchPage<Row>,
    /** Rows per block: requests start and end on block boundaries, so neighbouring windows share blocks. */
    private block: number,
    first: RowsPage<Row>,
    private readonly onChange: () => void,
  ) {
    this.totalCount = first.totalCount;
    this.store(0, first.items);
  }

  /** Loads the first page (offset 0); rejects as the adapter does (an AbortError when `signal` aborts). */
  static async load<Row>(fetchPage: FetchPage<Row>, pageSize: number, signal: AbortSignal, onChange: () => void): Promise<SparseRows<Row>> {
    const first = await fetchPage({ pageSize }, signal);
    // A first page shorter than asked with more to come shows the source's largest page: blocks take that size,
    // so a window never needs a request to be asked again for its rest.
    const served = first.continuationToken !== undefined && first.items.length > 0 ? Math.min(pageSize, first.items.length) : pageSize;
    const rows = new SparseRows(fetchPage, Math.max(1, Math.min(served, MAX_REQUEST_ROWS)), first, onChange);
    signal.addEventListener('abort', () => rows.dispose(), { once: true });
    return rows;
  }

  at(index: number): Row | undefined {
    return this.rows[index];
  }

  /** Loaded rows in display order; worked out again only after rows arrived. */
  loaded(): readonly Row[] {
    if (this.dense?.count !== this.count) this.dense = { count: this.count, rows: this.rows.filter(() => true) };
    return this.dense.rows;
  }

  get loadedCount(): number {
    return this.count;
  }

  get totalKnown(): boolean {
    return true;
  }

  get rowCount(): number {
    return this.totalCount;
  }

  get isLoading(): boolean {
    return this.pending.size > 0;
  }

  get walking(): boolean {
    return false;
  }

  /** Fetches the missing rows of `start`..`end` (widened to whole blocks); aborts requests no longer in that range. */
  ensureLoaded(end: number, start = 0): void {
    this.wanted = { start, end };
    if (this.error !== undefined || this.paused || this.disposed) return;
    const from = Math.max(0, Math.floor(start / this.block) * this.block);
    const to = Math.min(this.totalCount, Math.ceil(end / this.block) * this.block);
    // Called after every render, scroll frames included: the same blocks with nothing landed or asked since
    // need no scan (block-aligned, so most frames of a scroll land here).
    const scan = `${from}:${to}:${this.count}:${this.pending.size}`;
    if (scan === this.lastScan) return;
    this.lastScan = scan;
    for (const [first, request] of this.pending) {
      if (request.end > from && first < to) continue;
      request.controller.abort();
      this.pending.delete(first);
    }
    let index = from;
    while (index < to) {
      if (this.rows[index] !== undefined) {
        index++;
        continue;
      }
      const pendingEnd = this.pendingEnd(index);
      if (pendingEnd !== undefined) index = pendingEnd;
      else {
        const runStart = index;
        // One block per request: a source serves a block in one page, and blocks load side by side.
        while (index < to && index - runStart < this.block && this.rows[index] === undefined && this.pendingEnd(index) === undefined) index++;
        this.request(runStart, index);
      }
    }
  }

  retry(end: number, start = 0): void {
    this.error = undefined;
    this.lastScan = '';
    this.ensureLoaded(end, start);
  }

  pause(): void {
    this.paused = true;
    this.abortAll();
  }

  resume(): void {
    if (this.disposed) return;
    this.paused = false;
    this.lastScan = '';
  }

  dispose(): void {
    this.disposed = true;
    this.abortAll();
  }

  private request(start: number, end: number): void {
    const controller = new AbortController();
    this.pending.set(start, { end, controller });
    this.fetchPage({ pageSize: end - start, offset: start }, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        this.pending.delete(start);
        this.store(start, page.items);
        this.totalCount = page.totalCount;
        this.onChange();
        // A source that served fewer rows than asked (a capped page): smaller blocks from now on, and the rest
        // of what is wanted asked at once.
        if (page.items.length > 0 && page.items.length < end - start && start + page.items.length < this.totalCount) {
          this.block = Math.min(this.block, page.items.length);
          this.ensureLoaded(this.wanted.end, this.wanted.start);
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.pending.delete(start);
        if (!isAbortError(error)) this.error = error;
        this.onChange();
      },
    );
  }

  /** The end of the request in flight that covers row `index`, if one does (a handful are in flight at most). */
  private pendingEnd(index: number): number | undefined {
    for (const [first, { end }] of this.pending) if (index >= first && index < end) return end;
    return undefined;
  }

  private store(start: number, items: readonly Row[]): void {
    items.forEach((row, offset) => {
      if (this.rows[start + offset] === undefined) this.count++;
      this.rows[start + offset] = row;
    });
  }

  private abortAll(): void {
    for (const request of this.pending.values()) request.controller.abort();
    this.pending.clear();
  }
}
