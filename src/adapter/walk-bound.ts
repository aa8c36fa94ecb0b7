/**
 * The walk's bound, the mark of its pages and the sizes known to pass it (see local-query-terms.ts, which
 * re-exports the first two), apart so that `<activity-log>`, which decides from its first render whether a query
 * is walked, loads none of the rest.
 */

/**
 * The most rows (customers, or activity records of a period) walked to sort or filter them here. Sorting 20 000
 * customers by company name takes well under a second in a browser (see the report of issue 25); beyond this the
 * walk itself (40 requests of 500) is what the agent would wait for, so the list refuses instead.
 */
export const WALK_LIMIT = 20_000;

/** The code of the refusal when a walk would pass the bound. */
export const WALK_LIMIT_CODE = 'walk-limit';

/** How a continuation token of a page served from a walked result starts. */
export const WALK_TOKEN_PREFIX = 'local-query:';

/**
 * Sizes of honoured queries known to pass the bound, by query key: a source that counts says so with its first
 * page, a walk when it stops there. Only those matter (they stop a walk before it starts, and take away what
 * would need one); the rest are forgotten, not hoarded per keystroke. The list's wrapper (local-query.ts) and the
 * activity log's source (activity-source.ts) each keep one map per source.
 */
export type SizesPastBound = Map<string, number>;

/** Keeps `size` for the query of `key` if it passes `limit`, else forgets the query. */
export function rememberSize(sizes: SizesPastBound, key: string, size: number, limit = WALK_LIMIT): void {
  if (size > limit) sizes.set(key, size);
  else sizes.delete(key);
}

/** Whether the query of `key` is known to select more than `limit`. */
export function knownPastBound(sizes: SizesPastBound, key: string, limit = WALK_LIMIT): boolean {
  return (sizes.get(key) ?? 0) > limit;
}
