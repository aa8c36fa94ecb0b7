/**
 * The rows of a grid: the first page through a `@lit/task` (a new query aborts the load in flight, so the last
 * query always wins), the next pages as the window needs them, a throttled first load retried by itself after
 * the server's Retry-After with a countdown, and a failed page retried on request. Setup and teardown are
 * paired: leaving the page pauses loading and the countdown, coming back resumes both.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAdapterError } from '../adapter/adapter-error.js';
import { PagedRows, type RowsPage } from './paged-rows.js';

export interface RowsControllerOptions<Row, Source, Query> {
  /** Where rows come from (the adapter); undefined makes the load fail with `missingSource()`. */
  source(): Source | undefined;
  /** What to list: serializable, compared by value, so an equal query does not load again. */
  query(): Query;
  fetch(source: Source, query: Query, page: { pageSize: number; continuationToken?: string }, signal: AbortSignal): Promise<RowsPage<Row>>;
  pageSize(): number;
  missingSource(): Error;
  /** The first load finished (rows or a failure): e.g. the selection follows. */
  loaded?(): void;
}

/** Rows loaded ahead of the last one needed, so scrolling rarely waits for a page. */
const PREFETCH_ROWS = 200;

export class RowsController<Row, Source, Query> implements ReactiveController {
  /** Seconds until a throttled first load retries by itself; 0 when none is waiting. */
  retryCountdown = 0;
  private retryAt = 0;
  private retryTimer: ReturnType<typeof setInterval> | undefined;
  private readonly task: Task<readonly [Source | undefined, string], PagedRows<Row>>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RowsControllerOptions<Row, Source, Query>,
  ) {
    this.task = new Task(host, {
      task: async ([source, key], { signal }) => {
        if (!source) throw options.missingSource();
        const query = JSON.parse(key) as Query;
        return PagedRows.load((page, pageSignal) => options.fetch(source, query, page, pageSignal), options.pageSize(), signal, () => host.requestUpdate());
      },
      args: () => [options.source(), JSON.stringify(options.query())] as const,
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
  get value(): PagedRows<Row> | undefined {
    return this.task.value;
  }

  get totalCount(): number | undefined {
    return this.task.value?.totalCount;
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

  /** After a failed page: loads it again. */
  retryPage(): void {
    const rows = this.task.value;
    rows?.retry(rows.rows.length + this.options.pageSize());
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
