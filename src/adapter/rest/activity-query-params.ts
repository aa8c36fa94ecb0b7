/**
 * `GET /v1/auditrecords` query parameters, both ways: the RestAdapter builds them and the mock API parses them,
 * so the two cannot drift.
 *
 * The partner-center API's own: `startDate` and `endDate` (no dates: the last 30 days), `size` (capped at 500)
 * and `filter`, which holds ONE criterion: `{"Field":"CustomerId","Value":…,"Operator":"equals"}`,
 * `{"Field":"CompanyName","Value":…,"Operator":"substring"}` or `{"Field":"ResourceType","Value":…,"Operator":"equals"}`.
 * The filter takes the first of these the query has, in that order (a customer ID wins over a name).
 *
 * This API's extensions, for what one filter cannot say: the query's other criteria as `customerName` and
 * `resourceType` parameters (all criteria apply together), `operationType` repeated (any of them), and
 * `sort=operationDate:asc|desc` (default newest first).
 */
import { defaultPeriod, type ActivityQuery } from '../../model/activity.js';
import { isSearchTooLong, MAX_SEARCH_LENGTH } from '../../model/query.js';
import { MAX_PAGE_SIZE, QueryParamError } from './customer-query-params.js';

type Criterion = 'customerId' | 'customerName' | 'resourceType';

/** Each criterion's filter field and operator; the order is the order of precedence for the one filter. */
const FILTERS: readonly { criterion: Criterion; field: string; operator: string }[] = [
  { criterion: 'customerId', field: 'CustomerId', operator: 'equals' },
  { criterion: 'customerName', field: 'CompanyName', operator: 'substring' },
  { criterion: 'resourceType', field: 'ResourceType', operator: 'equals' },
];

/** The extension parameter carrying a criterion that is not in the filter. A customer ID always is. */
const EXTENSION_PARAMS: Readonly<Record<Exclude<Criterion, 'customerId'>, string>> = { customerName: 'customerName', resourceType: 'resourceType' };

export interface ActivityRequestParams {
  query: ActivityQuery;
  pageSize: number;
  /** The first record of the page (`offset`), for a host API that serves it (RestAdapter option `offsetPaging`). */
  offset?: number;
}

export function activityQueryParams({ query, pageSize, offset }: ActivityRequestParams): URLSearchParams {
  const params = new URLSearchParams({ startDate: query.from, endDate: query.to, size: String(pageSize) });
  if (offset !== undefined) params.set('offset', String(offset));
  const criteria = FILTERS.flatMap((filter) => {
    const value = criterionValue(query, filter.criterion);
    return value ? [{ ...filter, value }] : [];
  });
  const [first, ...others] = criteria;
  if (first) params.set('filter', JSON.stringify({ Field: first.field, Value: first.value, Operator: first.operator }));
  for (const { criterion, value } of others) params.set(EXTENSION_PARAMS[criterion as Exclude<Criterion, 'customerId'>], value);
  for (const type of query.operationTypes ?? []) params.append('operationType', type);
  if (query.sort) params.set('sort', `operationDate:${query.sort}`);
  return params;
}

/** A criterion as the API receives it; empty means none, as `activityMatcher` treats it. */
function criterionValue(query: ActivityQuery, criterion: Criterion): string {
  if (criterion === 'customerName') return query.customerName?.trim() ?? '';
  return query[criterion] ?? '';
}

/**
 * Parses and validates the parameters as the server does: a bad filter (not JSON, an unknown field, the wrong
 * operator for its field), a criterion given twice or a bad sort is a 400. The dates are taken as given
 * (the period's own rules need the server's clock); missing ones are the last 30 days up to `now`.
 */
export function parseActivityQueryParams(params: URLSearchParams, now: Date): ActivityRequestParams {
  const sizeText = params.get('size') ?? '';
  const size = Number(sizeText);
  if (!/^\d+$/.test(sizeText) || size < 1) throw new QueryParamError('bad-page-size', `size must be a positive whole number, got ${JSON.stringify(sizeText)}`);
  const period = defaultPeriod(now);
  const query: ActivityQuery = { from: params.get('startDate') ?? period.from, to: params.get('endDate') ?? period.to };
  const filter = params.get('filter');
  if (filter !== null && filter !== '') {
    const { criterion, value } = parseFilter(filter);
    query[criterion] = value;
  }
  for (const [criterion, name] of Object.entries(EXTENSION_PARAMS) as [Exclude<Criterion, 'customerId'>, string][]) {
    const value = params.get(name);
    if (value === null) continue;
    if (query[criterion] !== undefined) throw new QueryParamError('bad-filter', `${name} is given twice, in filter and as a parameter`);
    query[criterion] = value;
  }
  if (query.customerName !== undefined && isSearchTooLong(query.customerName)) {
    throw new QueryParamError('search-too-long', `The company name filter is longer than ${MAX_SEARCH_LENGTH} characters`);
  }
  const operationTypes = params.getAll('operationType');
  if (operationTypes.some((type) => !type.trim())) throw new QueryParamError('bad-parameter', 'operationType must not be empty');
  if (operationTypes.length) query.operationTypes = operationTypes;
  const sort = params.get('sort');
  if (sort !== null) query.sort = parseSort(sort);
  // The server caps pages rather than refusing large ones, as the partner center does.
  return { query, pageSize: Math.min(size, MAX_PAGE_SIZE) };
}

function parseFilter(text: string): { criterion: Criterion; value: string } {
  let filter: unknown;
  try {
    filter = JSON.parse(text);
  } catch {
    throw new QueryParamError('bad-filter', `filter is not valid JSON: ${JSON.stringify(text.slice(0, 80))}`);
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw new QueryParamError('bad-filter', 'filter must be a JSON object');
  const { Field, Value, Operator } = filter as Record<string, unknown>;
  const known = FILTERS.find((entry) => entry.field === Field);
  if (!known) throw new QueryParamError('bad-filter', `filter Field must be ${FILTERS.map((entry) => entry.field).join(', ')}, got ${JSON.stringify(Field)}`);
  if (Operator !== known.operator) throw new QueryParamError('bad-filter', `filter Operator for ${known.field} must be ${known.operator}, got ${JSON.stringify(Operator)}`);
  if (typeof Value !== 'string') throw new QueryParamError('bad-filter', 'filter Value must be a string');
  return { criterion: known.criterion, value: Value };
}

function parseSort(text: string): NonNullable<ActivityQuery['sort']> {
  const [field, direction, ...rest] = text.split(':');
  if (field !== 'operationDate' || (direction !== 'asc' && direction !== 'desc') || rest.length) {
    throw new QueryParamError('bad-sort', `sort must be operationDate:asc or operationDate:desc, got ${JSON.stringify(text.slice(0, 80))}`);
  }
  return direction;
}
