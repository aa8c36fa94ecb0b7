/**
 * What a source honours of an activity query, apart from capability-checks.ts (which words a refusal) and
 * local-query-terms.ts (which re-exports these): `<activity-log>` decides from its first render which queries go
 * to its source as they are and which need the walker, and its first load should carry none of the customer
 * model, nor the refusals' words, to do so.
 */
import type { ActivityQuery } from '../model/activity.js';
import type { ActivityFilterId, AdapterCapabilities } from './capabilities.js';

/** The customer first: the narrowest, and the one a panel of one customer always has. */
const ACTIVITY_FILTERS: readonly ActivityFilterId[] = ['customerId', 'customerName', 'resourceType', 'operationTypes'];

/** The filters an activity query asks for, in the order a source that takes one at a time is given them. */
export function askedActivityFilters(query: ActivityQuery): ActivityFilterId[] {
  return ACTIVITY_FILTERS.filter((id) => (id === 'customerName' ? query.customerName?.trim() : id === 'operationTypes' ? query.operationTypes?.length : query[id]));
}

/** Whether `capabilities` honour every activity query: oldest first, and every filter, combined. */
export function honoursEveryActivityQuery(capabilities: AdapterCapabilities): boolean {
  return capabilities.activitySort && capabilities.combinedActivityFilters && ACTIVITY_FILTERS.every((id) => capabilities.activityFilters.includes(id));
}

/** Whether `capabilities` honour the whole query (capability-checks.ts says why not, for a refusal). */
export function honoursActivityQuery(query: ActivityQuery, capabilities: AdapterCapabilities): boolean {
  const filters = askedActivityFilters(query);
  return (query.sort !== 'asc' || capabilities.activitySort) && filters.every((id) => capabilities.activityFilters.includes(id)) && (filters.length < 2 || capabilities.combinedActivityFilters);
}

/**
 * The part of an activity query its source honours itself: the period, the filters it takes (only the first
 * when it takes one at a time, the customer first as the narrowest), and oldest first if it orders so. What is
 * left out, the walk does here.
 */
export function honouredActivityQuery(query: ActivityQuery, capabilities: AdapterCapabilities): ActivityQuery {
  const part: ActivityQuery = { from: query.from, to: query.to };
  let count = 0;
  for (const id of askedActivityFilters(query)) {
    if (!capabilities.activityFilters.includes(id) || (!capabilities.combinedActivityFilters && count)) continue;
    Object.assign(part, { [id]: query[id] });
    count++;
  }
  if (query.sort === 'asc' && capabilities.activitySort) part.sort = 'asc';
  return part;
}

/** An activity query's period and filters, without its order, as a key. */
export function activityKey(query: ActivityQuery): string {
  const name = query.customerName?.trim();
  return JSON.stringify(['activity', query.from, query.to, query.customerId || null, name || null, query.resourceType ?? null, query.operationTypes?.length ? query.operationTypes : null]);
}
