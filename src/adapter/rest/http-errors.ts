/** HTTP failures as AdapterErrors: status to kind, and the server's error body to message, code and details. */
import { AdapterError, type AdapterErrorKind } from '../adapter-error.js';

export function kindOfStatus(status: number): AdapterErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'invalid';
}

const FALLBACK_MESSAGES: Record<AdapterErrorKind, string> = {
  network: 'The server could not be reached',
  unauthorized: 'You are not signed in, or your session has expired',
  forbidden: 'You are not allowed to do this',
  'not-found': 'Not found',
  conflict: 'Someone else changed this in the meantime',
  throttled: 'Too many requests; try again shortly',
  invalid: 'The request was refused',
  server: 'The server failed to answer',
};

/** An error from a non-2xx response; its body, when it is the API's `{ code, description }`, gives the details. */
export function errorFromResponse(status: number, body: unknown, what: string, retryAfterMs?: number): AdapterError {
  const kind = kindOfStatus(status);
  const json = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const description = typeof json.description === 'string' && json.description ? json.description : FALLBACK_MESSAGES[kind];
  const options: ConstructorParameters<typeof AdapterError>[2] = { status, reason: description, details: json.details ?? (Object.keys(json).length ? json : undefined) };
  if (typeof json.code === 'string') options.code = json.code;
  if (retryAfterMs !== undefined) options.retryAfterMs = retryAfterMs;
  return new AdapterError(kind, `${description} (${what}: HTTP ${status})`, options);
}

export function networkError(what: string, cause: unknown): AdapterError {
  return new AdapterError('network', `${FALLBACK_MESSAGES.network} (${what})`, { cause });
}
