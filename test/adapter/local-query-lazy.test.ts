/**
 * The walker of withLocalQuery loads only when a query needs it (issue 27, the list's size budget): a source that
 * honours every query never downloads it, and a customer walk does not download the activity half (which the
 * activity log loads with its own walk: test/components/activity-log/walk-lazy.test.ts). Seen in the
 * modules the page really fetched (resource timing), so this file must import nothing that loads them itself.
 */
import { expect } from '@open-wc/testing';
import { withLocalQuery } from '../../src/adapter/local-query.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { generateCustomers } from '../../mocks/data/index.js';
import { waitUntil } from '../support/browser/wait.js';

const fetched: string[] = [];
// An observer, not performance.getEntries(): the page's buffer of 250 entries is full of the test's own modules.
const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name)));
observer.observe({ type: 'resource' });

/** Whether the page has fetched src/adapter/<name>.ts (records still queued included). */
function loaded(name: string): boolean {
  fetched.push(...observer.takeRecords().map((entry) => entry.name));
  return fetched.some((url) => new URL(url).pathname.endsWith(`/src/adapter/${name}.ts`));
}

const customers = generateCustomers({ rows: 300, seed: 3 });
const sort = [{ column: 'companyName' as const, direction: 'desc' as const }];

describe('withLocalQuery loads its walker on first need', () => {
  it('never loads it over a source that honours every query', async () => {
    const adapter = withLocalQuery(new MemoryAdapter({ customers }));
    const page = await adapter.listCustomers({ pageSize: 100, sort, tags: [] });
    expect(page.items.length).to.be.greaterThan(0);
    expect(page.continuationToken ?? '').not.to.match(/^local-query:/);
    expect(loaded('local-walk'), 'customer walker fetched').to.equal(false);
    expect(loaded('local-walk-activity'), 'activity walker fetched').to.equal(false);
  });

  it('loads the customer half on the first sort the source cannot do, and not the activity half', async () => {
    const adapter = withLocalQuery(MemoryAdapter.partnerCenterLike({ customers }));
    const page = await adapter.listCustomers({ pageSize: 100, sort });
    const expected = await new MemoryAdapter({ customers }).listCustomers({ pageSize: 100, sort });
    expect(page.items.map((row) => row.id)).to.deep.equal(expected.items.map((row) => row.id));
    await waitUntil(() => loaded('local-walk'), 'the customer walker was fetched');
    expect(loaded('local-walk-activity'), 'activity walker fetched').to.equal(false);
  });
});
