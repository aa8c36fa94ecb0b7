/**
 * The rows of a grid: the first page through a `@lit/task` (a new query aborts the load in flight, so the last
 * query always wins), the next pages as the window needs them, a throttled first load retried by itself after
 * the server's Retry-After with a countdown, and a failed page retried on request. Setup and teardown are
 * paired: leaving the page pauses loading and the countdown, coming back resumes both.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAdapterError } from '../adapter/adapter-error.js';
import { loadArgsEqual } from './load-args.js';
import type { GridRows, RowsPage } from './grid-rows.js';
import { PagedRows } from './paged-rows.js';
import { SparseRows } from './sparse-rows.js';

export interface RowsControllerOptions<Row, Source, Query> {
  /** Where rows come from (the adapter); undefined makes the load fail with `missingSource()`. */
  source(): Source | undefined;
  /** What to list: plain data, compared by value, so an equal query does not load again. A fresh object each call. */
  query(): Query;
  fetch(source: Source, query: Query, page: { pageSize: number; continuationToken?: string; offset?: number }, signal: AbortSignal): Promise<RowsPage<Row>>;
  pageSize(): number;
  missingSource(): Error;
  /**
   * Whether the source's `totalCount` is the query's total (its capabilities' `totals`). When not, the total
   * is unknown until the last page arrives. Default: it counts.
   */
  counted?(source: Source): boolean;
  /**
   * Whether the source starts a page at any row (its capabilities' `offsetPaging`): with a counted total, the
   * grid then fetches just the rows in view (`SparseRows`) instead of every page before them. Default: no.
   */
  offsetPaging?(source: Source): boolean;
  /** The first load finished (rows or a failure): e.g. the selection follows. */
  loaded?(): void;
}

/** Rows loaded ahead of the last one needed, so scrolling rarely waits for a page. */
const PREFETCH_ROWS = 200;
/** Rows loaded above the window over a sparse store (a prefix store has them all), for scrolling back up. */
const PREFETCH_BEHIND = 50;

/** A walk's progress is said at most this often: a polite live region that changed on every page would chatter. */
const PROGRESS_INTERVAL_MS = 1000;

