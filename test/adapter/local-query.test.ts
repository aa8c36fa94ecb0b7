import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import type { CustomerAdapter, ListActivityRequest, ListCustomersRequest } from '../../src/adapter/customer-adapter.js';
import { honouredActivityQuery, honouredCustomerQuery, LocalQueryAdapter, WALK_LIMIT, WALK_LIMIT_CODE, withLocalQuery, type WalkProgress } from '../../src/adapter/local-query.js';
import { capabilitiesOf, DEFAULT_CAPABILITIES, PARTNER_CENTER_CAPABILITIES } from '../../src/adapter/capabilities.js';
import { activityPage } from '../../src/adapter/local-walk-activity.js';
import { LocalWalker } from '../../src/adapter/local-walk.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { daysAgo } from '../../src/model/activity.js';
import { activityComparator, activityMatcher } from '../../src/model/activity-order.js';
import { queryRows, type CustomerQuery } from '../../src/model/query.js';
import { generateCustomers } from '../../mocks/data/index.js';
import { ACTIVITY_NOW, activityFixture, walkAll } from '../../src/testing/index.js';

const customers = generateCustomers({ rows: 1200, seed: 7 });

/** Counts the source's requests, to see what was asked of it and when a walk stopped. */
function counted(source: CustomerAdapter): { adapter: CustomerAdapter; requests: ListCustomersRequest[]; activity: ListActivityRequest[] } {
  const requests: ListCustomersRequest[] = [];
  const activity: ListActivityRequest[] = [];
  const adapter = Object.create(source) as CustomerAdapter;
  adapter.listCustomers = (request, signal) => {
    requests.push(request);
    return source.listCustomers(request, signal);
  };
  adapter.listActivity = (request, signal) => {
    activity.push(request);
    return source.listActivity!(request, signal);
  };
  return { adapter, requests, activity };
}

async function rowsOf(adapter: CustomerAdapter, query: CustomerQuery, pageSize = 500) {
  return (await walkAll(adapter, { ...query, pageSize } as ListCustomersRequest)).rows;
}

describe('honouredCustomerQuery and honouredActivityQuery', () => {
  it('keep what a full source honours, whole', () => {
    const query: CustomerQuery = { search: { field: 'id', text: 'x' }, tags: ['VIP'], relationship: 'advisor', indirectResellerId: 'r1', sort: [{ column: 'tags', direction: 'asc' }] };
    expect(honouredCustomerQuery(query, DEFAULT_CAPABILITIES)).to.deep.equal(query);
  });

  it('keep one criterion for a one-filter source, the search first, and no sort it cannot do', () => {
    const query: CustomerQuery = { search: { field: 'companyName', text: 'co' }, relationship: 'advisor', indirectResellerId: 'r1', sort: { column: 'id', direction: 'asc' } };
    expect(honouredCustomerQuery(query, PARTNER_CENTER_CAPABILITIES)).to.deep.equal({ search: { field: 'companyName', text: 'co' } });
    expect(honouredCustomerQuery({ relationship: 'advisor', indirectResellerId: 'r1' }, PARTNER_CENTER_CAPABILITIES)).to.deep.equal({ indirectResellerId: 'r1' });
    expect(honouredCustomerQuery({ tags: ['VIP'] }, PARTNER_CENTER_CAPABILITIES)).to.deep.equal({});
  });

  it('keep one activity filter, the customer first, and newest first only', () => {
    const query = { from: 'a', to: 'b', customerName: 'co', resourceType: 'order', operationTypes: ['create_order'], sort: 'asc' as const };
    expect(honouredActivityQuery(query, PARTNER_CENTER_CAPABILITIES)).to.deep.equal({ from: 'a', to: 'b', customerName: 'co' });
    expect(honouredActivityQuery(query, DEFAULT_CAPABILITIES)).to.deep.equal(query);
  });
});

