/** The log loads the one shared way: Retry keeps focus in the log, and a swapped adapter loads its records. */
import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { customerAdapterContext } from '../../../src/adapter/context.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import { click, expectFocusOn } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { ActivityAdapter, button, cellText, dataRows, mountLog, record, settled, shadow } from './log-harness.js';

const RECORDS = [record(0, 1), record(1, 2), record(2, 3)];
const dateHeader = (log: ActivityLog) => shadow(log).querySelector<HTMLElement>('[role=columnheader][data-column="1"]');
const agents = (log: ActivityLog) => dataRows(log).map((row) => cellText(row, 'userPrincipalName'));

describe('<activity-log> loading', () => {
  it('keeps focus on the grid (the Date header) after Retry, while the records load and once they are in', async () => {
    const adapter = new ActivityAdapter(RECORDS);
    adapter.failWith = new AdapterError('server', 'Internal error (GET /v1/auditrecords: HTTP 500)', { status: 500 });
    const log = await mountLog(adapter);
    adapter.failWith = undefined;
    let open!: () => void;
    adapter.gate = new Promise<void>((resolve) => (open = resolve));
    await click(button(log, 'Retry'));
    await waitUntil(() => shadow(log).querySelector('.skeletons'), 'loading again after Retry');
    expectFocusOn(dateHeader(log), 'Retry went with its message, while loading');
    open();
    await settled(log);
    expect(dataRows(log).length).to.equal(3);
    expectFocusOn(dateHeader(log), 'once the records are in');
  });

  it('loads the records of a swapped adapter property', async () => {
    const log = await mountLog(new ActivityAdapter(RECORDS));
    expect(agents(log)).to.include('adele@partner.example');
    log.adapter = new ActivityAdapter([record(7, 1, { userPrincipalName: 'swapped@partner.example' })]);
    await waitUntil(() => agents(log).join() === 'swapped@partner.example', 'the swapped adapter\'s records');
  });

  it('loads the records of a swapped context adapter', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const provider = new ContextProvider(host, { context: customerAdapterContext, initialValue: new ActivityAdapter(RECORDS) });
    const log = document.createElement('activity-log') as ActivityLog;
    log.setAttribute('agent-role', 'admin-agent');
    host.append(log);
    await settled(log);
    expect(dataRows(log).length).to.equal(3);
    provider.setValue(new ActivityAdapter([record(7, 1, { userPrincipalName: 'swapped@partner.example' })]));
    await waitUntil(() => agents(log).join() === 'swapped@partner.example', 'the swapped context adapter\'s records');
  });
});
