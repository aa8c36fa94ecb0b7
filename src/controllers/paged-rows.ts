/**
 * The rows of one query, loaded page after page through an adapter call as they are needed. Continuation tokens
 * only go forward, so the loaded rows are always a prefix of the result; `ensureLoaded(n)` walks pages until `n`
 * rows are there (plus a page ahead). Every request carries the current AbortSignal: `dispose()` (the query
 * changed) aborts for good, `pause()` (the element left the page) aborts what is in flight and `resume()` lets
 * loading go on from the last page, so a stale page never lands in a newer list.
 *
 * A source that counts no totals (`counted: false`, Partner Center) answers each page with that page's count:
 * the total is then unknown until the last page (no token) has arrived, and `totalCount` stays undefined rather
 * than state a page as the total. `loadAll()` walks to the end of such a list; `cancelLoadAll()` stops the walk.
 */
import { isAbortError } from '../adapter/adapter-error.js';
import type { FetchPage, GridRows, RowsPage } from './grid-rows.js';

export type { FetchPage, RowsPage } from './grid-rows.js';

/** The largest page asked for when catching up with a jump (a million-row jump stays a few hundred requests). */
const MAX_CATCH_UP_PAGE = 10_000;

/**
 * Skeleton rows drawn after the last loaded row while more pages follow an unknown total: enough to show that
 * the list goes on and to let scrolling reach rows that load, bounded so that no total is implied.
 */
export const UNKNOWN_TAIL_ROWS = 20;

export class PagedRows<Row> implements GridRows<Row> {
  readonly rows: Row[] = [];
  /** The failure of the last page request, until `retry()`. */
  error: unknown;
  private reportedTotal: number;
  private token: string | undefined;
  private loading: Promise<void> | undefined;
  /** Rows wanted: loading goes on until this many are there (Infinity while walking to the end). */
  private target = 0;
  private walk: { promise: Promise<boolean>; resolve: (done: boolean) => void } | undefined;
  private controller = new AbortController();
  private disposed = false;

  private constructor(
    private readonly fetchPage: FetchPage<Row>,
    private readonly pageSize: number,
    first: RowsPage<Row>,
    /** Whether the source's `totalCount` is the query's total (capabilities `totals`). */
    private readonly counted: boolean,
    private readonly onChange: () => void,
  ) {
    this.rows.push(...first.items);
    this.reportedTotal = first.totalCount;
    this.token = first.continuationToken;
  }

  /** Loads the first page; rejects as the adapter does (an AbortError when `signal` aborts). */
  static async load<Row>(fetchPage: FetchPage<Row>, pageSize: number, signal: AbortSignal, onChange: () => void, counted = true): Promise<PagedRows<Row>> {
    const first = await fetchPage({ pageSize }, signal);
    const rows = new PagedRows(fetchPage, pageSize, first, counted, onChange);
    signal.addEventListener('abort', () => rows.dispose(), { once: true });
    return rows;
  }

  at(index: number): Row | undefined {
    return this.rows[index];
  }

  loaded(): readonly Row[] {
    return this.rows;
  }

  get loadedCount(): number {
    return this.rows.length;
  }

  get complete(): boolean {
    return this.token === undefined;
  }

  /** Whether `totalCount` is the query's total: the source counts, or the last page has arrived. */
  get totalKnown(): boolean {
    return this.counted || this.complete;
  }

  /** The query's total, or undefined while the source has not said it (no count, and pages still follow). */
  get totalCount(): number | undefined {
    if (this.counted) return this.reportedTotal;
    return this.complete ? this.rows.length : undefined;
  }

  /** Rows a grid draws: the total when known, else the loaded rows and a bounded tail of rows still loading. */
  get rowCount(): number {
    return this.totalCount ?? this.rows.length + UNKNOWN_TAIL_ROWS;
  }

  get isLoading(): boolean {
    return this.loading !== undefined;
  }

  /** Whether a `loadAll()` walk is going on. */
  get walking(): boolean {
    return this.walk !== undefined;
  }

  /** Fetches pages until at least `count` rows are loaded, or the end, or a failure (tokens go forward only). */
  ensureLoaded(count: number): void {
    this.target = Math.max(this.target, count);
    if (this.loading || this.error !== undefined || this.complete || this.rows.length >= this.target || this.controller.signal.aborted) return;
    const controller = this.controller;
    const loading = this.loadUntil(controller.signal).finally(() => {
      // A pause or a cancelled walk may have started another load since: only this load's own end clears it.
      if (this.loading === loading) this.loading = undefined;
      this.settleWalk();
      this.onChange();
    });
    this.loading = loading;
  }

  /**
   * Walks every page to the end (Ctrl+End over an unknown total). Resolves `true` once the last page is in,
   * `false` when the walk was cancelled, paused or a page failed.
   */
  loadAll(): Promise<boolean> {
    if (this.complete) return Promise.resolve(true);
    if (!this.walk) {
      let resolve!: (done: boolean) => void;
      const promise = new Promise<boolean>((done) => (resolve = done));
      this.walk = { promise, resolve };
    }
    const { promise } = this.walk;
    this.ensureLoaded(Infinity);
    this.settleWalk();
    return promise;
  }

  /** Stops a `loadAll()` walk: the page in flight is aborted and never lands; the window's rows load on demand. */
  cancelLoadAll(): void {
    if (!this.walk) return;
    this.pause();
    this.resume();
    this.finishWalk(false);
  }

  /** After a failed page: forget the error and try again. */
  retry(count: number): void {
    this.error = undefined;
    this.ensureLoaded(count);
  }

  /** The element left the page: stop what is in flight; `resume()` goes on from the last page. */
  pause(): void {
    if (this.disposed) return;
    this.controller.abort();
    this.loading = undefined;
    // What was wanted is asked again after resume(), by the window as it then is.
    this.target = 0;
    this.finishWalk(false);
  }

  resume(): void {
    if (this.disposed || !this.controller.signal.aborted) return;
    this.controller = new AbortController();
  }

  /** The query changed: nothing of this one may load again. */
  dispose(): void {
    this.disposed = true;
    this.controller.abort();
    this.finishWalk(false);
  }

  private async loadUntil(signal: AbortSignal): Promise<void> {
    while (!this.complete && this.rows.length < this.target) {
      // A jump far ahead asks for the whole gap at once; an adapter serves at most what it can (REST: 500).
      const pageSize = Math.min(MAX_CATCH_UP_PAGE, Math.max(this.pageSize, this.target - this.rows.length));
      try {
        const page = await this.fetchPage({ pageSize, continuationToken: this.token! }, signal);
        if (signal.aborted) return;
        this.rows.push(...page.items);
        this.reportedTotal = page.totalCount;
        this.token = page.continuationToken;
        this.onChange();
      } catch (error) {
        if (!isAbortError(error) && !signal.aborted) this.error = error;
        return;
      }
    }
  }

  private settleWalk(): void {
    if (this.complete) this.finishWalk(true);
    else if (this.error !== undefined) this.finishWalk(false);
  }

  private finishWalk(done: boolean): void {
    const walk = this.walk;
    this.walk = undefined;
    walk?.resolve(done);
  }
}
