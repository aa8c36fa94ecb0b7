import { mochaHooks } from '../support/browser/contract-hooks.js';
import { expect } from '@open-wc/testing';
import { DEFAULT_USER_PRINCIPAL_NAMES, MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { daysAgo } from '../../src/model/activity.js';
import { activityMatcher, sortActivity } from '../../src/model/activity-order.js';
import { generateDataset } from '../../mocks/data/index.js';
import { walkActivity, describeAdapterContract, expectAbortError, expectAdapterError, validProfile, walkAll, ACTIVITY_NOW, activityFixture, contractFixture, IDS } from '../../src/testing/index.js';

describeAdapterContract(mochaHooks, 'MemoryAdapter', (fixture, { agentRole, now }) => new MemoryAdapter({ ...fixture, agentRole, ...(now ? { now } : {}) }), {
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
    const pending = adapter.listTags(controller.signal);
    setTimeout(() => controller.abort(), 20);
    // Had the abort not cut the 5 s wait short, the tags would arrive instead of an AbortError.
    await expectAbortError(pending);
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

describe('MemoryAdapter activity records', () => {
  const PERIOD = { from: daysAgo(90, ACTIVITY_NOW), to: ACTIVITY_NOW.toISOString().slice(0, 10) };
  const now = () => ACTIVITY_NOW;
  const today = (adapter: MemoryAdapter) =>
    walkActivity(adapter, { ...PERIOD, pageSize: 500, sort: 'asc' }).then(({ records }) => records.filter((record) => record.operationDate === ACTIVITY_NOW.toISOString()));

  it('refuses malformed records at construction, naming the record and field', () => {
    const [record] = activityFixture();
    expect(() => new MemoryAdapter({ activity: 'records' as never })).to.throw(TypeError, 'activity must be an array, got string');
    expect(() => new MemoryAdapter({ activity: [{ ...record!, customerName: undefined } as never] })).to.throw(TypeError, 'activity[0].customerName must be a string, got undefined');
    expect(() => new MemoryAdapter({ activity: [{ ...record!, operationDate: 'soon' }] })).to.throw(TypeError, 'activity[0].operationDate is not a date');
    expect(() => new MemoryAdapter({ activity: [{ ...record!, operationStatus: 'done' as never }] })).to.throw(TypeError, 'activity[0].operationStatus must be one of succeeded, failed, progress');
    expect(() => new MemoryAdapter({ activity: [{ ...record!, resourceNewValue: {} as never }] })).to.throw(TypeError, 'activity[0].resourceNewValue must be JSON text');
    expect(() => new MemoryAdapter({ activity: [{ ...record!, customizedData: [{ key: 'a' }] as never }] })).to.throw(TypeError, 'activity[0].customizedData must be an array');
    expect(() => new MemoryAdapter({ activity: [record!, { ...record! }] })).to.throw(TypeError, 'activity[1] repeats id');
  });

  it('keeps its own copy of the records it was given', async () => {
    const records = activityFixture();
    const adapter = new MemoryAdapter({ activity: records, now });
    records[0]!.customerName = 'Changed by the host';
    records[0]!.customizedData[0]!.value = 'Changed';
    records.push({ ...records[1]!, id: 'late' });
    const { items, totalCount } = await adapter.listActivity({ ...PERIOD, pageSize: 1 });
    expect(items[0]).to.deep.equal(activityFixture()[0]);
    expect(totalCount).to.equal(10);
  });

  it('records each view\'s changes in one shared log, as that view\'s user', async () => {
    const admin = new MemoryAdapter({ ...contractFixture(), now });
    const sales = admin.forRole('sales-agent');
    const zofia = admin.forRole('admin-agent', 'zofia.nowak@partner.example');
    const profile = await sales.getBillingProfile(IDS.northwind);
    await sales.updateBillingProfile(IDS.northwind, validProfile(profile));
    await zofia.createTag('By Zofia');
    await admin.createTag('By admin');
    expect((await today(admin)).map((record) => [record.operationType, record.userPrincipalName])).to.deep.equal([
      ['update_customer_billing_profile', 'sales@partner.example'],
      ['create_tag', 'zofia.nowak@partner.example'],
      ['create_tag', 'admin@partner.example'],
    ]);
    expect((await today(zofia)).length, 'every view reads the same log').to.equal(3);
  });

  it('records as the user it was given, or the default of its current role', async () => {
    const named = new MemoryAdapter({ ...contractFixture(), now, userPrincipalName: 'megan.bowen@partner.example' });
    await named.createTag('Named');
    const changing = new MemoryAdapter({ ...contractFixture(), now, agentRole: 'sales-agent' });
    const profile = await changing.getBillingProfile(IDS.northwind);
    await changing.updateBillingProfile(IDS.northwind, validProfile(profile));
    changing.agentRole = 'admin-agent';
    await changing.createTag('After promotion');
    expect((await today(named)).map((record) => record.userPrincipalName)).to.deep.equal(['megan.bowen@partner.example']);
    expect((await today(changing)).map((record) => record.userPrincipalName)).to.deep.equal(['sales@partner.example', 'admin@partner.example']);
  });

  it('gives new records unique GUID-shaped ids that keep the order they were made in on one instant', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), now });
    for (const name of ['One', 'Two', 'Three', 'Four']) await adapter.createTag(name);
    const records = await today(adapter);
    expect(records.map((record) => JSON.parse(record.resourceNewValue!).name)).to.deep.equal(['One', 'Two', 'Three', 'Four']);
    for (const record of records) expect(record.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(records.flatMap((record) => [record.id, record.originalCorrelationId])).size).to.equal(8);
  });

  it('finishes a walk over its snapshot even when records are added between pages', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), activity: activityFixture(), now });
    const first = await adapter.listActivity({ ...PERIOD, pageSize: 4 });
    await adapter.createTag('Mid-walk');
    const rest = await walkActivity(adapter, { ...PERIOD, pageSize: 4, continuationToken: first.continuationToken });
    expect(first.items.length + rest.records.length).to.equal(first.totalCount);
    expect(new Set([...first.items, ...rest.records].map((record) => record.id)).size).to.equal(10);
    expect((await adapter.listActivity({ ...PERIOD, pageSize: 100 })).totalCount, 'a new walk sees it').to.equal(11);
  });

  it('caps pages at maxPageSize and keeps customer and activity tokens apart', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), activity: activityFixture(), now, maxPageSize: 4 });
    const { pages, totalCount } = await walkActivity(adapter, { ...PERIOD, pageSize: 100 });
    expect([pages, totalCount]).to.deep.equal([3, 10]);
    const customers = await adapter.listCustomers({ pageSize: 2 });
    const activity = await adapter.listActivity({ ...PERIOD, pageSize: 2 });
    await expectAdapterError(adapter.listActivity({ ...PERIOD, pageSize: 2, continuationToken: customers.continuationToken! }), 'invalid', 'bad-token');
    await expectAdapterError(adapter.listCustomers({ pageSize: 2, continuationToken: activity.continuationToken! }), 'invalid', 'bad-token');
  });

  it('serves a generated dataset\'s history: the same records, newest first', async () => {
    const dataset = generateDataset({ rows: 200, seed: 4, now: ACTIVITY_NOW });
    const { records } = await walkActivity(new MemoryAdapter({ ...dataset, now }), { ...PERIOD, pageSize: 250 });
    expect(records).to.deep.equal(dataset.activity);
  });

  it('answers a period alone (no sort run on records given in order, no record tested) with what the rules select', async () => {
    const history = generateDataset({ rows: 60, seed: 9, now: ACTIVITY_NOW, activityRecords: 400 }).activity;
    // Out of order too, and two records of one instant: the ids decide.
    const shuffled = [...history].reverse();
    shuffled.push({ ...history[5]!, id: '00000000-0000-4000-8000-000000000000' });
    const week = { from: daysAgo(7, ACTIVITY_NOW), to: daysAgo(2, ACTIVITY_NOW) };
    for (const records of [history, shuffled]) {
      const adapter = new MemoryAdapter({ activity: records, now });
      for (const sort of ['desc', 'asc'] as const) {
        for (const period of [PERIOD, week]) {
          const expected = sortActivity(records.filter(activityMatcher(period)), sort);
          const { records: walked } = await walkActivity(adapter, { ...period, sort, pageSize: 37 });
          expect(walked.map((record) => record.id), `${records === history ? 'in order' : 'out of order'}, ${sort}, ${period.from}`).to.deep.equal(expected.map((record) => record.id));
        }
      }
    }
  });
});
