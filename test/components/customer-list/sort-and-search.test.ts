import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import type { CustomerAdapter, ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import { sortRows, type ColumnId } from '../../../src/model/query.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { contractFixture, IDS, RESELLER_NORTHWIND } from '../../../src/testing/index.js';
import { choose, click, expectFocused, paste, press, tabTo, type, typeInto } from '../../support/browser/input.js';
import { button, cellText, checkbox, dataRows, grid, headerCell, mountList, names, search, searchInput, settle, shadow } from './list-harness.js';

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
        await click(header);
        await settle(list);
        expect(header.getAttribute('aria-sort')).to.equal('ascending');
        const fixture = contractFixture().customers;
        const expectedOrder = (direction: 'asc' | 'desc') => sortRows(fixture, { column, direction }).map((row) => row.companyName);
        expect(names(list)).to.deep.equal(expectedOrder('asc'));
        await click(header);
        await settle(list);
        expect(header.getAttribute('aria-sort')).to.equal('descending');
        expect(names(list)).to.deep.equal(expectedOrder('desc'));
        await click(header);
        await settle(list);
        expect(header.getAttribute('aria-sort')).to.equal('none');
      });
    }

    it('sorts from the keyboard with Enter on a focused header', async () => {
      const list = await mountList({ adapter });
      const header = headerCell(list, 'Company name');
      await tabTo(shadow(list).querySelector('[role=columnheader] input')!);
      await press('ArrowRight');
      await press('ArrowRight');
      expectFocused(header);
      await press('Enter');
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

    it('says when nothing matches and clears the search on request, by mouse, focus going to the search box', async () => {
      const list = await mountList({ adapter });
      await search(list, 'zzz');
      const state = shadow(list).querySelector('[part=state]')!;
      expect(state.textContent).to.contain('No customers match “zzz”.');
      await click(button(list, 'Clear search')!);
      await settle(list);
      expect(names(list)).to.have.length(10);
      expect(searchInput(list).value).to.equal('');
      expectFocused(searchInput(list), 'Clear search went away with the message');
    });

    it('clears the search with Enter on Clear search, focus going to the search box (regression: focus went to <body>)', async () => {
      const list = await mountList({ adapter });
      await search(list, 'zzz');
      await tabTo(button(list, 'Clear search')!);
      await press('Enter');
      await settle(list);
      expect(names(list)).to.have.length(10);
      expectFocused(searchInput(list), 'Clear search went away with the message');
      await type('nor');
      await settle(list);
      expect(names(list), 'the agent types on at once').to.deep.equal(['Northwind Traders']);
    });

    it('filters by relationship and by tags from the toolbar; removing a chip moves focus to its neighbour, then to the Tag filter', async () => {
      const list = await mountList({ adapter });
      await waitUntil(() => shadow(list).querySelectorAll('[part=filters] select')[1]!.querySelectorAll('option').length > 1, 'the partner tags are offered', { timeout: 20_000 });
      const [relationship, tag] = shadow(list).querySelectorAll<HTMLSelectElement>('[part=filters] select');
      await choose(relationship!, 'indirect-reseller');
      await settle(list);
      expect(names(list).sort()).to.deep.equal(['Contoso 9 Labs', 'Contoso Ltd', '株式会社サクラ物産']);
      await choose(tag!, 'VIP');
      await settle(list);
      expect(names(list)).to.deep.equal(['Contoso Ltd']);
      const chip = shadow(list).querySelector<HTMLButtonElement>('[part=filter-chip]')!;
      expect(chip.getAttribute('aria-label')).to.equal('Remove tag filter VIP');
      await click(chip);
      await settle(list);
      expect(names(list)).to.have.length(3);
      expectFocused(tag, 'the last chip went away: focus goes to the Tag filter');
    });

    it('moves focus from a removed tag chip to the next one, or the one before (regression: focus went to <body>)', async () => {
      const list = await mountList({ adapter });
      await waitUntil(() => shadow(list).querySelectorAll('[part=filters] select')[1]!.querySelectorAll('option').length > 2, 'the partner tags are offered', { timeout: 20_000 });
      const tag = shadow(list).querySelectorAll<HTMLSelectElement>('[part=filters] select')[1]!;
      const [first, second] = [...tag.options].filter((option) => option.value).map((option) => option.value);
      await choose(tag, first!);
      await settle(list);
      await choose(tag, second!);
      await settle(list);
      const chips = () => [...shadow(list).querySelectorAll<HTMLButtonElement>('[part=filter-chip]')];
      expect(chips().length).to.equal(2);
      await tabTo(chips()[0]!);
      await press('Enter');
      await settle(list);
      expect(chips().length).to.equal(1);
      expectFocused(chips()[0], 'the next chip takes focus');
      await press('Space');
      await settle(list);
      expect(chips().length).to.equal(0);
      expectFocused(tag, 'no chip left: the Tag filter takes focus');
    });

    it('filters by an indirect reseller from its name in a row', async () => {
      const list = await mountList({ adapter });
      const reseller = [...shadow(list).querySelectorAll<HTMLButtonElement>('[part=reseller]')].find((b) => b.textContent === RESELLER_NORTHWIND.name)!;
      await click(reseller);
      await settle(list);
      expect(names(list).sort()).to.deep.equal(['Contoso Ltd', '株式会社サクラ物産']);
    });
  });
}

