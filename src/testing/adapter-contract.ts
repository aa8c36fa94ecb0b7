/**
 * The CustomerAdapter contract, stated once. Every adapter runs this same suite, ours and a host's:
 * `describeAdapterContract({ describe, it, beforeEach, expect }, 'MemoryAdapter', (fixture, options) => new MemoryAdapter({ ...fixture, ...options }))`.
 */
import type { AgentRole, CustomerAdapter } from '../adapter/customer-adapter.js';
import type { BillingProfile } from '../model/billing.js';
import { rowKey, type CustomerRow } from '../model/customer.js';
import type { ColumnId, CustomerQuery } from '../model/query.js';
import { generatedFixture } from './generated-fixture.js';
import type { ContractHooks } from './hooks.js';
import { expectAbortError, expectAdapterError, validProfile, walkAll, type AdapterFactory, type ContractOptions } from './contract-helpers.js';
import { CATALOG_REFUSAL, contractFixture, IDS, OFFERS, RESELLER_NORTHWIND, type ContractFixture } from './contract-fixture.js';
import { describeActivityContract } from './activity-contract.js';
import { gate, statedCapabilities } from './contract-gates.js';
import { UNSUPPORTED } from '../adapter/capability-checks.js';

const keys = (rows: CustomerRow[]) => rows.map(rowKey);
const names = (rows: CustomerRow[]) => rows.map((row) => row.companyName);

/**
 * Declares the contract's tests for the adapters `factory` makes, through the runner's `hooks`. Each test gets a
 * fresh adapter holding exactly the fixture it is given (`contractFixture()` unless the test needs another).
 */
