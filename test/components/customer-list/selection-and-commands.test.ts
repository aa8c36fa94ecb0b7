import { expect, oneEvent } from '@open-wc/testing';
import type { CustomerSelectEvent, ManageTagsRequestEvent, NewOrderRequestEvent } from '../../../src/components/customer-list/customer-list.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { IDS } from '../../adapter/contract-fixture.js';
import { button, cellText, checkbox, dataRows, grid, keydown, mountList, search, shadow } from './list-harness.js';

const selectedRows = (list: Parameters<typeof dataRows>[0]) => dataRows(list).filter((row) => row.getAttribute('aria-selected') === 'true');

function clickCheckbox(row: HTMLElement, init: MouseEventInit = {}) {
  checkbox(row).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }));
}

describe('<customer-list> selection', () => {
  it('selects a row with its checkbox and reports the selection', async () => {
    const list = await mountList();
    const row = dataRows(list)[2]!;
    const event = oneEvent(list, 'customer-select') as Promise<CustomerSelectEvent>;
    clickCheckbox(row);
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
    clickCheckbox(indirect!);
    await list.updateComplete;
    expect([direct!.getAttribute('aria-selected'), indirect!.getAttribute('aria-selected')]).to.deep.equal(['false', 'true']);
    expect(list.selection).to.deep.equal({ mode: 'some', keys: [`${IDS.contoso}#indirect-reseller`] });
  });

  it('selects a range with Shift-click', async () => {
    const list = await mountList();
    const rows = dataRows(list);
    clickCheckbox(rows[1]!);
    await list.updateComplete;
    clickCheckbox(rows[4]!, { shiftKey: true });
    await list.updateComplete;
    expect(selectedRows(list).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['3', '4', '5', '6']);
    expect(list.selectedCount).to.equal(4);
  });

  it('selects a range with Shift+Space from the keyboard', async () => {
    const list = await mountList();
    const rows = dataRows(list);
    checkbox(rows[0]!).focus();
    keydown(checkbox(rows[0]!), ' ');
    await list.updateComplete;
    keydown(shadow(list).activeElement!, 'ArrowDown');
    await list.updateComplete;
    keydown(shadow(list).activeElement!, 'ArrowDown');
    await list.updateComplete;
    keydown(shadow(list).activeElement!, ' ', { shiftKey: true });
    await list.updateComplete;
    expect(selectedRows(list).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4']);
  });

  it('selects all matching customers as a query with Ctrl+A, loaded or not', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 3000, seed: 5 })) });
    await search(list, 'c');
    const total = list.totalCount!;
    keydown(grid(list), 'a', { ctrlKey: true });
    await list.updateComplete;
    expect(list.selection).to.deep.equal({ mode: 'all', query: { search: { field: 'companyName', text: 'c' } }, excludedKeys: [] });
    expect(list.selectedCount).to.equal(total);
    clickCheckbox(dataRows(list)[0]!);
    await list.updateComplete;
    expect(list.selectedCount).to.equal(total - 1);
    expect(list.selection.mode === 'all' && list.selection.excludedKeys).to.have.length(1);
  });

  it('offers "Select all N matching customers" and clearing from the selection bar', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 2000, seed: 5 })) });
    clickCheckbox(dataRows(list)[0]!);
    await list.updateComplete;
    button(list, 'Select all 2,000 matching customers')!.click();
    await list.updateComplete;
    expect(list.selection.mode).to.equal('all');
    expect(shadow(list).querySelector('[part=selection-bar]')!.textContent).to.contain('2,000 selected');
    button(list, 'Clear selection')!.click();
    await list.updateComplete;
    expect(list.selection).to.deep.equal({ mode: 'some', keys: [] });
    expect(shadow(list).querySelector('[part=selection-bar]')).to.equal(null);
  });

  it('selects and clears all matching from the header checkbox', async () => {
    const list = await mountList();
    const all = shadow(list).querySelector<HTMLInputElement>('[role=columnheader] input')!;
    expect(all.getAttribute('aria-label')).to.equal('Select all 10 matching customers');
    all.click();
    await list.updateComplete;
    expect([list.selection.mode, list.selectedCount, all.checked]).to.deep.equal(['all', 10, true]);
    all.click();
    await list.updateComplete;
    expect([list.selection.mode, list.selectedCount, all.checked]).to.deep.equal(['some', 0, false]);
  });

  it('starts a new selection when the search changes', async () => {
    const list = await mountList();
    clickCheckbox(dataRows(list)[0]!);
    await list.updateComplete;
    await search(list, 'north');
    expect(list.selection).to.deep.equal({ mode: 'some', keys: [] });
  });

  it('takes a selection set by the host', async () => {
    const list = await mountList();
    list.selection = { mode: 'some', keys: [`${IDS.northwind}#cloud-reseller`] };
    await list.updateComplete;
    expect(selectedRows(list).map((row) => cellText(row, 'id'))).to.deep.equal([IDS.northwind]);
  });
});

describe('<customer-list> command bar', () => {
  it('offers New order, Billing information, Manage tags and Export customers to an admin agent', async () => {
    const list = await mountList({ role: 'admin-agent' });
    const commands = [...shadow(list).querySelectorAll('[part=command-bar] button')].map((b) => b.textContent?.trim());
    expect(commands).to.deep.equal(['New order', 'Billing information', 'Manage tags', 'Export customers']);
  });

  it('does not offer Manage tags to a sales agent', async () => {
    const list = await mountList({ role: 'sales-agent' });
    const commands = [...shadow(list).querySelectorAll('[part=command-bar] button')].map((b) => b.textContent?.trim());
    expect(commands).to.deep.equal(['New order', 'Billing information', 'Export customers']);
  });

  it('explains why New order waits for exactly one selected customer, then requests it', async () => {
    const list = await mountList();
    const newOrder = button(list, 'New order')!;
    expect(newOrder.getAttribute('aria-disabled')).to.equal('true');
    expect(newOrder.getAttribute('aria-description')).to.equal('Select exactly one customer to place an order.');
    let requests = 0;
    list.addEventListener('new-order-request', () => requests++);
    newOrder.click();
    expect(requests, 'a disabled command does nothing').to.equal(0);
    clickCheckbox(dataRows(list)[9]!);
    await list.updateComplete;
    expect(newOrder.getAttribute('aria-disabled')).to.equal('false');
    const event = oneEvent(list, 'new-order-request') as Promise<NewOrderRequestEvent>;
    newOrder.click();
    expect((await event).customer.companyName).to.equal('Northwind Traders');
    clickCheckbox(dataRows(list)[8]!);
    await list.updateComplete;
    expect(newOrder.getAttribute('aria-disabled'), 'two customers selected').to.equal('true');
  });

  it('requests tag management for the selection', async () => {
    const list = await mountList();
    const manage = button(list, 'Manage tags')!;
    expect(manage.getAttribute('aria-disabled')).to.equal('true');
    list.selectAllMatching();
    await list.updateComplete;
    const event = oneEvent(list, 'manage-tags-request') as Promise<ManageTagsRequestEvent>;
    manage.click();
    const { selection, count } = await event;
    expect([selection.mode, count]).to.deep.equal(['all', 10]);
  });

  it('requests an export', async () => {
    const list = await mountList();
    const event = oneEvent(list, 'export-request');
    button(list, 'Export customers')!.click();
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
