/**
 * <activity-log> on a MemoryAdapter over 100 000 activity records (the generator's history of the bench's
 * 100 000 customers, the 90 days up to now), its period set to those 90 days so every record is in it: the second
 * grid on the list's engine, measured with the list's phases ((1), (3), (2), (5), (3x)) and targets. No search
 * phase: the log's company name filter is not the list's search, and (4) is the list's alone.
 */
import '../../src/components/activity-log/activity-log.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { ACTIVITY_RETENTION_DAYS, daysAgo, type ActivityRecord } from '../../src/model/activity.js';
import { generateDataset } from '../../mocks/data/index.js';
import { assertIsolated, frames, JUMP_INDEX, ROWS } from './common.js';
import { elementGridPhases } from './element-grid.js';

assertIsolated();
const now = new Date();
/** A record as its row identifies it: the date's `datetime` and the customer. */
const identity = (operationDate: string | null | undefined, customer: string | null | undefined) => `${operationDate ?? ''} ${customer?.trim() ?? ''}`;
const { adapter, expected } = buildAdapter();
let requests = 0;
const listActivity = adapter.listActivity.bind(adapter);
adapter.listActivity = (request, signal) => {
  requests++;
  return listActivity(request, signal);
};

const log = document.createElement('activity-log');
// Activity records are for admin agents only.
log.setAttribute('agent-role', 'admin-agent');
// The whole history: the 90 days the log may show, up to today.
log.from = daysAgo(ACTIVITY_RETENTION_DAYS, now);
log.to = now.toISOString().slice(0, 10);
document.body.append(log);
await log.updateComplete;
await frames(3);

window.bench = elementGridPhases({
  root: log.shadowRoot!,
  attach: () => (log.adapter = adapter),
  checkLoaded: () => {
    if (log.totalCount !== ROWS) throw new Error(`the log counts ${log.totalCount} records, expected ${ROWS}: its period does not hold the whole history`);
  },
  scrollToRow: (index) => log.scrollToRow(index),
  requests: () => requests,
  expected: (index) => expected.get(index) ?? '(not kept)',
  shown: (row) => identity(row?.querySelector('time')?.getAttribute('datetime'), row?.querySelector('.customerName')?.textContent),
});

/**
 * The adapter over the records, built before any timing (it validates, copies and dates them once), and what the
 * rows the phases check ((1) row 0, (2) row JUMP_INDEX) should show. Newest first, as the log shows them; flat
 * strings through a JSON round trip, as the list's rows. The page keeps no records of its own besides the
 * adapter's copies, so its heap is the log's.
 */
function buildAdapter(): { adapter: MemoryAdapter; expected: Map<number, string> } {
  const records = JSON.parse(JSON.stringify(generateDataset({ rows: ROWS, seed: 1, activityRecords: ROWS, now }).activity)) as ActivityRecord[];
  const expected = new Map([0, JUMP_INDEX].map((index) => [index, identity(records[index]!.operationDate, records[index]!.customerName || records[index]!.customerId)]));
  return { adapter: new MemoryAdapter({ activity: records, now: () => now }), expected };
}
