/**
 * `<activity-log>`'s walk (activity-walk.ts, with the local-query walker) loads on the first query its source
 * does not honour, or ahead of it when the agent points at the Date header or focuses the Action filter of such a
 * source: the first page goes to the source as it is, and that page's own count decides whether oldest first and
 * the Action filter are offered. A chunk that cannot be fetched fails the page with the shared failure view, and
 * Retry loads it again with focus kept in the grid. test/node/activity-first-load.test.ts proves it is not in
 * the first load.
 */
import { expect } from '@open-wc/testing';
import type { AdapterCapabilities } from '../../../src/adapter/capabilities.js';
import type { ListActivityRequest } from '../../../src/adapter/customer-adapter.js';
import { WALK_LIMIT } from '../../../src/adapter/walk-bound.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import { walkChunk } from '../../../src/components/activity-log/activity-source.js';
import { description } from '../../support/browser/aria.js';
import { stubChunk } from '../../support/browser/chunk-stub.js';
import { click, expectFocusOn, hover, releaseMouse, tabTo } from '../../support/browser/input.js';
import { waitFor, waitUntil } from '../../support/browser/wait.js';
import { ActivityAdapter, button, cellText, control, dataRows, mountLog, record, settled, shadow } from './log-harness.js';

const chunk = stubChunk(walkChunk);

/** One filter at a time, newest first only, but counting its totals (Partner Center's audit records count nothing). */
const NEWEST_FIRST = { activityFilters: ['customerId', 'customerName', 'resourceType'], combinedActivityFilters: false, activitySort: false } as const;

/** An ActivityAdapter that honours only what `NEWEST_FIRST` says, as a real such source would. */
class NewestFirstAdapter extends ActivityAdapter {
  override readonly capabilities: AdapterCapabilities = { ...this.capabilities, ...NEWEST_FIRST };
}

/** Six records an hour apart, newest first as the source lists them. */
const FEW = Array.from({ length: 6 }, (_, i) => record(i, 1 + i));

const dateHeader = (log: ActivityLog) => shadow(log).querySelector<HTMLElement>('[role=columnheader].sortable')!;
/** The shared load-failure view beside the grid. */
const failure = (log: ActivityLog) => shadow(log).querySelector<HTMLElement>('[part=state][role=alert]');
const ids = (log: ActivityLog) => dataRows(log).map((row) => cellText(row, 'operationDate'));
/** The queries the source was asked, without the period and paging, each once, in the order first asked. */
const asked = (requests: ListActivityRequest[]) => [...new Set(requests.map(({ pageSize: _size, continuationToken: _token, offset: _offset, from: _from, to: _to, ...query }) => JSON.stringify(query)))].map((query) => JSON.parse(query) as object);

/** A log whose first page is in, the pointer away from it (the last test's pointer would else sit where it is drawn). */
async function mount(adapter: ActivityAdapter): Promise<ActivityLog> {
  await releaseMouse();
  const log = await mountLog(adapter);
  expect(chunk.loads, 'the first page loads no walk').to.equal(0);
  return log;
}

describe("<activity-log>'s walk loads on first need", () => {
  it("a counting newest-first source: the first page's own count takes oldest first and the Action filter away, with no walk", async () => {
    const many = Array.from({ length: WALK_LIMIT + 1 }, (_, i) => record(i, 1 + i * 0.03));
    const adapter = new NewestFirstAdapter(many);
    const log = await mount(adapter);
    expect(log.totalCount).to.equal(WALK_LIMIT + 1);
    expect(description(dateHeader(log))).to.equal('This data source lists newest first only, and the period has more than 20,000 records to turn round here.');
    const action = control<HTMLSelectElement>(log, 'action-select');
    expect(action.disabled).to.equal(true);
    expect(description(action)).to.equal('This data source cannot filter by action, and the period has more than 20,000 records to filter here.');
    expect(asked(adapter.activityRequests), 'newest first, as it is').to.deep.equal([{ sort: 'desc' }]);
    expect(chunk.loads, 'the walk was fetched').to.equal(0);
  });

  it('a source that honours every query never loads the walk, whatever the agent points at or sorts', async () => {
    const adapter = new ActivityAdapter(FEW);
    const log = await mount(adapter);
    await hover(dateHeader(log));
    await tabTo(control(log, 'action-select'));
    await click(dateHeader(log));
    await settled(log);
    expect(dateHeader(log).getAttribute('aria-sort')).to.equal('ascending');
    expect(asked(adapter.activityRequests)).to.deep.equal([{ sort: 'desc' }, { sort: 'asc' }]);
    expect(chunk.loads).to.equal(0);
  });

  it('prefetches the walk when the pointer is over the Date header of a newest-first source', async () => {
    const log = await mount(new NewestFirstAdapter(FEW));
    await hover(dateHeader(log));
    await waitUntil(() => chunk.loads === 1, 'pointing at the Date header prefetches the walk');
  });

  it('prefetches the walk when the Action filter of a newest-first source takes focus', async () => {
    const log = await mount(new NewestFirstAdapter(FEW));
    await tabTo(control(log, 'action-select'));
    await waitUntil(() => chunk.loads === 1, 'focusing the Action filter prefetches the walk');
  });

  it('oldest first on a newest-first source loads the walk once and turns the period round, asking the source newest first only', async () => {
    const adapter = new NewestFirstAdapter(FEW);
    const log = await mount(adapter);
    const newestFirst = ids(log);
    await click(dateHeader(log));
    await settled(log);
    expect(dateHeader(log).getAttribute('aria-sort')).to.equal('ascending');
    expect(ids(log)).to.deep.equal([...newestFirst].reverse());
    expect(chunk.loads, 'the prefetch from the pointer serves the sort').to.equal(1);
    expect(asked(adapter.activityRequests).every((query) => (query as ListActivityRequest).sort !== 'asc')).to.equal(true);
    // What the walk did is said under the grid, in the walk's own words (they load with it).
    expect(log.shadowRoot!.querySelector('[part=walk-status]')!.textContent).to.contain('the rest is done here');
    await click(dateHeader(log));
    await settled(log);
    expect(log.shadowRoot!.querySelector('[part=walk-status]')!.textContent!.trim(), 'newest first, the source honours it all').to.equal('');
  });

  it('a walk chunk that cannot be fetched draws the shared failure view; Retry loads it and sorts, focus kept on the Date header', async () => {
    const adapter = new NewestFirstAdapter(FEW);
    const log = await mount(adapter);
    const newestFirst = ids(log);
    chunk.failWith = new TypeError('Failed to fetch dynamically imported module: activity-walk.js');
    await click(dateHeader(log));
    const alert = await waitFor(() => failure(log), 'the failure is drawn');
    expect(alert.textContent).to.include('The activity records could not be loaded.');
    expect(alert.textContent).to.include('Failed to fetch dynamically imported module');
    expect(dateHeader(log).getAttribute('aria-sort'), 'the order asked for stays').to.equal('ascending');
    expectFocusOn(dateHeader(log), 'focus stays on the Date header when the load fails');
    const failedLoads = chunk.loads;
    expect(failedLoads, 'a failed prefetch is not tried again on its own').to.be.at.most(2);

    chunk.failWith = undefined;
    await click(button(log, 'Retry'));
    await settled(log);
    expect(chunk.loads, 'Retry loaded the walk again').to.equal(failedLoads + 1);
    expect(failure(log)).to.equal(null);
    expect(ids(log)).to.deep.equal([...newestFirst].reverse());
    expectFocusOn(dateHeader(log), 'Retry went with the failure view: focus on the Date header, not <body>');
  });
});
