/**
 * `<activity-log>`'s row details (activity-log.details.ts, through activity-details.ts and the shared LazyPart)
 * load on the first expand, or ahead of it when the agent points at or focuses a row's disclosure button: the
 * panel the button controls is drawn at once, busy like a loading row while the code arrives, and a chunk that
 * cannot be fetched draws the shared failure view whose Retry draws the details, focus kept on the row's button.
 * (test/node/activity-first-load.test.ts checks they are not in the first load.)
 */
import { expect } from '@open-wc/testing';
import { detailsChunk } from '../../../src/components/activity-log/activity-details.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import { stubChunk } from '../../support/browser/chunk-stub.js';
import { click, expectFocusOn, hover, press, releaseMouse, tabTo } from '../../support/browser/input.js';
import { waitFor, waitUntil } from '../../support/browser/wait.js';
import { ActivityAdapter, button, dataRows, disclosure, DRAWN_DETAILS, mountLog, record, shadow } from './log-harness.js';

const chunk = stubChunk(detailsChunk);

/** Record 1 changed its billing city from Kraków to Łódź. */
const RECORDS = [record(0, 1), record(1, 2), record(2, 3)];

const panel = (log: ActivityLog) => shadow(log).querySelector<HTMLElement>('[part=details]');
const changes = (details: HTMLElement) => [...details.querySelectorAll('.changes tbody tr')].map((line) => [...line.children].map((cell) => cell.textContent!.trim()));

/** A log with its records drawn, the pointer away from it (the last test's pointer would else sit on a button). */
async function mount(): Promise<ActivityLog> {
  await releaseMouse();
  const log = await mountLog(new ActivityAdapter(RECORDS));
  expect(chunk.loads, 'drawing the rows loads no details').to.equal(0);
  return log;
}

describe("<activity-log>'s row details, loaded on first need", () => {
  it('prefetches the details when the pointer is over a disclosure button, and the expand uses that load', async () => {
    const log = await mount();
    const row = dataRows(log)[1]!;
    await hover(disclosure(row));
    await waitUntil(() => chunk.loads === 1, 'pointing at a disclosure button prefetches the details');
    await click(disclosure(row));
    const details = await waitFor(() => row.querySelector<HTMLElement>(DRAWN_DETAILS), 'the details are drawn');
    expect(changes(details)).to.deep.equal([['defaultAddress.city', 'Kraków', 'Łódź']]);
    expect(getComputedStyle(details.querySelector('.facts')!).display, "the part's own rules apply").to.equal('grid');
    expect(chunk.loads, 'the prefetched load serves the expand').to.equal(1);
  });

  it('prefetches the details when a disclosure button takes focus from the keyboard', async () => {
    const log = await mount();
    await tabTo(shadow(log).querySelector('[role=columnheader].sortable')!);
    await press('ArrowDown');
    await press('ArrowLeft');
    expectFocusOn(disclosure(dataRows(log)[0]!), 'the arrow keys reach the first row\'s disclosure button');
    await waitUntil(() => chunk.loads === 1, 'focusing a disclosure button prefetches the details');
  });

  it('draws the panel at once, busy, while the code arrives; then the details in it, focus kept on the button', async () => {
    const log = await mount();
    let release!: () => void;
    chunk.gate = new Promise((resolve) => (release = resolve));
    const row = dataRows(log)[1]!;
    await click(disclosure(row));
    await waitUntil(() => panel(log), 'the panel is drawn at once');
    expect(disclosure(row).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(log)!.id).to.equal(disclosure(row).getAttribute('aria-controls'));
    expect(panel(log)!.getAttribute('aria-busy')).to.equal('true');
    expect(panel(log)!.querySelector('.skeleton')?.textContent).to.equal('Loading…');
    expectFocusOn(disclosure(row), 'the button keeps focus while the details load');
    release();
    const details = await waitFor(() => row.querySelector<HTMLElement>(DRAWN_DETAILS), 'the details are drawn once their code has arrived');
    expect(changes(details)).to.deep.equal([['defaultAddress.city', 'Kraków', 'Łódź']]);
    const below = dataRows(log)[2]!;
    await waitUntil(() => below.getBoundingClientRect().top >= details.getBoundingClientRect().bottom - 1, 'the rows under the details move down to make room for them');
    expectFocusOn(disclosure(row), 'and once they are in');
  });

  it('draws the shared failure view when the chunk cannot be fetched, and Retry draws the details with focus on the button', async () => {
    const log = await mount();
    chunk.failWith = new TypeError('Failed to fetch dynamically imported module: activity-log.details.js');
    const row = dataRows(log)[1]!;
    await click(disclosure(row));
    const alert = await waitFor(() => panel(log)?.querySelector<HTMLElement>('[role=alert]'), 'the failure is drawn in the panel');
    expect(alert.textContent).to.include('The details could not be loaded.').and.to.include('Failed to fetch dynamically imported module');
    expect(panel(log)!.hasAttribute('aria-busy'), 'a failure is not busy').to.equal(false);
    expect(disclosure(row).getAttribute('aria-expanded')).to.equal('true');
    expectFocusOn(disclosure(row), 'focus stays on the button when the load fails');

    chunk.failWith = undefined;
    const failedLoads = chunk.loads;
    await click(button(log, 'Retry'));
    const details = await waitFor(() => row.querySelector<HTMLElement>(DRAWN_DETAILS), 'Retry loads and draws the details');
    expect(chunk.loads, 'Retry loaded again').to.equal(failedLoads + 1);
    expect(changes(details)).to.deep.equal([['defaultAddress.city', 'Kraków', 'Łódź']]);
    expect(details.querySelector('[role=alert]')).to.equal(null);
    expectFocusOn(disclosure(row), 'Retry went with the failure view: focus on the row\'s button, not <body>');
  });
});
