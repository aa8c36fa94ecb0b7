/**
 * A pass-through from the browser to Partner Center that holds the token. Partner Center's tokens come from the
 * Secure Application Model, whose refresh token must stay on a server, and its API documents no CORS: so a
 * partner portal mounts this handler on its own server and points `PartnerCenterAdapter`'s `baseUrl` at it.
 *
 * It is a standard fetch handler, `(Request) => Promise<Response>`, so it runs in Node's `http` (see
 * {@link toNodeListener}), Hono, Next.js route handlers, or Express through an adapter. It forwards only the
 * documented routes the adapter uses, adds the bearer token and `MS-Contract-Version`, passes `429` and
 * `Retry-After` through unchanged (the adapter backs off; a proxy retrying as well would multiply the load),
 * answers CORS preflights for the allowed origins only, strips cookies both ways, and refuses anything else
 * with a clear `4xx`.
 */
import { downstreamResponseHeaders, EXPOSED_RESPONSE_HEADERS, FORWARDED_REQUEST_HEADERS, upstreamRequestHeaders } from './headers.js';
import { findRoute, undocumentedParameters } from './routes.js';

export interface PartnerCenterProxyOptions {
  /**
   * The access token for Partner Center (resource `https://api.partnercenter.microsoft.com`), asked for every
   * request: cache and refresh it yourself (e.g. MSAL's token cache). The incoming request is given so a
   * multi-partner host can pick the partner from its own session. A rejection answers `502`.
   */
  getAccessToken(request: Request): string | Promise<string>;
  /**
   * Origins whose pages may call the proxy across origins, e.g. `['https://portal.example']`. A request whose
   * `Origin` is not listed is refused with `403`. A request without `Origin` (a same-origin GET, or a server)
   * passes: browsers always send `Origin` on cross-origin requests and on every PUT and POST.
   */
  allowedOrigins: readonly string[];
  /** Where Partner Center's API lives. Default `https://api.partnercenter.microsoft.com`. */
  apiBase?: string;
  /**
   * The path the proxy is mounted at on the host, e.g. `/partner-center`: a request to
   * `/partner-center/v1/customers` goes to `${apiBase}/v1/customers`, and the adapter's `baseUrl` is
   * `https://portal.example/partner-center`. Default `''`.
   */
  mountPath?: string;
  /** The fetch used to call Partner Center. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Largest request body forwarded, in bytes (a billing profile or an order is a few kB). Default 1 MiB. */
  maxBodyBytes?: number;
}

/** A fetch handler: what Hono, Next.js route handlers and {@link toNodeListener} call. */
export type FetchHandler = (request: Request) => Promise<Response>;

const DEFAULT_API_BASE = 'https://api.partnercenter.microsoft.com';

/**
 * A fetch handler forwarding a `PartnerCenterAdapter`'s requests to Partner Center with the partner's token.
 *
 * @example
 * import { createServer } from 'node:http';
 * import { createPartnerCenterProxy, toNodeListener } from 'customer-list-elements/partner-center-proxy.js';
 *
 * const proxy = createPartnerCenterProxy({
 *   getAccessToken: () => tokenCache.partnerCenterToken(), // from the Secure Application Model, server-side
 *   allowedOrigins: ['https://portal.example'],
 *   mountPath: '/partner-center',
 * });
 * createServer(toNodeListener(proxy)).listen(8080);
 * // In the browser: new PartnerCenterAdapter({ baseUrl: 'https://api.portal.example/partner-center' })
 */
