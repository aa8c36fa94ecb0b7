/** When and how long the RestAdapter waits before trying a request again. */

export interface RetryPolicy {
  /** Further attempts after the first. Default 4. */
  retries: number;
  /** Back-off before the first retry, doubled for each further one. Default 500 ms. */
  baseDelayMs: number;
  /** Back-off never grows beyond this. Default 16 s. */
  maxDelayMs: number;
  /** A server asking to wait longer than this (`Retry-After`) is not retried; the error says how long. Default 60 s. */
  maxRetryAfterMs: number;
  /** Random spread added to each back-off, as a fraction of it, so many clients do not retry in step. Default 0.2. */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 4,
  baseDelayMs: 500,
  maxDelayMs: 16_000,
  maxRetryAfterMs: 60_000,
  jitter: 0.2,
};

/**
 * `Retry-After` in milliseconds: either delay-seconds or an HTTP date. `undefined` when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt` (1 for the first retry). A server's `Retry-After` wins over the
 * back-off, since it knows when it will take requests again; jitter only ever lengthens the wait.
 */
export function retryDelay(attempt: number, policy: RetryPolicy, retryAfterMs?: number, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(Math.min(policy.maxDelayMs, backoff * (1 + policy.jitter * random())));
}
