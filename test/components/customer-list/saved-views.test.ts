import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import type { SavedView } from '../../../src/model/view-state.js';
import { defaultViewState } from '../../../src/model/view-state.js';
import { contractFixture } from '../../../src/testing/index.js';
import { click, expectFocused, press, type, typeInto } from '../../support/browser/input.js';
import { cellText, clickCheckbox, columnsMenu, dataRows, drawnColumns, names, openColumnsMenu, search, searchInput, selectedRows, settle, shadow, untilMenuOpen, waitForRowsOf } from './list-harness.js';

const KEY = 'test-saved-views';
const viewsCommand = (list: CustomerList) => shadow(list).querySelector<HTMLButtonElement>('[data-command=views]')!;
const viewsMenu = (list: CustomerList) => shadow(list).querySelector<HTMLElement>('[part=views-menu]')!;
const nameField = (list: CustomerList) => viewsMenu(list).querySelector<HTMLInputElement>('[data-role=view-name]')!;
const item = (list: CustomerList, name: string) => [...viewsMenu(list).querySelectorAll<HTMLElement>('[data-view-name]')].find((li) => li.dataset.viewName === name);
const action = (list: CustomerList, name: string, what: 'apply' | 'rename' | 'delete') => item(list, name)!.querySelector<HTMLButtonElement>(`[data-action=${what}]`)!;
const listedViews = (list: CustomerList) => [...viewsMenu(list).querySelectorAll<HTMLElement>('.view-apply .view-name')].map((name) => name.textContent);
const status = (list: CustomerList) => viewsMenu(list).querySelector('[role=status]')!.textContent!.replace(/[\u2068\u2069]/g, '');
const problem = (list: CustomerList) => viewsMenu(list).querySelector('#view-name-problem')!.textContent!.replace(/[\u2068\u2069]/g, '');

/** The menu's messages that show text now (its alert and status lines), white space and isolates removed. */
function messagesShown(list: CustomerList): string[] {
  return [...viewsMenu(list).querySelectorAll<HTMLElement>('[role=alert], [role=status]')]
    .filter((line) => line.getClientRects().length > 0)
    .map((line) => line.innerText.replace(/[\u2068\u2069]/g, '').trim())
    .filter(Boolean);
}

