/** The helpers the adapters use to filter and order many records fast: the same answers as the plain rules. */
import { expect } from '@open-wc/testing';
import { daysAgo, type ActivityFilter, type ActivityRecord } from '../../src/model/activity.js';
import { activityComparator, activityCriteriaMatcher, activityMatcher, datedActivityComparator, sortActivity } from '../../src/model/activity-order.js';
import { generateDataset } from '../../mocks/data/index.js';

const now = new Date('2026-11-20T12:00:00.000Z');
const records = generateDataset({ rows: 300, seed: 11, now, activityRecords: 2000 }).activity;
// Ties on the date, ordered by id: what keeps one order across pages.
const tied: ActivityRecord[] = [...records.slice(0, 50), ...records.slice(0, 50).map((record, index) => ({ ...record, id: `tie-${index}` }))];

describe('activity helpers', () => {
  it('sortActivity orders as activityComparator does, both ways, ties included', () => {
    for (const sort of ['desc', 'asc', undefined] as const) {
      expect(sortActivity(tied, sort)).to.deep.equal([...tied].sort(activityComparator(sort)));
      expect(sortActivity(records, sort)).to.deep.equal([...records].sort(activityComparator(sort)));
    }
  });

  it('datedActivityComparator compares as activityComparator does', () => {
    const compare = activityComparator('asc');
    const dated = datedActivityComparator('asc');
    for (let i = 0; i + 1 < tied.length; i++) {
      const [a, b] = [tied[i]!, tied[i + 1]!];
      expect(Math.sign(dated({ record: a, at: Date.parse(a.operationDate) }, { record: b, at: Date.parse(b.operationDate) }))).to.equal(Math.sign(compare(a, b)));
    }
  });

  it('activityCriteriaMatcher is activityMatcher without the period', () => {
    const [someone] = records.filter((record) => record.customerId);
    const filters: Omit<ActivityFilter, 'from' | 'to'>[] = [
      {},
      { customerId: someone!.customerId.toUpperCase() },
      { customerName: ` ${someone!.customerName.slice(2, 6).toUpperCase()} ` },
      { resourceType: 'billing_profile' },
      { operationTypes: ['create_order', 'rename_tag'] },
      { customerName: 'a', resourceType: 'customer', operationTypes: ['update_customer_tags'] },
    ];
    const everything = { from: daysAgo(90, now), to: now.toISOString() };
    for (const filter of filters) {
      const expected = records.filter(activityMatcher({ ...everything, ...filter }));
      expect(records.filter(activityCriteriaMatcher(filter)), JSON.stringify(filter)).to.deep.equal(expected);
      expect(expected.length, JSON.stringify(filter)).to.be.greaterThan(0);
    }
  });
});
