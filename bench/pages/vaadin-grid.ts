/**
 * Peer: @vaadin/grid on an in-memory `items` array, six columns like ours (a row-number column where ours has
 * its checkbox, then ID, company, domain, relationship, tags), default text renderers.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Grid } from '@vaadin/grid/vaadin-grid.js';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { CustomerRow } from '../../src/model/customer.js';
import { assertIsolated, benchRows, frames, JUMP_INDEX, scrollFrames, visibleRows, waitFor, type BenchPage } from './common.js';

assertIsolated();
const customers = benchRows();

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
