/**
 * One request to the API with everything around it: headers (auth), JSON bodies, abort, error mapping,
 * response parsing, and retries of throttled (429) and failed (5xx, network) requests that are safe to repeat.
 */
import { abortError, AdapterError, throwIfAborted } from '../adapter-error.js';
import { delay } from '../delay.js';
import { badResponse } from './decode.js';
import { errorFromResponse, networkError } from './http-errors.js';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay, type RetryPolicy } from './retry-policy.js';

export type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface RetryInfo {
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
  error: AdapterError;
}

export interface HttpClientOptions {
  baseUrl: string;
  headers?: HeadersSource;
  fetch: typeof fetch;
  retry: RetryPolicy;
  random?: () => number;
  onRetry?: (info: RetryInfo) => void;
}

/** What an adapter or store over HTTP takes from its host to reach its API. */
export interface HttpSourceOptions {
  headers?: HeadersSource;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  onRetry?: (info: RetryInfo) => void;
  random?: () => number;
}

/**
 * The client `who` (an adapter or store) talks through: the host's `fetch` (else the global one, which must
 * exist), the retry policy merged over the defaults, and only the options the host gave.
 */
export function httpClientFor(who: string, baseUrl: string, options: HttpSourceOptions): HttpClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError(`${who} needs fetch: pass options.fetch where there is no global one`);
  return new HttpClient({
    baseUrl,
    fetch: fetchImpl,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    ...(options.onRetry === undefined ? {} : { onRetry: options.onRetry }),
    ...(options.random === undefined ? {} : { random: options.random }),
  });
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path under the base URL (`/v1/customers`), or an absolute URL on the same origin. */
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * Safe to send twice: GET, PUT, DELETE, and reads sent as POST. Only these are retried after a 5xx or a
   * network failure; a 429 is retried for every method, since a throttled request was never processed.
   */
  idempotent: boolean;
  signal?: AbortSignal | undefined;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export class HttpClient {
  private readonly base: URL;

  constructor(private readonly options: HttpClientOptions) {
    this.base = new URL(options.baseUrl || '/', globalThis.location?.href ?? 'http://localhost/');
  }

  /** Resolves a path or a server-given link against the base URL, refusing other origins (they would get our token). */
  url(path: string, query?: URLSearchParams): URL {
    const basePath = this.base.pathname.replace(/\/$/, '');
    const url = /^[a-z][a-z\d+.-]*:/i.test(path) ? new URL(path) : new URL(path.startsWith(basePath) ? path : basePath + path, this.base);
    if (url.origin !== this.base.origin) throw badResponse(`a link points to another origin (${url.origin})`);
    if (query) for (const [key, value] of query) url.searchParams.append(key, value);
    return url;
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const { retry } = this.options;
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(request.signal);
      try {
        return await this.sendOnce(request);
      } catch (error) {
        if (!(error instanceof AdapterError) || attempt >= retry.retries || !this.mayRetry(request, error)) throw error;
        if (error.retryAfterMs !== undefined && error.retryAfterMs > retry.maxRetryAfterMs) throw error;
        const delayMs = retryDelay(attempt + 1, retry, error.retryAfterMs, this.options.random);
        this.options.onRetry?.({ attempt: attempt + 1, delayMs, error });
        await delay(delayMs, request.signal);
      }
    }
  }

  private mayRetry(request: HttpRequest, error: AdapterError): boolean {
    if (error.kind === 'throttled') return true;
    return request.idempotent && (error.kind === 'server' || error.kind === 'network');
  }

  private async sendOnce(request: HttpRequest): Promise<HttpResponse> {
    const what = `${request.method} ${this.url(request.path).pathname}`;
    const headers = new Headers(typeof this.options.headers === 'function' ? await this.options.headers() : this.options.headers);
    headers.set('Accept', 'application/json');
    for (const [key, value] of Object.entries(request.headers ?? {})) headers.set(key, value);
    const init: RequestInit = { method: request.method, headers };
    if (request.signal) init.signal = request.signal;
    if (request.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      init.body = JSON.stringify(request.body);
    }
    let response: Response;
    try {
      response = await this.options.fetch.call(globalThis, this.url(request.path, request.query), init);
    } catch (error) {
      // fetch rejects with the signal's reason, which may be anything the caller passed to abort().
      if (request.signal?.aborted) throw abortError(request.signal);
      throw networkError(what, error);
    }
    const body = await readBody(response, what, request.signal);
    if (!response.ok) throw errorFromResponse(response.status, body, what, parseRetryAfter(response.headers.get('Retry-After')));
    return { status: response.status, headers: response.headers, body };
  }
}

async function readBody(response: Response, what: string, signal?: AbortSignal): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    throw networkError(what, error);
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // An error page (HTML from a proxy) is still an error of its status; only a 2xx must be JSON.
    if (!response.ok) return undefined;
    throw badResponse(`${what} answered with malformed JSON: ${JSON.stringify(text.slice(0, 60))}`);
  }
}
