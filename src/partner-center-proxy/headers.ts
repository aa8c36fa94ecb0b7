/**
 * Which headers cross the proxy, each way. Requests keep only what `PartnerCenterAdapter` sends
 * (develop/headers.md); cookies and the browser's own Authorization never reach Microsoft, and the proxy's
 * bearer token replaces it. Responses lose Set-Cookie, so the upstream can never set a cookie on the host's origin.
 */

/** Request headers a browser may send through the proxy: exactly those the adapter sets. */
export const FORWARDED_REQUEST_HEADERS: readonly string[] = [
  'Accept',
  'Content-Type',
  'If-Match',
  'MS-ContinuationToken',
  'MS-Contract-Version',
  'MS-CorrelationId',
  'MS-PartnerCenter-Application',
  'MS-RequestId',
  'X-Locale',
];

/** Response headers a browser script may read across origins: the etag of a billing profile, a throttle's wait, the ids. */
export const EXPOSED_RESPONSE_HEADERS: readonly string[] = ['ETag', 'Retry-After', 'MS-RequestId', 'MS-CorrelationId'];

/** Response headers never passed back: cookies, and framing a new Response sets itself. */
const DROPPED_RESPONSE_HEADERS = new Set(['set-cookie', 'set-cookie2', 'content-length', 'content-encoding', 'transfer-encoding', 'connection']);

/** The upstream request's headers: the forwarded ones, the token, and the contract version the API requires. */
export function upstreamRequestHeaders(incoming: Headers, token: string): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('Authorization', `Bearer ${token}`);
  headers.set('MS-Contract-Version', 'v1');
  return headers;
}

/** The browser's response headers: the upstream's, less cookies and framing. */
export function downstreamResponseHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  upstream.forEach((value, name) => {
    if (!DROPPED_RESPONSE_HEADERS.has(name.toLowerCase())) headers.append(name, value);
  });
  return headers;
}
