/** Every adapter failure is one of these kinds, so elements can react without parsing messages. */
export type AdapterErrorKind =
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'throttled'
  | 'invalid'
  | 'server';

export interface AdapterErrorOptions {
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** When the server said how long to wait (429 `Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  /** A finer reason within the kind, e.g. a tag rule (`too-long`) or an order rule (`quantity-above-maximum`). */
  code?: string;
  /** Structured details: field errors of a refused update, the server's current value on a conflict, … */
  details?: unknown;
  /** The reason in the server's own words, without the request details `message` adds: what to show an agent. */
  reason?: string;
  cause?: unknown;
}

/**
 * The typed error every `CustomerAdapter` method rejects with (besides an `AbortError` when aborted).
 *
 * @example
 * try { await adapter.createTag('VIP'); }
 * catch (error) { if (error instanceof AdapterError && error.kind === 'invalid') showMessage(error.message); }
 */
export class AdapterError extends Error {
  override name = 'AdapterError';
  readonly kind: AdapterErrorKind;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly code?: string;
  readonly details?: unknown;
  /** What to show an agent: the server's own reason when it gave one, else the whole message. */
  readonly reason: string;

  constructor(kind: AdapterErrorKind, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.code = options.code;
    this.details = options.details;
    this.reason = options.reason ?? message;
  }
}

export function isAdapterError(error: unknown, kind?: AdapterErrorKind): error is AdapterError {
  return error instanceof AdapterError && (kind === undefined || error.kind === kind);
}

/** What a failure says to an agent: an adapter's reason in the server's own words, else the error's message. */
export function errorReason(error: unknown): string {
  if (isAdapterError(error)) return error.reason;
  return error instanceof Error ? error.message : String(error);
}

/** True for the `AbortError` an aborted adapter call rejects with. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The `AbortError` to reject with for an aborted signal. A custom abort reason is kept as the cause, so
 * callers can always test `error.name === 'AbortError'` whatever reason the host passed to `abort()`.
 */
export function abortError(signal?: AbortSignal): DOMException {
  const reason: unknown = signal?.reason;
  if (reason instanceof DOMException && reason.name === 'AbortError') return reason;
  const error = new DOMException('The operation was aborted.', 'AbortError');
  if (reason !== undefined) Object.defineProperty(error, 'cause', { value: reason });
  return error;
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}

/** The `invalid` error for a continuation token an adapter did not issue (or can no longer read). */
export function badTokenError(token: string): AdapterError {
  return new AdapterError('invalid', `Malformed continuation token: ${JSON.stringify(token.slice(0, 40))}`, { code: 'bad-token' });
}