describe('withLocalQuery', () => {
  it('sorts a source that cannot sort, over every row walked, counting as the source counts', async () => {
    const source = MemoryAdapter.partnerCenterLike({ customers });
    const adapter = withLocalQuery(source);
    const sort = [{ column: 'companyName', direction: 'desc' }] as const;
    const first = await adapter.listCustomers({ pageSize: 300, sort: [...sort] });
    expect(first.totalCount, 'a source that counts nothing: each page counts itself, walked here or not').to.equal(300);
    const counting = withLocalQuery(new MemoryAdapter({ customers, capabilities: { sortColumns: [] } }));
    expect((await counting.listCustomers({ pageSize: 300, sort: [...sort] })).totalCount, 'a source that counts: the true total').to.equal(customers.length);
    const all = await rowsOf(adapter, { sort: [...sort] }, 300);
    expect(all.map((row) => row.id)).to.deep.equal(queryRows(customers, { sort: [...sort] }).map((row) => row.id));
  });

  it('asks the source for the one criterion it honours and does the others here', async () => {
    const { adapter: source, requests } = counted(MemoryAdapter.partnerCenterLike({ customers }));
    const adapter = withLocalQuery(source);
    const query: CustomerQuery = { search: { field: 'companyName', text: 'c' }, relationship: 'advisor', sort: { column: 'primaryDomain', direction: 'asc' } };
    const rows = await rowsOf(adapter, query);
    expect(rows.map((row) => row.id)).to.deep.equal(queryRows(customers, query).map((row) => row.id));
    expect(rows.length).to.be.greaterThan(0);
    for (const request of requests) {
      expect(request.search).to.deep.equal({ field: 'companyName', text: 'c' });
      expect(request.relationship).to.equal(undefined);
      expect(request.sort).to.equal(undefined);
    }
  });

  it('passes a query the source honours straight through, and states the widened capabilities', async () => {
    const { adapter: source, requests } = counted(new MemoryAdapter({ customers }));
    const adapter = withLocalQuery(source);
    const page = await adapter.listCustomers({ pageSize: 50, sort: { column: 'id', direction: 'asc' }, relationship: 'advisor' });
    expect(requests).to.have.length(1);
    expect(page.continuationToken ?? '').not.to.match(/^local-query:/);
    const limited = withLocalQuery(MemoryAdapter.partnerCenterLike({ customers }));
    expect(limited.capabilities.sortColumns).to.deep.equal(['id', 'companyName', 'primaryDomain', 'relationship']);
    expect(limited.capabilities.filters).to.deep.equal(['relationship', 'indirectResellerId']);
    expect(limited.capabilities.combinedCriteria).to.equal(true);
    expect(limited.capabilities.totals).to.equal(false);
  });

  it('refuses past the bound, stopping the walk there, and then knows the list is too long', async () => {
    const { adapter: source, requests } = counted(MemoryAdapter.partnerCenterLike({ customers }));
    const progress: WalkProgress[] = [];
    const adapter = new LocalQueryAdapter(source, { limit: 500, onProgress: (p) => progress.push({ ...p }) });
    const sort = { column: 'companyName', direction: 'asc' } as const;
    let error: unknown;
    await adapter.listCustomers({ pageSize: 200, sort }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).code).to.equal(WALK_LIMIT_CODE);
    // 3 pages of 200 pass 500: no fourth is asked for.
    expect(requests).to.have.length(3);
    expect(progress.at(-1)).to.include({ state: 'over-limit', purpose: 'sort', kind: 'customers' });
    expect(adapter.knownOverLimit({ sort })).to.equal(true);
    // A search narrows what would be walked: that is not known to be too long.
    expect(adapter.knownOverLimit({ sort, search: { field: 'companyName', text: 'zz' } })).to.equal(false);
  });

  it('refuses at once when the source counts more than the bound', async () => {
    const { adapter: source, requests } = counted(new MemoryAdapter({ customers, capabilities: { sortColumns: [] } }));
    const adapter = new LocalQueryAdapter(source, { limit: 1000 });
    const error = await adapter.listCustomers({ pageSize: 100, sort: { column: 'id', direction: 'asc' } }).catch((e: unknown) => e);
    expect((error as AdapterError).code).to.equal(WALK_LIMIT_CODE);
    expect(requests).to.have.length(1);
  });

  it('stops walking when its signal aborts: no request after the abort', async () => {
    const { adapter: source, requests } = counted(MemoryAdapter.partnerCenterLike({ customers, latencyMs: 20 }));
    const progress: WalkProgress[] = [];
    const adapter = withLocalQuery(source, { onProgress: (p) => progress.push({ ...p }) });
    const controller = new AbortController();
    const done = adapter.listCustomers({ pageSize: 100, sort: { column: 'id', direction: 'asc' } }, controller.signal).catch((e: unknown) => e);
    await new Promise<void>((resolve) => {
      const check = () => (requests.length >= 2 ? resolve() : setTimeout(check, 5));
      check();
    });
    controller.abort();
    const error = await done;
    const asked = requests.length;
    expect((error as Error).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests.length).to.equal(asked);
    expect(asked).to.be.lessThan(12);
    expect(progress.at(-1)?.state).to.equal('aborted');
  });

  it('leaves activity to the source: its activity capabilities and requests as they are', async () => {
    const records = activityFixture();
    const options = { customers: [], activity: records, now: () => ACTIVITY_NOW };
    const { adapter: source, activity } = counted(MemoryAdapter.partnerCenterLike(options));
    const adapter = withLocalQuery(source);
    expect([adapter.capabilities.activityFilters, adapter.capabilities.combinedActivityFilters, adapter.capabilities.activitySort]).to.deep.equal([
      PARTNER_CENTER_CAPABILITIES.activityFilters,
      false,
      false,
    ]);
    const request = { from: daysAgo(90, ACTIVITY_NOW), to: ACTIVITY_NOW.toISOString(), customerName: 'o', pageSize: 500 };
    await adapter.listActivity!(request);
    expect(activity).to.deep.equal([request]);
  });
});

