/**
 * Whether a request asks a source for what its capabilities deny. A source that cannot sort or filter would
 * answer unsorted or unfiltered rows under the UI's sort arrow or chip; an adapter that knows its limits refuses
 * instead, with kind `invalid` and code `unsupported`, so the caller's mistake shows at once (MemoryAdapter in
 * limited mode does, so tests and stories catch an element that asks anyway).
 */
import type { ActivityQuery } from '../model/activity.js';
import { sortSpecs, type CustomerQuery } from '../model/query.js';
import { AdapterError } from './adapter-error.js';
import { askedActivityFilters } from './activity-query-terms.js';
import type { AdapterCapabilities } from './capabilities.js';

/** The code of every refusal below. */
export const UNSUPPORTED = 'unsupported';

/**
 * Why a customer query asks for more than `capabilities` honour, in words; `undefined` when it asks for nothing
 * more. Blank search text and empty tag lists ask for nothing, as they filter nothing.
 */
export function unsupportedCustomerQuery(query: CustomerQuery, capabilities: AdapterCapabilities): string | undefined {
  const sort = sortSpecs(query.sort);
  const unsorted = sort.find((spec) => !capabilities.sortColumns.includes(spec.column));
  if (unsorted) return `This data source cannot sort by ${unsorted.column}`;
  if (sort.length > 1 && !capabilities.multiColumnSort) return 'This data source sorts by one column at a time';
  const criteria: string[] = [];
  if (query.search && query.search.text.trim()) {
    if (!capabilities.searchFields.includes(query.search.field)) return `This data source cannot search by ${query.search.field}`;
    criteria.push('search');
  }
  if (query.tags?.length) criteria.push('tags');
  if (query.relationship !== undefined) criteria.push('relationship');
  if (query.indirectResellerId !== undefined) criteria.push('indirectResellerId');
  const unfiltered = criteria.find((criterion) => criterion !== 'search' && !(capabilities.filters as readonly string[]).includes(criterion));
  if (unfiltered) return `This data source cannot filter by ${unfiltered}`;
  if (criteria.length > 1 && !capabilities.combinedCriteria) {
    return `This data source takes one search or filter at a time, not ${criteria.join(' and ')}`;
  }
  return undefined;
}

/** Why an activity query asks for more than `capabilities` honour; `undefined` when it asks for nothing more. */
export function unsupportedActivityQuery(query: ActivityQuery, capabilities: AdapterCapabilities): string | undefined {
  if (query.sort === 'asc' && !capabilities.activitySort) return 'This data source lists activity newest first only';
  const filters = askedActivityFilters(query);
  const unfiltered = filters.find((filter) => !capabilities.activityFilters.includes(filter));
  if (unfiltered) return `This data source cannot filter activity by ${unfiltered}`;
  if (filters.length > 1 && !capabilities.combinedActivityFilters) {
    return `This data source takes one activity filter at a time, not ${filters.join(' and ')}`;
  }
  return undefined;
}

/** Refuses a customer query its source cannot honour (kind `invalid`, code `unsupported`). */
export function checkCustomerQuerySupported(query: CustomerQuery, capabilities: AdapterCapabilities): void {
  refuse(unsupportedCustomerQuery(query, capabilities));
}

/** Refuses an activity query its source cannot honour (kind `invalid`, code `unsupported`). */
export function checkActivityQuerySupported(query: ActivityQuery, capabilities: AdapterCapabilities): void {
  refuse(unsupportedActivityQuery(query, capabilities));
}

/** Refuses a tag call to a source that keeps no tags (kind `invalid`, code `unsupported`). */
export function checkTagsSupported(capabilities: AdapterCapabilities): void {
  if (!capabilities.tags) refuse('This data source keeps no tags');
}

function refuse(reason: string | undefined): void {
  if (reason !== undefined) throw new AdapterError('invalid', reason, { code: UNSUPPORTED });
}

/**
 * Refuses a page `offset` its source does not serve (kind `invalid`, code `unsupported`), and one that cannot be
 * a row number or comes with a continuation token (code `bad-offset`).
 */
export function checkOffsetSupported({ offset, continuationToken }: { offset?: number; continuationToken?: string }, capabilities: AdapterCapabilities): void {
  if (offset === undefined) return;
  if (!capabilities.offsetPaging) refuse('This data source cannot start a page at an offset');
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new AdapterError('invalid', `offset must be a whole number of rows, 0 or more, got ${String(offset)}`, { code: 'bad-offset', status: 400 });
  }
  if (continuationToken !== undefined) throw new AdapterError('invalid', 'A page takes an offset or a continuation token, not both', { code: 'bad-offset', status: 400 });
}
