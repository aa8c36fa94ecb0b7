/**
 * `<activity-log>`'s walk (activity-walk.ts, with the local-query walker) loads on the first query its source
 * does not honour, or ahead of it when the agent points at the Date header of such a source: the first page goes
 * to the source as it is, and that page's own count decides whether oldest first and the Action filter are
 * offered. The chunk is counted, failed and let through for real, in the network, by the MSW service worker;
 * test/node/activity-first-load.test.ts proves it is not in the first load.
 *
 * The chunk loads once per page: no test before one that loads it may expect it unloaded.
 */
import { expect } from '@open-wc/testing';
import { startMockWorker, worker } from '../../../mocks/browser.js';
import type { AdapterCapabilities } from '../../../src/adapter/capabilities.js';
import type { ListActivityRequest } from '../../../src/adapter/customer-adapter.js';
import { WALK_LIMIT } from '../../../src/adapter/local-query.js';
import { description } from '../../support/browser/aria.js';
import { Chunk } from '../../support/browser/chunk.js';
import { ActivityAdapter, control, mountLog, record, shadow } from './log-harness.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';

/** One filter at a time, newest first only, but counting its totals (Partner Center's audit records count nothing). */
const NEWEST_FIRST = { activityFilters: ['customerId', 'customerName', 'resourceType'], combinedActivityFilters: false, activitySort: false } as const;

/** An ActivityAdapter that honours only what `NEWEST_FIRST` says, as a real such source would. */
class NewestFirstAdapter extends ActivityAdapter {
  override readonly capabilities: AdapterCapabilities = { ...this.capabilities, ...NEWEST_FIRST };
}

const dateHeader = (log: ActivityLog) => shadow(log).querySelector<HTMLElement>('[role=columnheader].sortable')!;
/** The queries the source was asked, without the period and paging, each once, in the order first asked. */
const asked = (requests: ListActivityRequest[]) => [...new Set(requests.map(({ pageSize: _size, continuationToken: _token, offset: _offset, from: _from, to: _to, ...query }) => JSON.stringify(query)))].map((query) => JSON.parse(query) as object);

let walk: Chunk;

before(async () => {
  await startMockWorker();
  walk = new Chunk(/\/components\/activity-log\/activity-walk\.(js|ts)/);
});
after(() => {
  worker.resetHandlers();
});

describe("<activity-log>'s walk loads on first need", () => {
  it("a counting newest-first source: the first page's own count takes oldest first and the Action filter away, with no walk", async () => {
    const many = Array.from({ length: WALK_LIMIT + 1 }, (_, i) => record(i, 1 + i * 0.03));
    const adapter = new NewestFirstAdapter(many);
    const log = await mountLog(adapter);
    expect(log.totalCount).to.equal(WALK_LIMIT + 1);
    expect(description(dateHeader(log))).to.equal('This data source lists newest first only, and the period has more than 20,000 records to turn round here.');
    const action = control<HTMLSelectElement>(log, 'action-select');
    expect(action.disabled).to.equal(true);
    expect(description(action)).to.equal('This data source cannot filter by action, and the period has more than 20,000 records to filter here.');
    expect(asked(adapter.activityRequests), 'newest first, as it is').to.deep.equal([{ sort: 'desc' }]);
    expect(walk.requests, 'the walk was fetched').to.equal(0);
  });
});
