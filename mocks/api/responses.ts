/** How the mock answers errors: the API's `{ code, description, details }` body with the status of its kind. */
import { HttpResponse } from 'msw';
import { AdapterError, type AdapterErrorKind } from '../../src/adapter/adapter-error.js';
import type { RestError } from '../../src/adapter/rest/wire.js';

/** The HTTP status of each error kind (shared with the fake Partner Center). */
export const STATUS_OF_KIND: Record<Exclude<AdapterErrorKind, 'network'>, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  throttled: 429,
  server: 500,
};

export function errorResponse(status: number, code: string, description: string, details?: unknown, headers?: Record<string, string>): Response {
  const body: RestError = { code, description };
  if (details !== undefined) body.details = details;
  return HttpResponse.json(body, { status, ...(headers ? { headers } : {}) });
}

/** An AdapterError from the store as the HTTP answer the real API would give. */
export function adapterErrorResponse(error: AdapterError, details: unknown = error.details): Response {
  if (error.kind === 'network') return HttpResponse.error();
  const status = error.status ?? STATUS_OF_KIND[error.kind];
  return errorResponse(status, error.code ?? error.kind, error.message, details);
}

export function badRequest(code: string, description: string): Response {
  return errorResponse(400, code, description);
}
