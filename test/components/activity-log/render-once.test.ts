/**
 * <activity-log> renders once per change: nothing it does after an update schedules another one. Lit's dev mode
 * says so in a warning ("scheduled an update … after an update completed"), which these tests listen for while an
 * agent loads, expands, scrolls and sorts.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { IDS } from '../../../src/testing/index.js';
import { headerCell, mountList, settle } from '../customer-list/list-harness.js';
import { click, press } from '../../support/browser/input.js';
import { ActivityAdapter, button, dataRows, disclosure, mountLog, record, settled, shadow, DRAWN_DETAILS } from './log-harness.js';
import { openActivityPanel } from './panel-harness.js';

const CHANGE_IN_UPDATE = 'scheduled an update';

/**
 * Collects Lit's change-in-update warnings while `actions` run. Lit issues each warning text once per page
 * (remembered in `globalThis.litIssuedWarnings`), so one an earlier test caused is forgotten first.
 */
async function changeInUpdateWarnings(actions: () => Promise<void>): Promise<string[]> {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  for (const warning of [...(issued ?? [])]) if (warning.includes(CHANGE_IN_UPDATE)) issued!.delete(warning);
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes(CHANGE_IN_UPDATE)) warnings.push(text);
    else original.apply(console, args);
  };
  try {
    await actions();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<activity-log> renders once per change', () => {
  it('schedules no update after an update while loading, expanding, scrolling and sorting', async () => {
    const records = Array.from({ length: 400 }, (_, index) => record(index, index * 0.5));
    const warnings = await changeInUpdateWarnings(async () => {
      const log = await mountLog(new ActivityAdapter(records));
      const first = dataRows(log)[0]!;
      await click(disclosure(first));
      await waitUntil(() => dataRows(log)[1]!.getBoundingClientRect().top >= first.getBoundingClientRect().bottom - 1, 'the rows under the details moved down', { timeout: 20_000 });
      await settled(log);
      const viewport = shadow(log).querySelector<HTMLElement>('[part=viewport]')!;
      await click(dataRows(log)[2]!.querySelector('.cell.operationType')!);
      await press('PageDown');
      await press('PageDown');
      await press('Control+End');
      await waitUntil(() => shadow(log).querySelector('[aria-rowindex="401"]:not(.pending)'), 'the last record loaded', { timeout: 20_000 });
      expect(viewport.scrollTop, 'the grid scrolled').to.be.above(0);
      await settled(log);
      await click(shadow(log).querySelector('.header-cell.sortable')!);
      await settled(log);
      expect(shadow(log).querySelector('.header-cell.sortable')!.getAttribute('aria-sort')).to.equal('ascending');
    });
    expect(warnings, 'Lit warned that the log scheduled an update from an update').to.deep.equal([]);
  });

  it('nor does the customer list around it: sorting, moving to the last row, and its Activity panel', async () => {
    const records = Array.from({ length: 60 }, (_, index) => record(index, index, { customerId: IDS.lodz, customerName: 'Zakłady Mięsne Łódź Sp. z o.o.' }));
    const warnings = await changeInUpdateWarnings(async () => {
      const list = await mountList({ adapter: new ActivityAdapter(records) });
      const header = headerCell(list, 'Company name');
      await click(header);
      await settle(list);
      expect(header.getAttribute('aria-sort')).to.equal('ascending');
      await press('Control+End');
      await settle(list);
      const { log } = await openActivityPanel(list, IDS.lodz);
      await click(disclosure(dataRows(log)[0]!));
      await waitUntil(() => shadow(log).querySelector(DRAWN_DETAILS), 'the details are drawn', { timeout: 20_000 });
      await click(button(log, 'All customers'));
      await settled(log);
      await list.updateComplete;
    });
    expect(warnings, 'Lit warned that the list or the log scheduled an update from an update').to.deep.equal([]);
  });
});
