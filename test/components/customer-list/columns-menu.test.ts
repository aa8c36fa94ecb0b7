import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/components/export-button/export-button.js';
import type { ExportCompleteEvent } from '../../../src/components/export-button/export-button.js';
import { fileSaver } from '../../../src/internal/export/save-file.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { parseCsv } from '../../../src/model/csv.js';
import { contractFixture } from '../../../src/testing/index.js';
import { click, deepActiveElement, expectFocused, press, tabTo } from '../../support/browser/input.js';
import { columnsCommand, columnsMenu, dataRows, drawnColumns, mountList, openColumnsMenu, shadow, untilMenuOpen } from './list-harness.js';

const choice = (list: CustomerList, id: string) => columnsMenu(list).querySelector<HTMLElement>(`.column-choice[data-column-id=${id}]`)!;
const showBox = (list: CustomerList, id: string) => choice(list, id).querySelector<HTMLInputElement>('[data-action=show]')!;
const moveButton = (list: CustomerList, id: string, direction: 'earlier' | 'later') => choice(list, id).querySelector<HTMLButtonElement>(`[data-action=${direction}]`)!;

describe('<customer-list> Columns menu', () => {
  it('opens from the command bar with focus inside, and Escape closes it back onto the command', async () => {
    const list = await mountList();
    expect(columnsCommand(list).getAttribute('aria-expanded')).to.equal('false');
    await openColumnsMenu(list);
    expect(columnsCommand(list).getAttribute('aria-expanded')).to.equal('true');
    expectFocused(showBox(list, 'id'), 'the first column one can hide');
    await press('Escape');
    await list.updateComplete;
    expect(columnsMenu(list).matches(':popover-open')).to.equal(false);
    expect(columnsCommand(list).getAttribute('aria-expanded')).to.equal('false');
    expectFocused(columnsCommand(list), 'focus is back on Columns');
  });

  it('hides a column from the header and every row, and shows it again', async () => {
    const list = await mountList();
    await openColumnsMenu(list);
    await click(showBox(list, 'primaryDomain'));
    await list.updateComplete;
    expect(showBox(list, 'primaryDomain').checked).to.equal(false);
    expect(drawnColumns(list)).to.deep.equal({ header: ['id', 'companyName', 'relationship', 'tags'], row: ['id', 'companyName', 'relationship', 'tags'] });
    expect(shadow(list).querySelector('[role=grid]')!.getAttribute('aria-colcount')).to.equal('5');
    await click(showBox(list, 'primaryDomain'));
    await list.updateComplete;
    expect(showBox(list, 'primaryDomain').checked).to.equal(true);
    expect(drawnColumns(list).header).to.deep.equal(['id', 'companyName', 'primaryDomain', 'relationship', 'tags']);
  });

  it('always shows Company name: its box is checked and disabled, and says why', async () => {
    const list = await mountList();
    await openColumnsMenu(list);
    const box = showBox(list, 'companyName');
    expect([box.checked, box.disabled]).to.deep.equal([true, true]);
    const note = shadow(list).getElementById(box.getAttribute('aria-describedby')!);
    expect(note?.textContent).to.equal('Company name is always shown.');
  });

  it('moves a column earlier and later from the keyboard, in the header and the rows, focus staying on the button', async () => {
    const list = await mountList();
    await tabTo(columnsCommand(list));
    await press('Enter');
    await untilMenuOpen(list, columnsMenu);
    expectFocused(showBox(list, 'id'), 'focus moved into the menu');
    // Tab past the checkbox to "Move Microsoft ID later", then press it twice.
    await tabTo(moveButton(list, 'id', 'later'));
    expect(deepActiveElement()!.getAttribute('aria-label')).to.equal('Move Microsoft ID later');
    await press('Enter');
    await list.updateComplete;
    await press('Enter');
    await list.updateComplete;
    expectFocused(moveButton(list, 'id', 'later'), 'focus followed the moved column');
    expect(drawnColumns(list)).to.deep.equal({ header: ['companyName', 'primaryDomain', 'id', 'relationship', 'tags'], row: ['companyName', 'primaryDomain', 'id', 'relationship', 'tags'] });
    // Space on a checkbox hides its column, as a person toggles it from the keyboard.
    await tabTo(showBox(list, 'tags'));
    await press(' ');
    await list.updateComplete;
    expect(drawnColumns(list).header).to.deep.equal(['companyName', 'primaryDomain', 'id', 'relationship']);
    // The first column's "earlier" does nothing and says so; focus stays.
    await click(moveButton(list, 'companyName', 'earlier'));
    await list.updateComplete;
    expect(moveButton(list, 'companyName', 'earlier').getAttribute('aria-disabled')).to.equal('true');
    expect(drawnColumns(list).header[0]).to.equal('companyName');
  });

  it('resets to the default columns, order and widths', async () => {
    const list = await mountList();
    list.viewState = { ...list.viewState, columnOrder: ['tags', 'relationship', 'primaryDomain', 'companyName', 'id'], columnVisibility: { id: false }, columnSizing: { tags: 100 } };
    await list.updateComplete;
    await openColumnsMenu(list);
    await click(columnsMenu(list).querySelector('[data-action=reset-columns]')!);
    await list.updateComplete;
    expect(drawnColumns(list).header).to.deep.equal(['id', 'companyName', 'primaryDomain', 'relationship', 'tags']);
    expect(list.viewState.columnSizing).to.deep.equal({});
    expect(showBox(list, 'id').checked).to.equal(true);
  });

  it('keeps the grid reachable by Tab when the column holding its tab stop is hidden', async () => {
    const list = await mountList();
    const row = dataRows(list)[1]!;
    await click(row.querySelector('.cell.tags')!);
    await list.updateComplete;
    expectFocused(row.querySelector('.cell.tags'), 'the clicked cell is the tab stop');
    await openColumnsMenu(list);
    await click(showBox(list, 'tags'));
    await press('Escape');
    await list.updateComplete;
    expectFocused(columnsCommand(list), 'back on Columns');
    // The tab stop moved to the last column still drawn, in the same row.
    await tabTo(dataRows(list)[1]!.querySelector('.cell.relationship')!);
  });

  it('has no axe violations with the menu open', async function () {
    // axe walks the whole list: seconds of work on a loaded machine.
    this.timeout(30_000);
    const list = await mountList();
    await openColumnsMenu(list);
    await expect(list).to.be.accessible();
  });

  it('leaves the export alone: Customers.csv has the five columns, in order, whatever the view', async () => {
    const saved: Blob[] = [];
    const original = fileSaver.saveAs;
    fileSaver.saveAs = (blob) => saved.push(blob);
    try {
      const list = await mountList();
      await openColumnsMenu(list);
      await click(showBox(list, 'tags'));
      await click(moveButton(list, 'relationship', 'earlier'));
      await press('Escape');
      await list.updateComplete;
      expect(drawnColumns(list).header).to.deep.equal(['id', 'companyName', 'relationship', 'primaryDomain']);
      const exporter = shadow(list).querySelector<HTMLElement>('[part=export]')!;
      const done = oneEvent(exporter, 'export-complete') as Promise<ExportCompleteEvent>;
      await click(exporter.shadowRoot!.querySelector('[part=button]')!);
      await done;
      const [header, ...rows] = parseCsv((await saved[0]!.text()).replace(/^\uFEFF/, ''));
      expect(header).to.deep.equal(['Microsoft ID', 'Company name', 'Primary domain name', 'Relationship', 'Tags']);
      expect(rows.filter((row) => row.length > 1)).to.have.length(contractFixture().customers.length);
    } finally {
      fileSaver.saveAs = original;
    }
  });
});
