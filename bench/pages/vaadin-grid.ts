/**
 * Peer: @vaadin/grid on an in-memory `items` array, six columns like ours (a row-number column where ours has
 * its checkbox, then ID, company, domain, relationship, tags), default text renderers.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Grid } from '@vaadin/grid/vaadin-grid.js';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { CustomerRow } from '../../src/model/customer.js';
import { assertIsolated, benchRows, frames, JUMP_INDEX, percentile, scrollFrames, scrollThrough, searchTexts, visibleRows, waitFor, type BenchPage, type SearchResult } from './common.js';

assertIsolated();
const customers = benchRows();
// (4v) What a host would do without a built-in search: lower-case the names once (outside any timing), then
// filter the rows by prefix on each keystroke and set `items`. Same texts, same normalization as ours (searchKey).
const texts = searchTexts(customers);
const lowerNames = customers.map((row) => row.companyName.normalize('NFC').toLowerCase());
function hostFilter(text: string): CustomerRow[] {
  const needle = text.trim().normalize('NFC').toLowerCase();
  if (!needle) return customers;
  const out: CustomerRow[] = [];
  for (let index = 0; index < customers.length; index++) if (lowerNames[index]!.startsWith(needle)) out.push(customers[index]!);
  return out;
}

const grid = document.createElement('vaadin-grid') as Grid<CustomerRow>;
const indexColumn = document.createElement('vaadin-grid-column') as GridColumn<CustomerRow>;
indexColumn.header = '#';
indexColumn.renderer = (root, _column, model) => {
  root.textContent = String(model.index);
};
grid.append(indexColumn);
for (const path of ['id', 'companyName', 'primaryDomain', 'relationship', 'tags']) {
  const column = document.createElement('vaadin-grid-column') as GridColumn<CustomerRow>;
  column.path = path;
  grid.append(column);
}
document.body.append(grid);
await customElements.whenDefined('vaadin-grid');
await frames(3);
const root = grid.shadowRoot!;
const table = root.querySelector<HTMLElement>('#table')!;

/** The cell content of the row-number column showing `index`, if that row is rendered. */
function indexCell(index: number): Element | undefined {
  const text = String(index);
  for (const child of grid.children) if (child.localName === 'vaadin-grid-cell-content' && child.textContent === text) return child;
  return undefined;
}
/** The rendered body row showing item 0 and its company-name cell content (third column). */
interface VaadinRow extends HTMLTableRowElement {
  index?: number;
}
function firstRowCompanyCell(): Element | undefined {
  const row = [...root.querySelectorAll<VaadinRow>('#items tr')].find((tr) => tr.index === 0 && !tr.hidden);
  const cell = row?.querySelectorAll('td')[2] as (HTMLTableCellElement & { _content?: Element }) | undefined;
  return cell?._content;
}
const hasText = (text: string) => [...grid.children].some((child) => child.localName === 'vaadin-grid-cell-content' && child.textContent === text);

const page: BenchPage = {
  ready: Promise.resolve(),

  async firstRows() {
    const start = performance.now();
    grid.items = customers;
    const end = await waitFor([grid, root], () => indexCell(0) !== undefined && hasText(customers[0]!.companyName), 'the first row');
    return end - start;
  },

  async scroll() {
    await frames(10);
    return scrollFrames(table);
  },

  async jump() {
    await frames(10);
    const start = performance.now();
    grid.scrollToIndex(JUMP_INDEX);
    const end = await waitFor([grid, root], () => indexCell(JUMP_INDEX) !== undefined && hasText(customers[JUMP_INDEX]!.companyName), `row ${JUMP_INDEX}`);
    return { ms: end - start };
  },

  async scrollThrough() {
    grid.scrollToIndex(0);
    await frames(10);
    return scrollThrough(table, root.querySelector<HTMLElement>('#items tr')!.offsetHeight);
  },

  async search(): Promise<SearchResult> {
    grid.scrollToIndex(0);
    await frames(10);
    const times: number[] = [];
    let mismatches = 0;
    // aria-rowcount on #table is the body rows plus the header row; Vaadin updates it with the rows it renders.
    const extraRows = Number(table.getAttribute('aria-rowcount')) - (grid.items?.length ?? 0);
    for (const text of texts) {
      const start = performance.now();
      const items = hostFilter(text);
      const expected = items[0]?.companyName ?? '';
      const rowCount = String(items.length + extraRows);
      grid.items = items;
      // Done when the grid reports the new row count and its first row shows the new first match.
      const end = await waitFor(
        [grid, root],
        () => table.getAttribute('aria-rowcount') === rowCount && firstRowCompanyCell()?.textContent === expected,
        `Vaadin search ${JSON.stringify(text)} to render`,
      );
      times.push(end - start);
      if (!expected) mismatches++;
      await frames(2);
    }
    grid.items = customers;
    return { keystrokes: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), first: times[0]!, mismatches, texts };
  },

  async domRows() {
    await frames(10);
    const rows = root.querySelectorAll<HTMLElement>('#items tr');
    const header = root.querySelector<HTMLElement>('#header')!;
    const rowHeight = rows[0]!.offsetHeight;
    const height = table.clientHeight - header.offsetHeight;
    return { rendered: rows.length, visible: visibleRows(height, rowHeight), note: `${rows.length} body <tr>; viewport ${height} px / ${rowHeight} px rows` };
  },
};

window.bench = page;
