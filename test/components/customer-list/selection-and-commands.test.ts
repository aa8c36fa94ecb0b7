import { expect, oneEvent } from '@open-wc/testing';
import type { CustomerSelectEvent, ManageTagsRequestEvent, NewOrderRequestEvent } from '../../../src/components/customer-list/customer-list.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { IDS } from '../../../src/testing/index.js';
import { click, expectFocused, press, withoutLayoutShift } from '../../support/browser/input.js';
import { description } from '../../support/browser/aria.js';
import { button, cellText, checkbox, clickCheckbox, dataRows, mountList, search, selectedRows, shadow } from './list-harness.js';

const selectionBar = (list: Parameters<typeof shadow>[0]) => shadow(list).querySelector('[part=selection-bar] [role=status]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<customer-list> selection', () => {
  it('selects a row with its checkbox and reports the selection', async () => {
    const list = await mountList();
    const row = dataRows(list)[2]!;
    const event = oneEvent(list, 'customer-select') as Promise<CustomerSelectEvent>;
    await clickCheckbox(list, row);
    const { selection, count } = await event;
    expect(selection).to.deep.equal({ mode: 'some', keys: [`${cellText(row, 'id')}#cloud-reseller`] });
    expect(count).to.equal(1);
    await list.updateComplete;
    expect(row.getAttribute('aria-selected')).to.equal('true');
    expect(checkbox(row).checked).to.equal(true);
    expect(shadow(list).querySelector('[part=selection-bar]')!.textContent).to.contain('1 selected');
  });

  it('keeps the two rows of a dual-role customer apart', async () => {
    const list = await mountList();
    const [direct, indirect] = dataRows(list).filter((row) => cellText(row, 'id') === IDS.contoso);
    await clickCheckbox(list, indirect!);
    expect([direct!.getAttribute('aria-selected'), indirect!.getAttribute('aria-selected')]).to.deep.equal(['false', 'true']);
    expect([checkbox(direct!).checked, checkbox(indirect!).checked]).to.deep.equal([false, true]);
    expect(list.selection).to.deep.equal({ mode: 'some', keys: [`${IDS.contoso}#indirect-reseller`] });
  });

  it('selects a range with Shift-click', async () => {
    const list = await mountList();
    const rows = dataRows(list);
    await clickCheckbox(list, rows[1]!);
    await clickCheckbox(list, rows[4]!, ['Shift']);
    expect(selectedRows(list).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['3', '4', '5', '6']);
    expect(dataRows(list).map((row) => checkbox(row).checked).slice(0, 6), 'the boxes show it').to.deep.equal([false, true, true, true, true, false]);
    expect(list.selectedCount).to.equal(4);
  });

  it('selects a range with Shift+Space from the keyboard', async () => {
    const list = await mountList();
    const rows = dataRows(list);
    await clickCheckbox(list, rows[0]!);
    await press('ArrowDown');
    await press('ArrowDown');
    await press('Shift+Space');
    await list.updateComplete;
    expect(selectedRows(list).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4']);
    expect(dataRows(list).map((row) => checkbox(row).checked).slice(0, 4)).to.deep.equal([true, true, true, false]);
    expectFocused(checkbox(dataRows(list)[2]!));
  });

  it('selects all matching customers as a query with Ctrl+A, loaded or not', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 3000, seed: 5 })) });
    await search(list, 'c');
    const total = list.totalCount!;
    await click(checkbox(dataRows(list)[1]!));
    await press('Control+a');
    await list.updateComplete;
    expect(list.selection).to.deep.equal({ mode: 'all', query: { search: { field: 'companyName', text: 'c' } }, excludedKeys: [] });
    expect(list.selectedCount).to.equal(total);
    await clickCheckbox(list, dataRows(list)[0]!);
    expect(list.selectedCount).to.equal(total - 1);
    expect(checkbox(dataRows(list)[0]!).checked).to.equal(false);
    expect(list.selection.mode === 'all' && list.selection.excludedKeys).to.have.length(1);
  });

  it('offers "Select all N matching customers" and clearing from the selection bar, keeping focus on a control', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 2000, seed: 5 })) });
    await clickCheckbox(list, dataRows(list)[0]!);
    await click(button(list, 'Select all 2,000 matching customers')!);
    await list.updateComplete;
    expect(list.selection.mode).to.equal('all');
    expect(shadow(list).querySelector('[part=selection-bar]')!.textContent).to.contain('2,000 selected');
    expectFocused(button(list, 'Clear selection'), 'the command went away: focus moves on to Clear selection');
    expect(dataRows(list).slice(0, 5).every((row) => checkbox(row).checked)).to.equal(true);
    await press('Enter');
    await list.updateComplete;
    expect(list.selection).to.deep.equal({ mode: 'some', keys: [] });
    expect(shadow(list).querySelector('[part=selection-bar]')!.textContent!.trim()).to.equal('');
    expectFocused(checkbox(dataRows(list)[0]!), 'the bar emptied: focus is back on the cell the agent was on');
    expect(dataRows(list).slice(0, 5).some((row) => checkbox(row).checked)).to.equal(false);
  });

  it('moves no row when the first selection shows the selection bar (regression: rows moved down 40 px under the pointer)', async () => {
    const list = await mountList();
    const rows = dataRows(list);
    await withoutLayoutShift([rows[2]!, rows[5]!], () => clickCheckbox(list, rows[0]!));
    await clickCheckbox(list, dataRows(list)[2]!);
    expect(selectedRows(list).map((row) => row.getAttribute('aria-rowindex')), 'the second click lands on the row it aimed at').to.deep.equal(['2', '4']);
  });

  it('selects and clears all matching from the header checkbox', async () => {
    const list = await mountList();
    const all = shadow(list).querySelector<HTMLInputElement>('[role=columnheader] input')!;
    expect(all.getAttribute('aria-label')).to.equal('Select all 10 matching customers');
    await click(all);
    await list.updateComplete;
    expect([list.selection.mode, list.selectedCount, all.checked, all.indeterminate]).to.deep.equal(['all', 10, true, false]);
    expect(dataRows(list).every((row) => checkbox(row).checked), 'every row shows it').to.equal(true);
    await click(all);
    await list.updateComplete;
    expect([list.selection.mode, list.selectedCount, all.checked]).to.deep.equal(['some', 0, false]);
  });

  it('keeps picked rows selected across a search, says how many it hides, and shows them again when cleared (regression: a search silently dropped the selection)', async () => {
    const list = await mountList();
    for (const index of [0, 2, 4]) await clickCheckbox(list, dataRows(list)[index]!);
    const picked = selectedRows(list).map((row) => row.querySelector('a')!.textContent!);
    const keys = list.selection.mode === 'some' ? [...list.selection.keys] : [];
    expect(keys).to.have.length(3);
    await search(list, 'Contoso');
    const shown = picked.filter((name) => name.startsWith('Contoso'));
    expect(shown.length, 'the search hides some picked rows and shows others').to.be.within(1, 2);
    expect(selectedRows(list).map((row) => row.querySelector('a')!.textContent), 'matching picked rows stay ticked').to.deep.equal(shown);
    expect(selectedRows(list).every((row) => checkbox(row).checked)).to.equal(true);
    expect(list.selection).to.deep.equal({ mode: 'some', keys });
    expect(selectionBar(list), 'the bar counts every selected row and says how many the search hides').to.equal(`3 selected (${3 - shown.length} hidden by the search or filters)`);
    // As a host running its own tag editor: it cancels the request (otherwise the list opens <tag-editor>).
    list.addEventListener('manage-tags-request', (request) => request.preventDefault(), { once: true });
    const event = oneEvent(list, 'manage-tags-request') as Promise<ManageTagsRequestEvent>;
    await click(button(list, 'Manage tags')!);
    const request = await event;
    expect([request.selection, request.count], 'a command acts on exactly what the bar says is selected').to.deep.equal([{ mode: 'some', keys }, 3]);
    await search(list, '');
    expect(selectedRows(list).map((row) => row.querySelector('a')!.textContent), 'clearing the search shows them all again').to.deep.equal(picked);
    expect(selectionBar(list)).to.equal('3 selected');
  });

  it('clears a select-all-matching when the search changes, and says so', async () => {
    const list = await mountList();
    await click(shadow(list).querySelector<HTMLInputElement>('[role=columnheader] input')!);
    await list.updateComplete;
    expect(list.selectedCount).to.equal(10);
    await search(list, 'Contoso');
    expect(list.selection).to.deep.equal({ mode: 'some', keys: [] });
    expect(selectedRows(list)).to.have.length(0);
    const announcement = shadow(list).querySelector('[part=announcement]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(announcement).to.contain('The search or filters changed, so the selection of all 10 matching customers was cleared.');
  });

  it('takes a selection set by the host', async () => {
    const list = await mountList();
    list.selection = { mode: 'some', keys: [`${IDS.northwind}#cloud-reseller`] };
    await list.updateComplete;
    expect(selectedRows(list).map((row) => cellText(row, 'id'))).to.deep.equal([IDS.northwind]);
  });
});

