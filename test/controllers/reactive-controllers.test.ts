/** The grid engine's controllers on a bare host element: setup paired with teardown, and their own rules. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/browser/wait.js';
import { LitElement } from 'lit';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { DebouncedInput } from '../../src/controllers/debounced-input.js';
import { RowsController } from '../../src/controllers/rows-controller.js';
import { SelectionController } from '../../src/controllers/selection-controller.js';
import type { CustomerFilter } from '../../src/model/query.js';
import { rowKey, type CustomerRow } from '../../src/model/customer.js';
import { contractFixture } from '../../src/testing/index.js';

class Host extends LitElement {}
customElements.define('controller-host', Host);

async function host(): Promise<Host> {
  return fixture<Host>(html`<controller-host></controller-host>`);
}

async function moveInPage(element: HTMLElement, pauseMs = 30): Promise<void> {
  const parent = element.parentElement!;
  element.remove();
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  parent.append(element);
}

describe('DebouncedInput', () => {
  it('commits after a pause, once, with the last text', async () => {
    const element = await host();
    const commits: string[] = [];
    const input = new DebouncedInput(element, { delay: () => 40, commit: (text) => commits.push(text) });
    input.input('c');
    input.input('co');
    input.input('con');
    expect(commits).to.deep.equal([]);
    await waitUntil(() => commits.length > 0);
    expect(commits).to.deep.equal(['con']);
  });

  it('takes a pause cut short by a detach up again after re-attach', async () => {
    const element = await host();
    const commits: string[] = [];
    const input = new DebouncedInput(element, { delay: () => 40, commit: (text) => commits.push(text) });
    input.input('north');
    await moveInPage(element, 80);
    expect(commits, 'nothing committed while away').to.deep.equal([]);
    await waitUntil(() => commits.length > 0);
    expect(commits).to.deep.equal(['north']);
  });

  it('does not commit what it may not, and follows the committed text unless typing is pending', async () => {
    const element = await host();
    const commits: string[] = [];
    const input = new DebouncedInput(element, { delay: () => 10, commit: (text) => commits.push(text), accepts: (text) => text.length <= 3 });
    input.input('toolong');
    input.flush();
    expect(commits).to.deep.equal([]);
    input.follow('set');
    expect(input.draft, 'typing is pending: the box keeps it').to.equal('toolong');
    input.reset();
    input.follow('set');
    expect(input.draft).to.equal('set');
  });
});

describe('RowsController', () => {
  type Query = Record<string, never>;
  /** `source` is read on every update, so a test can give the controller its adapter later or take it away. */
  const rowsOf = (element: Host, source: () => MemoryAdapter | undefined, pageSize = 5) =>
    new RowsController<CustomerRow, MemoryAdapter, Query>(element, {
      source,
      query: () => ({}),
      fetch: (source, _query, page, signal) => source.listCustomers(page, signal),
      pageSize: () => pageSize,
      missingSource: () => new AdapterError('invalid', 'No data source', { code: 'no-adapter' }),
    });

  it('loads the first page, then more as asked, and pauses paging while detached', async () => {
    const element = await host();
    const adapter = new MemoryAdapter({ ...contractFixture(), latencyMs: 20 });
    const rows = rowsOf(element, () => adapter);
    element.requestUpdate();
    await waitUntil(() => rows.value !== undefined);
    expect(rows.value!.loadedCount).to.equal(5);
    rows.ensureLoaded(9);
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(rows.value!.loadedCount, 'the page in flight was stopped').to.equal(5);
    document.body.append(element);
    rows.ensureLoaded(9);
    await waitUntil(() => rows.value!.loadedCount === rows.value!.totalCount, 'paging went on after re-attach');
    element.remove();
  });

  it('fails with the missing-source error and loads when a source comes', async () => {
    const element = await host();
    let adapter: MemoryAdapter | undefined;
    const rows = rowsOf(element, () => adapter);
    element.requestUpdate();
    await waitUntil(() => rows.failed);
    expect((rows.error as AdapterError).code).to.equal('no-adapter');
    adapter = new MemoryAdapter(contractFixture());
    element.requestUpdate();
    await waitUntil(() => rows.value !== undefined);
    expect(rows.totalCount).to.equal(contractFixture().customers.length);
  });

  it('settles once the first page is in, or once it failed, and at once when nothing loads', async () => {
    const element = await host();
    let adapter: MemoryAdapter | undefined = new MemoryAdapter({ ...contractFixture(), latencyMs: 30 });
    const rows = rowsOf(element, () => adapter);
    element.requestUpdate();
    await element.updateComplete;
    expect(rows.pending, 'the first page is on its way').to.equal(true);
    await rows.settled();
    expect(rows.value?.loadedCount, 'settled with the rows in').to.equal(5);
    let settled = false;
    void rows.settled().then(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled, 'nothing loading: settled at once').to.equal(true);
    adapter = undefined;
    element.requestUpdate();
    await element.updateComplete;
    await rows.settled();
    expect(rows.failed, 'a failed load settles too, without rejecting').to.equal(true);
  });
});

