/**
 * Checks a `listCustomers` request before any work or any network request, the same way in every adapter
 * (the contract suite holds them to it): a bad page size or a search longer than any value it could match is
 * `invalid`, said plainly, never a 20 kB URL sent to the server.
 */
import { isSearchTooLong, MAX_SEARCH_LENGTH } from '../model/query.js';
import { AdapterError } from './adapter-error.js';
import type { ListCustomersRequest } from './customer-adapter.js';

export function checkListCustomersRequest({ pageSize, search }: ListCustomersRequest): void {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new AdapterError('invalid', `pageSize must be a positive whole number, got ${String(pageSize)}`, { code: 'bad-page-size' });
  }
  if (search && isSearchTooLong(search.text)) {
    throw new AdapterError('invalid', `The search text is longer than ${MAX_SEARCH_LENGTH} characters`, { code: 'search-too-long', status: 400 });
  }
}
