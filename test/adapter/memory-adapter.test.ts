import { expect } from '@open-wc/testing';
import { DEFAULT_USER_PRINCIPAL_NAMES, MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { describeAdapterContract, expectAbortError, walkAll } from './adapter-contract.js';
import { contractFixture } from './contract-fixture.js';

describeAdapterContract('MemoryAdapter', (fixture, { agentRole, now }) => new MemoryAdapter({ ...fixture, agentRole, ...(now ? { now } : {}) }), {
  actingUser: DEFAULT_USER_PRINCIPAL_NAMES['admin-agent'],
});

describe('MemoryAdapter', () => {
  it('refuses malformed rows at construction, naming the row and field', () => {
    expect(() => new MemoryAdapter({ customers: [{ id: 'a', companyName: 42 } as never] })).to.throw(TypeError, 'customers[0].companyName must be a string, got number');
    expect(() => new MemoryAdapter({ customers: 'rows' as never })).to.throw(TypeError, 'customers must be an array');
    const row = contractFixture().customers[0]!;
    expect(() => new MemoryAdapter({ customers: [row, { ...row }] })).to.throw(TypeError, 'customers[1] repeats customer');
  });

  it('gives both rows of a customer one tag list, since tags belong to the customer', async () => {
    const [row] = contractFixture().customers;
    const adapter = new MemoryAdapter({ customers: [{ ...row!, tags: ['A'] }, { ...row!, relationship: 'indirect-reseller', tags: ['b', 'a'] }] });
    const { items } = await adapter.listCustomers({ pageSize: 10 });
    expect(items.map((item) => item.tags)).to.deep.equal([['A', 'b'], ['A', 'b']]);
  });

  it('caps pages at maxPageSize, as the REST API caps them at 500', async () => {
    const customers = contractFixture().customers;
    const adapter = new MemoryAdapter({ customers, maxPageSize: 4 });
    const { rows, pages } = await walkAll(adapter, { pageSize: 10 });
    expect(rows).to.have.length(customers.length);
    expect(pages).to.equal(3);
  });

  it('finishes a walk over its snapshot even when tags change between pages', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const first = await adapter.listCustomers({ pageSize: 4, tags: ['EDU'] });
    await adapter.deleteTag('EDU');
    const second = await adapter.listCustomers({ pageSize: 4, tags: ['EDU'], continuationToken: first.continuationToken });
    expect(first.items.length + second.items.length).to.equal(first.totalCount);
  });

  it('waits its simulated latency and can be aborted during it', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), latencyMs: 5_000 });
    const controller = new AbortController();
    const started = performance.now();
    const pending = adapter.listTags(controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expectAbortError(pending);
    expect(performance.now() - started).to.be.below(1_000);
  });

  it('follows a role change on the same adapter', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), agentRole: 'sales-agent' });
    adapter.agentRole = 'admin-agent';
    expect(await adapter.createTag('Now allowed')).to.equal('Now allowed');
  });
});

describe('MemoryAdapter.forRole', () => {
  it('shares data with the adapter it came from but checks its own role', async () => {
    const admin = new MemoryAdapter(contractFixture());
    const sales = admin.forRole('sales-agent');
    await admin.createTag('Shared');
    expect(await sales.listTags()).to.include('Shared');
    let refused = false;
    await sales.createTag('Nope').catch(() => (refused = true));
    expect(refused).to.equal(true);
    expect(admin.agentRole).to.equal('admin-agent');
  });

  it('keeps counters shared, so etags from two views never repeat', async () => {
    const admin = new MemoryAdapter(contractFixture());
    const other = admin.forRole('sales-agent');
    const id = contractFixture().customers[0]!.id;
    const profile = await admin.getBillingProfile(id);
    const valid = { ...profile, firstName: 'A', lastName: 'B', email: 'a@b.pl', defaultAddress: { country: 'PL', city: 'Łódź', addressLine1: 'x 1', postalCode: '90-001' } };
    const first = await admin.updateBillingProfile(id, valid);
    const second = await other.updateBillingProfile(id, { ...valid, etag: first.etag });
    expect(second.etag).not.to.equal(first.etag);
  });
});

describe('MemoryAdapter search', () => {
  it('narrows a search that extends the previous one, with the same results as a fresh search', async () => {
    const dataset = (await import('../../mocks/data/index.js')).generateDataset({ rows: 3000, seed: 8 });
    const typed = new MemoryAdapter(dataset);
    const fresh = () => new MemoryAdapter(dataset);
    const sort = { column: 'companyName' as const, direction: 'desc' as const };
    for (const text of ['c', 'co', 'con', 'cont', 'co', 'z', 'zak']) {
      const query = { search: { field: 'companyName' as const, text }, sort, pageSize: 5000 };
      const narrowed = await typed.listCustomers(query);
      const scanned = await fresh().listCustomers(query);
      expect(narrowed.items.map((row) => row.id), `search "${text}"`).to.deep.equal(scanned.items.map((row) => row.id));
    }
  });

  it('answers from its first-character buckets exactly as a scan does, unsorted, with filters, and in any script', async () => {
    const dataset = (await import('../../mocks/data/index.js')).generateDataset({ rows: 3000, seed: 8 });
    const typed = new MemoryAdapter(dataset);
    const relationship = 'indirect-reseller';
    for (const [field, text, filtered] of [['companyName', 'c', false], ['companyName', 'co', true], ['primaryDomain', 'z', false], ['companyName', 'Ż', false], ['companyName', '株', false], ['companyName', 'c', true]] as const) {
      const query = { search: { field, text }, pageSize: 5000, ...(filtered ? { relationship } : {}) };
      const fromBuckets = await typed.listCustomers(query);
      const expected = dataset.customers.filter((row) => row[field].toLowerCase().startsWith(text.toLowerCase()) && (!filtered || row.relationship === relationship));
      expect(fromBuckets.items.map((row) => row.id), `${field} "${text}"${filtered ? ' + relationship' : ''}`).to.deep.equal(expected.map((row) => row.id));
    }
  });

  it('looks a Microsoft ID up in any letter case, with filters applied', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const id = contractFixture().customers[0]!.id;
    expect((await adapter.listCustomers({ pageSize: 10, search: { field: 'id', text: id.toUpperCase() } })).items.map((row) => row.id)).to.deep.equal([id, id].slice(0, contractFixture().customers.filter((row) => row.id === id).length));
    expect((await adapter.listCustomers({ pageSize: 10, search: { field: 'id', text: id }, relationship: 'advisor' })).totalCount).to.equal(0);
  });

  it('finds a renamed customer by its new name after a tag or billing change', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const id = contractFixture().customers[0]!.id;
    expect((await adapter.listCustomers({ pageSize: 10, search: { field: 'companyName', text: 'cont' } })).totalCount).to.equal(4);
    const profile = await adapter.getBillingProfile(id);
    await adapter.updateBillingProfile(id, { ...profile, companyName: 'Zenith Contoso', firstName: 'A', lastName: 'B', email: 'a@b.pl', defaultAddress: { country: 'PL', city: 'Łódź', addressLine1: 'x 1', postalCode: '90-001' } });
    expect((await adapter.listCustomers({ pageSize: 10, search: { field: 'companyName', text: 'cont' } })).totalCount).to.equal(2);
    expect((await adapter.listCustomers({ pageSize: 10, search: { field: 'companyName', text: 'zenith' } })).totalCount).to.equal(2);
  });
});