/** Loaded rows as the selection reads them, over a plain array (all loaded, in order). */
const listed = (rows: readonly CustomerRow[]) => ({ at: (index: number) => rows[index], loaded: () => rows, loadedCount: rows.length });

describe('SelectionController', () => {
  it('selects a range from the anchor, selects all as a query, and starts again when the filter changes', async () => {
    const element = await host();
    const rows = contractFixture().customers;
    let filter: CustomerFilter = {};
    const changes: number[] = [];
    const dropped: number[] = [];
    const selection = new SelectionController(element, { rows: () => listed(rows), total: () => rows.length, filter: () => filter, changed: (_selection, count) => changes.push(count), dropped: (count) => dropped.push(count) });
    selection.toggleRow(1, false);
    selection.toggleRow(4, true);
    expect(selection.count).to.equal(4);
    selection.selectAllMatching();
    expect(selection.selection.mode).to.equal('all');
    expect(selection.count).to.equal(rows.length);
    filter = { relationship: 'advisor' };
    element.requestUpdate();
    await element.updateComplete;
    await Promise.resolve();
    expect(selection.count).to.equal(0);
    expect(changes.at(-1)).to.equal(0);
    expect(dropped, 'and says how many it dropped').to.deep.equal([rows.length]);
  });

  it('keeps rows picked one by one when the filter changes, counting those the new rows do not show', async () => {
    const element = await host();
    const all = contractFixture().customers;
    let loaded = all;
    let filter: CustomerFilter = {};
    const changes: number[] = [];
    const selection = new SelectionController(element, { rows: () => listed(loaded), total: () => loaded.length, filter: () => filter, changed: (_selection, count) => changes.push(count), dropped: () => expect.fail('nothing dropped') });
    selection.toggleRow(0, false);
    selection.toggleRow(2, false);
    expect(selection.notShown).to.equal(0);
    filter = { search: { field: 'companyName', text: all[2]!.companyName } };
    loaded = [all[2]!];
    element.requestUpdate();
    await element.updateComplete;
    await Promise.resolve();
    expect([selection.count, selection.notShown], 'both kept, one out of sight').to.deep.equal([2, 1]);
    expect(changes, 'no change to report').to.deep.equal([1, 2]);
    selection.toggleRow(0, false);
    expect(selection.single()?.companyName, 'the one left picked is the hidden row, as picked').to.equal(all[0]!.companyName);
  });

  it('finds the one picked row among the loaded rows, again when the pick changes or a page adds it', async () => {
    const element = await host();
    const all = contractFixture().customers;
    const loaded = all.slice(0, 3);
    const selection = new SelectionController(element, { rows: () => listed(loaded), total: () => all.length, filter: () => ({}), changed: () => {}, dropped: () => {} });
    expect(selection.single(), 'nothing picked').to.equal(undefined);
    selection.toggleRow(2, false);
    expect(selection.single()?.companyName).to.equal(all[2]!.companyName);
    selection.toggleRow(1, false);
    expect(selection.single(), 'two picked').to.equal(undefined);
    selection.selection = { mode: 'some', keys: [rowKey(all[4]!)] };
    expect(selection.single(), 'the picked row is not loaded yet').to.equal(undefined);
    loaded.push(all[3]!, all[4]!);
    expect(selection.single()?.companyName, 'the page that loaded it').to.equal(all[4]!.companyName);
  });
});