describe('activityPage (the activity half of the walker, as the activity log walks)', () => {
  it('filters and orders activity over the walked period on a one-filter source', async () => {
    const records = activityFixture();
    const options = { customers: [], activity: records, now: () => ACTIVITY_NOW };
    const { adapter: source, activity } = counted(MemoryAdapter.partnerCenterLike(options));
    const walker = new LocalWalker({ source, sourceCapabilities: capabilitiesOf(source), limit: WALK_LIMIT, rememberSize: () => undefined });
    const query = { from: daysAgo(90, ACTIVITY_NOW), to: ACTIVITY_NOW.toISOString(), customerName: 'o', operationTypes: ['update_customer_tags'], sort: 'asc' as const };
    const page = await activityPage(walker, { ...query, pageSize: 500 });
    const expected = records.filter(activityMatcher(query)).sort(activityComparator('asc'));
    expect(expected.length).to.be.greaterThan(0);
    expect(page.items.map((record) => record.id)).to.deep.equal(expected.map((record) => record.id));
    expect(page.totalCount).to.equal(expected.length);
    for (const request of activity) {
      expect(request.operationTypes).to.equal(undefined);
      expect(request.sort).to.equal(undefined);
    }
  });
});

describe('LocalQueryAdapter over a source that pages by offset', () => {
  it('answers a page at an offset of a sort done here from one walk, the rows the sorted walk holds there', async () => {
    const source = new MemoryAdapter({ customers, capabilities: { sortColumns: [] } });
    const { adapter, requests } = counted(source);
    const local = withLocalQuery(adapter);
    expect(local.capabilities?.offsetPaging, 'the source pages by offset, and so does the wrapper').to.equal(true);
    const sort = [{ column: 'companyName' as const, direction: 'asc' as const }];
    const sorted = queryRows(customers, { sort });
    const first = await local.listCustomers({ sort, pageSize: 50, offset: 600 });
    expect(first.items.map((row) => row.companyName)).to.deep.equal(sorted.slice(600, 650).map((row) => row.companyName));
    expect(first.totalCount).to.equal(customers.length);
    const walkRequests = requests.length;
    const later = await local.listCustomers({ sort, pageSize: 50, offset: 1150 });
    expect(later.items.map((row) => row.companyName)).to.deep.equal(sorted.slice(1150).map((row) => row.companyName));
    expect(requests.length, 'the second jump is served from the walk kept for the query').to.equal(walkRequests);
  });
});
