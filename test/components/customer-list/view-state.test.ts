import { expect, fixture, html } from '@open-wc/testing';
import type { CustomerPage, ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { defaultViewState, type ViewState } from '../../../src/model/view-state.js';
import { contractFixture, RESELLER_NORTHWIND } from '../../../src/testing/index.js';
import { nextEvent } from '../../support/browser/element.js';
import { choose, click } from '../../support/browser/input.js';
import { headerCell, names, search, settle, shadow, waitForRowsOf } from './list-harness.js';

/** A MemoryAdapter that remembers every listCustomers request. */
class CountingAdapter extends MemoryAdapter {
  readonly requests: ListCustomersRequest[] = [];
  override listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    this.requests.push(request);
    return super.listCustomers(request, signal);
  }
}

const KEY = 'test-view-state';

async function mount(adapter = new CountingAdapter(contractFixture()), persistKey = KEY): Promise<CustomerList> {
  const list = await fixture<CustomerList>(html`<customer-list .adapter=${adapter} agent-role="admin-agent" search-debounce="0" persist-key=${persistKey}></customer-list>`);
  await waitForRowsOf(list);
  return list;
}

/** Collects console.warn calls while `action` runs. */
async function warningsDuring(action: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const headers = (list: CustomerList) => [...shadow(list).querySelectorAll('[role=columnheader][data-column-id]')].map((cell) => cell.getAttribute('data-column-id'));

describe('<customer-list> view state', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('applies a whole view at once: one request with the search, filters and sort, and the columns drawn as it says', async () => {
    const adapter = new CountingAdapter(contractFixture());
    const list = await mount(adapter);
    const before = adapter.requests.length;
    const view: ViewState = {
      ...defaultViewState(),
      columnOrder: ['companyName', 'relationship', 'id', 'primaryDomain', 'tags'],
      columnVisibility: { primaryDomain: false },
      columnSizing: { companyName: 300 },
      sort: [{ column: 'companyName', direction: 'desc' }],
      searchText: 'Contoso',
      relationship: 'indirect-reseller',
      reseller: { ...RESELLER_NORTHWIND },
    };
    list.viewState = view;
    await settle(list);
    expect(adapter.requests.length - before).to.equal(1);
    expect(adapter.requests.at(-1)).to.deep.include({ search: { field: 'companyName', text: 'Contoso' }, relationship: 'indirect-reseller', indirectResellerId: RESELLER_NORTHWIND.id, sort: [{ column: 'companyName', direction: 'desc' }] });
    expect(names(list)).to.deep.equal(['Contoso Ltd']);
    expect(headers(list)).to.deep.equal(['companyName', 'relationship', 'id', 'tags']);
    expect(headerCell(list, 'Company name').getBoundingClientRect().width).to.be.closeTo(300, 1);
    expect(list.viewState).to.deep.equal(view);
    // What the agent sees says so too: the search box, the relationship filter and the reseller chip.
    expect(shadow(list).querySelector<HTMLInputElement>('[part=search-input]')!.value).to.equal('Contoso');
    expect(shadow(list).querySelector<HTMLElement>('[part~=filter-chip]')!.textContent).to.contain(RESELLER_NORTHWIND.name);
  });

  it('fires view-state-change when the agent changes the view, not when the host sets it', async () => {
    const list = await mount();
    let events = 0;
    list.addEventListener('view-state-change', () => events++);
    list.viewState = { ...defaultViewState(), searchText: 'Con', sort: [{ column: 'id', direction: 'desc' }], columnSizing: { tags: 100 } };
    await settle(list);
    expect(events, 'host set').to.equal(0);
    expect(headerCell(list, 'Microsoft ID').getAttribute('aria-sort')).to.equal('descending');

    const sorted = nextEvent(list, 'view-state-change');
    await click(headerCell(list, 'Primary domain name'));
    expect((await sorted).viewState.sort).to.deep.equal([{ column: 'primaryDomain', direction: 'asc' }]);

    const filtered = nextEvent(list, 'view-state-change');
    await choose(shadow(list).querySelector<HTMLSelectElement>('.filters select')!, 'cloud-reseller');
    expect((await filtered).viewState).to.deep.include({ relationship: 'cloud-reseller', searchText: 'Con' });

    const searched: string[] = [];
    list.addEventListener('view-state-change', (event) => searched.push(event.viewState.searchText));
    await search(list, 'Acon');
    // Select-all and Backspace clear the box first: that is a change too.
    expect(searched.at(-1)).to.equal('Acon');
    expect(events, "one event per change: sort, filter, each committed search").to.equal(2 + searched.length);
  });

  it('finds its view again after a reload: a new element with the same persist-key', async () => {
    const first = await mount();
    await click(headerCell(first, 'Company name'));
    await search(first, 'Contoso');
    await settle(first);
    const saved = first.viewState;
    first.remove();

    const second = await mount();
    expect(second.viewState).to.deep.equal(saved);
    expect(shadow(second).querySelector<HTMLInputElement>('[part=search-input]')!.value).to.equal('Contoso');
    expect(headerCell(second, 'Company name').getAttribute('aria-sort')).to.equal('ascending');
    expect(names(second)).to.deep.equal(['Contoso 9 Labs', 'Contoso 10 Pharma', 'Contoso Ltd', 'Contoso Ltd']);
  });

  for (const [what, stored] of [
    ['not JSON', '{"version":1,'],
    ['an old version', JSON.stringify({ version: 0, view: defaultViewState() })],
    ['an unknown shape', JSON.stringify({ version: 1, view: { ...defaultViewState(), sort: 'name' } })],
  ] as const) {
    it(`ignores a stored value that is ${what} with exactly one warning, and shows the default view`, async () => {
      localStorage.setItem(KEY, stored);
      let list!: CustomerList;
      const warnings = await warningsDuring(async () => {
        list = await mount();
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(KEY);
      expect(list.viewState).to.deep.equal(defaultViewState());
      expect(names(list)).to.have.length(contractFixture().customers.length);
    });
  }

  it('refuses a viewState of another version with a warning and keeps its view', async () => {
    const list = await mount();
    const warnings = await warningsDuring(async () => {
      list.viewState = { ...defaultViewState(), version: 7 } as unknown as ViewState;
      await settle(list);
    });
    expect(warnings).to.have.length(1);
    expect(list.viewState).to.deep.equal(defaultViewState());
  });
});
