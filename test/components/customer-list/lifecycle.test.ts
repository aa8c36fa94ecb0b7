/** <customer-list> moved in the page with the same adapter, as a router outlet, a portal or React re-parenting does. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { click, type } from '../../support/browser/input.js';
import { dataRows, mountList, names, searchInput, settle, shadow } from './list-harness.js';

async function moveInPage(list: CustomerList): Promise<HTMLElement> {
  const elsewhere = document.createElement('div');
  document.body.append(elsewhere);
  list.remove();
  await new Promise((resolve) => setTimeout(resolve, 30));
  elsewhere.append(list);
  await list.updateComplete;
  return elsewhere;
}

const viewport = (list: CustomerList) => shadow(list).querySelector<HTMLElement>('.viewport')!;

describe('<customer-list> detached and attached again with the same adapter', () => {
  it('loads the rows past those loaded when it is scrolled to the end (regression: they stayed "Loading…" for ever)', async () => {
    const adapter = new MemoryAdapter({ ...generateDataset({ rows: 3000, seed: 4 }), latencyMs: 20 });
    const list = await mountList({ adapter });
    // A page is in flight when the element leaves the page.
    list.scrollToRow(900);
    const place = await moveInPage(list);
    list.scrollToRow(2990);
    await waitUntil(() => shadow(list).querySelector('[aria-rowindex="3001"]:not(.pending)'), 'the last row loaded after the move', { timeout: 20_000 });
    expect(dataRows(list).some((row) => row.classList.contains('pending')), 'no row waits for ever').to.equal(false);
    place.remove();
  });

  it('measures again when resized after the move (regression: resizes were ignored)', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 500, seed: 4 })), height: '240px' });
    const before = dataRows(list).length;
    const place = await moveInPage(list);
    list.style.setProperty('--customer-list-height', '720px');
    await waitUntil(() => dataRows(list).length > before + 5, 'more rows rendered for the taller grid', { timeout: 20_000 });
    place.remove();
  });

  it('runs a search typed just before the move once it is back (nothing typed is dropped)', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 500, seed: 4 })) });
    list.searchDebounce = 300;
    await click(searchInput(list));
    const first = names(list)[3]!.slice(0, 4);
    await type(first);
    const place = await moveInPage(list);
    expect(searchInput(list).value, 'the box still holds what was typed').to.equal(first);
    await waitUntil(() => list.searchText === first, 'the pending search ran after the move', { timeout: 20_000 });
    await settle(list);
    expect(names(list).every((name) => name.toLowerCase().startsWith(first.toLowerCase()))).to.equal(true);
    place.remove();
  });

  it('counts a throttled retry down again after the move and retries by itself', async () => {
    const adapter = new MemoryAdapter(generateDataset({ rows: 50, seed: 4 }));
    let calls = 0;
    const throttled = Object.assign(Object.create(adapter), {
      listCustomers: async (...args: Parameters<MemoryAdapter['listCustomers']>) => {
        if (++calls === 1) {
          const { AdapterError } = await import('../../../src/adapter/adapter-error.js');
          throw new AdapterError('throttled', 'Too many requests', { retryAfterMs: 1200, status: 429 });
        }
        return adapter.listCustomers(...args);
      },
    }) as MemoryAdapter;
    const list = await mountList({ adapter: throttled, waitForRows: false });
    await waitUntil(() => shadow(list).querySelector('[part=state]')?.textContent?.includes('Retrying in'), 'the countdown shows', { timeout: 20_000 });
    const place = await moveInPage(list);
    await waitUntil(() => names(list).length > 0, 'retried by itself after the move', { timeout: 20_000 });
    expect(calls).to.equal(2);
    expect(viewport(list)).to.exist;
    place.remove();
  });
});
