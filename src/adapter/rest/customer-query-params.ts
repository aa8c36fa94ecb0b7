/**
 * `GET /v1/customers` query parameters, both ways. `size` and `filter` are the partner-center API's own
 * (`{"Field":"CompanyName"|"Domain","Value":…,"Operator":"starts_with"}`); `tag`, `relationship`,
 * `indirectResellerId` and `sort` are this API's extensions for the list's filters and column sort; `offset`
 * (the page's first row) is one a host API may serve, and says so to the adapter (option `offsetPaging`).
 * A Microsoft ID search is not a filter: it is the exact lookup `GET /v1/customers/{id}`.
 */
import { COLUMN_IDS, isSearchTooLong, MAX_SEARCH_LENGTH, type ColumnId, type CustomerQuery, type SortSpec } from '../../model/query.js';
import { sortSpecs } from '../../model/query.js';

export const MAX_PAGE_SIZE = 500;

const FILTER_FIELDS = { companyName: 'CompanyName', primaryDomain: 'Domain' } as const;

export interface CustomersRequestParams {
  query: CustomerQuery;
  pageSize: number;
  /** The first row of the page (`offset`), for a host API that serves it (RestAdapter option `offsetPaging`). */
  offset?: number;
}

export function customersQueryParams({ query, pageSize, offset }: CustomersRequestParams): URLSearchParams {
  const params = new URLSearchParams({ size: String(pageSize) });
  if (offset !== undefined) params.set('offset', String(offset));
  const text = query.search?.text.trim();
  if (query.search && text && query.search.field !== 'id') {
    params.set('filter', JSON.stringify({ Field: FILTER_FIELDS[query.search.field], Value: text, Operator: 'starts_with' }));
  }
  for (const tag of query.tags ?? []) params.append('tag', tag);
  if (query.relationship !== undefined) params.set('relationship', query.relationship);
  if (query.indirectResellerId !== undefined) params.set('indirectResellerId', query.indirectResellerId);
  for (const { column, direction } of sortSpecs(query.sort)) params.append('sort', `${column}:${direction}`);
  return params;
}

/** What is wrong with a request, in the words a 400 response carries. */
export class QueryParamError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Parses and validates the parameters as the server does: bad filter JSON or an unknown field is a 400. */
export function parseCustomersQueryParams(params: URLSearchParams): CustomersRequestParams {
  const sizeText = params.get('size') ?? '';
  const size = Number(sizeText);
  if (!/^\d+$/.test(sizeText) || size < 1) throw new QueryParamError('bad-page-size', `size must be a positive whole number, got ${JSON.stringify(sizeText)}`);
  const query: CustomerQuery = {};
  const filter = params.get('filter');
  if (filter !== null) query.search = parseFilter(filter);
  const tags = params.getAll('tag');
  if (tags.length) query.tags = tags;
  const relationship = params.get('relationship');
  if (relationship !== null) query.relationship = relationship;
  const reseller = params.get('indirectResellerId');
  if (reseller !== null) query.indirectResellerId = reseller;
  const sort = params.getAll('sort').map(parseSort);
  if (sort.length) query.sort = sort;
  // The server caps pages rather than refusing large ones, as the partner center does.
  return { query, pageSize: Math.min(size, MAX_PAGE_SIZE) };
}

function parseFilter(text: string): NonNullable<CustomerQuery['search']> {
  let filter: unknown;
  try {
    filter = JSON.parse(text);
  } catch {
    throw new QueryParamError('bad-filter', `filter is not valid JSON: ${JSON.stringify(text.slice(0, 80))}`);
  }
  if (typeof filter !== 'object' || filter === null) throw new QueryParamError('bad-filter', 'filter must be a JSON object');
  const { Field, Value, Operator } = filter as Record<string, unknown>;
  const field = (Object.keys(FILTER_FIELDS) as (keyof typeof FILTER_FIELDS)[]).find((key) => FILTER_FIELDS[key] === Field);
  if (!field) throw new QueryParamError('bad-filter', `filter Field must be CompanyName or Domain, got ${JSON.stringify(Field)}`);
  if (Operator !== 'starts_with') throw new QueryParamError('bad-filter', `filter Operator must be starts_with, got ${JSON.stringify(Operator)}`);
  if (typeof Value !== 'string') throw new QueryParamError('bad-filter', 'filter Value must be a string');
  if (isSearchTooLong(Value)) throw new QueryParamError('search-too-long', `filter Value is longer than ${MAX_SEARCH_LENGTH} characters`);
  return { field, text: Value };
}

function parseSort(text: string): SortSpec {
  const [column, direction = 'asc'] = text.split(':');
  if (!(COLUMN_IDS as readonly string[]).includes(column ?? '')) throw new QueryParamError('bad-sort', `sort column must be one of ${COLUMN_IDS.join(', ')}, got ${JSON.stringify(column)}`);
  if (direction !== 'asc' && direction !== 'desc') throw new QueryParamError('bad-sort', `sort direction must be asc or desc, got ${JSON.stringify(direction)}`);
  return { column: column as ColumnId, direction };
}
