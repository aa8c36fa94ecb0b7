/**
 * <customer-list> on a MemoryAdapter over 100 000 rows: the element under test. With `?rows=1000000` the same
 * page holds a million rows, for (4d): run.ts then calls only firstRows() and search().
 */
import '../../src/components/customer-list/customer-list.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CustomerList } from '../../src/components/customer-list/customer-list.js';
import type { CustomerRow } from '../../src/model/customer.js';
import { assertIsolated, benchRows, frames, JUMP_INDEX, percentile, ROW_HEIGHT_PX, requestedRows, scrollFrames, scrollThrough, searchTexts, visibleRows, waitFor, type BenchPage, type SearchResult } from './common.js';

assertIsolated();
const customers = benchRows(requestedRows());
// Built before any timing: the adapter validates and copies the rows once.
const adapter = new MemoryAdapter({ customers });
let requests = 0;
const listCustomers = adapter.listCustomers.bind(adapter);
adapter.listCustomers = (request, signal) => {
  requests++;
  return listCustomers(request, signal);
};

const texts = searchTexts(customers);
const expected = await expectedResults(texts);

const list = document.createElement('customer-list');
list.setAttribute('search-debounce', '0');
document.body.append(list);
await list.updateComplete;
await frames(3);
const root = list.shadowRoot!;
const viewport = root.querySelector<HTMLElement>('.viewport')!;
if (!viewport) throw new Error('<customer-list> did not render its .viewport: is the element defined (decorators compiled)?');

/** The `role=grid` element: it carries aria-busy and aria-rowcount (the .viewport around it scrolls). */
const grid = () => root.querySelector<HTMLElement>('[role=grid]')!;
const dataRow = (ariaRowIndex: number) => root.querySelector(`[role=row][aria-rowindex="${ariaRowIndex}"]:not(.pending)`);
const companyOf = (row: Element | null) => row?.querySelector('.companyName')?.textContent?.trim() ?? '';

const page: BenchPage = {
  ready: Promise.resolve(),

  async firstRows() {
    const start = performance.now();
    list.adapter = adapter;
    const end = await waitFor([root], () => dataRow(2) !== null, 'the first data row').catch((error: Error) => {
      const state = root.querySelector('[part=state]')?.textContent?.replace(/\s+/g, ' ').trim();
      throw new Error(`${error.message}${state ? `; the list shows: ${state}` : ''}`);
    });
    const shown = companyOf(dataRow(2));
    if (shown !== customers[0]!.companyName) throw new Error(`first row shows ${JSON.stringify(shown)}, expected ${JSON.stringify(customers[0]!.companyName)}`);
    return end - start;
  },

  async scroll() {
    await frames(10);
    const headerHeight = root.querySelector<HTMLElement>('.header')!.offsetHeight;
    const bodyHeight = viewport.clientHeight - headerHeight;
    // A "Loading…" row inside the visible part of the body, from the rows' translateY (no layout is forced).
    const pendingInView = (scrollTop: number) => {
      for (const row of root.querySelectorAll<HTMLElement>('.body [role=row].pending')) {
        const top = parseFloat(/translateY\(([-\d.]+)px\)/.exec(row.style.transform)?.[1] ?? 'NaN');
        if (top < scrollTop + bodyHeight && top + ROW_HEIGHT_PX > scrollTop) return true;
      }
      return false;
    };
    return scrollFrames(viewport, pendingInView);
  },

  async jump() {
    await frames(10);
    const before = requests;
    const start = performance.now();
    list.scrollToRow(JUMP_INDEX);
    let placeholderAt: number | undefined;
    const end = await waitFor(
      [root],
      () => {
        if (placeholderAt === undefined && root.querySelector(`[role=row][aria-rowindex="${JUMP_INDEX + 2}"]`)) placeholderAt = performance.now();
        return dataRow(JUMP_INDEX + 2) !== null;
      },
      `row ${JUMP_INDEX + 2} with its data`,
    );
    const shown = companyOf(dataRow(JUMP_INDEX + 2));
    if (shown !== customers[JUMP_INDEX]!.companyName) throw new Error(`row ${JUMP_INDEX} shows ${JSON.stringify(shown)}, expected ${JSON.stringify(customers[JUMP_INDEX]!.companyName)}`);
    return { ms: end - start, placeholderMs: (placeholderAt ?? end) - start, requests: requests - before };
  },

  async domRows() {
    await frames(10);
    const header = root.querySelector<HTMLElement>('.header')!;
    const sample = root.querySelector<HTMLElement>('.body [role=row]')!;
    const all = root.querySelectorAll('[role=row]').length;
    const data = root.querySelectorAll('.body [role=row]').length;
    const visible = visibleRows(viewport.clientHeight - header.offsetHeight, sample.offsetHeight);
    return { rendered: data, visible, note: `${data} data rows + ${all - data} header row; viewport ${viewport.clientHeight - header.offsetHeight} px / ${sample.offsetHeight} px rows` };
  },

  async scrollThrough() {
    list.scrollToRow(0);
    await frames(10);
    return scrollThrough(viewport, root.querySelector<HTMLElement>('.body [role=row]')!.offsetHeight);
  },

  async search(): Promise<SearchResult> {
    list.scrollToRow(0);
    await frames(10);
    const times: number[] = [];
    let mismatches = 0;
    for (const [index, text] of texts.entries()) {
      let finished = false;
      const start = performance.now();
      list.searchText = text;
      // Done when the rows task's pending render (aria-busy="true" on the grid) is followed by its complete render.
      const target = grid();
      const end = await waitFor(
        [root],
        (records) => (finished ||= records.some((record) => record.target === target && record.attributeName === 'aria-busy' && record.oldValue === 'true' && target.getAttribute('aria-busy') === 'false')),
        `search ${JSON.stringify(text)} to render`,
      );
      times.push(end - start);
      const want = expected[index]!;
      const first = companyOf(dataRow(2));
      if (first !== want.first || Number(grid().getAttribute('aria-rowcount')) !== want.total + 1) mismatches++;
      await frames(2);
    }
    return { keystrokes: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), first: times[0]!, mismatches, texts };
  },
};

/**
 * What each search text should show, from a second adapter with its own search-key cache (ours starts cold).
 * The second adapter is garbage once this returns, so it does not weigh on the page's heap (run.ts collects
 * garbage before every phase).
 */
async function expectedResults(searches: readonly string[]): Promise<{ first: string; total: number }[]> {
  const oracle = new MemoryAdapter({ customers });
  const results: { first: string; total: number }[] = [];
  for (const text of searches) {
    const result = await oracle.listCustomers(text ? { search: { field: 'companyName', text }, pageSize: 1 } : { pageSize: 1 });
    results.push({ first: result.items[0]?.companyName ?? '', total: result.totalCount });
  }
  return results;
}

window.bench = page;