/** Answers searches for "slow" late: a search typed after it must win even though its answer came first. */
class RacingAdapter extends MemoryAdapter {
  aborted: string[] = [];
  /** Searches asked for, and those answered. */
  asked: string[] = [];
  answered: string[] = [];
  /** Lets the held 'slow' answer go: once a later search has been asked, however long its typing took. */
  private overtaken: () => void = () => {};
  override async listCustomers(request: ListCustomersRequest, signal?: AbortSignal) {
    const text = request.search?.text ?? '';
    this.asked.push(text);
    if (text !== 'slow') this.overtaken();
    if (text === 'slow') {
      signal?.addEventListener('abort', () => this.aborted.push(text));
      await new Promise<void>((resolve) => (this.overtaken = resolve));
      this.answered.push(text);
      // A misbehaving adapter that ignores its signal: the list must still drop this answer.
      return super.listCustomers(request);
    }
    return super.listCustomers(request, signal);
  }
}

describe('<customer-list> search text bound', () => {
  it('does not search a text longer than any name or domain, says so, and keeps the text (regression: 20 000 characters sent 5 requests of 20–100 kB URLs)', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const searches: string[] = [];
    const watching = Object.assign(Object.create(adapter), { listCustomers: (r: ListCustomersRequest, s?: AbortSignal) => (searches.push(r.search?.text ?? ''), adapter.listCustomers(r, s)) }) as MemoryAdapter;
    const list = await mountList({ adapter: watching });
    await search(list, 'north');
    expect(names(list)).to.deep.equal(['Northwind Traders']);
    const long = 'north' + 'x'.repeat(20_000);
    await paste('x'.repeat(20_000));
    await settle(list);
    expect(searchInput(list).value, 'nothing typed is dropped').to.equal(long);
    expect(searchInput(list).getAttribute('aria-invalid')).to.equal('true');
    const problem = shadow(list).querySelector('[part=search-error]')!;
    expect(problem.textContent).to.contain('At most 256 characters');
    expect(searches.every((text) => text.length <= 256), 'no over-long search reached the adapter').to.equal(true);
    expect(names(list), 'the last search still shows').to.deep.equal(['Northwind Traders']);
    await press('ControlOrMeta+a');
    await paste(long.slice(0, 256));
    await settle(list);
    expect(searchInput(list).getAttribute('aria-invalid')).to.equal('false');
    expect(problem.textContent!.trim()).to.equal('');
    expect(searches.at(-1)!.length).to.equal(256);
  });
});

/** Holds every search until the test lets it through: the time a slow network takes. */
class GatedAdapter extends MemoryAdapter {
  private release: () => void = () => {};
  private gate = Promise.resolve();
  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }
  open(): void {
    this.release();
  }
  override async listCustomers(request: ListCustomersRequest, signal?: AbortSignal) {
    if (request.search) await this.gate;
    return super.listCustomers(request, signal);
  }
}

describe('<customer-list> while a search is pending', () => {
  it('shows the old rows as being replaced, says so, and keeps their boxes as they are (regression: "33 customers" under "Wes", a click that did not stick)', async () => {
    const adapter = new GatedAdapter(contractFixture());
    const list = await mountList({ adapter });
    adapter.hold();
    await typeInto(searchInput(list), 'north');
    await waitUntil(() => grid(list).getAttribute('aria-busy') === 'true', 'the search is pending', { timeout: 20_000 });
    await list.updateComplete;
    const status = shadow(list).querySelector('[part=status]')!;
    expect(status.textContent!.trim()).to.equal('Updating the list…');
    expect(grid(list).classList.contains('replacing')).to.equal(true);
    await waitUntil(() => Number(getComputedStyle(dataRows(list)[0]!).opacity) < 1, 'the old rows are drawn dimmed', { timeout: 20_000 });
    const box = checkbox(dataRows(list)[0]!);
    expect(box.getAttribute('aria-disabled')).to.equal('true');
    expect(box.title).to.equal('Wait for the list to update before selecting.');
    await click(box);
    await list.updateComplete;
    expect(box.checked, 'the box shows what the model holds').to.equal(false);
    expect(list.selectedCount).to.equal(0);
    adapter.open();
    await settle(list);
    expect(names(list)).to.deep.equal(['Northwind Traders']);
    expect(status.textContent!.trim()).to.equal('1 customer');
    await click(checkbox(dataRows(list)[0]!));
    await list.updateComplete;
    expect([checkbox(dataRows(list)[0]!).checked, list.selectedCount]).to.deep.equal([true, 1]);
  });
});

describe('<customer-list> search races', () => {
  it('lets the last search win over a slower earlier one, and aborts the earlier one', async () => {
    const adapter = new RacingAdapter(contractFixture());
    const list = await mountList({ adapter });
    await click(searchInput(list));
    await type('slow');
    await waitUntil(() => adapter.asked.includes('slow'), 'the first search went out', { timeout: 20_000 });
    await search(list, 'north');
    // The late answer must come in before the assertion, or it would prove nothing.
    await waitUntil(() => adapter.answered.includes('slow'), 'the slow search answered', { timeout: 20_000 });
    await list.updateComplete;
    expect(names(list)).to.deep.equal(['Northwind Traders']);
    expect(adapter.aborted).to.deep.equal(['slow']);
  });

  it('waits for a pause in typing before searching', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    let requests = 0;
    const counting = Object.assign(Object.create(adapter), { listCustomers: (r: ListCustomersRequest, s?: AbortSignal) => (requests++, adapter.listCustomers(r, s)) }) as MemoryAdapter;
    const list = await mountList({ adapter: counting });
    // A pause no key-to-key time can reach, however busy the machine: the first keys search nothing. The last key
    // comes with a short pause, which then passes: one search, for the whole text. No race between typing and timer.
    list.searchDebounce = 60_000;
    requests = 0;
    await click(searchInput(list));
    await type('con');
    expect(requests, 'nothing is searched while typing').to.equal(0);
    list.searchDebounce = 50;
    await type('t');
    await waitUntil(() => requests > 0, 'searched after the pause', { timeout: 20_000 });
    await settle(list);
    expect(requests).to.equal(1);
    expect(list.searchText).to.equal('cont');
  });
});
