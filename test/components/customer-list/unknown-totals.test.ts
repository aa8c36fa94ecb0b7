/**
 * <customer-list> over a source that counts no totals (capabilities `totals: false`, Partner Center's meaning:
 * a page's `totalCount` is the count of that page): the list grows as pages arrive, says "N+ customers" until the
 * last page, Ctrl+End walks to the end with its progress in the status, and jumping back cancels the walk.
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapter/memory-adapter.js';
import type { ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { click, press } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { dataRows, grid, mountList, shadow } from './list-harness.js';

/** A source that counts nothing and records every listCustomers request (the first page included). */
class CountingSource extends MemoryAdapter {
  readonly requests: ListCustomersRequest[] = [];
  override listCustomers(request: ListCustomersRequest, signal?: AbortSignal) {
    this.requests.push(request);
    return super.listCustomers(request, signal);
  }
}

function uncounted(rows: number, options: Partial<MemoryAdapterOptions> = {}): CountingSource {
  return new CountingSource({ ...generateDataset({ rows, seed: 7 }), capabilities: { totals: false }, ...options });
}

const statusText = (list: CustomerList) => shadow(list).querySelector('[part=status]')!.textContent!.trim();
const selectionText = (list: CustomerList) => shadow(list).querySelector('[part=selection-bar] [role=status]')!.textContent!.trim();
const viewport = (list: CustomerList) => shadow(list).querySelector<HTMLElement>('.viewport')!;

/** The focused cell as [aria-rowindex of its row, its column]. */
function focused(list: CustomerList): [number, number] {
  const cell = shadow(list).activeElement!.closest<HTMLElement>('[data-column]')!;
  return [Number(cell.closest('[aria-rowindex]')!.getAttribute('aria-rowindex')), Number(cell.dataset.column)];
}

async function key(list: CustomerList, chord: string): Promise<void> {
  await press(chord);
  await list.updateComplete;
  await list.updateComplete;
}

/** Waits until the source had no request for a while: a walk still going would ask one every page latency. */
async function quiet(source: CountingSource): Promise<void> {
  let seen = -1;
  let since = 0;
  await waitUntil(() => {
    if (source.requests.length !== seen) [seen, since] = [source.requests.length, performance.now()];
    return performance.now() - since > 1000;
  }, 'requests never stopped');
}

/** A cell of the first data row that takes focus on a click without doing anything else (no sort, no link). */
const firstDomainCell = (list: CustomerList) => dataRows(list)[0]!.querySelector<HTMLElement>('.cell.primaryDomain')!;

/** The last data row (aria-rowindex = rows + 1) drawn with its data. */
const lastRowDrawn = (list: CustomerList, rows: number) => shadow(list).querySelector(`[aria-rowindex="${rows + 1}"]:not(.pending)`) !== null;