export function createPartnerCenterProxy(options: PartnerCenterProxyOptions): FetchHandler {
  const apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
  const mountPath = (options.mountPath ?? '').replace(/\/+$/, '');
  const allowed = new Set(options.allowedOrigins);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const upstreamFetch = options.fetch ?? globalThis.fetch;

  return async (request) => {
    const origin = request.headers.get('Origin');
    if (origin !== null && !allowed.has(origin)) return refusal(403, 'origin-not-allowed', `Origin ${origin} may not call this proxy.`);
    const cors = origin === null ? {} : corsHeaders(origin);

    const url = new URL(request.url);
    if (mountPath && url.pathname !== mountPath && !url.pathname.startsWith(`${mountPath}/`)) {
      return refusal(404, 'not-a-proxied-route', `${url.pathname} is outside ${mountPath}.`, cors);
    }
    const path = url.pathname.slice(mountPath.length);
    const route = findRoute(path);
    if (!route) return refusal(404, 'not-a-proxied-route', `${path} is not a Partner Center route this proxy forwards.`, cors);

    if (request.method === 'OPTIONS') return preflight(request, route.methods, cors);
    if (!route.methods.includes(request.method)) {
      return refusal(405, 'method-not-allowed', `${request.method} ${path} is not forwarded; allowed: ${route.methods.join(', ')}.`, { ...cors, Allow: route.methods.join(', ') });
    }
    const undocumented = undocumentedParameters(route, url.searchParams);
    if (undocumented.length) {
      return refusal(400, 'undocumented-parameter', `${path} takes no parameter ${undocumented.join(', ')} (${route.page}).`, cors);
    }

    let body: ArrayBuffer | undefined;
    if (request.method !== 'GET') {
      body = await request.arrayBuffer();
      if (body.byteLength > maxBodyBytes) return refusal(413, 'body-too-large', `The request body is over ${maxBodyBytes} bytes.`, cors);
    }

    let token: string;
    try {
      token = await options.getAccessToken(request);
    } catch (error) {
      return refusal(502, 'no-access-token', `No Partner Center token: ${error instanceof Error ? error.message : String(error)}`, cors);
    }

    let upstream: Response;
    try {
      upstream = await upstreamFetch(`${apiBase}${path}${url.search}`, {
        method: request.method,
        headers: upstreamRequestHeaders(request.headers, token),
        ...(body ? { body } : {}),
        redirect: 'manual',
        signal: request.signal,
      });
    } catch (error) {
      if (request.signal.aborted) throw error;
      return refusal(502, 'upstream-unreachable', `Partner Center did not answer: ${error instanceof Error ? error.message : String(error)}`, cors);
    }
    const headers = downstreamResponseHeaders(upstream.headers);
    for (const [name, value] of Object.entries(cors)) headers.set(name, value);
    return new Response(await relativeLinks(upstream, apiBase, mountPath), { status: upstream.status, statusText: upstream.statusText, headers });
  };
}

/**
 * Partner Center's documented next links are relative (`/customers?…`, or `/v1/customers?…`); should one come
 * back absolute, on the API's own origin, it would send the browser to Microsoft directly, without a token and
 * across origins. Such links are made to point at the proxy instead.
 */
async function relativeLinks(upstream: Response, apiBase: string, mountPath: string): Promise<string | ArrayBuffer | null> {
  if (upstream.status === 204 || upstream.status === 304) return null;
  if (!(upstream.headers.get('Content-Type') ?? '').includes('json')) return upstream.arrayBuffer();
  const text = await upstream.text();
  return text.includes(apiBase) ? text.replaceAll(`"${apiBase}/`, `"${mountPath}/`) : text;
}

function corsHeaders(origin: string): Record<string, string> {
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_RESPONSE_HEADERS.join(', '), Vary: 'Origin' };
}

/** A CORS preflight: the route's methods, and exactly the headers the adapter sends (Authorization is the proxy's). */
function preflight(request: Request, methods: readonly string[], cors: Record<string, string>): Response {
  const asked = request.headers.get('Access-Control-Request-Method');
  if (asked && !methods.includes(asked)) return refusal(405, 'method-not-allowed', `${asked} is not forwarded; allowed: ${methods.join(', ')}.`, cors);
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      'Access-Control-Allow-Methods': methods.join(', '),
      'Access-Control-Allow-Headers': FORWARDED_REQUEST_HEADERS.join(', '),
      'Access-Control-Max-Age': '600',
    },
  });
}

/** A refusal in Partner Center's error shape (develop/error-codes.md), so the adapter reads it as it reads the API's. */
function refusal(status: number, code: string, description: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ code, description, source: 'partner-center-proxy' }), {
    status,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  });
}
