import { expect } from '@open-wc/testing';
import type { ListCustomersRequest } from '../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { SparseRows } from '../../src/controllers/sparse-rows.js';
import { generateDataset } from '../../mocks/data/index.js';
import { waitUntil } from '../support/browser/wait.js';

describe('SparseRows', () => {
  const dataset = generateDataset({ rows: 5000, seed: 4 });
  const counting = (adapter: MemoryAdapter) => {
    const requests: ListCustomersRequest[] = [];
    const fetch = (page: { pageSize: number; continuationToken?: string; offset?: number }, signal: AbortSignal) => (requests.push({ ...page }), adapter.listCustomers(page, signal));
    return { requests, fetch };
  };

  it('fetches just the blocks asked for by offset, the same rows a walk would reach', async () => {
    const adapter = new MemoryAdapter(dataset);
    const { requests, fetch } = counting(adapter);
    const rows = await SparseRows.load(fetch, 100, new AbortController().signal, () => {});
    rows.ensureLoaded(4020, 3990);
    await waitUntil(() => !rows.isLoading);
    expect(requests.slice(1).map((request) => [request.offset, request.pageSize])).to.deep.equal([[3900, 100], [4000, 100]]);
    const all = (await adapter.listCustomers({ pageSize: 10_000 })).items;
    expect(rows.at(3995)?.id).to.equal(all[3995]!.id);
    expect([rows.at(3000), rows.loadedCount, rows.totalCount, rows.rowCount]).to.deep.equal([undefined, 300, 5000, 5000]);
    expect(rows.loaded().map((row) => row.id)).to.deep.equal([...all.slice(0, 100), ...all.slice(3900, 4100)].map((row) => row.id));
    rows.ensureLoaded(4020, 3990);
    expect(requests.length, 'loaded rows are not asked again').to.equal(3);
  });

  it('aborts a request the window moved away from: its page never lands', async () => {
    const { fetch } = counting(new MemoryAdapter({ ...dataset, latencyMs: 60 }));
    const rows = await SparseRows.load(fetch, 100, new AbortController().signal, () => {});
    rows.ensureLoaded(2050, 2000);
    rows.ensureLoaded(4050, 4000);
    await waitUntil(() => !rows.isLoading);
    expect([rows.at(2000), rows.at(4000) !== undefined]).to.deep.equal([undefined, true]);
  });

  it('learns a source that serves smaller pages than asked, and asks block by block in one go', async () => {
    const { requests, fetch } = counting(new MemoryAdapter({ ...dataset, maxPageSize: 50 }));
    const rows = await SparseRows.load(fetch, 500, new AbortController().signal, () => {});
    rows.ensureLoaded(5000, 4940);
    await waitUntil(() => !rows.isLoading);
    expect(requests.slice(1).map((request) => [request.offset, request.pageSize])).to.deep.equal([[4900, 50], [4950, 50]]);
    expect(rows.at(4999)).to.not.equal(undefined);
  });

  it('loads nothing once disposed, nor while paused', async () => {
    const { requests, fetch } = counting(new MemoryAdapter({ ...dataset, latencyMs: 30 }));
    const rows = await SparseRows.load(fetch, 100, new AbortController().signal, () => {});
    rows.ensureLoaded(3050, 3000);
    rows.pause();
    rows.ensureLoaded(3050, 3000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([rows.at(3000), requests.length]).to.deep.equal([undefined, 2]);
    rows.resume();
    rows.dispose();
    rows.ensureLoaded(3050, 3000);
    expect(requests.length).to.equal(2);
  });
});