describe('<customer-list> over a source that counts no totals', () => {
  it('says how many are loaded and that more may follow ("N+"), never a page as the total, then the exact count', async function () {
    this.timeout(40_000);
    const source = uncounted(1234, { maxPageSize: 100 });
    const list = await mountList({ adapter: source, height: '400px' });
    await waitUntil(() => /\+ customers$/.test(statusText(list)), 'the status says more may follow');
    const loaded = Number(statusText(list).replace(/\D/g, ''));
    expect(loaded % 100, `"${statusText(list)}" counts whole pages loaded`).to.equal(0);
    expect(loaded).to.be.within(100, 1200);
    expect(statusText(list)).to.not.equal('100 customers');
    expect(list.totalCount, 'no total is claimed').to.equal(undefined);
    // The grid says it has more rows than loaded (a tail still loading), not the first page's count.
    expect(Number(grid(list).getAttribute('aria-rowcount'))).to.be.greaterThan(loaded + 1);

    await click(firstDomainCell(list));
    await key(list, 'Control+End');
    await waitUntil(() => lastRowDrawn(list, 1234), 'the last row loaded and drawn', { timeout: 30_000 });
    await waitUntil(() => statusText(list) === '1,234 customers', 'the exact count once the last page arrived');
    expect(list.totalCount).to.equal(1234);
    expect(grid(list).getAttribute('aria-rowcount')).to.equal('1235');
  });

  it('grows as the agent scrolls down, until the last row and the exact count', async function () {
    this.timeout(40_000);
    const list = await mountList({ adapter: uncounted(1234, { maxPageSize: 100 }), height: '400px' });
    let drags = 0;
    // As with the scrollbar: the agent drags to the bottom again whenever the list has grown under it.
    await waitUntil(() => {
      const scroller = viewport(list);
      if (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) [scroller.scrollTop, drags] = [scroller.scrollHeight, drags + 1];
      return statusText(list) === '1,234 customers' && lastRowDrawn(list, 1234);
    }, 'scrolling down reached the last row', { timeout: 30_000 });
    expect(drags, 'the list grew several times as pages arrived').to.be.above(2);
    expect(grid(list).getAttribute('aria-rowcount')).to.equal('1235');
  });

  it('reaches the last of 1 234 rows with Ctrl+End over a Partner Center-like source, focus on the last row', async function () {
    this.timeout(40_000);
    const list = await mountList({ adapter: MemoryAdapter.partnerCenterLike({ ...generateDataset({ rows: 1234, seed: 7 }), maxPageSize: 50 }), height: '400px' });
    await click(firstDomainCell(list));
    await key(list, 'Control+End');
    await waitUntil(() => lastRowDrawn(list, 1234) && focused(list)[0] === 1235, 'focus on the last row', { timeout: 30_000 });
    expect(focused(list)[0]).to.equal(1235);
    expect(dataRows(list).some((row) => row.classList.contains('pending')), 'no loading rows after the last one').to.equal(false);
    await key(list, 'Control+Home');
    expect(focused(list)).to.deep.equal([1, 0]);
  });

  it('counts the walk in the status as it goes, and Ctrl+Home cancels it: no request after, no late page', async function () {
    this.timeout(40_000);
    const source = uncounted(20_000, { maxPageSize: 100, latencyMs: 150 });
    const list = await mountList({ adapter: source, height: '400px' });
    await waitUntil(() => !list.shadowRoot!.querySelector('[role=grid][aria-busy=true]') && /\+ customers$/.test(statusText(list)), 'the first pages');
    await click(firstDomainCell(list));
    await key(list, 'Control+End');
    await waitUntil(() => /^Loading customers: [\d,]+ so far$/.test(statusText(list)), 'the walk says how far it got', { timeout: 10_000 });
    const status = shadow(list).querySelector('[part=status]')!;
    expect([status.getAttribute('role'), status.getAttribute('aria-live')]).to.deep.equal(['status', 'polite']);
    await waitUntil(() => Number(statusText(list).replace(/\D/g, '')) > 600, 'the count grows as pages arrive', { timeout: 20_000 });

    await key(list, 'Control+Home');
    expect(focused(list)).to.deep.equal([1, 0]);
    await waitUntil(() => /^[\d,]+\+ customers$/.test(statusText(list)), 'the walk stopped: the status counts loaded rows again');
    const requests = source.requests.length;
    const said = statusText(list);
    // Nothing to wait for: what is checked is that nothing happens. Several page latencies pass.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await list.updateComplete;
    expect(source.requests.length, 'no page asked after the cancel').to.equal(requests);
    expect(statusText(list), 'no page landed after the cancel').to.equal(said);
    expect(lastRowDrawn(list, 20_000)).to.equal(false);
  });

  it('cancels the walk when the agent scrolls back up', async function () {
    this.timeout(40_000);
    const source = uncounted(20_000, { maxPageSize: 100, latencyMs: 150 });
    const list = await mountList({ adapter: source, height: '400px' });
    await click(firstDomainCell(list));
    await key(list, 'Control+End');
    await waitUntil(() => /^Loading customers:/.test(statusText(list)), 'the walk started', { timeout: 10_000 });
    // As with the scrollbar: the agent drags the list back up.
    viewport(list).scrollTop = 0;
    await waitUntil(() => /^[\d,]+\+ customers$/.test(statusText(list)), 'the walk stopped');
    // The focused row (where Ctrl+End put it) still loads; the walk's 200 pages do not.
    await quiet(source);
    expect(source.requests.length, 'a few pages, not the walk to 20 000').to.be.below(15);
    expect(lastRowDrawn(list, 20_000)).to.equal(false);
  });

  it('selects all matching as a query, says "all matching" until the total is known, then counts it', async function () {
    this.timeout(40_000);
    const list = await mountList({ adapter: uncounted(1234, { maxPageSize: 100 }), height: '400px' });
    const all = shadow(list).querySelector<HTMLInputElement>('.header input[type=checkbox]')!;
    expect(all.getAttribute('aria-label'), 'no count claimed before the total is known').to.equal('Select all matching customers');
    await click(all);
    await list.updateComplete;
    expect(all.checked).to.equal(true);
    expect(selectionText(list)).to.equal('All matching customers selected');
    expect(list.selection).to.deep.include({ mode: 'all' });

    await click(dataRows(list)[0]!.querySelector('input[type=checkbox]')!);
    await list.updateComplete;
    expect(selectionText(list)).to.equal('All matching customers selected except 1');

    await click(firstDomainCell(list));
    await key(list, 'Control+End');
    await waitUntil(() => lastRowDrawn(list, 1234), 'the last page', { timeout: 30_000 });
    await waitUntil(() => selectionText(list) === '1,233 selected', 'the count once the total is known');
    expect(all.getAttribute('aria-label')).to.equal('Select all 1,234 matching customers');
  });
});
