/**
 * The Tag filter's options (the partner's tags) and the first rows are asked for at once, but the rows are
 * drawn first: tags answered first must not cost the rows a render of their own. A failed first load still
 * lets the tags through.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { CustomerPage, ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { contractFixture } from '../../../src/testing/index.js';
import { mountList, shadow } from './list-harness.js';

/** Tags at once; the first page of customers after `rowsAfterMs`, or a failure. */
class SlowRowsAdapter extends MemoryAdapter {
  constructor(
    private readonly rowsAfterMs: number,
    private readonly fail = false,
  ) {
    super(contractFixture());
  }

  override async listCustomers(request: ListCustomersRequest): Promise<CustomerPage> {
    await new Promise((resolve) => setTimeout(resolve, this.rowsAfterMs));
    if (this.fail) throw new AdapterError('server', 'GET /v1/customers: HTTP 500', { status: 500 });
    return super.listCustomers(request);
  }
}

const tagOptions = (root: ShadowRoot) => root.querySelectorAll('[data-filter=tag] option:not([value=""])').length;
const loadedRows = (root: ShadowRoot) => root.querySelectorAll('.data-row:not(.pending)').length;

describe('customer-list: the partner tags and the first rows', () => {
  it('draws the first rows before the Tag filter offers the tags that came back first', async () => {
    const list = await mountList({ adapter: new SlowRowsAdapter(150), waitForRows: false });
    const root = shadow(list);
    const seen: string[] = [];
    const look = () => {
      if (!seen.includes('rows') && loadedRows(root) > 0) seen.push('rows');
      if (!seen.includes('tags') && tagOptions(root) > 0) seen.push('tags');
    };
    // What mounting already drew counts too: the tags may be in before the observer is.
    look();
    const observer = new MutationObserver(look);
    observer.observe(root, { subtree: true, childList: true });
    try {
      await waitUntil(() => seen.length === 2, 'rows and tag options did not both appear', { timeout: 20_000 });
    } finally {
      observer.disconnect();
    }
    expect(seen).to.deep.equal(['rows', 'tags']);
  });

  it('offers the tags when the first load fails, beside the failure', async () => {
    const list = await mountList({ adapter: new SlowRowsAdapter(20, true), waitForRows: false });
    const root = shadow(list);
    await waitUntil(() => tagOptions(root) > 0, 'the Tag filter offers no tags after a failed load', { timeout: 20_000 });
    expect(root.querySelector('[part=state]')?.textContent ?? '').to.not.equal('');
  });
});