describe('<customer-list> command bar', () => {
  it('offers New order, Billing information, Activity, Manage tags, Export customers, Columns and Views to an admin agent', async () => {
    const list = await mountList({ role: 'admin-agent' });
    const commands = [...shadow(list).querySelectorAll('[part=command-bar] button')].map((b) => b.textContent?.trim());
    expect(commands).to.deep.equal(['New order', 'Billing information', 'Activity', 'Manage tags', 'Export customers', 'Columns', 'Views']);
  });

  it('does not offer Activity or Manage tags to a sales agent (Columns and Views are for every agent)', async () => {
    const list = await mountList({ role: 'sales-agent' });
    const commands = [...shadow(list).querySelectorAll('[part=command-bar] button')].map((b) => b.textContent?.trim());
    expect(commands).to.deep.equal(['New order', 'Billing information', 'Export customers', 'Columns', 'Views']);
  });

  it('explains why New order waits for exactly one selected customer, then requests it', async () => {
    const list = await mountList();
    const newOrder = button(list, 'New order')!;
    expect(newOrder.getAttribute('aria-disabled')).to.equal('true');
    expect(description(newOrder)).to.equal('Select exactly one customer to place an order.');
    let requests = 0;
    // As a host with its own order flow: it cancels the request (otherwise the list opens <new-order-dialog>).
    list.addEventListener('new-order-request', (event) => (requests++, event.preventDefault()));
    await click(newOrder);
    expect(requests, 'a disabled command does nothing').to.equal(0);
    expectFocused(newOrder, 'but it takes focus, so its reason can be read');
    await clickCheckbox(list, dataRows(list)[9]!);
    expect(newOrder.getAttribute('aria-disabled')).to.equal('false');
    const event = oneEvent(list, 'new-order-request') as Promise<NewOrderRequestEvent>;
    await click(newOrder);
    expect((await event).customer.companyName).to.equal('Northwind Traders');
    await clickCheckbox(list, dataRows(list)[8]!);
    expect(newOrder.getAttribute('aria-disabled'), 'two customers selected').to.equal('true');
  });

  it('requests tag management for the selection', async () => {
    const list = await mountList();
    const manage = button(list, 'Manage tags')!;
    expect(manage.getAttribute('aria-disabled')).to.equal('true');
    await click(shadow(list).querySelector<HTMLInputElement>('[role=columnheader] input')!);
    await list.updateComplete;
    list.addEventListener('manage-tags-request', (request) => request.preventDefault(), { once: true });
    const event = oneEvent(list, 'manage-tags-request') as Promise<ManageTagsRequestEvent>;
    await click(manage);
    const { selection, count } = await event;
    expect([selection.mode, count]).to.deep.equal(['all', 10]);
  });

  it('requests an export (lazy-commands.test.ts: what follows when no host cancels it)', async () => {
    const list = await mountList();
    list.addEventListener('export-request', (request) => request.preventDefault(), { once: true });
    const event = oneEvent(list, 'export-request');
    await click(button(list, 'Export customers')!);
    expect(await event).to.exist;
  });

  it('places host commands from the commands slot in the bar', async () => {
    const list = await mountList();
    const extra = document.createElement('button');
    extra.slot = 'commands';
    extra.textContent = 'Host command';
    list.append(extra);
    const slot = shadow(list).querySelector<HTMLSlotElement>('[part=command-bar] slot[name=commands]')!;
    expect(slot.assignedElements()).to.deep.equal([extra]);
  });
});
