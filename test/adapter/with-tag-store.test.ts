import { expect } from '@open-wc/testing';
import { capabilitiesOf } from '../../src/adapter/capabilities.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { MemoryTagStore } from '../../src/adapter/tag-stores/memory-tag-store.js';
import { withTagStore } from '../../src/adapter/with-tag-store.js';
import { isResellerRelationship, rowKey } from '../../src/model/customer.js';
import { searchKey } from '../../src/model/query.js';
import { generateDataset } from '../../mocks/data/index.js';
import { expectAdapterError, walkAll, contractFixture, IDS } from '../../src/testing/index.js';
import { tagStoreOf } from './tag-store-fixture.js';

/** A store that counts its `tagsOf` calls, to see how often the join asks. */
class CountingStore extends MemoryTagStore {
  tagsOfCalls = 0;
  override tagsOf(...args: Parameters<MemoryTagStore['tagsOf']>) {
    this.tagsOfCalls++;
    return super.tagsOf(...args);
  }
}

describe('withTagStore', () => {
  it('states the source\'s capabilities with tags and the tag filter added, and no sort by tags', () => {
    const limited = capabilitiesOf(withTagStore(MemoryAdapter.partnerCenterLike(), new MemoryTagStore()));
    expect([limited.tags, limited.totals, limited.combinedCriteria]).to.deep.equal([true, false, false]);
    expect([...limited.filters].sort()).to.deep.equal(['indirectResellerId', 'tags']);
    expect(limited.sortColumns).to.deep.equal([]);
    const full = capabilitiesOf(withTagStore(new MemoryAdapter(), new MemoryTagStore()));
    expect(full.sortColumns).to.not.include('tags');
    expect(full.filters).to.include('tags');
  });

  it('joins the store\'s tags into rows with one tagsOf per page, never the source\'s own tags', async () => {
    const fixture = contractFixture();
    const store = new CountingStore({ tags: ['Kept'], assignments: { [IDS.northwind]: ['Kept'] } });
    // A source that keeps tags of its own: the store's are the ones shown and filtered by.
    const adapter = withTagStore(new MemoryAdapter(fixture), store);
    const { rows, pages } = await walkAll(adapter, { pageSize: 4 });
    expect(store.tagsOfCalls).to.equal(pages);
    expect(rows.filter((row) => row.tags.length).map((row) => [row.companyName, row.tags])).to.deep.equal([['Northwind Traders', ['Kept']]]);
    expect((await walkAll(adapter, { pageSize: 10, tags: ['VIP'] })).rows).to.deep.equal([]);
    await expectAdapterError(adapter.listCustomers({ pageSize: 10, sort: { column: 'tags', direction: 'asc' } }), 'invalid', 'unsupported');
  });

  it('tags every matching customer of a select-all over a limited source, rows never loaded included, skipping those it may not tag', async () => {
    const data = generateDataset({ rows: 3000, seed: 11 });
    const adapter = withTagStore(MemoryAdapter.partnerCenterLike({ ...data, maxPageSize: 100 }), new MemoryTagStore({ tags: ['Campaign'] }));
    // The list has drawn one page of 100 rows; the selection is the query, not those rows.
    const query = { search: { field: 'companyName' as const, text: 'c' } };
    await adapter.listCustomers({ ...query, pageSize: 100 });
    const matching = data.customers.filter((row) => searchKey(row.companyName).startsWith('c'));
    expect(matching.length, 'more matches than one page').to.be.above(100);
    const excluded = matching.find((row) => isResellerRelationship(row.relationship) && !matching.some((other) => other !== row && other.id === row.id))!;
    const result = await adapter.assignTags({ target: { mode: 'all', query, excludedKeys: [rowKey(excluded)] }, add: ['campaign'], remove: [] });
    const reseller = (id: string) => data.customers.some((row) => row.id === id && isResellerRelationship(row.relationship));
    const ids = [...new Set(matching.map((row) => row.id))].filter((id) => id !== excluded.id);
    expect(result.updatedCustomers).to.equal(ids.filter(reseller).length);
    expect([...result.skippedCustomerIds].sort()).to.deep.equal(ids.filter((id) => !reseller(id)).sort());
    const tagged = await walkAll(adapter, { pageSize: 100, tags: ['Campaign'] });
    expect(new Set(tagged.rows.map((row) => row.id))).to.deep.equal(new Set(ids.filter(reseller)));
    expect(tagged.rows.every((row) => row.tags.includes('Campaign'))).to.equal(true);
    const counts = await adapter.countTags({ mode: 'all', query, excludedKeys: [] });
    expect([counts.selected, counts.eligible, counts.byTag.Campaign]).to.deep.equal([ids.length + 1, ids.filter(reseller).length + 1, ids.filter(reseller).length]);
  });

  it('pages a tag filter over a source without it with tokens of its own, a dual-role customer split only by a page of one', async () => {
    const fixture = contractFixture();
    const adapter = withTagStore(MemoryAdapter.partnerCenterLike(fixture), tagStoreOf(fixture));
    const { rows, pages } = await walkAll(adapter, { pageSize: 1, tags: ['vip'] });
    expect(rows.map((row) => rowKey(row)).sort()).to.deep.equal(
      [rowKey({ id: IDS.contoso, relationship: 'cloud-reseller' }), rowKey({ id: IDS.contoso, relationship: 'indirect-reseller' }), rowKey({ id: IDS.contoso10, relationship: 'cloud-reseller' })].sort(),
    );
    expect(pages).to.equal(3);
    const two = await walkAll(adapter, { pageSize: 2, tags: ['vip'] });
    expect(two.pages, 'both rows of Contoso on one page').to.equal(2);
    await expectAdapterError(adapter.listCustomers({ pageSize: 1, continuationToken: 'tagged1.999.0.0' }), 'invalid', 'bad-token');
  });

  it('evaluates a search combined with a tag filter over the looked-up rows of a source that takes one criterion', async () => {
    const fixture = contractFixture();
    const adapter = withTagStore(MemoryAdapter.partnerCenterLike(fixture), tagStoreOf(fixture));
    const rows = (await walkAll(adapter, { pageSize: 10, tags: ['EDU'], search: { field: 'companyName', text: 'north' } })).rows;
    expect(rows.map((row) => row.companyName)).to.deep.equal(['Northwind Traders']);
  });

  it('states a true total for a tag filter over a source that counts', async () => {
    const fixture = contractFixture();
    const adapter = withTagStore(new MemoryAdapter(fixture), tagStoreOf(fixture));
    const page = await adapter.listCustomers({ pageSize: 1, tags: ['EDU'], sort: { column: 'companyName', direction: 'desc' } });
    expect([page.totalCount, page.items[0]!.companyName]).to.deep.equal([3, 'Northwind Traders']);
  });

  it('refuses tag changes to a sales agent, reading the source\'s role', async () => {
    const adapter = withTagStore(MemoryAdapter.partnerCenterLike({ ...contractFixture(), agentRole: 'sales-agent' }), new MemoryTagStore({ tags: ['VIP'] }));
    await expectAdapterError(adapter.createTag('New'), 'forbidden');
    expect(await adapter.listTags()).to.deep.equal(['VIP']);
  });
});
