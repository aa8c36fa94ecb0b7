/**
 * <customer-list> on a MemoryAdapter over 100 000 rows: the element under test. With `?rows=1000000` the same
 * page holds a million rows, for (4d): run.ts then calls only firstRows() and search().
 */
import '../../src/components/customer-list/customer-list.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { defaultViewState } from '../../src/model/view-state.js';
import { assertIsolated, benchRows, frames, percentile, requestedRows, searchTexts, waitFor, type BenchPage, type SearchResult } from './common.js';
import { elementGridPhases } from './element-grid.js';

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
// `?view=arranged` (run.ts --arranged-view): an agent's view, four columns resized and one hidden.
if (new URLSearchParams(location.search).get('view') === 'arranged') {
  list.viewState = {
    ...defaultViewState(),
    columnSizing: { id: 260, companyName: 320, primaryDomain: 240, tags: 300 },
    columnVisibility: { relationship: false },
  };
}
await list.updateComplete;
await frames(3);
const root = list.shadowRoot!;

/** The `role=grid` element: it carries aria-busy and aria-rowcount (the .viewport around it scrolls). */
const grid = () => root.querySelector<HTMLElement>('[role=grid]')!;
const dataRow = (ariaRowIndex: number) => root.querySelector(`[role=row][aria-rowindex="${ariaRowIndex}"]:not(.pending)`);
const companyOf = (row: Element | null) => row?.querySelector('.companyName')?.textContent?.trim() ?? '';

const page: BenchPage = {
  ...elementGridPhases({
    root,
    attach: () => (list.adapter = adapter),
    scrollToRow: (index) => list.scrollToRow(index),
    requests: () => requests,
    expected: (index) => customers[index]!.companyName,
    shown: companyOf,
  }),

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
