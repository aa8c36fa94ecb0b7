/** What a host gives `PartnerCenterAdapter`, and the headers Partner Center documents (develop/headers.md). */
import type { HeadersSource, RetryInfo } from '../rest/http-client.js';
import type { RetryPolicy } from '../rest/retry-policy.js';

export interface PartnerCenterAdapterOptions {
  /**
   * Stands for `https://api.partnercenter.microsoft.com`: requests go to `${baseUrl}/v1/…`. In a browser this is
   * the host's token-holding pass-through (the API documents no CORS, and its tokens must stay on a server), e.g.
   * `https://portal.example/partner-center`. Default: the page's origin.
   */
  baseUrl?: string;
  /**
   * Sent with every request, e.g. `{ Authorization: 'Bearer …' }`. A function (sync or async) is called per
   * request and per retry, so a refreshed token is picked up.
   */
  headers?: HeadersSource;
  /** The `fetch` to use (tests, instrumentation). Default: the global one. */
  fetch?: typeof fetch;
  /** ISO 3166-1 alpha-2 country used for products when a request names none. Default `US`. */
  country?: string;
  /** Sent as `X-Locale` (e.g. `pl-PL`), so the API answers descriptions in that language. Not sent when absent. */
  locale?: string;
  /** Sent as `MS-PartnerCenter-Application`, the name of the calling application (develop/headers.md). Not sent when absent. */
  application?: string;
  /** Retries of throttled (429, honouring `Retry-After`) and failed reads; merged over `DEFAULT_RETRY_POLICY`. */
  retry?: Partial<RetryPolicy>;
  /** Called before each retry, e.g. to show "throttled, retrying in 3 s". */
  onRetry?: (info: RetryInfo) => void;
  /** Source of jitter; tests pass a fixed one. */
  random?: () => number;
}

/** "Required. Specifies the version of the Partner Center API"; `v1` is the only one (develop/headers.md). */
export const CONTRACT_VERSION_HEADER = 'MS-Contract-Version';
/** "All operations should include this header": one value per logical operation (develop/headers.md). */
export const CORRELATION_ID_HEADER = 'MS-CorrelationId';
/** A GUID for idempotency, "reused when a timed-out call is retried" (develop/headers.md). */
export const REQUEST_ID_HEADER = 'MS-RequestId';
export const LOCALE_HEADER = 'X-Locale';
export const APPLICATION_HEADER = 'MS-PartnerCenter-Application';
export const CONTINUATION_HEADER = 'MS-ContinuationToken';

/** A random GUID: `crypto.randomUUID` where there is one (browsers, Node 20), else built from `getRandomValues`. */
export function newGuid(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
