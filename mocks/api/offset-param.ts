/**
 * The `offset` query parameter as the mock server reads it: the first row of a page, for hosts whose API serves
 * it (a RestAdapter built with `offsetPaging: true`). Parsed here, not with the adapter's code, so a mistake in
 * how the adapter writes it cannot be mirrored by the same mistake in how the server reads it.
 */
import { QueryParamError } from '../../src/adapter/rest/customer-query-params.js';

/** The page's first row, `undefined` when absent; a value that is not a whole number ≥ 0 is a 400. */
export function offsetParam(url: URL): number | undefined {
  const text = url.searchParams.get('offset');
  if (text === null) return undefined;
  if (!/^\d{1,15}$/.test(text)) throw new QueryParamError('bad-offset', `offset must be a whole number of rows, 0 or more, got ${JSON.stringify(text.slice(0, 40))}`);
  return Number(text);
}

/** The URL of the page after one started at an offset: the same query without it (the token says where). */
export function withoutOffset(url: URL): URL {
  const next = new URL(url);
  next.searchParams.delete('offset');
  return next;
}
