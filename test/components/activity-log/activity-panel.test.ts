/** <activity-log> in <customer-list>'s Activity side panel: its title follows whose records the log shows. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import '../../../src/components/activity-log/activity-log.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { IDS } from '../../../src/testing/index.js';
import { button as listButton, mountList } from '../customer-list/list-harness.js';
import { click, expectFocusOn } from '../../support/browser/input.js';
import { ActivityAdapter, button, cellText as logCellText, dataRows, record, settled } from './log-harness.js';
import { openActivityPanel } from './panel-harness.js';

/** Records of Contoso, Northwind and Łódź (by the contract fixture's ids), every few hours. */
const RECORDS = Array.from({ length: 30 }, (_, index) => {
  const customer = [
    { customerId: IDS.contoso, customerName: 'Contoso Ltd' },
    { customerId: IDS.northwind, customerName: 'Northwind Traders' },
    { customerId: IDS.lodz, customerName: 'Zakłady Mięsne Łódź Sp. z o.o.' },
  ][index % 3]!;
  return record(index, index * 5, customer);
});

/** Łódź's Activity panel, opened as an agent does. */
async function openActivity(): Promise<{ list: CustomerList; panel: HTMLDialogElement; log: ActivityLog }> {
  const list = await mountList({ adapter: new ActivityAdapter(RECORDS) });
  return { list, ...(await openActivityPanel(list, IDS.lodz)) };
}

describe('<customer-list> Activity with <activity-log>', () => {
  it('titles the panel with the customer, and for every customer once the agent chooses All customers', async () => {
    const { list, panel, log } = await openActivity();
    const title = panel.querySelector('h2')!;
    expect(title.textContent).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
    expect(new Set(dataRows(log).map((row) => logCellText(row, 'customerName')))).to.deep.equal(new Set(['Zakłady Mięsne Łódź Sp. z o.o.']));
    await click(button(log, 'All customers'));
    await settled(log);
    expect(new Set(dataRows(log).map((row) => logCellText(row, 'customerName'))).size, 'the log shows every customer').to.equal(3);
    await list.updateComplete;
    expect(title.textContent, 'the title no longer names one customer').to.equal('Activity of all customers');
    expect(panel.getAttribute('aria-labelledby')).to.equal(title.id);
  });

  it('names the customer again when Activity opens the panel anew', async () => {
    const { list, panel, log } = await openActivity();
    await click(button(log, 'All customers'));
    await settled(log);
    await list.updateComplete;
    await click([...panel.querySelectorAll<HTMLButtonElement>('header button')].find((candidate) => candidate.textContent?.trim() === 'Close')!);
    await list.updateComplete;
    const command = listButton(list, 'Activity')!;
    expectFocusOn(command, 'focus goes back to Activity');
    await click(command);
    await waitUntil(() => panel.open && panel.querySelector('activity-log'), 'the Activity panel opened again', { timeout: 20_000 });
    expect(panel.querySelector('h2')!.textContent).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
  });
});
