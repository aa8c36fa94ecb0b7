import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/browser/wait.js';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { PagedRows, UNKNOWN_TAIL_ROWS } from '../../src/controllers/paged-rows.js';
import { generateDataset } from '../../mocks/data/index.js';

/** An adapter's listCustomers as the page fetcher PagedRows takes. */
const pagesOf = (adapter: MemoryAdapter) => (page: { pageSize: number; continuationToken?: string }, signal: AbortSignal) => adapter.listCustomers(page, signal);

describe('PagedRows', () => {
  const dataset = generateDataset({ rows: 1200, seed: 2 });

  it('loads the first page, then pages ahead as rows are needed', async () => {
    let changes = 0;
    const rows = await PagedRows.load(pagesOf(new MemoryAdapter(dataset)), 500, new AbortController().signal, () => changes++);
    expect([rows.rows.length, rows.totalCount, rows.complete]).to.deep.equal([500, 1200, false]);
    rows.ensureLoaded(900);
    await waitUntil(() => !rows.isLoading);
    expect(rows.rows.length).to.equal(1000);
    rows.ensureLoaded(5000);
    await waitUntil(() => !rows.isLoading);
    expect([rows.rows.length, rows.complete]).to.deep.equal([1200, true]);
    expect(changes).to.be.at.least(2);
  });

  it('keeps a failed page\'s error until retried', async () => {
    const adapter = new MemoryAdapter(dataset);
    let fail = true;
    const flaky = Object.assign(Object.create(adapter), {
      listCustomers: (request: Parameters<MemoryAdapter['listCustomers']>[0], signal?: AbortSignal) =>
        request.continuationToken && fail ? Promise.reject(new AdapterError('server', 'down')) : adapter.listCustomers(request, signal),
    }) as MemoryAdapter;
    const rows = await PagedRows.load(pagesOf(flaky), 500, new AbortController().signal, () => {});
    rows.ensureLoaded(600);
    await waitUntil(() => !rows.isLoading);
    expect((rows.error as AdapterError).kind).to.equal('server');
    fail = false;
    rows.retry(600);
    await waitUntil(() => !rows.isLoading);
    expect([rows.error, rows.rows.length]).to.deep.equal([undefined, 1000]);
  });

  it('drops pages that arrive after its signal aborted', async () => {
    const controller = new AbortController();
    const rows = await PagedRows.load(pagesOf(new MemoryAdapter({ ...dataset, latencyMs: 50 })), 500, controller.signal, () => {});
    rows.ensureLoaded(1000);
    controller.abort();
    await waitUntil(() => !rows.isLoading);
    expect([rows.rows.length, rows.error]).to.deep.equal([500, undefined]);
  });

  it('stops on pause, and goes on from the last page on resume (an element moved in the page)', async () => {
    const rows = await PagedRows.load(pagesOf(new MemoryAdapter({ ...dataset, latencyMs: 50 })), 500, new AbortController().signal, () => {});
    rows.ensureLoaded(1000);
    rows.pause();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([rows.rows.length, rows.isLoading, rows.error]).to.deep.equal([500, false, undefined]);
    rows.ensureLoaded(1000);
    expect(rows.isLoading, 'paused: nothing loads').to.equal(false);
    rows.resume();
    rows.ensureLoaded(1000);
    await waitUntil(() => !rows.isLoading);
    expect(rows.rows.length).to.equal(1000);
  });

  it('loads nothing more once disposed, even on resume', async () => {
    const rows = await PagedRows.load(pagesOf(new MemoryAdapter(dataset)), 500, new AbortController().signal, () => {});
    rows.dispose();
    rows.resume();
    rows.ensureLoaded(1000);
    expect([rows.isLoading, rows.rows.length]).to.deep.equal([false, 500]);
  });

  describe('over a source that counts no totals', () => {
    const uncounted = (options: { latencyMs?: number } = {}) => new MemoryAdapter({ ...dataset, maxPageSize: 100, capabilities: { totals: false }, ...options });

    it('states no total until the last page, and draws the loaded rows plus a bounded tail meanwhile', async () => {
      const rows = await PagedRows.load(pagesOf(uncounted()), 100, new AbortController().signal, () => {}, false);
      expect([rows.rows.length, rows.totalCount, rows.totalKnown, rows.rowCount]).to.deep.equal([100, undefined, false, 100 + UNKNOWN_TAIL_ROWS]);
      rows.ensureLoaded(350);
      await waitUntil(() => !rows.isLoading);
      expect([rows.rows.length, rows.totalCount]).to.deep.equal([400, undefined]);
      rows.ensureLoaded(5000);
      await waitUntil(() => !rows.isLoading);
      expect([rows.rows.length, rows.totalCount, rows.totalKnown, rows.rowCount]).to.deep.equal([1200, 1200, true, 1200]);
    });

    it('walks to the end with loadAll(), resolving true once the last page is in', async () => {
      const rows = await PagedRows.load(pagesOf(uncounted()), 100, new AbortController().signal, () => {}, false);
      const walk = rows.loadAll();
      expect(rows.walking).to.equal(true);
      expect(await walk).to.equal(true);
      expect([rows.walking, rows.rows.length, rows.totalCount]).to.deep.equal([false, 1200, 1200]);
    });

    it('stops a walk on cancelLoadAll(): it resolves false and the page in flight never lands', async () => {
      let requests = 0;
      const adapter = uncounted({ latencyMs: 40 });
      const counting = (page: { pageSize: number; continuationToken?: string }, signal: AbortSignal) => (requests++, adapter.listCustomers(page, signal));
      const rows = await PagedRows.load(counting, 100, new AbortController().signal, () => {}, false);
      const walk = rows.loadAll();
      await waitUntil(() => rows.rows.length >= 300);
      rows.cancelLoadAll();
      expect(await walk).to.equal(false);
      const [loaded, asked] = [rows.rows.length, requests];
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect([rows.rows.length, requests, rows.isLoading]).to.deep.equal([loaded, asked, false]);
      // The window still loads what it needs afterwards.
      rows.ensureLoaded(loaded + 50);
      await waitUntil(() => !rows.isLoading);
      expect(rows.rows.length).to.equal(loaded + 100);
    });
  });
});
