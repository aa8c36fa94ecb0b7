/**
 * The rows of one query, loaded page after page through an adapter call as they are needed. Continuation tokens
 * only go forward, so the loaded rows are always a prefix of the result; `ensureLoaded(n)` walks pages until `n`
 * rows are there (plus a page ahead). Every request carries the current AbortSignal: `dispose()` (the query
 * changed) aborts for good, `pause()` (the element left the page) aborts what is in flight and `resume()` lets
 * loading go on from the last page, so a stale page never lands in a newer list.
 */
import { isAbortError } from '../adapter/adapter-error.js';

/** One page as every list adapter call answers it. */
export interface RowsPage<Row> {
  items: Row[];
  totalCount: number;
  continuationToken?: string;
}

/** How a page is fetched: the first one without a token, the next ones with the token the last page gave. */
export type FetchPage<Row> = (request: { pageSize: number; continuationToken?: string }, signal: AbortSignal) => Promise<RowsPage<Row>>;

/** The largest page asked for when catching up with a jump (a million-row jump stays a few hundred requests). */
const MAX_CATCH_UP_PAGE = 10_000;

export class PagedRows<Row> {
  readonly rows: Row[] = [];
  totalCount: number;
  /** The failure of the last page request, until `retry()`. */
  error: unknown;
  private token: string | undefined;
  private loading: Promise<void> | undefined;
  private controller = new AbortController();
  private disposed = false;

  private constructor(
    private readonly fetchPage: FetchPage<Row>,
    private readonly pageSize: number,
    first: RowsPage<Row>,
    private readonly onChange: () => void,
  ) {
    this.rows.push(...first.items);
    this.totalCount = first.totalCount;
    this.token = first.continuationToken;
  }

  /** Loads the first page; rejects as the adapter does (an AbortError when `signal` aborts). */
  static async load<Row>(fetchPage: FetchPage<Row>, pageSize: number, signal: AbortSignal, onChange: () => void): Promise<PagedRows<Row>> {
    const first = await fetchPage({ pageSize }, signal);
    const rows = new PagedRows(fetchPage, pageSize, first, onChange);
    signal.addEventListener('abort', () => rows.dispose(), { once: true });
    return rows;
  }

  get complete(): boolean {
    return this.token === undefined;
  }

  get isLoading(): boolean {
    return this.loading !== undefined;
  }

  /** Fetches pages until at least `count` rows are loaded, or the end, or a failure. */
  ensureLoaded(count: number): void {
    if (this.loading || this.error !== undefined || this.complete || this.rows.length >= count || this.controller.signal.aborted) return;
    const controller = this.controller;
    this.loading = this.loadUntil(count, controller.signal).finally(() => {
      // A pause replaced the controller: that load is over, the next ensureLoaded starts a new one.
      if (this.controller === controller || controller.signal.aborted) this.loading = undefined;
      this.onChange();
    });
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
  }

  resume(): void {
    if (this.disposed || !this.controller.signal.aborted) return;
    this.controller = new AbortController();
  }

  /** The query changed: nothing of this one may load again. */
  dispose(): void {
    this.disposed = true;
    this.controller.abort();
  }

  private async loadUntil(count: number, signal: AbortSignal): Promise<void> {
    while (!this.complete && this.rows.length < count) {
      // A jump far ahead asks for the whole gap at once; an adapter serves at most what it can (REST: 500).
      const pageSize = Math.min(MAX_CATCH_UP_PAGE, Math.max(this.pageSize, count - this.rows.length));
      try {
        const page = await this.fetchPage({ pageSize, continuationToken: this.token! }, signal);
        if (signal.aborted) return;
        this.rows.push(...page.items);
        this.totalCount = page.totalCount;
        this.token = page.continuationToken;
        this.onChange();
      } catch (error) {
        if (!isAbortError(error) && !signal.aborted) this.error = error;
        return;
      }
    }
  }
}
