/**
 * Partner Center's error bodies (develop/error-codes.md): `{ code, description, data, source }`, whose `code` the
 * table types as a string but the service sends as a number (`2055`). A stale etag on a billing profile is
 * `400` with code `2055` "Etag is no longer valid" (error-codes.md:96), not `412`: it becomes a `conflict`.
 * A throttled answer is `{ statusCode, message }` (develop/api-throttling-guidance.md), whose message is kept.
 */
import { AdapterError } from '../adapter-error.js';

/** The code of a stale etag (error-codes.md:96). */
export const STALE_ETAG_CODE = '2055';

/** The same failure read the Partner Center way: a numeric code kept as text, 2055 as a conflict. */
export function partnerCenterError(error: unknown): unknown {
  if (!(error instanceof AdapterError) || error.status === undefined) return error;
  const body = typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : {};
  const code = typeof body.code === 'number' || typeof body.code === 'string' ? String(body.code) : undefined;
  const message = typeof body.description !== 'string' && typeof body.message === 'string' && body.message ? body.message : undefined;
  const stale = error.status === 412 || (error.status === 400 && code === STALE_ETAG_CODE);
  if (code === undefined && message === undefined && !stale) return error;
  const reason = message ?? error.reason;
  // The documented `data` is "a list of error objects"; those naming a field are the form's field errors.
  const fieldErrors = Array.isArray(body.data) ? body.data.filter((entry) => typeof (entry as { field?: unknown } | null)?.field === 'string') : [];
  const details = fieldErrors.length ? { ...body, fieldErrors } : error.details;
  return new AdapterError(stale ? 'conflict' : error.kind, message ? error.message.replace(error.reason, message) : error.message, {
    status: error.status,
    ...(code === undefined ? {} : { code }),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    details,
    reason,
    cause: error,
  });
}
