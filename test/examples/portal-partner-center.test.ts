/** The demo portal on `adapter=partner-center`: PartnerCenterAdapter over the fake Partner Center. */
import { expect } from '@open-wc/testing';
import { mountPortal, viewStorageKey } from '../../examples/portal/portal.js';
import { parsePortalParams } from '../../examples/portal/portal-params.js';
import type { CustomerList } from '../../src/components/customer-list/customer-list.js';
import { dataRows, names, waitForRowsOf } from '../components/customer-list/list-harness.js';

describe('demo portal on adapter=partner-center', () => {
  let container: HTMLElement;
  const startUrl = location.href;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    container.remove();
    history.replaceState(null, '', startUrl);
    localStorage.removeItem(viewStorageKey('admin-agent'));
  });

  it('reads adapter=partner-center and shows the fake Partner Center\'s customers through documented requests only', async () => {
    const { params, warnings } = parsePortalParams('?rows=1200&seed=3&adapter=partner-center');
    expect(warnings).to.deep.equal([]);
    const portal = await mountPortal(container, params);
    // PartnerCenterAdapter, its tags joined from the browser's tag store (Partner Center keeps none).
    expect(portal.adapter.constructor.name).to.equal('TagStoreAdapter');
    const list = container.querySelector<CustomerList>('customer-list')!;
    await waitForRowsOf(list);
    expect(dataRows(list).length).to.be.greaterThan(0);
    const first = await portal.adapter.listCustomers({ pageSize: 3 });
    expect(names(list).slice(0, 3)).to.deep.equal(first.items.map((row) => row.companyName));
    const requests = portal.partnerCenter!.requests;
    expect(requests.length).to.be.greaterThan(0);
    for (const request of requests) {
      expect(request.url.startsWith('/partner-center/v1/'), request.url).to.equal(true);
      expect(request.url).to.not.match(/\/tags/);
      expect(request.headers['ms-contract-version']).to.equal('v1');
      expect(request.status, request.url).to.be.below(400);
    }
  });
});
