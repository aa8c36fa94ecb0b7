/**
 * Error answers in Partner Center's shape (develop/error-codes.md:44-62): `{ code, description, data, source }`
 * with a numeric `code` as the service sends it, `2055` for a stale etag (error-codes.md:96), and the throttling
 * answer `{ statusCode, message }` with `Retry-After` (develop/api-throttling-guidance.md).
 */
import { HttpResponse } from 'msw';
import type { AdapterError } from '../../src/adapter/adapter-error.js';
import { STATUS_OF_KIND } from '../api/responses.js';

export const STALE_ETAG = 2055;
/** develop/get-a-list-of-skus-for-a-product.md:182: "The parent product was not found." */
export const PARENT_PRODUCT_NOT_FOUND = 400013;
/** develop/get-a-list-of-products.md:175: "Access to the requested targetView is not allowed." */
export const TARGET_VIEW_NOT_ALLOWED = 400036;

export function pcError(status: number, code: number, description: string, data: unknown[] = []): Response {
  return HttpResponse.json({ code, description, data, source: 'PartnerFD' }, { status });
}

export function throttled(retryAfterSeconds: number): Response {
  return HttpResponse.json(
    { statusCode: 429, message: `Rate limit is exceeded. Try again in ${retryAfterSeconds} seconds.` },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  );
}

/**
 * A failure of the store as the service would answer it. The model's reasons (field errors of a billing
 * profile, the lines of a refused order) go in `data`, the documented list of error objects.
 */
export function storeError(error: AdapterError): Response {
  if (error.kind === 'network') return HttpResponse.error();
  if (error.kind === 'conflict') return pcError(400, STALE_ETAG, 'Etag is no longer valid');
  const status = error.status ?? STATUS_OF_KIND[error.kind];
  const details = error.details as { fieldErrors?: unknown[]; errors?: unknown[] } | undefined;
  return pcError(status, status, error.message, details?.fieldErrors ?? details?.errors ?? []);
}
