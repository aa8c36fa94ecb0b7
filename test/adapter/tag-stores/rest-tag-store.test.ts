import { mochaHooks } from '../../support/browser/contract-hooks.js';
import { expect } from '@open-wc/testing';
import { RestTagStore } from '../../../src/adapter/rest/rest-tag-store.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { describeAdapterContract, expectAdapterError, describeTagStoreContract, type TagStoreSeed } from '../../../src/testing/index.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { withTagStore } from '../../../src/adapter/with-tag-store.js';

before(async () => {
  await startMockWorker();
});

/** The mock API serving the seed: a customer with a reseller relationship for each ID the seed tags. */
function serve(seed: TagStoreSeed): void {
  const customers: CustomerRow[] = Object.entries(seed.assignments).map(([id, tags], at) => ({
    id,
    companyName: `Customer ${at}`,
    primaryDomain: `customer${at}.onmicrosoft.com`,
    relationship: 'cloud-reseller',
    tags,
  }));
  mockApi.reset({ data: { customers, tags: seed.tags } });
}

describeTagStoreContract(mochaHooks, 'RestTagStore over the mock API', (seed) => {
  serve(seed);
  return new RestTagStore({ headers: mockAuthHeaders('admin-agent'), retry: { retries: 0 } });
});

describe('RestTagStore', () => {
  it('asks for a page\'s tags in one request and the tagged customers with one tag parameter per tag', async () => {
    serve({ tags: ['A,B', 'C'], assignments: { x1: ['A,B', 'C'], x2: ['C'] } });
    const store = new RestTagStore({ headers: mockAuthHeaders('admin-agent'), retry: { retries: 0 } });
    expect([...(await store.tagsOf(['x1', 'x2', 'x3'])).keys()]).to.deep.equal(['x1', 'x2']);
    expect(await store.customersWithTags(['a,b', 'c'])).to.deep.equal(['x1']);
    const urls = mockApi.requests.map((request) => `${request.method} ${request.url}`);
    expect(urls).to.deep.equal(['POST /v1/customers/tags/lookup', 'GET /v1/tags/customers?tag=a%2Cb&tag=c']);
  });

  it('is refused tag changes for a sales agent, as the server decides', async () => {
    serve({ tags: ['C'], assignments: { x1: ['C'] } });
    const store = new RestTagStore({ headers: mockAuthHeaders('sales-agent'), retry: { retries: 0 } });
    await expectAdapterError(store.assignTags({ customerIds: ['x1'], add: [], remove: ['C'] }), 'forbidden');
    expect(await store.listTags()).to.deep.equal(['C']);
  });
});

// The whole adapter contract with tags on the host's backend: a source keeping none, the mock API keeping the tags.
describeAdapterContract(mochaHooks, 
  'withTagStore(MemoryAdapter playing Partner Center, RestTagStore over the mock API)',
  (fixture, { agentRole, now }) => {
    mockApi.reset({ data: fixture, ...(now ? { now } : {}) });
    const source = MemoryAdapter.partnerCenterLike({ ...fixture, agentRole, ...(now ? { now } : {}) });
    return withTagStore(source, new RestTagStore({ headers: mockAuthHeaders(agentRole), retry: { retries: 0 } }));
  },
  { tagActivity: false },
);
