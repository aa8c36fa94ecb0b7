import { expect } from '@open-wc/testing';
import { capabilitiesOf, DEFAULT_CAPABILITIES, PARTNER_CENTER_CAPABILITIES, type AdapterCapabilities } from '../../src/adapter/capabilities.js';
import { unsupportedCustomerQuery } from '../../src/adapter/capability-checks.js';
import type { CustomerAdapter } from '../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../src/adapter/rest/rest-adapter.js';
import { daysAgo } from '../../src/model/activity.js';
import { rowKey } from '../../src/model/customer.js';
import { walkActivity, expectAdapterError, walkAll, ACTIVITY_NOW, activityFixture, contractFixture, IDS, RESELLER_NORTHWIND } from '../../src/testing/index.js';

// A host's adapter written before capabilities is still a CustomerAdapter.
type WithoutCapabilities = Omit<Required<CustomerAdapter>, 'capabilities'>;
const capabilitiesAreOptional: WithoutCapabilities extends CustomerAdapter ? true : false = true;

/** Today's behaviour, written out rather than read from the constant, so a changed default fails here. */
const EVERYTHING: AdapterCapabilities = {
  sortColumns: ['id', 'companyName', 'primaryDomain', 'relationship', 'tags'],
  multiColumnSort: true,
  searchFields: ['companyName', 'primaryDomain', 'id'],
  filters: ['tags', 'relationship', 'indirectResellerId'],
  combinedCriteria: true,
  totals: true,
  tags: true,
  activityFilters: ['customerId', 'customerName', 'resourceType', 'operationTypes'],
  combinedActivityFilters: true,
  activitySort: true,
  offsetPaging: false,
};

describe('capabilitiesOf', () => {
  it('takes an adapter that states nothing to do everything but offset paging', () => {
    expect(capabilitiesAreOptional).to.equal(true);
    expect(capabilitiesOf({})).to.deep.equal(EVERYTHING);
    expect(capabilitiesOf({ capabilities: undefined })).to.deep.equal(EVERYTHING);
    expect(DEFAULT_CAPABILITIES).to.deep.equal(EVERYTHING);
  });

  it('keeps what an adapter states and fills in the rest, a stated undefined meaning unstated', () => {
    expect(capabilitiesOf({ capabilities: { totals: false, sortColumns: ['companyName'], multiColumnSort: undefined } })).to.deep.equal({
      ...EVERYTHING,
      totals: false,
      sortColumns: ['companyName'],
    });
  });

  it('takes a source without tags to neither sort nor filter by them', () => {
    const capabilities = capabilitiesOf({ capabilities: { tags: false } });
    expect(capabilities.sortColumns).to.deep.equal(['id', 'companyName', 'primaryDomain', 'relationship']);
    expect(capabilities.filters).to.deep.equal(['relationship', 'indirectResellerId']);
  });

  it('finds MemoryAdapter honouring everything, offset paging included, and RestAdapter everything but offsets', () => {
    expect(capabilitiesOf(new MemoryAdapter())).to.deep.equal({ ...EVERYTHING, offsetPaging: true });
    expect(capabilitiesOf(new MemoryAdapter({ capabilities: { offsetPaging: false } })).offsetPaging).to.equal(false);
    expect(capabilitiesOf(MemoryAdapter.partnerCenterLike()).offsetPaging).to.equal(false);
    const rest = new RestAdapter({ fetch: () => Promise.reject(new Error('no network in this test')) });
    expect(capabilitiesOf(rest)).to.deep.equal(EVERYTHING);
  });

  it('counts a blank search as no criterion', () => {
    const query = { search: { field: 'companyName' as const, text: '  ' }, indirectResellerId: RESELLER_NORTHWIND.id };
    expect(unsupportedCustomerQuery(query, PARTNER_CENTER_CAPABILITIES)).to.equal(undefined);
  });
});

