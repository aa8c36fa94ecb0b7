/** Peer: a bare <lit-virtualizer scroller> over the same rows, one 40 px flex row of six text cells each. */
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { html } from 'lit';
import type { CustomerRow } from '../../src/model/customer.js';
import { assertIsolated, benchRows, frames, JUMP_INDEX, scrollFrames, scrollThrough, visibleRows, waitFor, type BenchPage } from './common.js';

assertIsolated();
const customers = benchRows();

const virtualizer = document.createElement('lit-virtualizer') as LitVirtualizer<CustomerRow>;
virtualizer.scroller = true;
virtualizer.renderItem = (row, index) =>
  html`<div class="row" data-index=${index}>
    <span class="cell index">${index}</span><span class="cell">${row.id}</span><span class="cell">${row.companyName}</span><span class="cell">${row.primaryDomain}</span><span class="cell">${row.relationship}</span><span class="cell">${row.tags.join(', ')}</span>
  </div>`;
document.body.append(virtualizer);
await customElements.whenDefined('lit-virtualizer');
await frames(3);

const rendered = (index: number) => virtualizer.querySelector(`.row[data-index="${index}"]`);

const page: BenchPage = {
  ready: Promise.resolve(),

  async firstRows() {
    const start = performance.now();
    virtualizer.items = customers;
    const end = await waitFor([virtualizer], () => rendered(0) !== null, 'the first row');
    return end - start;
  },

  async scroll() {
    await frames(10);
    return scrollFrames(virtualizer);
  },

  async jump() {
    await frames(10);
    const start = performance.now();
    virtualizer.element(JUMP_INDEX)!.scrollIntoView({ block: 'start' });
    const end = await waitFor([virtualizer], () => rendered(JUMP_INDEX) !== null, `row ${JUMP_INDEX}`);
    return { ms: end - start };
  },

  async scrollThrough() {
    virtualizer.scrollTop = 0;
    await frames(10);
    return scrollThrough(virtualizer, virtualizer.querySelector<HTMLElement>('.row')!.offsetHeight);
  },

  async domRows() {
    await frames(10);
    const rows = virtualizer.querySelectorAll<HTMLElement>('.row');
    const rowHeight = rows[0]!.offsetHeight;
    return { rendered: rows.length, visible: visibleRows(virtualizer.clientHeight, rowHeight), note: `${rows.length} row elements; viewport ${virtualizer.clientHeight} px / ${rowHeight} px rows` };
  },
};

window.bench = page;
