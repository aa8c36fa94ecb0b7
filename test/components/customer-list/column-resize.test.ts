import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { click, drag, expectFocused, press, pressRepeatedly, tabTo } from '../../support/browser/input.js';
import { dataRows, grid, headerCell, mountList, settle, shadow, waitForRowsOf } from './list-harness.js';

const handle = (list: CustomerList, label: string) => headerCell(list, label).querySelector<HTMLElement>('[role=separator]')!;
const width = (element: Element) => element.getBoundingClientRect().width;
const headerCheckbox = (list: CustomerList) => shadow(list).querySelector<HTMLInputElement>('.header input[type=checkbox]')!;
/** The width drawn for a column in the header and in the first rendered row: one grid, so they agree. */
function columnWidths(list: CustomerList, id: string, label: string): { header: number; row: number } {
  return { header: width(headerCell(list, label)), row: width(dataRows(list)[0]!.querySelector(`.cell.${id}`)!) };
}

/** Keyboard path to a header's resize handle: into the grid, along the header row, then Tab. */
async function focusHandle(list: CustomerList, label: string, columnsFromStart: number): Promise<HTMLElement> {
  await tabTo(headerCheckbox(list));
  await pressRepeatedly('ArrowRight', columnsFromStart);
  expectFocused(headerCell(list, label), 'the header cell');
  await press('Tab');
  await list.updateComplete;
  expectFocused(handle(list, label), 'its resize handle');
  return handle(list, label);
}

describe('<customer-list> column resizing', () => {
  it('puts a named, focusable separator with its width on every header edge', async () => {
    const list = await mountList();
    await list.updateComplete;
    const separator = handle(list, 'Company name');
    expect(separator.getAttribute('aria-label')).to.equal('Resize Company name');
    expect(separator.getAttribute('aria-orientation')).to.equal('vertical');
    expect([separator.getAttribute('aria-valuemin'), separator.getAttribute('aria-valuemax')]).to.deep.equal(['72', '960']);
    expect(Number(separator.getAttribute('aria-valuenow'))).to.be.closeTo(width(headerCell(list, 'Company name')), 1);
    expect(shadow(list).querySelectorAll('[role=separator]')).to.have.length(5);
  });

  it('resizes by dragging the handle with the mouse, header and rows together, without sorting', async () => {
    const list = await mountList();
    const before = width(headerCell(list, 'Company name'));
    const events: unknown[] = [];
    list.addEventListener('view-state-change', (event) => events.push(event.viewState.columnSizing));
    await drag(handle(list, 'Company name'), { x: 120 });
    await settle(list);
    const after = columnWidths(list, 'companyName', 'Company name');
    expect(after.header).to.be.closeTo(before + 120, 1);
    expect(after.row).to.be.closeTo(after.header, 0.5);
    expect(events, 'one report, at the end of the drag').to.deep.equal([{ companyName: Math.round(before + 120) }]);
    expect(headerCell(list, 'Company name').getAttribute('aria-sort')).to.equal('none');
    expect(Number(handle(list, 'Company name').getAttribute('aria-valuenow'))).to.be.closeTo(before + 120, 1);
  });

  it('resizes from the keyboard: arrows by steps, Home and End to the limits, Enter to fit; focus stays on the handle', async () => {
    const list = await mountList();
    const separator = await focusHandle(list, 'Primary domain name', 3);
    const start = width(headerCell(list, 'Primary domain name'));
    await press('ArrowRight');
    await settle(list);
    expect(width(headerCell(list, 'Primary domain name'))).to.be.closeTo(start + 16, 1);
    await pressRepeatedly('ArrowLeft', 3);
    await settle(list);
    expect(width(headerCell(list, 'Primary domain name'))).to.be.closeTo(start - 32, 1);
    await press('Home');
    await settle(list);
    expect(width(headerCell(list, 'Primary domain name'))).to.be.closeTo(72, 1);
    expect(separator.getAttribute('aria-valuenow')).to.equal('72');
    await press('End');
    await settle(list);
    expect(width(headerCell(list, 'Primary domain name'))).to.be.closeTo(960, 1);
    await press('Enter');
    await settle(list);
    // Fitted: every domain drawn shows whole.
    const fitted = width(headerCell(list, 'Primary domain name'));
    expect(fitted).to.be.within(100, 400);
    for (const row of dataRows(list)) {
      const text = row.querySelector<HTMLElement>('.cell.primaryDomain .clip')!;
      expect(text.scrollWidth, text.textContent!).to.be.at.most(text.clientWidth);
    }
    expectFocused(handle(list, 'Primary domain name'), 'focus stayed on the handle through the renders');
    expect(headerCell(list, 'Primary domain name').getAttribute('aria-sort'), 'Enter fitted, it did not sort').to.equal('none');
  });

  it('fits a column to its widest drawn content on a double-click', async () => {
    const list = await mountList();
    const separator = await focusHandle(list, 'Company name', 2);
    await press('Home');
    await settle(list);
    await click(separator, { double: true });
    await settle(list);
    for (const row of dataRows(list)) {
      const link = row.querySelector<HTMLElement>('.cell.companyName a')!;
      expect(link.scrollWidth, link.textContent!).to.be.at.most(link.clientWidth);
    }
    expect(width(headerCell(list, 'Company name'))).to.be.greaterThan(120);
  });

  it('mirrors in a right-to-left page: the edge is on the left, dragging left and ArrowLeft widen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const list = document.createElement('customer-list') as CustomerList;
    list.adapter = new MemoryAdapter(generateDataset({ rows: 50, seed: 3 }));
    list.setAttribute('agent-role', 'admin-agent');
    wrapper.append(list);
    await waitForRowsOf(list);
    const header = headerCell(list, 'Company name');
    const separator = handle(list, 'Company name');
    expect(Math.abs(separator.getBoundingClientRect().left - header.getBoundingClientRect().left), 'the handle is on the left edge').to.be.below(2);
    const before = width(header);
    await drag(separator, { x: -80 });
    await settle(list);
    expect(width(header)).to.be.closeTo(before + 80, 1);
    await press('ArrowLeft');
    await settle(list);
    expect(width(header)).to.be.closeTo(before + 96, 1);
    await press('ArrowRight');
    await settle(list);
    expect(width(header)).to.be.closeTo(before + 80, 1);
  });

  it('keeps the widths while the window scrolls over 2 000 rows', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 2000, seed: 5 })) });
    list.viewState = { ...list.viewState, columnSizing: { companyName: 200, tags: 150, id: 290, relationship: 130 }, columnVisibility: { primaryDomain: false } };
    await settle(list);
    const before = columnWidths(list, 'tags', 'Tags');
    await tabTo(headerCheckbox(list));
    await press('ArrowDown');
    await press('PageDown');
    await press('PageDown');
    await press('Control+End');
    await settle(list);
    expect(grid(list).closest('.viewport')!.scrollTop).to.be.greaterThan(1000);
    const after = columnWidths(list, 'tags', 'Tags');
    expect(after).to.deep.equal(before);
    expect(after.header).to.be.closeTo(150, 0.5);
    for (const row of dataRows(list)) expect(width(row.querySelector('.cell.companyName')!)).to.be.closeTo(200, 0.5);
  });

  it('has no axe violations with a handle focused', async function () {
    // axe walks the whole list: seconds of work on a loaded machine.
    this.timeout(30_000);
    const list = await mountList();
    await focusHandle(list, 'Microsoft ID', 1);
    await expect(list).to.be.accessible();
  });
});
