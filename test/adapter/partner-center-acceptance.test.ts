/**
 * Issue 26's acceptance walk: PartnerCenterAdapter against the fake Partner Center written from the documentation
 * (mocks/partner-center), which checks the requests as the documentation states them (undocumented parameters
 * and order fields are answered 400, a PUT must carry the full resource).
 */
import { expect } from '@open-wc/testing';
import type { CustomerAdapter } from '../../src/adapter/customer-adapter.js';
import { PartnerCenterAdapter } from '../../src/adapter/partner-center/partner-center-adapter.js';
import { mergeBillingProfiles, type BillingProfile } from '../../src/model/billing.js';
import { rowKey, type CustomerRow } from '../../src/model/customer.js';
import { mockAuthHeaders } from '../../mocks/browser.js';
import { partnerCenterMock, startPartnerCenterMock } from '../../mocks/partner-center/browser.js';
import { expectAdapterError } from '../../src/testing/index.js';

const BASE = '/partner-center';

before(async () => {
  await startPartnerCenterMock();
});

function adapter(role: 'admin-agent' | 'sales-agent' = 'admin-agent'): PartnerCenterAdapter {
  return new PartnerCenterAdapter({ baseUrl: BASE, headers: async () => mockAuthHeaders(role) });
}

/** Every page of a customer walk, with each page's stated count (Partner Center's counts the page). */
async function walk(source: CustomerAdapter, pageSize: number) {
  const rows: CustomerRow[] = [];
  const counts: number[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await source.listCustomers({ pageSize, ...(continuationToken ? { continuationToken } : {}) });
    expect(page.items.length).to.be.at.most(pageSize);
    rows.push(...page.items);
    counts.push(page.totalCount);
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return { rows, pages: counts.length, counts };
}

describe('PartnerCenterAdapter on the fake Partner Center: acceptance', () => {
  for (const nextLinks of ['relative', 'v1'] as const) {
    it(`walks 1 037 customers after a 429, through per-page totals and next links ${nextLinks === 'relative' ? 'without' : 'with'} /v1`, async () => {
      partnerCenterMock.reset({ rows: 1037, seed: 26, nextLinks });
      partnerCenterMock.throttle(1, 0);
      const { rows, pages, counts } = await walk(adapter(), 500);
      expect(rows).to.have.length(1037);
      expect(new Set(rows.map(rowKey)).size).to.equal(1037);
      expect(pages).to.equal(3);
      expect(counts, 'each page counts itself; nothing claims the total').to.deep.equal([500, 500, 37]);
      const requests = partnerCenterMock.requests;
      expect(requests.map((request) => [request.url, request.status])).to.deep.equal([
        [`${BASE}/v1/customers?size=500`, 429],
        [`${BASE}/v1/customers?size=500`, 200],
        [`${BASE}/v1/customers?size=500&seekOperation=Next`, 200],
        [`${BASE}/v1/customers?size=500&seekOperation=Next`, 200],
      ]);
      expect(requests[1]!.headers['ms-requestid'], 'the retry is the same call').to.equal(requests[0]!.headers['ms-requestid']);
      expect(requests[2]!.headers['ms-continuationtoken']).to.be.a('string').and.not.equal('');
      for (const request of requests) {
        expect(request.headers['ms-contract-version']).to.equal('v1');
        expect(request.headers.authorization).to.equal('Bearer mock-admin-agent');
      }
    });
  }

  it('searches with only the documented filter, and the fake refuses an undocumented parameter', async () => {
    partnerCenterMock.reset({ rows: 300, seed: 26 });
    const source = adapter();
    const prefix = (await source.listCustomers({ pageSize: 1 })).items[0]!.companyName.slice(0, 3);
    const { items } = await source.listCustomers({ pageSize: 500, search: { field: 'companyName', text: prefix.toUpperCase() } });
    expect(items.length).to.be.greaterThan(0);
    for (const row of items) expect(row.companyName.toLowerCase().startsWith(prefix.toLowerCase()), row.companyName).to.equal(true);
    const search = new URL(partnerCenterMock.requests.at(-1)!.url, location.href);
    expect([...search.searchParams.keys()]).to.deep.equal(['size', 'filter']);
    expect(JSON.parse(search.searchParams.get('filter')!)).to.deep.equal({ Field: 'CompanyName', Value: prefix.toUpperCase(), Operator: 'starts_with' });
    const undocumented = await fetch(`${BASE}/v1/customers?size=10&sort=companyName`, { headers: mockAuthHeaders('admin-agent') });
    expect(undocumented.status).to.equal(400);
  });

  it('keeps the contact fields through a billing round trip, and a stale etag (400/2055) becomes a conflict the form can merge', async () => {
    partnerCenterMock.reset({ rows: 20, seed: 26 });
    const [mine, theirs] = [adapter(), adapter()];
    const id = (await mine.listCustomers({ pageSize: 1 })).items[0]!.id;
    const base = await mine.getBillingProfile(id);
    const edited: BillingProfile = { ...base, firstName: 'Ada', lastName: 'Lovelace', phoneNumber: '+48 42 111 22 33', defaultAddress: { ...base.defaultAddress, country: 'PL', city: 'Łódź', addressLine1: 'ul. Piotrkowska 1', postalCode: '90-001' } };
    const saved = await mine.updateBillingProfile(id, edited);
    expect(await theirs.getBillingProfile(id)).to.deep.equal(saved);
    expect(saved).to.include({ firstName: 'Ada', lastName: 'Lovelace', phoneNumber: '+48 42 111 22 33' });

    const theirsNow = await theirs.updateBillingProfile(id, { ...(await theirs.getBillingProfile(id)), email: 'billing@theirs.example' });
    const conflict = await expectAdapterError(mine.updateBillingProfile(id, { ...saved, firstName: 'Augusta' }), 'conflict', '2055');
    const current = (conflict.details as { current: BillingProfile }).current;
    expect(current).to.deep.equal(theirsNow);
    const { merged } = mergeBillingProfiles(saved, { ...saved, firstName: 'Augusta' }, current);
    const final = await mine.updateBillingProfile(id, { ...merged, etag: current.etag });
    expect(final).to.include({ firstName: 'Augusta', email: 'billing@theirs.example', phoneNumber: '+48 42 111 22 33' });
    const puts = partnerCenterMock.requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.status)).to.deep.equal([200, 200, 400, 200]);
  });

  it('lists products through SKUs and availabilities and orders one by its catalogItemId', async () => {
    partnerCenterMock.reset({ rows: 20, seed: 26 });
    const source = adapter();
    const customerId = (await source.listCustomers({ pageSize: 1 })).items[0]!.id;
    const products = await source.listProducts({ catalog: 'online-services', country: 'US' });
    expect(products.length).to.be.greaterThan(0);
    const sku = products[0]!.skus[0]!;
    expect(sku.catalogItemId).to.be.a('string').and.not.equal('');
    const paths = partnerCenterMock.requests.map((request) => new URL(request.url, location.href).pathname);
    expect(paths.some((path) => /\/v1\/products\/[^/]+\/skus$/.test(path))).to.equal(true);
    expect(paths.some((path) => /\/v1\/products\/[^/]+\/skus\/[^/]+\/availabilities$/.test(path))).to.equal(true);
    const order = await source.createOrder({ customerId, catalog: 'online-services', lineItems: [{ lineItemNumber: 0, offerId: sku.catalogItemId, quantity: sku.minimumQuantity, ...(sku.billingCycles[0] ? { billingCycle: sku.billingCycles[0] } : {}) }] });
    expect(order.customerId).to.equal(customerId);
    expect(order.catalog).to.equal('online-services');
    expect(order.lineItems[0]!.offerId).to.equal(sku.catalogItemId);
  });

  it('decodes the fake\'s audit records (no ids, null values) and sends one filter', async () => {
    partnerCenterMock.reset({ rows: 200, seed: 26 });
    const source = adapter();
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const page = await source.listActivity({ from, to: today, resourceType: 'order', operationTypes: ['create_order'], pageSize: 100 });
    for (const record of page.items) expect([record.resourceType, record.operationType]).to.deep.equal(['order', 'create_order']);
    expect(new Set(page.items.map((record) => record.id)).size).to.equal(page.items.length);
    const url = new URL(partnerCenterMock.requests.at(-1)!.url, location.href);
    expect(url.pathname).to.equal(`${BASE}/v1/auditrecords`);
    expect(JSON.parse(url.searchParams.get('filter')!)).to.deep.equal({ Field: 'ResourceType', Value: 'order', Operator: 'equals' });
  });

  it('sends no request to a tags route and every request carries MS-Contract-Version v1 and the host\'s Authorization', async () => {
    partnerCenterMock.reset({ rows: 20, seed: 26 });
    const source = adapter('sales-agent');
    await source.listCustomers({ pageSize: 5 });
    await expectAdapterError(source.listTags(), 'invalid', 'unsupported');
    await expectAdapterError(source.assignTags({ target: { mode: 'some', keys: [] }, add: ['VIP'], remove: [] }), 'invalid', 'unsupported');
    expect(partnerCenterMock.requests.every((request) => !/\/tags/.test(request.url))).to.equal(true);
    for (const request of partnerCenterMock.requests) {
      expect(request.headers['ms-contract-version']).to.equal('v1');
      expect(request.headers.authorization).to.equal('Bearer mock-sales-agent');
    }
  });
});
