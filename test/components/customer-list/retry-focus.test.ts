/** Retry after a failed first load keeps focus in <customer-list>: on the grid's tab stop, not on the page. */
import { expect } from '@open-wc/testing';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { CustomerPage, ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { contractFixture } from '../../../src/testing/index.js';
import { click, expectFocusNotLost } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { button, grid, mountList, names, shadow } from './list-harness.js';

/** Fails its first load; later loads wait until `open()`. */
class FailsOnce extends MemoryAdapter {
  private failed = false;
  gate: Promise<void> = new Promise((resolve) => (this.open = resolve));
  open!: () => void;
  constructor() {
    super(contractFixture());
  }
  override async listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    if (!this.failed) {
      this.failed = true;
      throw new AdapterError('server', 'The server failed to answer (GET /v1/customers: HTTP 500)');
    }
    await this.gate;
    return super.listCustomers(request, signal);
  }
}

describe('<customer-list> Retry', () => {
  it('keeps focus on the grid while the customers load again and once they are in', async () => {
    const adapter = new FailsOnce();
    const list = await mountList({ adapter, waitForRows: false });
    await waitUntil(() => button(list, 'Retry'), 'the failure with Retry');
    await click(button(list, 'Retry')!);
    await waitUntil(() => shadow(list).querySelector('.skeletons'), 'loading again after Retry');
    const whileLoading = expectFocusNotLost('Retry');
    expect(grid(list).contains(whileLoading), 'focus is in the grid while loading').to.equal(true);
    adapter.open();
    await waitUntil(() => names(list).length === 10, 'rows after Retry');
    const loaded = expectFocusNotLost('the rows arriving');
    expect(grid(list).contains(loaded), 'focus is in the grid once loaded').to.equal(true);
  });
});
