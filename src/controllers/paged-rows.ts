/**
 * The rows of one query, loaded page after page through the adapter as they are needed. Continuation tokens
 * only go forward, so the loaded rows are always a prefix of the result; `ensureLoaded(n)` walks pages until
 * `n` rows are there (plus a page ahead). Every request carries one AbortSignal, aborted by `dispose()` when
 * the query changes, so a stale page can never land in a newer list.
 */
import { isAbortError } from '../adapter/adapter-error.js';
import type { CustomerAdapter, CustomerPage, ListCustomersRequest } from '../adapter/customer-adapter.js';
import type { CustomerRow } from '../model/customer.js';
import type { CustomerQuery } from '../model/query.js';

/** The largest page asked for when catching up with a jump (a million-row jump stays a few hundred requests). */
const MAX_CATCH_UP_PAGE = 10_000;

export class PagedRows {
  readonly rows: CustomerRow[] = [];
  totalCount: number;
  /** The failure of the last page request, until `retry()`. */
  error: unknown;
  private token: string | undefined;
  private loading: Promise<void> | undefined;
  private readonly controller = new AbortController();

  private constructor(
    private readonly adapter: CustomerAdapter,
    private readonly query: CustomerQuery,
    private readonly pageSize: number,
    first: CustomerPage,
    private readonly onChange: () => void,
  ) {
    this.rows.push(...first.items);
    this.totalCount = first.totalCount;
    this.token = first.continuationToken;
  }

  /** Loads the first page; rejects as the adapter does (an AbortError when `signal` aborts). */
  static async load(adapter: CustomerAdapter, query: CustomerQuery, pageSize: number, signal: AbortSignal, onChange: () => void): Promise<PagedRows> {
    const first = await adapter.listCustomers({ ...query, pageSize }, signal);
    const rows = new PagedRows(adapter, query, pageSize, first, onChange);
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
    this.loading = this.loadUntil(count).finally(() => {
      this.loading = undefined;
      this.onChange();
    });
  }

  /** After a failed page: forget the error and try again. */
  retry(count: number): void {
    this.error = undefined;
    this.ensureLoaded(count);
  }

  dispose(): void {
    this.controller.abort();
  }

  private async loadUntil(count: number): Promise<void> {
    while (!this.complete && this.rows.length < count) {
      // A jump far ahead asks for the whole gap at once; an adapter serves at most what it can (REST: 500).
      const pageSize = Math.min(MAX_CATCH_UP_PAGE, Math.max(this.pageSize, count - this.rows.length));
      const request: ListCustomersRequest = { ...this.query, pageSize, continuationToken: this.token! };
      try {
        const page = await this.adapter.listCustomers(request, this.controller.signal);
        if (this.controller.signal.aborted) return;
        this.rows.push(...page.items);
        this.totalCount = page.totalCount;
        this.token = page.continuationToken;
        this.onChange();
      } catch (error) {
        if (!isAbortError(error)) this.error = error;
        return;
      }
    }
  }
}
