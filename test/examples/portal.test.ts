import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/browser/wait.js';
import { applyPageSettings, mountPortal, viewStorageKey } from '../../examples/portal/portal.js';
import { parsePortalParams } from '../../examples/portal/portal-params.js';
import { generateCustomers } from '../../mocks/data/index.js';
import type { LoadingAdapter } from '../../mocks/loading-adapter.js';
import { setLocale } from '../../src/localization/localization.js';
import type { CustomerList } from '../../src/components/customer-list/customer-list.js';
import { button as listButton, cellText, clickCheckbox, columnsMenu, dataRows, headerCell, names, openColumnsMenu, selectedRows, untilMenuOpen, waitForRowsOf } from '../components/customer-list/list-harness.js';
import { nothing, render } from 'lit';
import { click, expectFocusOn, press, typeInto } from '../support/browser/input.js';

/** A button in a shadow root by its text. */
function buttonIn(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

async function waitUntilDefined<T>(find: () => T | null | undefined): Promise<T> {
  let found: T | null | undefined;
  await waitUntil(() => (found = find()), 'element did not appear', { timeout: 20_000 });
  return found!;
}

async function shownList(container: HTMLElement): Promise<CustomerList> {
  const list = container.querySelector('customer-list')!;
  await waitForRowsOf(list);
  return list;
}

describe('demo portal', () => {
  let container: HTMLElement;

  /** Opens the portal, selects its first Cloud Reseller customer and chooses a command, as an agent would. */
  async function selectCustomerAndRun(query: string, command: string): Promise<{ list: CustomerList; id: string }> {
    await mountPortal(container, parsePortalParams(query).params);
    const list = await shownList(container);
    const row = dataRows(list).find((candidate) => cellText(candidate, 'relationship').startsWith('Cloud Reseller'))!;
    await clickCheckbox(list, row);
    expect(selectedRows(list).length === 1 && selectedRows(list)[0] === row, 'only the clicked row is selected').to.equal(true);
    await click(listButton(list, command)!);
    return { list, id: cellText(row, 'id') };
  }

  const startUrl = location.href;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(async () => {
    container.remove();
    // The portal keeps the list's view in the URL and per role in storage: the next test starts clean.
    history.replaceState(null, '', startUrl);
    localStorage.removeItem(viewStorageKey('admin-agent'));
    localStorage.removeItem(viewStorageKey('sales-agent'));
    applyPageSettings(parsePortalParams('').params);
    await setLocale('en');
  });

  describe('URL parameters', () => {
    it('defaults to 1000 rows, seed 1, an admin agent, English, light, ltr, the REST adapter, not hostile', () => {
      expect(parsePortalParams('')).to.deep.equal({
        params: { rows: 1000, seed: 1, role: 'admin-agent', lang: 'en', theme: 'light', dir: 'ltr', adapter: 'rest', hostile: false, latency: 0, fail: [], view: 'customers' },
        warnings: [],
      });
    });

    it('reads every parameter', () => {
      const { params } = parsePortalParams('?rows=10&seed=3&role=sales-agent&lang=pl&theme=dark&dir=rtl&adapter=rest&hostile=1');
      expect(params).to.deep.equal({ rows: 10, seed: 3, role: 'sales-agent', lang: 'pl', theme: 'dark', dir: 'rtl', adapter: 'rest', hostile: true, latency: 0, fail: [], view: 'customers' });
    });

    it('falls back to the default on a bad value and says why', () => {
      const { params, warnings } = parsePortalParams('?rows=-5&role=root&lang=de');
      expect([params.rows, params.role, params.lang]).to.deep.equal([1000, 'admin-agent', 'en']);
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.contain('rows=-5');
    });
  });

  for (const adapter of ['rest', 'memory'] as const) {
    it(`shows the first page of the generated customers with their total (adapter=${adapter})`, async () => {
      const { params } = parsePortalParams(`?rows=250&seed=2&adapter=${adapter}`);
      const portal = await mountPortal(container, params);
      const list = await shownList(container);
      expect(dataRows(list).length).to.be.within(5, 40);
      expect(list.shadowRoot!.querySelector('[part=status]')!.textContent!.trim()).to.equal('250 customers');
      expect(container.querySelector('h1')!.textContent).to.equal('Customers');
      expect(list.agentRole).to.equal('admin-agent');
      expect(portal.adapter.constructor.name).to.equal(adapter === 'rest' ? 'RestAdapter' : 'LoadingAdapter');
    });

    it(`draws the first rows of 300 000 customers while the rest are still being generated (adapter=${adapter})`, async () => {
      const { params } = parsePortalParams(`?rows=300000&seed=3&adapter=${adapter}`);
      const portal = await mountPortal(container, params);
      const loader = () => (adapter === 'rest' ? (portal.mock!.as('admin-agent') as LoadingAdapter) : (portal.adapter as LoadingAdapter)).loader;
      try {
        const list = await shownList(container);
        expect(list.shadowRoot!.querySelector('[part=status]')!.textContent!.trim()).to.equal('300,000 customers');
        // The whole dataset takes many seconds to build; the rows it generated first are drawn at once.
        expect(loader()?.loaded, 'the dataset is still loading when its first rows are drawn').to.equal(false);
        expect(cellText(dataRows(list)[0]!, 'id')).to.equal(generateCustomers({ rows: 1000, seed: 3 })[0]!.id);
      } finally {
        // Stop generating, so the next tests do not share the page with it.
        loader()?.stop();
      }
    });
  }

  it('answers the page\'s own fetch of /v1/customers from the mock API, with the same rows', async () => {
    const { params } = parsePortalParams('?rows=600&seed=4');
    await mountPortal(container, params);
    const list = await shownList(container);
    const body = await (await fetch('/v1/customers?size=500')).json();
    expect([body.items.length, body.totalCount]).to.deep.equal([500, 600]);
    expect(body.items[0].id).to.equal(cellText(dataRows(list)[0]!, 'id'));
  });

  it('speaks Polish, shows the role and applies theme and direction to the page', async () => {
    const { params } = parsePortalParams('?rows=5&lang=pl&role=sales-agent&theme=dark&dir=rtl');
    applyPageSettings(params);
    await mountPortal(container, params);
    const list = await shownList(container);
    expect([...list.shadowRoot!.querySelectorAll('[role=columnheader]')].map((th) => th.textContent!.trim())).to.deep.equal([
      '', 'Identyfikator Microsoft', 'Nazwa firmy', 'Nazwa domeny podstawowej', 'Relacja', 'Tagi',
    ]);
    expect(list.agentRole).to.equal('sales-agent');
    expect(getComputedStyle(list).direction).to.equal('rtl');
    expect(container.querySelector('.agent')!.textContent).to.equal('Agent sprzedaży');
    expect(document.documentElement.dir).to.equal('rtl');
    expect(document.documentElement.dataset.theme).to.equal('dark');
    expect(document.documentElement.lang).to.equal('pl');
  });

  it('opens the tag editor from Manage tags; a save shows in the Tags column and is stored by the mock API', async () => {
    const { list, id } = await selectCustomerAndRun('?rows=40&seed=5', 'Manage tags');
    const editor = await waitUntilDefined(() => list.shadowRoot!.querySelector('tag-editor'));
    const input = await waitUntilDefined(() => editor.shadowRoot!.querySelector<HTMLInputElement>('[part=filter-input]'));
    await typeInto(input, 'Demo portal tag');
    await press('Enter');
    await waitUntilDefined(() => editor.shadowRoot!.querySelector('[data-tag="Demo portal tag"][aria-checked=true]'));
    const saved = new Promise((resolve) => list.addEventListener('tags-assign', resolve, { once: true }));
    await click(buttonIn(editor.shadowRoot!, 'Save'));
    await saved;
    await list.updateComplete;
    const shown = dataRows(list).find((candidate) => cellText(candidate, 'id') === id)!;
    expect(cellText(shown, 'tags')).to.include('Demo portal tag');
    const body = await (await fetch(`/v1/customers/${id}`)).json();
    const stored = body.items ? body.items[0] : body;
    expect(stored.tags).to.include('Demo portal tag');
  });

  it('keeps tags assigned over a limited source (adapter=limited) in the browser, for the next page load', async () => {
    // A seed no other test uses: its IndexedDB database is this test's alone.
    const query = '?rows=40&seed=9091&adapter=limited';
    const { list, id } = await selectCustomerAndRun(query, 'Manage tags');
    const editor = await waitUntilDefined(() => list.shadowRoot!.querySelector('tag-editor'));
    const input = await waitUntilDefined(() => editor.shadowRoot!.querySelector<HTMLInputElement>('[part=filter-input]'));
    await typeInto(input, 'Kept in this browser');
    await press('Enter');
    await waitUntilDefined(() => editor.shadowRoot!.querySelector('[data-tag="Kept in this browser"][aria-checked=true]'));
    const saved = new Promise((resolve) => list.addEventListener('tags-assign', resolve, { once: true }));
    await click(buttonIn(editor.shadowRoot!, 'Save'));
    await saved;
    await waitUntil(() => cellText(dataRows(list).find((candidate) => cellText(candidate, 'id') === id)!, 'tags').includes('Kept in this browser'), 'the saved tag shows on the row');
    // The page again, from nothing: a new source (which keeps no tags) and a new store on the same database.
    render(nothing, container);
    await mountPortal(container, parsePortalParams(query).params);
    const again = await shownList(container);
    await waitUntil(() => {
      const row = dataRows(again).find((candidate) => cellText(candidate, 'id') === id);
      return row && cellText(row, 'tags').includes('Kept in this browser');
    }, 'the tag is still on the row after the page is built again');
    const others = dataRows(again).filter((candidate) => cellText(candidate, 'id') !== id);
    expect(others.some((row) => cellText(row, 'tags').includes('Kept in this browser')), 'no other row got it').to.equal(false);
  });

  it('opens the order dialog from New order; the created order is visible through the mock API', async () => {
    const { list, id } = await selectCustomerAndRun('?rows=40&seed=6', 'New order');
    const dialog = list.shadowRoot!.querySelector('new-order-dialog')!;
    const online = await waitUntilDefined(() => [...dialog.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=catalog]')].find((button) => button.textContent!.includes('Online Services') && button.getAttribute('aria-disabled') === 'false'));
    await click(online);
    const product = await waitUntilDefined(() => dialog.shadowRoot!.querySelector<HTMLInputElement>('.product input'));
    await click(product);
    expect(product.checked).to.equal(true);
    await click(await waitUntilDefined(() => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[data-action=add]')));
    await click(await waitUntilDefined(() => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[data-action=review][aria-disabled=false]')));
    const created = new Promise<Event>((resolve) => list.addEventListener('order-create', resolve, { once: true }));
    await click(await waitUntilDefined(() => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[data-action=submit]')));
    const { order } = (await created) as Event & { order: { id: string } };
    const body = await (await fetch(`/v1/customers/${id}/orders`)).json();
    expect(body.items.map((item: { id: string }) => item.id)).to.include(order.id);
  });

  it('edits billing information from the selected row; a saved company name shows in the list at once', async () => {
    const { list, id } = await selectCustomerAndRun('?rows=40&seed=7', 'Billing information');
    const form = await waitUntilDefined(() => list.shadowRoot!.querySelector('billing-profile-form'));
    const name = await waitUntilDefined(() => form.shadowRoot!.querySelector<HTMLInputElement>('[name=companyName]'));
    await typeInto(name, 'Portal Renamed Ltd');
    const saved = new Promise((resolve) => list.addEventListener('billing-profile-save', resolve, { once: true }));
    await click(buttonIn(form.shadowRoot!, 'Save'));
    await saved;
    await list.updateComplete;
    expect(cellText(dataRows(list).find((candidate) => cellText(candidate, 'id') === id)!, 'companyName')).to.equal('Portal Renamed Ltd');
    expectFocusOn(listButton(list, 'Billing information'), 'the panel closed and gave focus back to the command');
    const stored = await (await fetch(`/v1/customers/${id}/profiles/billing`)).json();
    expect(stored.companyName).to.equal('Portal Renamed Ltd');
  });

  it('renders hostile data as inert text', async () => {
    const { params } = parsePortalParams('?rows=30&hostile=1');
    await mountPortal(container, params);
    const list = await shownList(container);
    expect(list.shadowRoot!.querySelector('.body img, .body script, .body svg') === null, 'no element made from the data').to.equal(true);
    expect(names(list)).to.include('<img src=x onerror=alert(1)>');
  });

  describe('the list view in the URL', () => {
    const urlParams = () => new URLSearchParams(location.search);
    const headerIds = (list: CustomerList) => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role=columnheader][data-column-id]')].map((cell) => cell.dataset.columnId);
    const popstate = () => new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));

    it('writes each change into the URL, and back and forward restore the view', async () => {
      await mountPortal(container, parsePortalParams('?rows=40&seed=7&adapter=memory').params);
      const list = await shownList(container);
      await click(headerCell(list, 'Company name'));
      await waitForRowsOf(list);
      expect(urlParams().get('sort')).to.equal('companyName:asc');
      await openColumnsMenu(list);
      await click(columnsMenu(list).querySelector('.column-choice[data-column-id=tags] input')!);
      await press('Escape');
      await list.updateComplete;
      expect(urlParams().get('hidden')).to.equal('tags');
      expect(urlParams().get('sort')).to.equal('companyName:asc');

      const back = popstate();
      history.back();
      await back;
      await waitForRowsOf(list);
      expect(urlParams().get('hidden')).to.equal(null);
      expect(headerIds(list)).to.include('tags');
      expect(headerCell(list, 'Company name').getAttribute('aria-sort')).to.equal('ascending');

      const forward = popstate();
      history.forward();
      await forward;
      await waitForRowsOf(list);
      expect(headerIds(list)).not.to.include('tags');
    });

    it('opens a copied link on the same view', async () => {
      history.replaceState(null, '', `?${new URLSearchParams({ ...Object.fromEntries(urlParams()), columns: 'companyName,relationship,id,primaryDomain,tags', hidden: 'id', sort: 'companyName:desc', relationship: 'cloud-reseller' })}`);
      await mountPortal(container, parsePortalParams('?rows=40&seed=7&adapter=memory').params);
      const list = await shownList(container);
      expect(headerIds(list)).to.deep.equal(['companyName', 'relationship', 'primaryDomain', 'tags']);
      expect(headerCell(list, 'Company name').getAttribute('aria-sort')).to.equal('descending');
      expect(dataRows(list).every((row) => cellText(row, 'relationship').startsWith('Cloud Reseller'))).to.equal(true);
      const shown = names(list);
      expect(shown).to.deep.equal([...shown].sort((a, b) => b.localeCompare(a, 'en', { numeric: true, sensitivity: 'base' })));
    });

    it('keeps saved views per role', async () => {
      const save = async (list: CustomerList, name: string) => {
        await click(list.shadowRoot!.querySelector('[data-command=views]')!);
        await untilMenuOpen(list, (shown) => shown.shadowRoot!.querySelector('[part=views-menu]'));
        await typeInto(list.shadowRoot!.querySelector<HTMLInputElement>('[data-role=view-name]')!, name);
        await press('Enter');
        await press('Escape');
      };
      await mountPortal(container, parsePortalParams('?rows=20&adapter=memory&role=admin-agent').params);
      await save(await shownList(container), 'Admin view');
      render(nothing, container);
      await mountPortal(container, parsePortalParams('?rows=20&adapter=memory&role=sales-agent').params);
      const sales = await shownList(container);
      expect(sales.savedViews).to.deep.equal([]);
      await save(sales, 'Sales view');
      render(nothing, container);
      await mountPortal(container, parsePortalParams('?rows=20&adapter=memory&role=admin-agent').params);
      expect((await shownList(container)).savedViews.map((view) => view.name)).to.deep.equal(['Admin view']);
    });
  });
});
