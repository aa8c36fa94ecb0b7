/**
 * <activity-log> over a source that counts no totals: "N+ records" while pages follow, never a page's count as
 * the total, Ctrl+End walks to the last record (its progress in the status), then the exact count.
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { contractFixture } from '../../../src/testing/index.js';
import { click, press } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { dataRows, mountLog, record, shadow, status } from './log-harness.js';

describe('<activity-log> over a source that counts no totals', () => {
  it('says "N+ records" while pages follow, then reaches the last record with Ctrl+End and counts exactly', async function () {
    this.timeout(40_000);
    const records = Array.from({ length: 1234 }, (_, index) => record(index, 1 + index / 100));
    const adapter = new MemoryAdapter({ ...contractFixture(), activity: records, maxPageSize: 50, latencyMs: 20, capabilities: { totals: false } });
    const log = await mountLog(adapter, { height: '400px' });
    await waitUntil(() => /^[\d,]+\+ records$/.test(status(log)), 'the status says more may follow');
    expect(status(log)).to.not.equal('50 records');
    expect(log.totalCount, 'no total claimed').to.equal(undefined);

    await click(dataRows(log)[0]!.querySelector('.cell.customerName') ?? dataRows(log)[0]!.querySelectorAll<HTMLElement>('[role=gridcell]')[2]!);
    await press('Control+End');
    await waitUntil(() => /^Loading records: [\d,]+ so far$/.test(status(log)) || status(log) === '1,234 records', 'the walk says how far it got', { timeout: 10_000 });
    await waitUntil(() => shadow(log).querySelector('[aria-rowindex="1235"]:not(.pending)') !== null, 'the last record drawn', { timeout: 30_000 });
    await waitUntil(() => status(log) === '1,234 records', 'the exact count');
    await waitUntil(() => shadow(log).activeElement?.closest('[aria-rowindex]')?.getAttribute('aria-rowindex') === '1235', 'focus on the last record');
    expect(log.totalCount).to.equal(1234);
  });
});