export function describeAdapterContract(hooks: ContractHooks, name: string, factory: AdapterFactory, options: ContractOptions = {}): void {
  const { describe, it, beforeEach, expect } = hooks;
  const when = gate(it);
  describeActivityContract(hooks, name, factory, options);
  describe(`${name}: the CustomerAdapter contract`, () => {
    let fixture: ContractFixture;
    let adapter: CustomerAdapter;
    const make = (agentRole: AgentRole = 'admin-agent', data: ContractFixture = fixture) => factory(data, { agentRole });
    const list = async (query: CustomerQuery) => (await walkAll(adapter, { ...query, pageSize: 500 })).rows;
    const caps = options.capabilities ?? statedCapabilities(() => factory(contractFixture(), { agentRole: 'admin-agent' }));
    /** A query the adapter must refuse, since it does not state what the query asks. */
    const refuses = (query: CustomerQuery) => async () => {
      await expectAdapterError(adapter.listCustomers({ ...query, pageSize: 10 }), 'invalid', UNSUPPORTED);
    };
    const byTag = when(caps.filters.includes('tags'), 'no tag filter', refuses({ tags: ['VIP'] }));
    const byRelationship = when(caps.filters.includes('relationship'), 'no relationship filter', refuses({ relationship: 'cloud-reseller' }));
    const byReseller = when(caps.filters.includes('indirectResellerId'), 'no indirect reseller filter', refuses({ indirectResellerId: RESELLER_NORTHWIND.id }));
    const combined = when(caps.combinedCriteria && caps.filters.includes('relationship'), 'one search or filter per query', refuses({ search: { field: 'companyName', text: 'contoso' }, relationship: 'cloud-reseller' }));
    const sorted = (column: ColumnId) => when(caps.sortColumns.includes(column), `no sort by ${column}`, refuses({ sort: { column, direction: 'asc' } }));
    const multiSorted = when(caps.multiColumnSort && caps.sortColumns.includes('relationship') && caps.sortColumns.includes('companyName'), 'one sort key at a time', refuses({ sort: [{ column: 'relationship', direction: 'asc' }, { column: 'companyName', direction: 'asc' }] }));
    const tagged = when(caps.tags, 'the source keeps no tags', async () => {
      await expectAdapterError(adapter.listTags(), 'invalid', UNSUPPORTED);
      await expectAdapterError(adapter.createTag('New'), 'invalid', UNSUPPORTED);
      await expectAdapterError(adapter.renameTag('VIP', 'V'), 'invalid', UNSUPPORTED);
      await expectAdapterError(adapter.deleteTag('VIP'), 'invalid', UNSUPPORTED);
      await expectAdapterError(adapter.assignTags({ target: { mode: 'some', keys: [] }, add: ['VIP'], remove: [] }), 'invalid', UNSUPPORTED);
      await expectAdapterError(adapter.countTags({ mode: 'some', keys: [] }), 'invalid', UNSUPPORTED);
      expect((await list({})).every((row) => row.tags.length === 0), 'rows carry no tags').to.equal(true);
    });
    const taggedOnly = when(caps.tags, 'the source keeps no tags');
    const taggedAndFiltered = when(caps.tags && caps.filters.includes('tags'), caps.tags ? 'no tag filter' : 'the source keeps no tags');
    /** Sorts names locally where the order is not what a test is about, so it runs over a source that cannot sort. */
    const sortedNames = (rows: CustomerRow[]) => names(rows).sort(new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare);

    beforeEach(async () => {
      fixture = contractFixture();
      adapter = await make();
    });

    describe('paging', () => {
      for (const pageSize of [1, 7, 500]) {
        it(`lists every row exactly once with page size ${pageSize}`, async () => {
          const data = generatedFixture({ customers: pageSize === 500 ? 1234 : 150 });
          const paged = await make('admin-agent', data);
          // Without totals, walkAll checks each page counts itself and returns the count the walk ends on.
          const { rows, pages, totalCount } = await walkAll(paged, { pageSize });
          expect(totalCount).to.equal(data.customers.length);
          expect(new Set(keys(rows)).size).to.equal(data.customers.length);
          expect(new Set(keys(rows))).to.deep.equal(new Set(keys(data.customers)));
          expect(pages).to.equal(Math.ceil(data.customers.length / pageSize));
        });
      }

      it('ends with no continuation token when everything fits in one page', async () => {
        const page = await adapter.listCustomers({ pageSize: 100 });
        expect(page.items).to.have.length(fixture.customers.length);
        expect(page.totalCount).to.equal(fixture.customers.length);
        expect(page.continuationToken).to.equal(undefined);
      });

      it('serves an empty list as one empty page', async () => {
        const empty = await make('admin-agent', { ...fixture, customers: [] });
        const page = await empty.listCustomers({ pageSize: 10 });
        expect(page).to.deep.equal({ items: [], totalCount: 0 });
      });

      it('refuses a page size that is not a positive whole number', async () => {
        await expectAdapterError(adapter.listCustomers({ pageSize: 0 }), 'invalid');
      });

      it('refuses a malformed continuation token', async () => {
        await expectAdapterError(adapter.listCustomers({ pageSize: 2, continuationToken: 'not-a-token' }), 'invalid');
      });

      it('returns copies: changing a returned row changes nothing stored', async () => {
        const first = await adapter.listCustomers({ pageSize: 1 });
        first.items[0]!.companyName = 'Mutated';
        first.items[0]!.tags.push('Mutated');
        const again = await adapter.listCustomers({ pageSize: 1 });
        expect(again.items[0]!.companyName).to.equal(fixture.customers[0]!.companyName);
        expect(again.items[0]!.tags).to.deep.equal(caps.tags ? fixture.customers[0]!.tags : []);
      });
    });

    describe('dual-role customers', () => {
      it('keeps both rows of a customer the partner serves directly and through a reseller', async () => {
        const rows = await list({ search: { field: 'id', text: IDS.contoso } });
        expect(rows.map((row) => row.relationship).sort()).to.deep.equal(['cloud-reseller', 'indirect-reseller']);
        expect(new Set(keys(rows)).size).to.equal(2);
        expect(rows.find((row) => row.relationship === 'indirect-reseller')!.indirectReseller).to.deep.equal(RESELLER_NORTHWIND);
      });
    });

    describe('search', () => {
      it('matches a case-insensitive prefix of the company name', async () => {
        const rows = await list({ search: { field: 'companyName', text: 'cONTOSO' } });
        expect(sortedNames(rows)).to.deep.equal(['Contoso 9 Labs', 'Contoso 10 Pharma', 'Contoso Ltd', 'Contoso Ltd']);
      });

      it('matches only at the start of the value, like the API\'s starts_with', async () => {
        const rows = await list({ search: { field: 'companyName', text: 'Foods' } });
        expect(rows).to.deep.equal([]);
      });

      it('matches prefixes in any script', async () => {
        expect(names(await list({ search: { field: 'companyName', text: 'zakłady mięsne' } }))).to.deep.equal(['Zakłady Mięsne Łódź Sp. z o.o.']);
        expect(names(await list({ search: { field: 'companyName', text: '株式会社' } }))).to.deep.equal(['株式会社サクラ物産']);
      });

      it('matches a prefix of the primary domain', async () => {
        const rows = await list({ search: { field: 'primaryDomain', text: 'Contoso1' } });
        expect(names(rows)).to.deep.equal(['Contoso 10 Pharma']);
      });

      it('finds a Microsoft ID only when it is complete, in any letter case', async () => {
        expect(await list({ search: { field: 'id', text: IDS.contoso10.slice(0, 8) } })).to.deep.equal([]);
        expect(names(await list({ search: { field: 'id', text: IDS.contoso10.toUpperCase() } }))).to.deep.equal(['Contoso 10 Pharma']);
      });

      it('reports the count of matching rows, not of all rows', async () => {
        const page = await adapter.listCustomers({ pageSize: 1, search: { field: 'companyName', text: 'contoso' } });
        expect(page.totalCount, caps.totals ? 'the query\'s total' : 'a source without totals counts the page').to.equal(caps.totals ? 4 : 1);
        expect(page.items).to.have.length(1);
        expect(page.continuationToken).to.be.a('string');
      });

      it('ignores surrounding white space and treats an empty search as none', async () => {
        expect(await list({ search: { field: 'companyName', text: '  northwind ' } })).to.have.length(1);
        expect(await list({ search: { field: 'companyName', text: '   ' } })).to.have.length(fixture.customers.length);
      });

      it('refuses a search text longer than any value it could match (256 characters) as invalid, in every field', async () => {
        for (const field of ['companyName', 'primaryDomain', 'id'] as const) {
          await expectAdapterError(adapter.listCustomers({ pageSize: 10, search: { field, text: 'a'.repeat(20_000) } }), 'invalid', 'search-too-long');
        }
        expect(await list({ search: { field: 'primaryDomain', text: `  ${'a'.repeat(256)}  ` } }), '256 characters, white space aside, is still a search').to.have.length(0);
      });
    });

    describe('filters', () => {
      byTag('keeps rows carrying every given tag, in any letter case', async () => {
        expect(sortedNames(await list({ tags: ['vip'] }))).to.deep.equal(['Contoso 10 Pharma', 'Contoso Ltd', 'Contoso Ltd']);
        expect(names(await list({ tags: ['VIP', 'edu'] }))).to.deep.equal(['Contoso Ltd', 'Contoso Ltd']);
      });

      byTag('matches a tag written with other runs of white space as the same tag', async () => {
        const spaced = await make('admin-agent', { ...fixture, customers: fixture.customers.map((row) => (row.id === IDS.northwind ? { ...row, tags: ['Tier 1'] } : row)) });
        const rows = (await walkAll(spaced, { pageSize: 500, tags: ['tier   1'] })).rows;
        expect(names(rows)).to.deep.equal(['Northwind Traders']);
      });

      byRelationship('filters by relationship', async () => {
        const rows = await list({ relationship: 'indirect-reseller' });
        expect(rows.map((row) => row.id).sort()).to.deep.equal([IDS.contoso, IDS.contoso9, IDS.sakura].sort());
      });

      byReseller('filters by indirect reseller', async () => {
        const rows = await list({ indirectResellerId: RESELLER_NORTHWIND.id });
        expect(rows.map((row) => row.id).sort()).to.deep.equal([IDS.contoso, IDS.sakura].sort());
      });

      combined('combines search and filters', async () => {
        const rows = await list({ search: { field: 'companyName', text: 'contoso' }, relationship: 'cloud-reseller', tags: ['VIP'] });
        expect(names(rows).sort()).to.deep.equal(['Contoso 10 Pharma', 'Contoso Ltd']);
      });
    });

    describe('sort', () => {
      sorted('companyName')('sorts company names with numeric, case-insensitive collation both ways', async () => {
        const asc = names(await list({ search: { field: 'companyName', text: 'contoso ' }, sort: { column: 'companyName', direction: 'asc' } }));
        expect(asc).to.deep.equal(['Contoso 9 Labs', 'Contoso 10 Pharma', 'Contoso Ltd', 'Contoso Ltd']);
        const desc = names(await list({ search: { field: 'companyName', text: 'contoso ' }, sort: { column: 'companyName', direction: 'desc' } }));
        expect(desc).to.deep.equal(['Contoso Ltd', 'Contoso Ltd', 'Contoso 10 Pharma', 'Contoso 9 Labs']);
      });

      when(caps.sortColumns.includes('primaryDomain') && caps.sortColumns.includes('id'), 'no sort by domain or ID', refuses({ sort: { column: 'primaryDomain', direction: 'asc' } }))('sorts by domain and by Microsoft ID', async () => {
        const byDomain = (await list({ sort: { column: 'primaryDomain', direction: 'asc' } })).map((row) => row.primaryDomain);
        expect(byDomain).to.deep.equal([...byDomain].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));
        expect(byDomain[0]).to.equal('acontoso.onmicrosoft.com');
        const byId = (await list({ sort: { column: 'id', direction: 'desc' } })).map((row) => row.id);
        expect(byId[0]).to.equal(IDS.northwind);
        expect(byId[byId.length - 1]).to.equal(IDS.contoso);
      });

      multiSorted('sorts relationships in a fixed order, then by the next key', async () => {
        const rows = await list({ sort: [{ column: 'relationship', direction: 'asc' }, { column: 'companyName', direction: 'asc' }] });
        expect(rows.map((row) => row.relationship)).to.deep.equal([
          'cloud-reseller', 'cloud-reseller', 'cloud-reseller', 'cloud-reseller', 'cloud-reseller',
          'indirect-reseller', 'indirect-reseller', 'indirect-reseller', 'advisor', 'none',
        ]);
        expect(names(rows).slice(0, 5)).to.deep.equal(['Acontoso Foods', 'Contoso 10 Pharma', 'Contoso Ltd', 'Northwind Traders', 'Zakłady Mięsne Łódź Sp. z o.o.']);
      });

      when(caps.sortColumns.includes('tags') && caps.filters.includes('tags') && caps.combinedCriteria, 'no sort by tags', caps.sortColumns.includes('tags') ? undefined : refuses({ sort: { column: 'tags', direction: 'asc' } }))('sorts by tags', async () => {
        const rows = await list({ sort: { column: 'tags', direction: 'desc' }, tags: ['EDU'] });
        expect(rows.map((row) => row.tags.join(','))).to.deep.equal(['VIP,EDU', 'VIP,EDU', 'EDU']);
      });

      sorted('companyName')('pages through a sorted result in order', async () => {
        const sort = { column: 'companyName', direction: 'asc' } as const;
        const whole = names(await list({ sort }));
        const paged = names((await walkAll(adapter, { sort, pageSize: 3 })).rows);
        expect(paged).to.deep.equal(whole);
      });
    });

    describe('tags', () => {
      tagged('lists the partner\'s tag set, sorted', async () => {
        expect(await adapter.listTags()).to.deep.equal(['EDU', 'Gov', 'Polska', 'Unused', 'VIP', '日本']);
      });

      taggedOnly('creates a tag, trimmed', async () => {
        expect(await adapter.createTag('  Renewal Q1 ')).to.equal('Renewal Q1');
        expect(await adapter.listTags()).to.include('Renewal Q1');
      });

      taggedOnly('accepts any Unicode that is not a control character, up to 50 characters', async () => {
        const fifty = '🚀'.repeat(50);
        expect(await adapter.createTag(fifty)).to.equal(fifty);
        expect(await adapter.createTag('Łódź\u200d日本')).to.equal('Łódź\u200d日本');
      });

      taggedOnly('refuses a tag differing from a stored one only in runs of white space, naming the stored spelling', async () => {
        expect(await adapter.createTag('Tier 1')).to.equal('Tier 1');
        const duplicate = await expectAdapterError(adapter.createTag('tier  1'), 'invalid', 'duplicate');
        expect(duplicate.message).to.contain('"Tier 1"');
        await expectAdapterError(adapter.renameTag('VIP', 'Tier\u00a0 1'), 'invalid', 'duplicate');
        expect(await adapter.renameTag('tier   1', 'Tier one')).to.equal('Tier one');
        expect((await adapter.listTags()).filter((tag) => tag.startsWith('Tier'))).to.deep.equal(['Tier one']);
      });

      taggedOnly('refuses tags that break the rules, with specific errors', async () => {
        await expectAdapterError(adapter.createTag('x'.repeat(51)), 'invalid', 'too-long');
        await expectAdapterError(adapter.createTag('   '), 'invalid', 'empty');
        await expectAdapterError(adapter.createTag('line\nbreak'), 'invalid', 'control-character');
        const duplicate = await expectAdapterError(adapter.createTag('vip'), 'invalid', 'duplicate');
        expect(duplicate.message).to.contain('VIP');
        expect(await adapter.listTags()).to.have.length(6);
      });

      taggedAndFiltered('renames a tag everywhere it is used', async () => {
        expect(await adapter.renameTag('vip', 'Key account')).to.equal('Key account');
        expect(await adapter.listTags()).to.include('Key account').and.not.include('VIP');
        expect(names(await list({ tags: ['Key account'] })).sort()).to.deep.equal(['Contoso 10 Pharma', 'Contoso Ltd', 'Contoso Ltd']);
      });

      taggedOnly('renames a tag to another spelling of itself', async () => {
        expect(await adapter.renameTag('VIP', 'vip')).to.equal('vip');
        expect(await adapter.listTags()).to.include('vip').and.not.include('VIP');
      });

      taggedOnly('refuses renaming onto another tag or renaming a missing one', async () => {
        await expectAdapterError(adapter.renameTag('VIP', 'edu'), 'invalid', 'duplicate');
        await expectAdapterError(adapter.renameTag('Nope', 'Other'), 'not-found');
        await expectAdapterError(adapter.renameTag('VIP', 'x'.repeat(51)), 'invalid', 'too-long');
      });

      taggedAndFiltered('deletes a tag from the set and from every customer', async () => {
        expect(await adapter.deleteTag('EDU')).to.deep.equal({ removedFrom: 2 });
        expect(await adapter.listTags()).not.to.include('EDU');
        expect(await list({ tags: ['EDU'] })).to.deep.equal([]);
        await expectAdapterError(adapter.deleteTag('EDU'), 'not-found');
      });
    });

    describe('assigning tags', () => {
      taggedOnly('adds and removes tags on the customer behind each selected row, both rows of a dual-role customer', async () => {
        const target = { mode: 'some' as const, keys: [rowKey({ id: IDS.contoso, relationship: 'indirect-reseller' })] };
        const result = await adapter.assignTags({ target, add: ['gov'], remove: ['VIP'] });
        expect(result).to.deep.equal({ updatedCustomers: 1, skippedCustomerIds: [] });
        const rows = await list({ search: { field: 'id', text: IDS.contoso } });
        expect(rows.map((row) => row.tags)).to.deep.equal([['EDU', 'Gov'], ['EDU', 'Gov']]);
      });

      taggedAndFiltered('tags every customer a select-all query covers, except the excluded rows', async () => {
        const target = {
          mode: 'all' as const,
          query: { search: { field: 'companyName' as const, text: 'contoso' } },
          excludedKeys: [rowKey({ id: IDS.contoso10, relationship: 'cloud-reseller' })],
        };
        const result = await adapter.assignTags({ target, add: ['Unused'], remove: [] });
        expect(result.updatedCustomers).to.equal(2);
        expect(names(await list({ tags: ['Unused'] })).sort()).to.deep.equal(['Contoso 9 Labs', 'Contoso Ltd', 'Contoso Ltd']);
      });

      taggedOnly('skips customers the partner only advises or has no relationship with', async () => {
        const target = { mode: 'some' as const, keys: [rowKey({ id: IDS.adatum, relationship: 'advisor' }), rowKey({ id: IDS.northwind, relationship: 'cloud-reseller' })] };
        const result = await adapter.assignTags({ target, add: ['VIP'], remove: [] });
        expect(result).to.deep.equal({ updatedCustomers: 1, skippedCustomerIds: [IDS.adatum] });
        expect((await list({ search: { field: 'id', text: IDS.adatum } }))[0]!.tags).to.deep.equal([]);
      });

      taggedOnly('refuses a tag that is not in the partner\'s set', async () => {
        const target = { mode: 'some' as const, keys: [rowKey({ id: IDS.northwind, relationship: 'cloud-reseller' })] };
        await expectAdapterError(adapter.assignTags({ target, add: ['Nope'], remove: [] }), 'not-found');
      });

      taggedAndFiltered('refuses, all or nothing, a change that would give a customer more than 150 tags', async () => {
        const many = Array.from({ length: 150 }, (_, i) => `Tag ${i}`);
        const crowded = await make('admin-agent', { ...fixture, tags: [...fixture.tags, ...many] });
        const target = { mode: 'some' as const, keys: [rowKey({ id: IDS.northwind, relationship: 'cloud-reseller' }), rowKey({ id: IDS.contoso9, relationship: 'indirect-reseller' })] };
        await expectAdapterError(crowded.assignTags({ target, add: many, remove: [] }), 'invalid', 'too-many');
        const rows = (await walkAll(crowded, { pageSize: 500, search: { field: 'id', text: IDS.contoso9 } })).rows;
        expect(rows[0]!.tags, 'the customer that had room was not changed either').to.deep.equal([]);
      });

      taggedOnly('counts the tags of a selection per customer, for tri-state checkboxes', async () => {
        const target = {
          mode: 'some' as const,
          keys: [
            rowKey({ id: IDS.contoso, relationship: 'cloud-reseller' }),
            rowKey({ id: IDS.contoso, relationship: 'indirect-reseller' }),
            rowKey({ id: IDS.contoso10, relationship: 'cloud-reseller' }),
            rowKey({ id: IDS.adatum, relationship: 'advisor' }),
          ],
        };
        const counts = await adapter.countTags(target);
        expect(counts).to.deep.equal({
          selected: 3,
          eligible: 2,
          byTag: { VIP: 2, EDU: 1, Gov: 0, Polska: 0, 日本: 0, Unused: 0 },
          carriers: { VIP: 2, EDU: 1, Gov: 0, Polska: 0, 日本: 0, Unused: 0 },
          mostTags: 2,
        });
      });

      taggedAndFiltered('counts the customers carrying a tag, eligible or not, as many as a delete of it reports', async () => {
        // Tags kept from before: an advised customer and one with no relationship carry EDU, as do the
        // dual-role Contoso (two rows) and Northwind. Five rows, four customers.
        const data = contractFixture();
        for (const row of data.customers) if (row.id === IDS.adatum || row.id === IDS.fabrikam) row.tags = ['EDU'];
        const withCarriers = await make('admin-agent', data);
        const rows = await walkAll(withCarriers, { pageSize: 500, tags: ['EDU'] });
        const customers = new Set(rows.rows.map((row) => row.id)).size;
        expect([rows.rows.length, customers]).to.deep.equal([5, 4]);
        const counts = await withCarriers.countTags({ mode: 'all', query: {}, excludedKeys: [] });
        expect(counts.byTag.EDU, 'eligible customers only: what a save can change').to.equal(2);
        expect(counts.carriers?.EDU, 'every customer carrying it, each once').to.equal(customers);
        expect(await withCarriers.deleteTag('edu')).to.deep.equal({ removedFrom: customers });
      });

      taggedAndFiltered('counts the tags of a select-all query', async () => {
        const counts = await adapter.countTags({ mode: 'all', query: { tags: ['EDU'] }, excludedKeys: [] });
        expect(counts.selected).to.equal(2);
        expect(counts.byTag.EDU).to.equal(2);
        expect(counts.byTag.VIP).to.equal(1);
      });
    });

    describe('roles', () => {
      taggedOnly('refuses every tag change to a sales agent', async () => {
        const sales = await make('sales-agent');
        const target = { mode: 'some' as const, keys: [rowKey({ id: IDS.northwind, relationship: 'cloud-reseller' })] };
        await expectAdapterError(sales.createTag('New'), 'forbidden');
        await expectAdapterError(sales.renameTag('VIP', 'V'), 'forbidden');
        await expectAdapterError(sales.deleteTag('VIP'), 'forbidden');
        await expectAdapterError(sales.assignTags({ target, add: ['VIP'], remove: [] }), 'forbidden');
        expect(await sales.listTags()).to.have.length(6);
      });

      it('lets a sales agent view, search, order and update billing information', async () => {
        const sales = await make('sales-agent');
        expect((await sales.listCustomers({ pageSize: 500 })).totalCount).to.equal(fixture.customers.length);
        const profile = await sales.getBillingProfile(IDS.northwind);
        await sales.updateBillingProfile(IDS.northwind, validProfile(profile));
        const order = await sales.createOrder({ customerId: IDS.northwind, catalog: 'azure', lineItems: [{ lineItemNumber: 0, offerId: OFFERS.azurePlan, quantity: 1 }] });
        expect(order.status).to.equal('completed');
      });
    });

    describe('billing profiles', () => {
      it('reads a profile with an etag', async () => {
        const profile = await adapter.getBillingProfile(IDS.northwind);
        expect(profile.companyName).to.equal('Northwind Traders');
        expect(profile.etag).to.be.a('string').and.not.equal('');
      });

      it('saves an update carrying the current etag and returns a new etag', async () => {
        const profile = await adapter.getBillingProfile(IDS.northwind);
        const saved = await adapter.updateBillingProfile(IDS.northwind, { ...validProfile(profile), firstName: 'Ada' });
        expect(saved.firstName).to.equal('Ada');
        expect(saved.etag).not.to.equal(profile.etag);
        expect((await adapter.getBillingProfile(IDS.northwind)).firstName).to.equal('Ada');
      });

      it('saves again with the etag each save returned, and with the etag a conflict returned', async () => {
        const profile = await adapter.getBillingProfile(IDS.northwind);
        const first = await adapter.updateBillingProfile(IDS.northwind, { ...validProfile(profile), firstName: 'One' });
        const second = await adapter.updateBillingProfile(IDS.northwind, { ...first, firstName: 'Two' });
        expect(second.firstName).to.equal('Two');
        const conflict = await expectAdapterError(adapter.updateBillingProfile(IDS.northwind, { ...first, firstName: 'Stale' }), 'conflict');
        const current = (conflict.details as { current: BillingProfile }).current;
        expect((await adapter.updateBillingProfile(IDS.northwind, { ...current, firstName: 'Three' })).firstName).to.equal('Three');
      });

      it('refuses a stale etag as a conflict carrying the current profile', async () => {
        const mine = await adapter.getBillingProfile(IDS.northwind);
        const theirs = await adapter.updateBillingProfile(IDS.northwind, { ...validProfile(mine), firstName: 'Theirs' });
        const conflict = await expectAdapterError(adapter.updateBillingProfile(IDS.northwind, { ...validProfile(mine), firstName: 'Mine' }), 'conflict');
        const current = (conflict.details as { current: BillingProfile }).current;
        expect(current.firstName).to.equal('Theirs');
        expect(current.etag).to.equal(theirs.etag);
        expect((await adapter.getBillingProfile(IDS.northwind)).firstName).to.equal('Theirs');
      });

      it('shows a saved company name in the customer list, on every row of the customer', async () => {
        const profile = await adapter.getBillingProfile(IDS.contoso);
        await adapter.updateBillingProfile(IDS.contoso, { ...validProfile(profile), companyName: 'Contoso Global' });
        expect(names(await list({ search: { field: 'id', text: IDS.contoso } }))).to.deep.equal(['Contoso Global', 'Contoso Global']);
      });

      it('refuses an invalid profile, naming the fields', async () => {
        const profile = await adapter.getBillingProfile(IDS.northwind);
        const error = await expectAdapterError(adapter.updateBillingProfile(IDS.northwind, { ...validProfile(profile), email: 'not-an-email', companyName: '.' }), 'invalid');
        const fields = (error.details as { fieldErrors: { field: string }[] }).fieldErrors.map((e) => e.field);
        expect(fields).to.include.members(['companyName', 'email']);
      });

      it('reports an unknown customer as not found', async () => {
        await expectAdapterError(adapter.getBillingProfile('00000000-0000-4000-8000-000000000000'), 'not-found');
      });
    });

    describe('products and orders', () => {
      it('lists only the chosen catalog\'s products', async () => {
        const products = await adapter.listProducts({ catalog: 'online-services', country: 'US' });
        expect(products.map((product) => product.title)).to.deep.equal(['Microsoft 365 Business Basic']);
        expect(products[0]!.skus[0]!.catalogItemId).to.equal(OFFERS.businessBasic);
      });

      it('narrows products by a search', async () => {
        expect(await adapter.listProducts({ catalog: 'marketplace', country: 'US', search: 'backup' })).to.have.length(1);
        expect(await adapter.listProducts({ catalog: 'marketplace', country: 'US', search: 'zzz' })).to.deep.equal([]);
      });

      it('lists the products one customer may buy, refusing a catalog with the reason', async () => {
        const products = await adapter.listProducts({ catalog: 'online-services', country: 'JP', customerId: IDS.sakura });
        expect(products.map((product) => product.title)).to.deep.equal(['Microsoft 365 Business Basic']);
        const refused = await expectAdapterError(adapter.listProducts({ catalog: 'marketplace', country: 'JP', customerId: IDS.sakura }), 'forbidden');
        expect(refused.message).to.include(CATALOG_REFUSAL);
        expect(await adapter.listProducts({ catalog: 'marketplace', country: 'US', customerId: IDS.contoso })).to.have.length.above(0);
        await expectAdapterError(adapter.listProducts({ catalog: 'azure', country: 'US', customerId: 'no-such-customer' }), 'not-found');
      });

      it('refuses an unknown catalog or country', async () => {
        await expectAdapterError(adapter.listProducts({ catalog: 'books' as never, country: 'US' }), 'invalid');
        await expectAdapterError(adapter.listProducts({ catalog: 'azure', country: 'USA' }), 'invalid');
      });

      it('creates an order and returns its id, status and lines', async () => {
        const lineItems = [{ lineItemNumber: 0, offerId: OFFERS.businessBasic, quantity: 25, termDuration: 'P1Y', billingCycle: 'annual', friendlyName: 'Sales team' }];
        const order = await adapter.createOrder({ customerId: IDS.lodz, catalog: 'online-services', lineItems });
        expect(order.id).to.be.a('string').and.not.equal('');
        expect(order.customerId).to.equal(IDS.lodz);
        expect(order.status).to.equal('completed');
        expect(Number.isNaN(Date.parse(order.creationDate))).to.equal(false);
        expect(order.lineItems).to.deep.equal(lineItems);
      });

      it('validates quantities against the SKU\'s limits, accepting the limits themselves', async () => {
        const line = (quantity: number) => [{ lineItemNumber: 0, offerId: OFFERS.saas, quantity }];
        await expectAdapterError(adapter.createOrder({ customerId: IDS.lodz, catalog: 'marketplace', lineItems: line(4) }), 'invalid', 'quantity-below-minimum');
        await expectAdapterError(adapter.createOrder({ customerId: IDS.lodz, catalog: 'marketplace', lineItems: line(501) }), 'invalid', 'quantity-above-maximum');
        expect((await adapter.createOrder({ customerId: IDS.lodz, catalog: 'marketplace', lineItems: line(5) })).status).to.be.oneOf(['completed', 'pending']);
        expect((await adapter.createOrder({ customerId: IDS.lodz, catalog: 'marketplace', lineItems: line(500) })).lineItems[0]!.quantity).to.equal(500);
      });

      it('refuses an offer from another catalog, an unknown offer and an unknown customer', async () => {
        await expectAdapterError(adapter.createOrder({ customerId: IDS.lodz, catalog: 'azure', lineItems: [{ lineItemNumber: 0, offerId: OFFERS.saas, quantity: 5 }] }), 'invalid', 'wrong-catalog');
        await expectAdapterError(adapter.createOrder({ customerId: IDS.lodz, catalog: 'azure', lineItems: [{ lineItemNumber: 0, offerId: 'NOPE', quantity: 1 }] }), 'invalid', 'unknown-offer');
        await expectAdapterError(adapter.createOrder({ customerId: '00000000-0000-4000-8000-000000000000', catalog: 'azure', lineItems: [{ lineItemNumber: 0, offerId: OFFERS.azurePlan, quantity: 1 }] }), 'not-found');
      });

      it('creates one order for one idempotency key, however often it is sent', async () => {
        const order = { customerId: IDS.lodz, catalog: 'software' as const, lineItems: [{ lineItemNumber: 0, offerId: OFFERS.windowsServer, quantity: 2 }] };
        const first = await adapter.createOrder(order, undefined, { idempotencyKey: 'key-1' });
        const second = await adapter.createOrder(order, undefined, { idempotencyKey: 'key-1' });
        const third = await adapter.createOrder(order, undefined, { idempotencyKey: 'key-2' });
        expect(second.id).to.equal(first.id);
        expect(third.id).not.to.equal(first.id);
      });
    });

    describe('abort', () => {
      it('rejects at once with an AbortError for a signal already aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        await expectAbortError(adapter.listCustomers({ pageSize: 10 }, controller.signal));
        await expectAbortError(adapter.listTags(controller.signal));
        await expectAbortError(adapter.getBillingProfile(IDS.northwind, controller.signal));
      });

      it('rejects with an AbortError when aborted in flight, whatever reason the caller gave', async () => {
        const controller = new AbortController();
        const pending = adapter.listCustomers({ pageSize: 10, search: { field: 'companyName', text: 'contoso' } }, controller.signal);
        controller.abort(new Error('user typed again'));
        await expectAbortError(pending);
      });

      it('does not apply a change aborted before it reached the data', async () => {
        const controller = new AbortController();
        controller.abort();
        if (caps.tags) {
          await expectAbortError(adapter.createTag('Aborted', controller.signal));
          expect(await adapter.listTags()).not.to.include('Aborted');
        }
        const profile = await adapter.getBillingProfile(IDS.northwind);
        await expectAbortError(adapter.updateBillingProfile(IDS.northwind, { ...validProfile(profile), firstName: 'Aborted' }, controller.signal));
        expect((await adapter.getBillingProfile(IDS.northwind)).firstName).to.equal(profile.firstName);
      });
    });
  });
}
