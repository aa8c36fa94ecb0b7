import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import type { CustomerAdapter, ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { WALK_LIMIT } from '../../../src/adapter/local-query.js';
import { queryRows, type CustomerQuery } from '../../../src/model/query.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { generateCustomers } from '../../../mocks/data/index.js';
import { description } from '../../support/browser/aria.js';
import { choose, click, expectFocusNotLost, typeInto } from '../../support/browser/input.js';
import { button, cellText, clickCheckbox, dataRows, grid, headerCell, mountList, searchInput, settle, shadow, untilMenuOpen } from './list-harness.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { defaultViewState } from '../../../src/model/view-state.js';

const customers = generateCustomers({ rows: 1200, seed: 11 });

/** The source's requests, counted: what a walk asked for, and that a cancelled one asks for nothing more. */
function counted(source: CustomerAdapter): { adapter: CustomerAdapter; requests: ListCustomersRequest[] } {
  const requests: ListCustomersRequest[] = [];
  const adapter = Object.create(source) as CustomerAdapter;
  adapter.listCustomers = (request, signal) => {
    requests.push(request);
    return source.listCustomers(request, signal);
  };
  return { adapter, requests };
}

const drawnIds = (list: CustomerList) => dataRows(list).filter((row) => !row.classList.contains('pending')).map((row) => `${cellText(row, 'id')}|${row.querySelector('.cell.relationship span')?.textContent}`);
const expectedIds = (rows: readonly CustomerRow[], query: CustomerQuery, count: number) =>
  queryRows(rows, query).slice(0, count).map((row) => row.id);
const sortIndicator = (header: HTMLElement) => header.querySelector('.sort-indicator')?.textContent ?? '';
const walkStatus = (list: CustomerList) => shadow(list).querySelector<HTMLElement>('[part=walk-status]')!;
const announcement = (list: CustomerList) => shadow(list).querySelector<HTMLElement>('[part=announcement]')!.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<customer-list> over a limited source', () => {
  it('sorts here over every customer walked when the source cannot sort: the arrow is true of the rows drawn', async () => {
    const list = await mountList({ adapter: MemoryAdapter.partnerCenterLike({ customers }) });
    const header = headerCell(list, 'Company name');
    await click(header);
    await settle(list);
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(sortIndicator(header)).to.equal('▲');
    const drawn = drawnIds(list).map((id) => id.split('|')[0]);
    expect(drawn.length).to.be.greaterThan(5);
    expect(drawn).to.deep.equal(expectedIds(customers, { sort: { column: 'companyName', direction: 'asc' } }, drawn.length));
    expect(announcement(list)).to.equal('');
  });

  it('filters here what the source cannot filter, and a filter it cannot combine with the search', async () => {
    // A source lacking only the relationship filter.
    const list = await mountList({ adapter: new MemoryAdapter({ customers, capabilities: { filters: ['tags', 'indirectResellerId'] } }) });
    await choose(shadow(list).querySelector<HTMLSelectElement>('select[aria-labelledby=relationship-label]')!, 'advisor');
    await settle(list);
    const expected = queryRows(customers, { relationship: 'advisor' });
    expect(expected.length).to.be.greaterThan(0);
    const drawn = drawnIds(list).map((id) => id.split('|')[0]);
    expect(drawn).to.deep.equal(expected.slice(0, drawn.length).map((row) => row.id));
    expect(list.totalCount).to.equal(expected.length);
    expect(shadow(list).querySelector('[part=state]')).to.equal(null);
  });

  it('shows the walk progress and Cancel stops it: no more requests, the source order back, focus kept', async () => {
    const { adapter, requests } = counted(MemoryAdapter.partnerCenterLike({ customers, latencyMs: 150 }));
    const list = await mountList({ adapter });
    list.pageSize = 100;
    const header = headerCell(list, 'Primary domain name');
    await click(header);
    await waitUntil(() => /Sorting needs every customer: [\d,]+ loaded so far/.test(walkStatus(list).textContent ?? ''), 'no walk progress shown');
    const cancel = walkStatus(list).querySelector<HTMLButtonElement>('[data-action=cancel-walk]')!;
    await click(cancel);
    await settle(list);
    const asked = requests.length;
    expect(header.getAttribute('aria-sort')).to.equal('none');
    expect(sortIndicator(header)).to.equal('');
    expect(walkStatus(list).textContent?.trim()).to.equal('');
    expectFocusNotLost('Cancel');
    // The walk would have needed 12 pages of 100; it stopped, and stays stopped past several latencies.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(requests.length).to.equal(asked);
    expect(requests.filter((request) => request.pageSize === 100).length).to.be.lessThan(12);
    const drawn = drawnIds(list).map((id) => id.split('|')[0]);
    expect(drawn).to.deep.equal(customers.slice(0, drawn.length).map((row) => row.id));
  });

  it(`refuses a sort past ${WALK_LIMIT} customers, says so, reverts to the source order and then says why the header does not sort`, async () => {
    const many = generateCustomers({ rows: WALK_LIMIT + 1, seed: 5 });
    const list = await mountList({ adapter: MemoryAdapter.partnerCenterLike({ customers: many }) });
    const header = headerCell(list, 'Company name');
    await click(header);
    await waitUntil(() => announcement(list).includes('would have to be loaded'), 'the refusal was not announced', { timeout: 20_000 });
    await settle(list);
    expect(header.getAttribute('aria-sort')).to.equal('none');
    expect(sortIndicator(header)).to.equal('');
    expect(announcement(list)).to.contain('20,000');
    const drawn = drawnIds(list).map((id) => id.split('|')[0]);
    expect(drawn).to.deep.equal(many.slice(0, drawn.length).map((row) => row.id));
    expect(description(header)).to.contain('cannot sort by Company name');
    // Not offered any more: a click does nothing.
    await click(header);
    await settle(list);
    expect(header.getAttribute('aria-sort')).to.equal('none');
  });

  it('does not offer what the source cannot serve at all, and says why in the accessible description', async () => {
    const list = await mountList({ adapter: MemoryAdapter.partnerCenterLike({ customers }) });
    const tagSelect = shadow(list).querySelector<HTMLSelectElement>('[data-filter=tag]')!;
    expect(tagSelect.disabled).to.equal(true);
    expect(description(tagSelect)).to.equal('This data source keeps no tags.');
    const tags = headerCell(list, 'Tags');
    expect(description(tags)).to.equal('This data source keeps no tags, so the list cannot sort by them.');
    await click(tags);
    await settle(list);
    expect(tags.getAttribute('aria-sort')).to.equal('none');
    await clickCheckbox(list, dataRows(list)[0]!);
    const manage = button(list, 'Manage tags')!;
    expect(manage.getAttribute('aria-disabled'), 'no tags to manage, even with a customer selected').to.equal('true');
    expect(description(manage)).to.equal('This data source keeps no tags.');
    await click(manage);
    expect(shadow(list).querySelector('.tag-popover:popover-open'), 'Manage tags opens nothing').to.equal(null);

    const noIdSearch = await mountList({ adapter: new MemoryAdapter({ customers, capabilities: { searchFields: ['companyName', 'primaryDomain'] } }) });
    const field = shadow(noIdSearch).querySelector<HTMLSelectElement>('[part=search-field-select]')!;
    expect(field.querySelector<HTMLOptionElement>('option[value=id]')!.disabled).to.equal(true);
    expect(description(field)).to.equal('This data source cannot search by Microsoft ID.');
  });

  it('behaves as before over a full-capability source: the request asks the source for the sort', async () => {
    const { adapter, requests } = counted(new MemoryAdapter({ customers }));
    const list = await mountList({ adapter });
    await click(headerCell(list, 'Company name'));
    await settle(list);
    expect(requests.at(-1)?.sort).to.deep.equal([{ column: 'companyName', direction: 'asc' }]);
    expect(grid(list).getAttribute('aria-busy')).to.equal('false');
  });

  it('applies a saved view naming a sort and a filter the source cannot serve without them, and says so', async () => {
    const list = await mountList({ adapter: MemoryAdapter.partnerCenterLike({ customers }) });
    const state = { ...defaultViewState(), sort: [{ column: 'tags' as const, direction: 'asc' as const }, { column: 'companyName' as const, direction: 'desc' as const }], tags: ['VIP'] };
    list.savedViews = [{ name: 'Tagged', state }];
    await list.updateComplete;
    await click(shadow(list).querySelector<HTMLButtonElement>('[data-command=views]')!);
    await untilMenuOpen(list, (shown) => shadow(shown).querySelector('[part=views-menu]'));
    await click(shadow(list).querySelector<HTMLElement>('[data-view-name="Tagged"] [data-action=apply]')!);
    await settle(list);
    expect(announcement(list)).to.contain('This data source cannot show all of this view, so it was applied without the sort by Tags and the tag filter.');
    expect(shadow(list).querySelector('[part~=filter-chip]')).to.equal(null);
    expect(headerCell(list, 'Tags').getAttribute('aria-sort')).to.equal('none');
    const name = headerCell(list, 'Company name');
    expect(name.getAttribute('aria-sort')).to.equal('descending');
    const drawn = drawnIds(list).map((id) => id.split('|')[0]);
    expect(drawn).to.deep.equal(expectedIds(customers, { sort: { column: 'companyName', direction: 'desc' } }, drawn.length));
  });

  it('applies a view set by the host (from a URL) without a search field the source lacks, and says so', async () => {
    const list = await mountList({ adapter: new MemoryAdapter({ customers, capabilities: { searchFields: ['companyName', 'primaryDomain'] } }) });
    list.viewState = { ...defaultViewState(), searchField: 'id', searchText: customers[3]!.id };
    await settle(list);
    expect(announcement(list)).to.contain('applied without the search by Microsoft ID');
    expect(list.searchText).to.equal('');
    expect(list.totalCount).to.equal(customers.length);
  });

  it('does not offer from the start a sort or filter of more customers than the bound when the source counts them', async () => {
    const many = generateCustomers({ rows: WALK_LIMIT + 1, seed: 5 });
    const { adapter, requests } = counted(new MemoryAdapter({ customers: many, capabilities: { sortColumns: ['id'], filters: ['tags', 'indirectResellerId'] } }));
    const list = await mountList({ adapter });
    const name = headerCell(list, 'Company name');
    expect(description(name)).to.equal('This data source cannot sort by Company name, and there are more than 20,000 customers to sort here.');
    expect(headerCell(list, 'Microsoft ID').hasAttribute('aria-describedby')).to.equal(false);
    const relationship = shadow(list).querySelector<HTMLSelectElement>('select[aria-labelledby=relationship-label]')!;
    expect(relationship.disabled).to.equal(true);
    expect(description(relationship)).to.equal('This data source cannot filter by relationship, and there are more than 20,000 customers to filter here.');
    const asked = requests.length;
    await click(name);
    await settle(list);
    expect(name.getAttribute('aria-sort')).to.equal('none');
    expect(requests.length).to.equal(asked);
    await click(headerCell(list, 'Microsoft ID'));
    await settle(list);
    expect(headerCell(list, 'Microsoft ID').getAttribute('aria-sort')).to.equal('ascending');
    const drawn = drawnIds(list).map((id) => id.split('|')[0]);
    expect(drawn).to.deep.equal(expectedIds(many, { sort: { column: 'id', direction: 'asc' } }, drawn.length));
  });

  it('a reseller chip beside a search on a one-criterion source is true of every row drawn', async () => {
    const list = await mountList({ adapter: MemoryAdapter.partnerCenterLike({ customers }) });
    await typeInto(searchInput(list), 'c');
    await settle(list);
    const reseller = shadow(list).querySelector<HTMLButtonElement>('[part=reseller]')!;
    const resellerName = reseller.textContent!;
    const resellerId = customers.find((row) => row.indirectReseller?.name === resellerName)!.indirectReseller!.id;
    await click(reseller);
    await settle(list);
    const chip = shadow(list).querySelector<HTMLElement>('[part~=filter-chip]')!;
    expect(chip.textContent).to.contain(resellerName);
    const query: CustomerQuery = { search: { field: 'companyName', text: 'c' }, indirectResellerId: resellerId };
    const expected = queryRows(customers, query);
    expect(list.totalCount).to.equal(expected.length);
    const drawn = drawnIds(list).map((id) => id.split('|')[0]);
    expect(drawn.length).to.be.greaterThan(0);
    expect(drawn).to.deep.equal(expected.slice(0, drawn.length).map((row) => row.id));
  });
});
