import { expect, waitUntil } from '@open-wc/testing';
import type { CustomerAdapter, ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import { sortRows, type ColumnId } from '../../../src/model/query.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { contractFixture, IDS, RESELLER_NORTHWIND } from '../../adapter/contract-fixture.js';
import { button, cellText, dataRows, headerCell, keydown, mountList, names, search, settle, shadow } from './list-harness.js';

const COLUMNS: [ColumnId, string][] = [
  ['id', 'Microsoft ID'],
  ['companyName', 'Company name'],
  ['primaryDomain', 'Primary domain name'],
  ['relationship', 'Relationship'],
  ['tags', 'Tags'],
];

const rowIds = (list: Parameters<typeof dataRows>[0]) => dataRows(list).map((row) => `${cellText(row, 'id')}|${cellText(row, 'relationship')}`);

for (const adapterName of ['memory', 'rest'] as const) {
  describe(`<customer-list> sort and search (${adapterName} adapter)`, () => {
    let adapter: CustomerAdapter;

    before(async () => {
      if (adapterName === 'rest') await startMockWorker();
    });

    beforeEach(() => {
      if (adapterName === 'rest') {
        mockApi.reset({ data: contractFixture() });
        adapter = new RestAdapter({ headers: mockAuthHeaders('admin-agent'), retry: { retries: 0 } });
      } else {
        adapter = new MemoryAdapter(contractFixture());
      }
    });

    for (const [column, label] of COLUMNS) {
      it(`sorts by ${label} both ways from its header, announcing it with aria-sort`, async () => {
        const list = await mountList({ adapter });
        const header = headerCell(list, label);
        header.click();
        await settle(list);
        expect(header.getAttribute('aria-sort')).to.equal('ascending');
        const fixture = contractFixture().customers;
        const expectedOrder = (direction: 'asc' | 'desc') => sortRows(fixture, { column, direction }).map((row) => row.companyName);
        expect(names(list)).to.deep.equal(expectedOrder('asc'));
        header.click();
        await settle(list);
        expect(header.getAttribute('aria-sort')).to.equal('descending');
        expect(names(list)).to.deep.equal(expectedOrder('desc'));
        header.click();
        await settle(list);
        expect(header.getAttribute('aria-sort')).to.equal('none');
      });
    }

    it('sorts from the keyboard with Enter on a focused header', async () => {
      const list = await mountList({ adapter });
      const header = headerCell(list, 'Company name');
      header.focus();
      keydown(header, 'Enter');
      await settle(list);
      expect(header.getAttribute('aria-sort')).to.equal('ascending');
      expect(names(list)[0]).to.equal('Acontoso Foods');
    });

    it('searches company names by prefix, case-insensitively', async () => {
      const list = await mountList({ adapter });
      await search(list, 'cONTOSO');
      expect(names(list).sort()).to.deep.equal(['Contoso 10 Pharma', 'Contoso 9 Labs', 'Contoso Ltd', 'Contoso Ltd']);
      expect(shadow(list).querySelector('[part=status]')!.textContent!.trim()).to.equal('4 customers');
    });

    it('searches domains by prefix', async () => {
      const list = await mountList({ adapter });
      await search(list, 'c9', 'primaryDomain');
      expect(names(list)).to.deep.equal(['Contoso 9 Labs']);
    });

    it('finds a Microsoft ID only when complete, and then both rows of a dual-role customer', async () => {
      const list = await mountList({ adapter });
      await search(list, IDS.contoso.slice(0, 8), 'id');
      expect(names(list)).to.deep.equal([]);
      await search(list, IDS.contoso, 'id');
      expect(rowIds(list)).to.have.length(2);
      expect(names(list)).to.deep.equal(['Contoso Ltd', 'Contoso Ltd']);
    });

    it('says when nothing matches and clears the search on request', async () => {
      const list = await mountList({ adapter });
      await search(list, 'zzz');
      const state = shadow(list).querySelector('[part=state]')!;
      expect(state.textContent).to.contain('No customers match “zzz”.');
      button(list, 'Clear search')!.click();
      await settle(list);
      expect(names(list)).to.have.length(10);
      expect(shadow(list).querySelector<HTMLInputElement>('[part=search-input]')!.value).to.equal('');
    });

    it('filters by relationship and by tags from the toolbar', async () => {
      const list = await mountList({ adapter });
      await waitUntil(() => shadow(list).querySelectorAll('[part=filters] select')[1]!.querySelectorAll('option').length > 1);
      const [relationship, tag] = shadow(list).querySelectorAll<HTMLSelectElement>('[part=filters] select');
      relationship!.value = 'indirect-reseller';
      relationship!.dispatchEvent(new Event('change'));
      await settle(list);
      expect(names(list).sort()).to.deep.equal(['Contoso 9 Labs', 'Contoso Ltd', '株式会社サクラ物産']);
      tag!.value = 'VIP';
      tag!.dispatchEvent(new Event('change'));
      await settle(list);
      expect(names(list)).to.deep.equal(['Contoso Ltd']);
      const chip = shadow(list).querySelector<HTMLButtonElement>('[part=filter-chip]')!;
      expect(chip.getAttribute('aria-label')).to.equal('Remove tag filter VIP');
      chip.click();
      await settle(list);
      expect(names(list)).to.have.length(3);
    });

    it('filters by an indirect reseller from its name in a row', async () => {
      const list = await mountList({ adapter });
      const reseller = [...shadow(list).querySelectorAll<HTMLButtonElement>('[part=reseller]')].find((b) => b.textContent === RESELLER_NORTHWIND.name)!;
      reseller.click();
      await settle(list);
      expect(names(list).sort()).to.deep.equal(['Contoso Ltd', '株式会社サクラ物産']);
    });
  });
}

/** Answers searches for "slow" late: a search typed after it must win even though its answer came first. */
class RacingAdapter extends MemoryAdapter {
  aborted: string[] = [];
  override async listCustomers(request: ListCustomersRequest, signal?: AbortSignal) {
    const text = request.search?.text ?? '';
    if (text === 'slow') {
      signal?.addEventListener('abort', () => this.aborted.push(text));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // A misbehaving adapter that ignores its signal: the list must still drop this answer.
      return super.listCustomers(request);
    }
    return super.listCustomers(request, signal);
  }
}

describe('<customer-list> search races', () => {
  it('lets the last search win over a slower earlier one, and aborts the earlier one', async () => {
    const adapter = new RacingAdapter(contractFixture());
    const list = await mountList({ adapter });
    const input = shadow(list).querySelector<HTMLInputElement>('[part=search-input]')!;
    input.value = 'slow';
    input.dispatchEvent(new InputEvent('input'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    await search(list, 'north');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await list.updateComplete;
    expect(names(list)).to.deep.equal(['Northwind Traders']);
    expect(adapter.aborted).to.deep.equal(['slow']);
  });

  it('waits for a pause in typing before searching', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    let requests = 0;
    const counting = Object.assign(Object.create(adapter), { listCustomers: (r: ListCustomersRequest, s?: AbortSignal) => (requests++, adapter.listCustomers(r, s)) }) as MemoryAdapter;
    const list = await mountList({ adapter: counting });
    list.searchDebounce = 100;
    requests = 0;
    const input = shadow(list).querySelector<HTMLInputElement>('[part=search-input]')!;
    for (const text of ['c', 'co', 'con', 'cont']) {
      input.value = text;
      input.dispatchEvent(new InputEvent('input'));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle(list);
    expect(requests).to.equal(1);
    expect(list.searchText).to.equal('cont');
  });
});
