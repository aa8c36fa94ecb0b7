/** Customers: develop/get-a-list-of-customers.md, get-a-customer-by-name.md, get-customers-of-an-indirect-reseller.md, get-a-customer-by-id.md. */
import { HttpResponse } from 'msw';
import type { ListCustomersRequest } from '../../src/adapter/customer-adapter.js';
import { pcError } from './errors.js';
import { BadRequest, nextUri, pageSize, parseFilter, seekState, seekToken, type Handler } from './route.js';
import { pcCollection, pcCustomer } from './shapes.js';


type CustomerSeek = { size: number; filter?: string; token: string };

/** The one `starts_with` filter on CompanyName, Domain or IndirectReseller (get-a-customer-by-name.md:88-90). */
function customerQuery(filterText: string | undefined): Omit<ListCustomersRequest, 'pageSize'> {
  if (filterText === undefined) return {};
  const filter = parseFilter(new URL(`http://x/?filter=${encodeURIComponent(filterText)}`))!;
  if (filter.Operator !== 'starts_with') throw new BadRequest('The only supported operator for customers is starts_with');
  if (typeof filter.Value !== 'string') throw new BadRequest('The filter Value must be a string');
  if (filter.Field === 'CompanyName') return { search: { field: 'companyName', text: filter.Value } };
  if (filter.Field === 'Domain') return { search: { field: 'primaryDomain', text: filter.Value } };
  if (filter.Field === 'IndirectReseller') return { indirectResellerId: filter.Value };
  throw new BadRequest(`Unknown filter field ${JSON.stringify(filter.Field)}`);
}

export const listCustomers: Handler = async ({ request, url, store, mock }) => {
  const seek = url.searchParams.get('seekOperation');
  if (seek !== null && seek !== 'Next') throw new BadRequest(`Unknown seekOperation ${JSON.stringify(seek)}`);
  const state: CustomerSeek | undefined = seek === 'Next' ? seekState<CustomerSeek>(request) : undefined;
  const size = state?.size ?? pageSize(url);
  const filterText = state ? state.filter : (url.searchParams.get('filter') ?? undefined);
  const page = await store.listCustomers({ ...customerQuery(filterText), pageSize: size, ...(state ? { continuationToken: state.token } : {}) });
  const next = page.continuationToken === undefined ? undefined : {
    uri: nextUri(mock, '/customers', `size=${size}&seekOperation=Next`),
    token: seekToken({ size, ...(filterText === undefined ? {} : { filter: filterText }), token: page.continuationToken } satisfies CustomerSeek),
  };
  return HttpResponse.json(pcCollection(page.items.map(pcCustomer), `/customers?size=${size}`, next));
};

/** develop/get-a-customer-by-id.md: ONE customer (a dual-role customer's first relationship). */
export const getCustomer: Handler = async ({ params, store }) => {
  const page = await store.listCustomers({ pageSize: 1, search: { field: 'id', text: params.id! } });
  const row = page.items[0];
  if (!row) return pcError(404, 404, `Customer ${params.id} was not found`);
  return HttpResponse.json(pcCustomer(row));
};