export class RowsController<Row, Source, Query> implements ReactiveController {
  /** Seconds until a throttled first load retries by itself; 0 when none is waiting. */
  retryCountdown = 0;
  private retryAt = 0;
  private retryTimer: ReturnType<typeof setInterval> | undefined;
  private progress = { rows: 0, at: -Infinity };
  private readonly task: Task<readonly [Source | undefined, Query], GridRows<Row>>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RowsControllerOptions<Row, Source, Query>,
  ) {
    this.task = new Task(host, {
      task: async ([source, query], { signal }) => {
        if (!source) throw options.missingSource();
        const counted = options.counted?.(source) ?? true;
        const fetchPage = (page: { pageSize: number; continuationToken?: string; offset?: number }, pageSignal: AbortSignal) => options.fetch(source, query, page, pageSignal);
        const changed = () => host.requestUpdate();
        // Without a total there is no end to jump to by offset: such a source is walked.
        if (counted && options.offsetPaging?.(source)) return SparseRows.load(fetchPage, options.pageSize(), signal, changed);
        return PagedRows.load(fetchPage, options.pageSize(), signal, changed, counted);
      },
      args: () => [options.source(), options.query()] as const,
      // An equal query does not load again; a swapped source (the adapter property or context) always does.
      argsEqual: loadArgsEqual,
      onError: (error) => this.scheduleThrottledRetry(error),
      onComplete: () => {
        this.cancelThrottledRetry();
        options.loaded?.();
      },
    });
    // Last: a host already connected calls hostConnected() at once, which needs the task.
    host.addController(this);
  }

  hostConnected(): void {
    this.task.value?.resume();
    if (this.retryAt) this.startCountdown();
    // Pages stopped while away: the next update asks for the window's rows again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.task.value?.pause();
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** The rows of the last completed load (kept while a new query loads). */
  get value(): GridRows<Row> | undefined {
    return this.task.value;
  }

  /** The query's total, once known: undefined while loading, and while a source that counts nothing has pages to go. */
  get totalCount(): number | undefined {
    return this.task.value?.totalCount;
  }

  /** Rows loaded so far (0 before the first page). */
  get loadedCount(): number {
    return this.task.value?.loadedCount ?? 0;
  }

  /** Rows the grid draws: the total, or the loaded rows and a tail of loading ones while the total is unknown. */
  get rowCount(): number {
    return this.task.value?.rowCount ?? 0;
  }

  /** The first page is in and the total is not known (a source that counts nothing, pages still to come). */
  get totalUnknown(): boolean {
    const rows = this.task.value;
    return rows !== undefined && !rows.totalKnown;
  }

  /** Whether a walk to the end (`loadToEnd()`) is going on. */
  get walking(): boolean {
    return this.task.value?.walking ?? false;
  }

  /**
   * The rows a walk to the end has loaded, as the status says it: updated at most once a second, so a polite
   * live region is not rewritten on every page. Undefined while no walk goes on.
   */
  get walkProgress(): number | undefined {
    if (!this.walking) return undefined;
    const now = performance.now();
    if (now - this.progress.at >= PROGRESS_INTERVAL_MS) this.progress = { rows: this.loadedCount, at: now };
    return this.progress.rows;
  }

  /**
   * Walks to the end of a list whose total is unknown (Ctrl+End). Resolves `true` once the last row is loaded,
   * `false` when cancelled or failed; `undefined` when there is nothing to walk (the total is known: the rows a
   * jump needs load as the window asks for them).
   */
  loadToEnd(): Promise<boolean> | undefined {
    if (!this.totalUnknown || this.task.status !== TaskStatus.COMPLETE) return undefined;
    if (!this.walking) this.progress = { rows: this.loadedCount, at: performance.now() };
    return this.task.value?.loadAll?.();
  }

  /** Stops a walk to the end (the agent jumped back): the page in flight is aborted and never lands. */
  cancelLoadToEnd(): void {
    if (!this.walking) return;
    this.task.value?.cancelLoadAll?.();
    this.host.requestUpdate();
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** A new query is loading while the previous query's rows are still there to draw. */
  get replacing(): boolean {
    return this.pending && this.task.value !== undefined;
  }

  /** The first load's failure; a failed later page is `value.error`. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  /** Resolves once no first load is pending (its rows or its failure are in), at once if none is. */
  settled(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Loads the first page again, e.g. after data changed elsewhere. */
  reload(): void {
    void this.task.run();
  }

  /** Makes sure rows up to `index` are loaded (plus some ahead), once the first page is in. */
  ensureLoaded(index: number): void {
    if (this.task.status === TaskStatus.COMPLETE) this.task.value?.ensureLoaded(index + PREFETCH_ROWS);
  }

  /**
   * After each render: the rows of the window `start`..`end` (and some around it) load. A prefix store also
   * loads up to the focused row; a sparse store leaves it, far away, until focus brings it back into view.
   */
  ensureWindow(start: number, end: number, focused: number): void {
    const rows = this.task.value;
    if (this.task.status !== TaskStatus.COMPLETE || !rows) return;
    if (rows instanceof SparseRows) rows.ensureLoaded(end + PREFETCH_ROWS, Math.max(0, start - PREFETCH_BEHIND));
    else rows.ensureLoaded(Math.max(end, focused) + PREFETCH_ROWS);
  }

  /** After a failed page: loads it again. */
  retryPage(): void {
    const rows = this.task.value;
    rows?.retry(rows.loadedCount + this.options.pageSize());
  }

  /** A throttled first load retries by itself once the server's Retry-After has passed, counting down. */
  private scheduleThrottledRetry(error: unknown): void {
    if (!isAdapterError(error, 'throttled') || this.retryAt) return;
    this.retryAt = Date.now() + (error.retryAfterMs ?? 5000);
    this.startCountdown();
  }

  private startCountdown(): void {
    clearInterval(this.retryTimer);
    const tick = () => {
      this.retryCountdown = Math.max(0, Math.ceil((this.retryAt - Date.now()) / 1000));
      this.host.requestUpdate();
      if (this.retryCountdown > 0) return;
      this.cancelThrottledRetry();
      this.reload();
    };
    this.retryTimer = setInterval(tick, 250);
    tick();
  }

  private cancelThrottledRetry(): void {
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
    this.retryAt = 0;
    this.retryCountdown = 0;
  }
}
