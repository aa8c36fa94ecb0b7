/**
 * What a source honours of an activity query, apart from the customer half of capability-checks.ts and
 * local-query-terms.ts (which re-export these): `<activity-log>` decides from its first render which queries go
 * to its source as they are and which need the walker, and its first load should carry none of the customer
 * model to do so.
 */
import type { ActivityQuery } from '../model/activity.js';
import type { ActivityFilterId, AdapterCapabilities } from './capabilities.js';

/** Why an activity query asks for more than `capabilities` honour; `undefined` when it asks for nothing more. */
export function unsupportedActivityQuery(query: ActivityQuery, capabilities: AdapterCapabilities): string | undefined {
  if (query.sort === 'asc' && !capabilities.activitySort) return 'This data source lists activity newest first only';
  const filters: string[] = [];
  if (query.customerId) filters.push('customerId');
  if (query.customerName?.trim()) filters.push('customerName');
  if (query.resourceType) filters.push('resourceType');
  if (query.operationTypes?.length) filters.push('operationTypes');
  const unfiltered = filters.find((filter) => !(capabilities.activityFilters as readonly string[]).includes(filter));
  if (unfiltered) return `This data source cannot filter activity by ${unfiltered}`;
  if (filters.length > 1 && !capabilities.combinedActivityFilters) {
    return `This data source takes one activity filter at a time, not ${filters.join(' and ')}`;
  }
  return undefined;
}

/**
 * The part of an activity query its source honours itself: the period, the filters it takes (only the first
 * when it takes one at a time, the customer first as the narrowest), and oldest first if it orders so. What is
 * left out, the walk does here.
 */
export function honouredActivityQuery(query: ActivityQuery, capabilities: AdapterCapabilities): ActivityQuery {
  const part: ActivityQuery = { from: query.from, to: query.to };
  // The customer first: the narrowest, and the one a panel of one customer always has.
  const filters: ActivityFilterId[] = ['customerId', 'customerName', 'resourceType', 'operationTypes'];
  let count = 0;
  for (const id of filters) {
    const value = query[id];
    if (value === undefined || (Array.isArray(value) && !value.length) || (typeof value === 'string' && !value.trim())) continue;
    if (!capabilities.activityFilters.includes(id) || (!capabilities.combinedActivityFilters && count)) continue;
    Object.assign(part, { [id]: value });
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
