import { expect } from '@open-wc/testing';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { CustomerPage } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { mountList, search } from './list-harness.js';

class BrokenAdapter extends MemoryAdapter {
  override async listCustomers(): Promise<CustomerPage> {
    throw new AdapterError('server', 'The server failed to answer');
  }
}

describe('<customer-list> accessibility (axe)', function () {
  // axe walks every node of the list: seconds of work on a loaded machine. What is asserted is the violations.
  this.timeout(30_000);

  it('has no violations with rows, selection and sort', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 200, seed: 1, hostile: true })) });
    list.selectAllMatching();
    await list.updateComplete;
    await expect(list).to.be.accessible();
  });

  it('has no violations when empty', async () => {
    const list = await mountList({ adapter: new MemoryAdapter({ customers: [] }) });
    await expect(list).to.be.accessible();
  });

  it('has no violations with no match', async () => {
    const list = await mountList();
    await search(list, 'zzz');
    await expect(list).to.be.accessible();
  });

  it('has no violations in the error state', async () => {
    const list = await mountList({ adapter: new BrokenAdapter() });
    await expect(list).to.be.accessible();
  });

  it('has no violations for a sales agent', async () => {
    const list = await mountList({ role: 'sales-agent' });
    await expect(list).to.be.accessible();
  });
});
