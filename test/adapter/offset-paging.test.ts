/**
 * Offset paging (capabilities `offsetPaging`): a page starting at any row. MemoryAdapter serves it unless switched
 * off (and refuses it then, as Partner Center-like), the REST dialect sends `offset` only when the host said it
 * serves it, and the mock server reads it with its own code.
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../src/adapter/rest/rest-adapter.js';
import { daysAgo } from '../../src/model/activity.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../mocks/browser.js';
import { generateDataset } from '../../mocks/data/index.js';
import { expectAdapterError } from '../../src/testing/index.js';

const dataset = generateDataset({ rows: 1200, seed: 11 });
const ids = (page: { items: { id: string; relationship: string }[] }) => page.items.map((row) => `${row.id}/${row.relationship}`);

describe('MemoryAdapter offset paging', () => {
  it('starts a page at any row of the query, the same rows a walk by tokens reaches, with a token to go on', async () => {
    const adapter = new MemoryAdapter(dataset);
    const sort = [{ column: 'companyName' as const, direction: 'asc' as const }];
    const first = await adapter.listCustomers({ pageSize: 1000, sort });
    const second = await adapter.listCustomers({ pageSize: 1000, sort, continuationToken: first.continuationToken! });
    const walked = [...ids(first), ...ids(second)];
    const jumped = await adapter.listCustomers({ pageSize: 100, sort, offset: 950 });
    expect(ids(jumped)).to.deep.equal(walked.slice(950, 1050));
    expect(jumped.totalCount).to.equal(1200);
    const next = await adapter.listCustomers({ pageSize: 500, sort, continuationToken: jumped.continuationToken! });
    expect(ids(next)).to.deep.equal(walked.slice(1050, 1200));
    expect(next.continuationToken).to.equal(undefined);
  });

  it('answers an offset past the end with no rows and no token', async () => {
    const page = await new MemoryAdapter(dataset).listCustomers({ pageSize: 100, offset: 5000 });
    expect([page.items.length, page.totalCount, page.continuationToken]).to.deep.equal([0, 1200, undefined]);
  });

  it('refuses an offset when offset paging is off, and as a Partner Center-like source (unsupported)', async () => {
    for (const adapter of [new MemoryAdapter({ ...dataset, capabilities: { offsetPaging: false } }), MemoryAdapter.partnerCenterLike(dataset)]) {
      await expectAdapterError(adapter.listCustomers({ pageSize: 100, offset: 100 }), 'invalid', 'unsupported');
      await expectAdapterError(adapter.listActivity({ pageSize: 100, from: daysAgo(30), to: daysAgo(0), offset: 100 }), 'invalid', 'unsupported');
    }
  });

  it('refuses an offset that is no row number, or that comes with a continuation token', async () => {
    const adapter = new MemoryAdapter(dataset);
    await expectAdapterError(adapter.listCustomers({ pageSize: 100, offset: -1 }), 'invalid', 'bad-offset');
    await expectAdapterError(adapter.listCustomers({ pageSize: 100, offset: 1.5 }), 'invalid', 'bad-offset');
    const first = await adapter.listCustomers({ pageSize: 100 });
    await expectAdapterError(adapter.listCustomers({ pageSize: 100, offset: 300, continuationToken: first.continuationToken! }), 'invalid', 'bad-offset');
  });

  it('starts activity pages at an offset too', async () => {
    const adapter = new MemoryAdapter(dataset);
    const period = { from: daysAgo(89), to: daysAgo(0) };
    const all = await adapter.listActivity({ ...period, pageSize: 10_000 });
    expect(all.items.length).to.be.above(40);
    const page = await adapter.listActivity({ ...period, pageSize: 10, offset: 30 });
    expect(page.items.map((record) => record.id)).to.deep.equal(all.items.slice(30, 40).map((record) => record.id));
  });
});

describe('RestAdapter offset paging over the mock API', () => {
  before(async () => {
    await startMockWorker();
  });
  beforeEach(() => mockApi.reset({ data: { customers: dataset.customers, activity: dataset.activity } }));

  it('sends `offset` when the host serves it, and the mock answers the rows from there; the next link goes on', async () => {
    const adapter = new RestAdapter({ headers: mockAuthHeaders('admin-agent'), offsetPaging: true });
    expect(adapter.capabilities.offsetPaging).to.equal(true);
    const memory = new MemoryAdapter(dataset);
    const expected = ids(await memory.listCustomers({ pageSize: 10_000 }));
    const page = await adapter.listCustomers({ pageSize: 200, offset: 700 });
    expect(mockApi.requests.at(-1)!.url).to.match(/[?&]offset=700(&|$)/);
    expect(ids(page)).to.deep.equal(expected.slice(700, 900));
    expect(page.totalCount).to.equal(1200);
    const next = await adapter.listCustomers({ pageSize: 200, continuationToken: page.continuationToken! });
    expect(ids(next)).to.deep.equal(expected.slice(900, 1100));
    expect(mockApi.requests.at(-1)!.url, 'the next page follows its token, not the offset again').to.not.match(/offset=/);
  });

  it('sends activity offsets too', async () => {
    const adapter = new RestAdapter({ headers: mockAuthHeaders('admin-agent'), offsetPaging: true });
    const period = { from: daysAgo(89), to: daysAgo(0) };
    const all = await adapter.listActivity({ ...period, pageSize: 500 });
    const page = await adapter.listActivity({ ...period, pageSize: 10, offset: 20 });
    expect(mockApi.requests.at(-1)!.url).to.match(/[?&]offset=20(&|$)/);
    expect(page.items.map((record) => record.id)).to.deep.equal(all.items.slice(20, 30).map((record) => record.id));
  });

  it('never sends `offset` to a host that did not say it serves it (the default)', async () => {
    const adapter = new RestAdapter({ headers: mockAuthHeaders('admin-agent') });
    expect(adapter.capabilities.offsetPaging).to.equal(false);
    await expectAdapterError(adapter.listCustomers({ pageSize: 100, offset: 100 }), 'invalid', 'unsupported');
    expect(mockApi.requests.length, 'refused before any request').to.equal(0);
  });

  it('is refused by the mock server when it is no row number (400, read by the mock\'s own code)', async () => {
    const response = await fetch('/v1/customers?size=10&offset=ten', { headers: mockAuthHeaders('admin-agent') });
    expect(response.status).to.equal(400);
    expect(JSON.stringify(await response.json())).to.contain('bad-offset');
  });
});