describe('MemoryAdapter playing Partner Center', () => {
  const adapter = () => MemoryAdapter.partnerCenterLike({ ...contractFixture(), now: () => ACTIVITY_NOW });

  it('states its limits', () => {
    const capabilities = capabilitiesOf(adapter());
    expect(capabilities).to.include({ multiColumnSort: false, combinedCriteria: false, totals: false, tags: false, combinedActivityFilters: false, activitySort: false });
    expect(capabilities.sortColumns).to.deep.equal([]);
    expect(capabilities.filters).to.deep.equal(['indirectResellerId']);
    expect(capabilities.activityFilters).to.deep.equal(['customerId', 'customerName', 'resourceType']);
  });

  it('refuses a sort, a tag or relationship filter, and two criteria at once', async () => {
    const limited = adapter();
    const sortError = await expectAdapterError(limited.listCustomers({ pageSize: 10, sort: { column: 'companyName', direction: 'asc' } }), 'invalid', 'unsupported');
    expect(sortError.message).to.equal('This data source cannot sort by companyName');
    await expectAdapterError(limited.listCustomers({ pageSize: 10, tags: ['VIP'] }), 'invalid', 'unsupported');
    await expectAdapterError(limited.listCustomers({ pageSize: 10, relationship: 'advisor' }), 'invalid', 'unsupported');
    const both = await expectAdapterError(
      limited.listCustomers({ pageSize: 10, search: { field: 'companyName', text: 'Contoso' }, indirectResellerId: RESELLER_NORTHWIND.id }),
      'invalid',
      'unsupported',
    );
    expect(both.message).to.equal('This data source takes one search or filter at a time, not search and indirectResellerId');
    // The same sort through an adapter that states nothing is served.
    const full = new MemoryAdapter(contractFixture());
    expect((await full.listCustomers({ pageSize: 10, sort: { column: 'companyName', direction: 'asc' } })).items).to.have.length(10);
  });

  it('serves the one search or filter it honours', async () => {
    const limited = adapter();
    const { rows } = await walkAll(limited, { pageSize: 10, search: { field: 'companyName', text: 'contoso' } });
    expect(rows.map((row) => row.companyName)).to.have.members(['Contoso Ltd', 'Contoso Ltd', 'Contoso 10 Pharma', 'Contoso 9 Labs']);
    const byReseller = await walkAll(limited, { pageSize: 10, indirectResellerId: RESELLER_NORTHWIND.id });
    expect(byReseller.rows.map((row) => row.id)).to.have.members([IDS.contoso, IDS.sakura]);
  });

  it('counts no total: each page says how many rows it holds', async () => {
    const limited = adapter();
    const all = contractFixture().customers.length;
    const first = await limited.listCustomers({ pageSize: 4 });
    expect(first.items).to.have.length(4);
    expect(first.totalCount).to.equal(4);
    let token = first.continuationToken;
    let seen = first.items.length;
    while (token) {
      const page = await limited.listCustomers({ pageSize: 4, continuationToken: token });
      expect(page.totalCount).to.equal(page.items.length);
      seen += page.items.length;
      token = page.continuationToken;
    }
    expect(seen).to.equal(all);
    expect(all).to.be.greaterThan(4);
  });

  it('keeps no tags: rows carry none and every tag method is refused', async () => {
    const limited = adapter();
    const { rows } = await walkAll(limited, { pageSize: 20 });
    expect(rows.every((row) => row.tags.length === 0), 'rows carry no tags').to.equal(true);
    const target = { mode: 'some' as const, keys: [rowKey({ id: IDS.contoso, relationship: 'cloud-reseller' })] };
    const refused = await expectAdapterError(limited.listTags(), 'invalid', 'unsupported');
    expect(refused.message).to.equal('This data source keeps no tags');
    await expectAdapterError(limited.createTag('New'), 'invalid', 'unsupported');
    await expectAdapterError(limited.renameTag('VIP', 'Very important'), 'invalid', 'unsupported');
    await expectAdapterError(limited.deleteTag('VIP'), 'invalid', 'unsupported');
    await expectAdapterError(limited.assignTags({ target, add: ['VIP'], remove: [] }), 'invalid', 'unsupported');
    await expectAdapterError(limited.countTags(target), 'invalid', 'unsupported');
  });

  it('lists activity with one filter, newest first, counting no total', async () => {
    const limited = MemoryAdapter.partnerCenterLike({ ...contractFixture(), activity: activityFixture(), now: () => ACTIVITY_NOW });
    const period = { from: daysAgo(90, ACTIVITY_NOW), to: ACTIVITY_NOW.toISOString().slice(0, 10) };
    const { records } = await walkActivity(limited, { ...period, pageSize: 500, customerId: IDS.contoso });
    expect(records.map((record) => record.id.slice(-2))).to.deep.equal(['01', '09']);
    const first = await limited.listActivity({ ...period, pageSize: 3 });
    expect(first.totalCount).to.equal(3);
    expect(first.continuationToken).to.be.a('string');
    await expectAdapterError(limited.listActivity({ ...period, pageSize: 10, customerId: IDS.contoso, resourceType: 'order' }), 'invalid', 'unsupported');
    await expectAdapterError(limited.listActivity({ ...period, pageSize: 10, operationTypes: ['create_order'] }), 'invalid', 'unsupported');
    await expectAdapterError(limited.listActivity({ ...period, pageSize: 10, sort: 'asc' }), 'invalid', 'unsupported');
  });

  it('keeps its limits in a view for another role', async () => {
    const view = adapter().forRole('sales-agent');
    expect(capabilitiesOf(view).totals).to.equal(false);
    await expectAdapterError(view.listCustomers({ pageSize: 10, sort: { column: 'id', direction: 'asc' } }), 'invalid', 'unsupported');
  });
});

describe('MemoryAdapter with some capabilities switched off', () => {
  it('sorts by the columns it states, by one at a time, and refuses the others', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), capabilities: { sortColumns: ['companyName'], multiColumnSort: false } });
    const { rows } = await walkAll(adapter, { pageSize: 20, sort: { column: 'companyName', direction: 'desc' } });
    expect(rows[0]!.companyName).to.equal('株式会社サクラ物産');
    expect(rows.at(-1)!.companyName).to.equal('Acontoso Foods');
    await expectAdapterError(adapter.listCustomers({ pageSize: 10, sort: { column: 'primaryDomain', direction: 'asc' } }), 'invalid', 'unsupported');
    const twoKeys = [
      { column: 'companyName', direction: 'asc' },
      { column: 'companyName', direction: 'desc' },
    ] as const;
    await expectAdapterError(adapter.listCustomers({ pageSize: 10, sort: [...twoKeys] }), 'invalid', 'unsupported');
    // What it did not switch off still works: totals, tags, combined filters.
    const page = await adapter.listCustomers({ pageSize: 1, tags: ['VIP'], relationship: 'cloud-reseller' });
    expect(page.totalCount).to.equal(2);
    expect(await adapter.listTags()).to.include('VIP');
  });
});