/** A length custom property as drawn, in pixels: a probe inside `element` takes it as its width. */
function tokenPixels(element: Element, property: string): number {
  const probe = document.createElement('div');
  probe.style.cssText = `position: absolute; visibility: hidden; width: var(${property});`;
  element.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

async function mount(persistKey = KEY): Promise<CustomerList> {
  const list = await fixture<CustomerList>(html`<customer-list .adapter=${new MemoryAdapter(contractFixture())} agent-role="admin-agent" search-debounce="0" persist-key=${persistKey}></customer-list>`);
  await waitForRowsOf(list);
  return list;
}

async function openViews(list: CustomerList): Promise<void> {
  await click(viewsCommand(list));
  await untilMenuOpen(list, viewsMenu);
  expect(viewsMenu(list).matches(':popover-open'), 'the Views menu is open').to.equal(true);
}

/** Saves the current view from the menu as a person does: type a name, press Enter. */
async function saveAs(list: CustomerList, name: string): Promise<void> {
  await typeInto(nameField(list), name);
  await press('Enter');
  await list.updateComplete;
}

describe('<customer-list> saved views', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('saves the current view under a name, marks it as shown, and tells the host', async () => {
    const list = await mount();
    await search(list, 'Contoso');
    await openViews(list);
    expect(viewsMenu(list).textContent).to.contain('No saved views yet.');
    expectFocused(nameField(list), 'with no views, focus goes to the name field');
    const changes: (readonly SavedView[])[] = [];
    list.addEventListener('saved-views-change', (event) => changes.push(event.savedViews));
    await saveAs(list, '  EMEA at risk ');
    expect(listedViews(list)).to.deep.equal(['EMEA at risk']);
    expect(status(list)).to.equal('Saved view EMEA at risk.');
    expect(action(list, 'EMEA at risk', 'apply').getAttribute('aria-current')).to.equal('true');
    expect(nameField(list).value).to.equal('');
    expect(changes).to.have.length(1);
    expect(changes[0]![0]!.name).to.equal('EMEA at risk');
    expect(changes[0]![0]!.state.searchText).to.equal('Contoso');
  });

  it('refuses an empty or taken name, saying why', async () => {
    const list = await mount();
    await openViews(list);
    await saveAs(list, 'Mine');
    await saveAs(list, '   ');
    expect(problem(list)).to.equal('Give the view a name.');
    expect(nameField(list).getAttribute('aria-invalid')).to.equal('true');
    await saveAs(list, 'MINE');
    expect(problem(list), 'the refusal names the view that has the name, as it is spelled').to.equal('There is already a view named Mine.');
    expect(listedViews(list)).to.deep.equal(['Mine']);
    expectFocused(nameField(list), 'focus stays in the field to correct it');
  });

  it('shows one message at a time: a refused name replaces "Saved view …", and the next save replaces the refusal', async () => {
    const list = await mount();
    await openViews(list);
    await saveAs(list, 'Renewals');
    expect(status(list)).to.equal('Saved view Renewals.');
    await saveAs(list, 'RENEWALS');
    expect(messagesShown(list), 'the refusal alone, naming the view as it is spelled').to.deep.equal(['There is already a view named Renewals.']);
    expect(problem(list)).to.equal('There is already a view named Renewals.');
    expect(status(list), 'the stale success is gone').to.equal('');
    await saveAs(list, 'Renewals Q3');
    expect(messagesShown(list)).to.deep.equal(['Saved view Renewals Q3.']);
    await click(action(list, 'Renewals Q3', 'rename'));
    await list.updateComplete;
    await type('renewals');
    await press('Enter');
    await list.updateComplete;
    expect(messagesShown(list), 'a refused rename replaces the last success too').to.deep.equal(['There is already a view named Renewals.']);
  });

  it("keeps each view's Rename and Delete apart by at least the library's gap", async () => {
    const list = await mount();
    await openViews(list);
    await saveAs(list, 'One');
    const rename = action(list, 'One', 'rename').getBoundingClientRect();
    const remove = action(list, 'One', 'delete').getBoundingClientRect();
    const gap = tokenPixels(viewsMenu(list), '--_p-gap');
    expect(gap, 'the gap token resolves to pixels').to.be.greaterThan(0);
    expect(remove.left - rename.right, `Rename ends at ${rename.right.toFixed(1)}, Delete starts at ${remove.left.toFixed(1)}`).to.be.at.least(gap - 0.5);
  });

  it('switches between two saved views: columns, search and sort come back, focus returns to Views', async () => {
    const list = await mount();
    await search(list, 'Contoso');
    await openViews(list);
    await saveAs(list, 'Contoso');
    await press('Escape');
    await search(list, '');
    await openColumnsMenu(list);
    await click(columnsMenu(list).querySelector('.column-choice[data-column-id=tags] input')!);
    await press('Escape');
    await openViews(list);
    await saveAs(list, 'No tags');
    expect(listedViews(list)).to.deep.equal(['Contoso', 'No tags']);

    const events: string[] = [];
    list.addEventListener('view-state-change', (event) => events.push(event.viewState.searchText));
    await click(action(list, 'Contoso', 'apply'));
    await settle(list);
    expect(viewsMenu(list).matches(':popover-open')).to.equal(false);
    expectFocused(viewsCommand(list), 'back on Views');
    expect(searchInput(list).value).to.equal('Contoso');
    expect(names(list).every((name) => name.startsWith('Contoso'))).to.equal(true);
    expect(drawnColumns(list).header).to.include('tags');
    expect(events).to.deep.equal(['Contoso']);

    await openViews(list);
    expect(action(list, 'Contoso', 'apply').getAttribute('aria-current')).to.equal('true');
    await click(action(list, 'No tags', 'apply'));
    await settle(list);
    expect(searchInput(list).value).to.equal('');
    expect(drawnColumns(list).header).not.to.include('tags');
    expect(dataRows(list)).to.have.length(contractFixture().customers.length);
  });

  it('renames a view from the keyboard, refusing a taken name, and Escape cancels a rename without closing', async () => {
    const list = await mount();
    await openViews(list);
    await saveAs(list, 'One');
    await saveAs(list, 'Two');
    await click(action(list, 'One', 'rename'));
    await list.updateComplete;
    const field = item(list, 'One')!.querySelector<HTMLInputElement>('[data-role=rename]')!;
    expectFocused(field, 'the rename field');
    expect(field.getAttribute('aria-label')).to.equal('New name for view One');
    await type('two');
    await press('Enter');
    await list.updateComplete;
    expect(item(list, 'One')!.querySelector('#rename-problem')!.textContent!.replace(/[\u2068\u2069]/g, '')).to.equal('There is already a view named Two.');
    await press('Escape');
    await list.updateComplete;
    expect(viewsMenu(list).matches(':popover-open'), 'Escape in the field cancels only the rename').to.equal(true);
    expectFocused(action(list, 'One', 'rename'), 'back on Rename');
    await press('Enter');
    await list.updateComplete;
    await type('EMEA at risk');
    await press('Enter');
    await list.updateComplete;
    expect(listedViews(list)).to.deep.equal(['EMEA at risk', 'Two']);
    expect(status(list)).to.equal('Renamed view One to EMEA at risk.');
    expectFocused(action(list, 'EMEA at risk', 'rename'), 'on the renamed view');
  });

  it('deletes views, focus moving to the next one and then to the name field', async () => {
    const list = await mount();
    await openViews(list);
    await saveAs(list, 'One');
    await saveAs(list, 'Two');
    const changes: string[][] = [];
    list.addEventListener('saved-views-change', (event) => changes.push(event.savedViews.map((view) => view.name)));
    await click(action(list, 'One', 'delete'));
    await list.updateComplete;
    expect(listedViews(list)).to.deep.equal(['Two']);
    expect(status(list)).to.equal('Deleted view One.');
    expectFocused(action(list, 'Two', 'delete'), 'the next view');
    await press('Enter');
    await list.updateComplete;
    expect(viewsMenu(list).textContent).to.contain('No saved views yet.');
    expectFocused(nameField(list), 'no views left');
    expect(changes).to.deep.equal([['Two'], []]);
  });

  it('keeps saved views under persist-key across a reload', async () => {
    const first = await mount();
    await search(first, 'Acon');
    await openViews(first);
    await saveAs(first, 'Acontoso');
    await press('Escape');
    first.remove();
    const second = await mount();
    expect(second.savedViews.map((view) => view.name)).to.deep.equal(['Acontoso']);
    await search(second, '');
    await openViews(second);
    await click(action(second, 'Acontoso', 'apply'));
    await settle(second);
    expect(names(second)).to.deep.equal(['Acontoso Foods']);
  });

  it('takes saved views from a host that keeps them on its server', async () => {
    const stored = localStorage.length;
    const list = await mount('');
    list.savedViews = [{ name: 'Advisors', state: { ...defaultViewState(), relationship: 'advisor' } }];
    await openViews(list);
    await click(action(list, 'Advisors', 'apply'));
    await settle(list);
    expect(dataRows(list).map((row) => cellText(row, 'relationship'))).to.deep.equal(['Advisor']);
    expect(localStorage.length, 'nothing stored without a key').to.equal(stored);
  });

  it('keeps the rows picked one by one when a view with another search is applied, and counts those it hides', async () => {
    const list = await mount();
    list.savedViews = [{ name: 'Acon', state: { ...defaultViewState(), searchText: 'Acon' } }];
    const rows = dataRows(list);
    await clickCheckbox(list, rows[0]!);
    await clickCheckbox(list, rows[2]!);
    const picked = selectedRows(list).map((row) => row.querySelector('a')!.textContent!);
    const keys = list.selection.mode === 'some' ? [...list.selection.keys] : [];
    await openViews(list);
    await click(action(list, 'Acon', 'apply'));
    await settle(list);
    const shown = picked.filter((name) => name.startsWith('Acon'));
    expect(selectedRows(list).map((row) => row.querySelector('a')!.textContent)).to.deep.equal(shown);
    expect(list.selection).to.deep.equal({ mode: 'some', keys });
    const bar = shadow(list).querySelector('[part=selection-bar] [role=status]')!.textContent!.trim();
    expect(bar).to.equal(`2 selected (${2 - shown.length} hidden by the search or filters)`);
  });

  it('says that a view with another search cleared a selection of all matching customers', async () => {
    const list = await mount();
    list.savedViews = [{ name: 'Acon', state: { ...defaultViewState(), searchText: 'Acon' } }];
    await click(shadow(list).querySelector<HTMLInputElement>('[role=columnheader] input')!);
    await list.updateComplete;
    await openViews(list);
    await click(action(list, 'Acon', 'apply'));
    await settle(list);
    const announcement = shadow(list).querySelector('[part=announcement]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(announcement).to.contain('The search or filters changed, so the selection of all 10 matching customers was cleared.');
    expect(list.selection).to.deep.equal({ mode: 'some', keys: [] });
    expect(selectedRows(list)).to.have.length(0);
  });

  it('has no axe violations with the menu open and views listed', async function () {
    // axe walks the whole list, menu included: seconds of work on a loaded machine.
    this.timeout(30_000);
    const list = await mount();
    await openViews(list);
    await saveAs(list, 'One');
    await saveAs(list, 'Two');
    await expect(list).to.be.accessible();
  });
});
