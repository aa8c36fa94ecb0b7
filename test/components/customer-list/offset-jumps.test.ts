/**
 * Jumps over a source that starts a page at any row (capabilities `offsetPaging`): Ctrl+End fetches just the
 * rows in view instead of walking every page before them.
 */
import { expect } from '@open-wc/testing';
import type { ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { click, press } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { dataRows, mountList, shadow } from './list-harness.js';

class CountingAdapter extends MemoryAdapter {
  readonly requests: ListCustomersRequest[] = [];
  override listCustomers(request: ListCustomersRequest, signal?: AbortSignal) {
    this.requests.push(request);
    return super.listCustomers(request, signal);
  }
}

/** The focused cell's row (aria-rowindex). */
const focusedRow = (list: CustomerList) => Number(shadow(list).activeElement?.closest('[aria-rowindex]')?.getAttribute('aria-rowindex'));

/** Waits until a count of requests stopped changing for a while: the window's prefetch is in. */
async function quiet(count: () => number): Promise<void> {
  let seen = -1;
  let since = 0;
  await waitUntil(() => {
    if (count() !== seen) [seen, since] = [count(), performance.now()];
    return performance.now() - since > 500;
  }, 'requests never stopped');
}

async function jumpToEnd(list: CustomerList, rows: number): Promise<void> {
  await click(dataRows(list)[0]!.querySelector<HTMLElement>('.cell.primaryDomain')!);
  await press('Control+End');
  await waitUntil(() => shadow(list).querySelector(`[aria-rowindex="${rows + 1}"]:not(.pending)`) !== null && focusedRow(list) === rows + 1, 'the last row drawn and focused', { timeout: 30_000 });
}

describe('<customer-list> jumps over an offset-paging source', () => {
  it('reaches the last of 20 000 rows with Ctrl+End in at most 3 list requests (MemoryAdapter, pages of 100)', async function () {
    this.timeout(40_000);
    const adapter = new CountingAdapter({ ...generateDataset({ rows: 20_000, seed: 9 }), maxPageSize: 100 });
    const list = await mountList({ adapter, height: '400px' });
    await waitUntil(() => !shadow(list).querySelector('.data-row.pending'), 'the first rows');
    await quiet(() => adapter.requests.length);
    const before = adapter.requests.length;
    await jumpToEnd(list, 20_000);
    const jump = adapter.requests.slice(before);
    expect(jump.length, JSON.stringify(jump.map((request) => [request.offset, request.pageSize]))).to.be.at.most(3);
    expect(jump.every((request) => request.offset !== undefined && request.offset >= 19_000), 'only rows near the end are asked').to.equal(true);
    expect(adapter.requests.length, 'all requests, the first page included').to.be.at.most(4);
    const last = shadow(list).querySelector('[aria-rowindex="20001"]')!;
    expect(last.querySelector('a')!.textContent!.trim().length).to.be.above(0);
  });

  it('reaches the last of 20 000 rows over REST with offset paging in a few requests', async function () {
    this.timeout(60_000);
    await startMockWorker();
    mockApi.reset({ rows: 20_000, seed: 9 });
    const list = await mountList({ adapter: new RestAdapter({ headers: mockAuthHeaders('admin-agent'), offsetPaging: true }), height: '400px' });
    const listRequests = () => mockApi.requests.filter((request) => request.route === 'customers' && request.method === 'GET');
    await waitUntil(() => !shadow(list).querySelector('.data-row.pending'), 'the first rows');
    await quiet(() => listRequests().length);
    const before = listRequests().length;
    await jumpToEnd(list, 20_000);
    const jump = listRequests().slice(before);
    expect(jump.length, jump.map((request) => request.url).join('\n')).to.be.at.most(3);
    expect(jump.every((request) => /[?&]offset=\d+/.test(request.url))).to.equal(true);
  });
});
