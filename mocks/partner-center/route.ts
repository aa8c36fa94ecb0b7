/**
 * What every route of the fake Partner Center does around its own work: latency and faults (a documented 429),
 * sign-in, the 400 for an undocumented parameter, the request log, error answers in the documented shape; and
 * the seek paging the collections share.
 */
import { delay, HttpResponse } from 'msw';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import type { AgentRole } from '../../src/adapter/customer-adapter.js';
import { roleOfRequest } from '../api/auth.js';
import type { MockStore } from '../api/mock-api.js';
import { BodyError } from '../api/request-bodies.js';
import type { MockRoute } from '../api/routes.js';
import { pcError, storeError, throttled } from './errors.js';
import { undocumentedParameter, type DocumentedRoute } from './params.js';
import type { PartnerCenterMock } from './partner-center-mock.js';

const MAX_PAGE = 500;

export interface Context {
  request: Request;
  url: URL;
  params: Record<string, string>;
  store: MockStore;
  role: AgentRole;
  mock: PartnerCenterMock;
}

export type Handler = (context: Context) => Promise<Response>;

/** A request the documentation does not allow: answered 400 with the message. */
export class BadRequest extends Error {}

export function route(mock: PartnerCenterMock, name: MockRoute, documented: DocumentedRoute, handler: Handler) {
  return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const latencyMs = mock.api.faults.latencyMs();
    if (latencyMs > 0) await delay(latencyMs);
    const url = new URL(request.url);
    const response = await answer(mock, name, documented, handler, request, url, params as Record<string, string>);
    mock.requests.push({ method: request.method, url: url.pathname + url.search, headers: Object.fromEntries(request.headers), status: response.type === 'error' ? 0 : response.status });
    return response;
  };
}

async function answer(mock: PartnerCenterMock, name: MockRoute, documented: DocumentedRoute, handler: Handler, request: Request, url: URL, params: Record<string, string>): Promise<Response> {
  const fault = mock.api.faults.outcome(name);
  if (fault.kind === 'network') return HttpResponse.error();
  if (fault.kind === 'throttle') return throttled(fault.retryAfterSeconds);
  if (fault.kind === 'status') return pcError(fault.status, fault.status, `The fake Partner Center was told to answer ${fault.status}`);
  if (fault.kind === 'malformed') return new HttpResponse('{"totalCount": 1, "items": [ {"id": "trunc', { status: 200, headers: { 'Content-Type': 'application/json' } });
  const role = roleOfRequest(request, mock.api.defaultRole);
  if (!role) return pcError(401, 401, 'The access token is missing, expired or not recognised');
  const undocumented = undocumentedParameter(documented, url);
  if (undocumented !== undefined) return pcError(400, 400, `The query parameter "${undocumented}" is not documented for this operation`);
  try {
    return await handler({ request, url, params, store: mock.store(role), role, mock });
  } catch (error) {
    if (error instanceof BadRequest || error instanceof BodyError) return pcError(400, 400, error.message);
    if (error instanceof AdapterError) return storeError(error);
    return pcError(500, 500, `The fake Partner Center failed: ${String(error)}`);
  }
}

// ---- paging: the seek state rides in the MS-ContinuationToken header, as the service's own token does.

export function seekToken(state: unknown): string {
  return encodeURIComponent(JSON.stringify(state));
}

export function seekState<T>(request: Request): T {
  const header = request.headers.get('MS-ContinuationToken');
  if (!header) throw new BadRequest('seekOperation=Next needs the MS-ContinuationToken header of the next link');
  try {
    return JSON.parse(decodeURIComponent(header)) as T;
  } catch {
    throw new BadRequest('The continuation token is not valid');
  }
}

export function nextUri(mock: PartnerCenterMock, path: string, query: string): string {
  return `${mock.nextLinks === 'v1' ? '/v1' : ''}${path}?${query}`;
}

export function pageSize(url: URL): number {
  const text = url.searchParams.get('size');
  if (text === null || text === '0') return MAX_PAGE;
  const size = Number(text);
  if (!Number.isSafeInteger(size) || size < 0) throw new BadRequest(`size must be a whole number, got ${JSON.stringify(text)}`);
  return Math.min(size, MAX_PAGE);
}

export function parseFilter(url: URL): Record<string, unknown> | undefined {
  const text = url.searchParams.get('filter');
  if (text === null) return undefined;
  try {
    const filter = JSON.parse(text) as unknown;
    if (typeof filter === 'object' && filter !== null && !Array.isArray(filter)) return filter as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new BadRequest('The filter must be URL-encoded JSON: {"Field":…,"Value":…,"Operator":…}');
}
