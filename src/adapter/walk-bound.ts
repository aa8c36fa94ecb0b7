/**
 * The walk's bound and the mark of its pages (see local-query-terms.ts, which re-exports them), apart so that
 * `<activity-log>`, which decides from its first render whether a query is walked, loads none of the rest.
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
