import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { resolveSelection } from '../../src/adapter/resolve-selection.js';
import { RestAdapter } from '../../src/adapter/rest/rest-adapter.js';
import { rowKey } from '../../src/model/customer.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../mocks/browser.js';
import { expectAbortError, contractFixture, IDS } from '../../src/testing/index.js';

for (const kind of ['memory', 'rest'] as const) {
  describe(`resolveSelection (${kind} adapter)`, () => {
    const make = async () => {
      if (kind === 'memory') return new MemoryAdapter(contractFixture());
      await startMockWorker();
      mockApi.reset({ data: contractFixture() });
      return new RestAdapter({ headers: mockAuthHeaders('admin-agent'), retry: { retries: 0 } });
    };

    it('fetches picked rows, keeping only the selected relationship of a dual-role customer', async () => {
      const adapter = await make();
      const rows = await resolveSelection(adapter, { mode: 'some', keys: [`${IDS.contoso}#indirect-reseller`, `${IDS.northwind}#cloud-reseller`] });
      expect(rows.map(rowKey)).to.deep.equal([`${IDS.contoso}#indirect-reseller`, `${IDS.northwind}#cloud-reseller`]);
      expect(rows[0]!.indirectReseller?.name).to.equal('Northwind Distribution');
    });

    it('walks a select-all query across pages, leaving out exclusions', async () => {
      const adapter = await make();
      const rows = await resolveSelection(adapter, { mode: 'all', query: { search: { field: 'companyName', text: 'contoso' } }, excludedKeys: [`${IDS.contoso9}#indirect-reseller`] }, { pageSize: 1 });
      expect(rows.map((row) => row.companyName).sort()).to.deep.equal(['Contoso 10 Pharma', 'Contoso Ltd', 'Contoso Ltd']);
    });

    it('stops at the limit', async () => {
      const adapter = await make();
      const rows = await resolveSelection(adapter, { mode: 'all', query: {}, excludedKeys: [] }, { pageSize: 3, limit: 4 });
      expect(rows).to.have.length(4);
    });

    it('rejects with an AbortError when aborted', async () => {
      const adapter = await make();
      const controller = new AbortController();
      controller.abort();
      await expectAbortError(resolveSelection(adapter, { mode: 'some', keys: [`${IDS.lodz}#cloud-reseller`] }, { signal: controller.signal }));
    });
  });
}
