import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/browser/wait.js';
import { generateCustomers, generateDataset } from '../../mocks/data/index.js';
import { CustomerStream } from '../../mocks/data/customers.js';
import { DatasetLoader } from '../../mocks/dataset-loader.js';
import { LoadingAdapter } from '../../mocks/loading-adapter.js';
import { MockApi } from '../../mocks/api/mock-api.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { rowKey } from '../../src/model/customer.js';

const now = new Date('2026-11-20T12:00:00.000Z');

/** Every row of the adapter, page by page. */
async function allRows(adapter: LoadingAdapter) {
  const rows = [];
  let token: string | undefined;
  do {
    const page = await adapter.listCustomers({ pageSize: 10_000, ...(token ? { continuationToken: token } : {}) });
    rows.push(...page.items);
    token = page.continuationToken;
  } while (token);
  return rows;
}

describe('dataset loader', () => {
  it('deals the same rows in chunks as generateCustomers in one go, pairs never split', () => {
    for (const hostile of [false, true]) {
      const stream = new CustomerStream({ rows: 5000, seed: 4, hostile });
      const chunks = [];
      while (!stream.done) chunks.push(stream.take(333));
      expect(chunks.flat(), `hostile: ${hostile}`).to.deep.equal(generateCustomers({ rows: 5000, seed: 4, hostile }));
      for (let i = 1; i < chunks.length; i++) expect(chunks[i]![0]!.id).not.to.equal(chunks[i - 1]!.at(-1)!.id);
    }
  });

  it('states the capabilities of the adapter it loads, a limited one included', () => {
    const loader = new DatasetLoader({ rows: 10, seed: 1 });
    try {
      expect(new LoadingAdapter(loader).capabilities).to.deep.equal(loader.adapter.capabilities);
      const limited = MemoryAdapter.partnerCenterLike();
      expect(new LoadingAdapter(loader, limited).capabilities).to.equal(limited.capabilities);
      expect(new LoadingAdapter(loader, limited).capabilities.totals).to.equal(false);
    } finally {
      loader.stop();
    }
  });

  it('serves the first page of a large dataset before the rest is generated, with the full count', async () => {
    const loader = new DatasetLoader({ rows: 400_000, seed: 3 });
    try {
      const adapter = new LoadingAdapter(loader);
      const page = await adapter.listCustomers({ pageSize: 100 });
      expect(loader.loaded).to.equal(false);
      expect(page.totalCount).to.equal(400_000);
      expect(page.continuationToken).to.be.a('string');
      expect(page.items).to.deep.equal(generateCustomers({ rows: 1000, seed: 3 }).slice(0, 100));
    } finally {
      loader.stop();
    }
  });

  it('holds a search, the next page and the activity until every row is in, then answers over all of them', async function () {
    // Generates the dataset twice, which takes a while on a busy machine.
    this.timeout(60_000);
    const loader = new DatasetLoader({ rows: 12_000, seed: 5, now: () => now });
    const adapter = new LoadingAdapter(loader);
    const dataset = generateDataset({ rows: 12_000, seed: 5, now });
    const last = dataset.customers.at(-1)!;
    const first = adapter.listCustomers({ pageSize: 500 });
    const found = adapter.listCustomers({ pageSize: 10, search: { field: 'id', text: last.id } });
    const { continuationToken } = await first;
    const second = await adapter.listCustomers({ pageSize: 500, continuationToken: continuationToken! });
    expect(loader.loaded).to.equal(true);
    expect(second.items).to.deep.equal(dataset.customers.slice(500, 1000));
    expect((await found).items.map((row) => row.id)).to.include(last.id);
    expect(await allRows(adapter)).to.deep.equal(dataset.customers);
    const activity = await adapter.listActivity({ from: '2026-08-23', to: '2026-11-20', pageSize: 10_000 });
    expect(activity.items.map((record) => record.id)).to.deep.equal(dataset.activity.map((record) => record.id));
  });

  it('refuses a marketplace order to indirect-only customers, found chunk by chunk', async () => {
    const loader = new DatasetLoader({ rows: 6000, seed: 2 });
    await loader.ready;
    const { catalogRefusals } = generateDataset({ rows: 6000, seed: 2 });
    const refused = Object.keys(catalogRefusals);
    expect(refused.length).to.be.above(1000);
    for (const id of [refused[0]!, refused.at(-1)!]) {
      const error = await loader.adapter.listProducts({ catalog: 'marketplace', country: 'US', customerId: id }).catch((e: unknown) => e);
      expect(error).to.have.property('kind', 'forbidden');
    }
  });

  it('keeps tag changes made through the mock API once loaded, and stops loading on reset', async function () {
    this.timeout(60_000);
    const api = new MockApi();
    api.reset({ rows: 8000, seed: 7 });
    const store = api.as('admin-agent') as LoadingAdapter;
    const { items } = await store.listCustomers({ pageSize: 1, relationship: 'cloud-reseller' });
    await store.assignTags({ target: { mode: 'some', keys: [rowKey(items[0]!)] }, add: ['VIP'], remove: [] });
    const [stored] = (await store.listCustomers({ pageSize: 10, search: { field: 'id', text: items[0]!.id } })).items;
    expect(stored!.tags).to.include('VIP');

    api.reset({ rows: 400_000, seed: 7 });
    const large = api.as('admin-agent') as LoadingAdapter;
    await large.listCustomers({ pageSize: 10 });
    const search = large.listCustomers({ pageSize: 10, search: { field: 'companyName', text: 'a' } }).catch((error: Error) => error);
    api.reset();
    expect(await search).to.be.instanceOf(Error);
    const dealt = large.loader.loadedRows;
    // A stopped loader generates nothing more: its rows stay as they were while the page goes on.
    await waitUntil(async () => (await api.as('admin-agent').listCustomers({ pageSize: 1 })).totalCount === 1000, 'the reset data serves', { timeout: 20_000 });
    expect(large.loader.loadedRows).to.equal(dealt);
    expect(large.loader.loaded).to.equal(false);
  });
});
