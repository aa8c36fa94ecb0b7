// README's first example, compiled under every module resolution.
import { MemoryAdapter, setLocale, type CustomerRow } from 'customer-list-elements';

declare const customers: CustomerRow[];

const adapter = new MemoryAdapter({ customers, agentRole: 'admin-agent' });
const { items, totalCount, continuationToken } = await adapter.listCustomers({
  pageSize: 100,
  search: { field: 'companyName', text: 'cont' },
  sort: { column: 'companyName', direction: 'asc' },
});
await setLocale('pl'); // every element re-renders in Polish

export { items, totalCount, continuationToken };
