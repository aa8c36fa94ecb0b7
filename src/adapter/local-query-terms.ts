/**
 * What the local-query wrapper (local-query.ts) and its walker (local-walk.ts, loaded on the first query a source
 * does not honour) share: the bound, the progress a walk reports, the part of a query a source honours itself,
 * and the keys that remember which queries are known to pass the bound. Kept apart so the wrapper, which every
 * grid holds from its first render, carries none of the walker.
 */
import { sortSpecs, type CustomerQuery } from '../model/query.js';
import type { AdapterCapabilities, CustomerFilterId } from './capabilities.js';
import { unsupportedCustomerQuery } from './capability-checks.js';

export { activityKey, honouredActivityQuery } from './activity-query-terms.js';
export { WALK_LIMIT, WALK_LIMIT_CODE, WALK_TOKEN_PREFIX } from './walk-bound.js';

/** How far a walk has got. */
export interface WalkProgress {
  /** What is walked: customers, or activity records. */
  kind: 'customers' | 'activity';
  /** Why: a sort the source cannot do (a sort and a filter together count as a sort), or a filter alone. */
  purpose: 'sort' | 'filter';
  /** Rows walked so far. */
  loaded: number;
  /** Rows the walk will reach, when the source counts its totals; else `undefined`. */
  total: number | undefined;
  /** `running` while pages arrive; then `done`, `aborted` or `over-limit` (the walk stopped at the bound). */
  state: 'running' | 'done' | 'aborted' | 'over-limit';
}

export interface LocalQueryOptions {
  /** The most rows walked; default {@link WALK_LIMIT}. */
  limit?: number;
  /** Called as each walked page arrives and once when the walk ends, however it ends. */
  onProgress?(progress: WalkProgress): void;
}

/**
 * The part of a customer query its source honours itself: the sort if the source sorts by it, and the search
 * and filters it honours (only one of them when it takes one criterion per request; the search first, as the
 * narrowest). What is left out, the walk does here.
 */
export function honouredCustomerQuery(query: CustomerQuery, capabilities: AdapterCapabilities): CustomerQuery {
  const part: CustomerQuery = {};
  if (query.search?.text.trim() && capabilities.searchFields.includes(query.search.field)) part.search = { ...query.search };
  const filters: CustomerFilterId[] = ['indirectResellerId', 'relationship', 'tags'];
  for (const id of filters) {
    if (!hasCriterion(query, id) || !capabilities.filters.includes(id)) continue;
    if (!capabilities.combinedCriteria && Object.keys(part).length) break;
    Object.assign(part, { [id]: query[id] });
  }
  const sort = sortSpecs(query.sort);
  if (sort.length && unsupportedCustomerQuery({ ...part, sort }, capabilities) === undefined) part.sort = sort;
  return part;
}

/** The criteria of a customer query in one canonical order, as a key: equal filters give equal keys. */
export function filterKey(query: CustomerQuery): string {
  const text = query.search?.text.trim();
  return JSON.stringify([text ? [query.search!.field, text] : null, query.tags?.length ? query.tags : null, query.relationship ?? null, query.indirectResellerId ?? null]);
}

function hasCriterion(query: CustomerQuery, id: CustomerFilterId): boolean {
  return id === 'tags' ? Boolean(query.tags?.length) : query[id] !== undefined;
}
