/**
 * PartnerCenterAdapter fed Microsoft's documented example payloads (partner-center-documented.ts names each page):
 * what it decodes, and exactly what it sends (URL, query, headers, body).
 */
import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import { PartnerCenterAdapter } from '../../src/adapter/partner-center/partner-center-adapter.js';
import type { PartnerCenterAdapterOptions } from '../../src/adapter/partner-center/options.js';
import { expectAdapterError } from '../../src/testing/index.js';
import {
  AUDIT_RECORDS,
  AVAILABILITIES,
  BILLING_PROFILE,
  CONTINUATION,
  CUSTOMERS_OF_RESELLER,
  customersPageWithNext,
  INDIRECT_RESELLER_ID,
  LIST_CUSTOMERS,
  ORDER,
  PRODUCTS,
  SKUS,
  STALE_ETAG_ERROR,
  THROTTLED,
} from './partner-center-documented.js';

interface Sent {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };

/** A fetch that records every request and answers from `route(method, url)`. */
function fakePartnerCenter(route: (method: string, url: URL, sent: Sent[]) => Answer) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const request: Sent = { method: init.method ?? 'GET', url: url.href, headers: new Headers(init.headers), body: init.body === undefined ? undefined : JSON.parse(String(init.body)) };
    sent.push(request);
    const answer = route(request.method, url, sent);
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'Content-Type': 'application/json', ...answer.headers } });
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const BASE = 'https://pc.test';

function adapterOn(fetch: typeof globalThis.fetch, options: PartnerCenterAdapterOptions = {}): PartnerCenterAdapter {
  return new PartnerCenterAdapter({ baseUrl: BASE, fetch, headers: async () => ({ Authorization: 'Bearer host-token' }), retry: { retries: 0 }, ...options });
}

function expectDocumentedHeaders(request: Sent): void {
  expect(request.headers.get('MS-Contract-Version'), 'MS-Contract-Version').to.equal('v1');
  expect(request.headers.get('Authorization'), 'the host\'s Authorization').to.equal('Bearer host-token');
  expect(request.headers.get('MS-CorrelationId')).to.match(GUID);
  expect(request.headers.get('MS-RequestId')).to.match(GUID);
  expect(request.headers.get('Accept')).to.equal('application/json');
}

describe('PartnerCenterAdapter on the documented examples', () => {
  describe('customers', () => {
    it('asks GET /v1/customers?size= with the documented headers and decodes the documented page, its totalCount as the page\'s', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: LIST_CUSTOMERS }));
      const page = await adapterOn(fetch, { locale: 'pl-PL', application: 'Contoso portal' }).listCustomers({ pageSize: 40 });
      expect(sent.map((request) => request.url)).to.deep.equal([`${BASE}/v1/customers?size=40`]);
      expectDocumentedHeaders(sent[0]!);
      expect(sent[0]!.headers.get('X-Locale')).to.equal('pl-PL');
      expect(sent[0]!.headers.get('MS-PartnerCenter-Application')).to.equal('Contoso portal');
      expect(page).to.deep.equal({
        items: [
          { id: 'b44bb1fb-c595-45b0-9e09-d657365580bf', companyName: 'companyName', primaryDomain: 'domain', relationship: 'cloud-reseller', tags: [] },
          { id: '45c44870-ef77-4fdd-b6fe-3dacb075cff2', companyName: 'companyName', primaryDomain: 'domain', relationship: 'cloud-reseller', tags: [] },
        ],
        totalCount: 2,
      });
    });

    it('caps size at 500, the documented page limit', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: LIST_CUSTOMERS }));
      await adapterOn(fetch).listCustomers({ pageSize: 5000 });
      expect(sent[0]!.url).to.equal(`${BASE}/v1/customers?size=500`);
    });

    for (const [style, uri] of [['relative to /v1, as documented', '/customers?size=500&seekOperation=Next'], ['with /v1, as sent since 2021 (PowerShell#379)', '/v1/customers?size=500&seekOperation=Next'], ['absolute on the same origin', `${BASE}/v1/customers?size=500&seekOperation=Next`]] as const) {
      it(`follows a next link ${style}, replaying its MS-ContinuationToken`, async () => {
        const { sent, fetch } = fakePartnerCenter((_method, url) => ({ body: url.searchParams.has('seekOperation') ? LIST_CUSTOMERS : customersPageWithNext(uri) }));
        const adapter = adapterOn(fetch);
        const first = await adapter.listCustomers({ pageSize: 500 });
        expect(first.continuationToken).to.be.a('string');
        const second = await adapter.listCustomers({ pageSize: 500, continuationToken: first.continuationToken! });
        expect(sent[1]!.url).to.equal(`${BASE}/v1/customers?size=500&seekOperation=Next`);
        expect(sent[1]!.headers.get('MS-ContinuationToken')).to.equal(CONTINUATION);
        expectDocumentedHeaders(sent[1]!);
        expect(second.continuationToken).to.equal(undefined);
      });
    }

    it('resolves both link styles under a base URL with a path (a host\'s pass-through)', async () => {
      for (const uri of ['/customers?seekOperation=Next', '/v1/customers?seekOperation=Next', 'customers?seekOperation=Next']) {
        const { sent, fetch } = fakePartnerCenter((_method, url) => ({ body: url.searchParams.has('seekOperation') ? LIST_CUSTOMERS : customersPageWithNext(uri) }));
        const adapter = adapterOn(fetch, { baseUrl: `${BASE}/partner-center/` });
        const first = await adapter.listCustomers({ pageSize: 10 });
        await adapter.listCustomers({ pageSize: 10, continuationToken: first.continuationToken! });
        expect(sent.map((request) => request.url), uri).to.deep.equal([`${BASE}/partner-center/v1/customers?size=10`, `${BASE}/partner-center/v1/customers?seekOperation=Next`]);
      }
    });

    it('refuses a next link to another origin, which would receive the token', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: customersPageWithNext('https://elsewhere.test/v1/customers?seekOperation=Next') }));
      const adapter = adapterOn(fetch);
      const first = await adapter.listCustomers({ pageSize: 10 });
      await expectAdapterError(adapter.listCustomers({ pageSize: 10, continuationToken: first.continuationToken! }), 'invalid');
      expect(sent).to.have.length(1);
    });

    it('searches with the one documented starts_with filter, encoded as the documentation\'s example', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: LIST_CUSTOMERS }));
      const adapter = adapterOn(fetch);
      await adapter.listCustomers({ pageSize: 40, search: { field: 'companyName', text: ' Cont ' } });
      await adapter.listCustomers({ pageSize: 40, search: { field: 'primaryDomain', text: 'cont' } });
      // get-a-customer-by-name.md:96 sends exactly this filter text.
      expect(sent[0]!.url).to.equal(`${BASE}/v1/customers?size=40&filter=%7B%22Field%22%3A%22CompanyName%22%2C%22Value%22%3A%22Cont%22%2C%22Operator%22%3A%22starts_with%22%7D`);
      expect(JSON.parse(new URL(sent[1]!.url).searchParams.get('filter')!)).to.deep.equal({ Field: 'Domain', Value: 'cont', Operator: 'starts_with' });
    });

    it('filters by indirect reseller with the documented filter; the rows are that reseller\'s, with no invented name', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: CUSTOMERS_OF_RESELLER }));
      const page = await adapterOn(fetch).listCustomers({ pageSize: 100, indirectResellerId: INDIRECT_RESELLER_ID });
      expect(JSON.parse(new URL(sent[0]!.url).searchParams.get('filter')!)).to.deep.equal({ Field: 'IndirectReseller', Value: INDIRECT_RESELLER_ID, Operator: 'starts_with' });
      expect(page.items.map((row) => [row.companyName, row.relationship, row.indirectReseller])).to.deep.equal([
        ['FourthCoffee137', 'indirect-reseller', { id: INDIRECT_RESELLER_ID, name: '' }],
        ['Wingtip Toys1254789149', 'indirect-reseller', { id: INDIRECT_RESELLER_ID, name: '' }],
      ]);
    });

    it('maps an associatedPartnerId to an indirect reseller and passes other relationships through', async () => {
      const items = [
        { ...LIST_CUSTOMERS.items[0], associatedPartnerId: 'partner-1' },
        { ...LIST_CUSTOMERS.items[1], relationshipToPartner: 'advisor' },
      ];
      const { fetch } = fakePartnerCenter(() => ({ body: { ...LIST_CUSTOMERS, items } }));
      const page = await adapterOn(fetch).listCustomers({ pageSize: 10 });
      expect(page.items.map((row) => [row.relationship, row.indirectReseller])).to.deep.equal([['indirect-reseller', { id: 'partner-1', name: '' }], ['advisor', undefined]]);
    });

    it('looks a Microsoft ID up with GET /v1/customers/{id}, an unknown one as no rows', async () => {
      const { sent, fetch } = fakePartnerCenter((_method, url) => (url.pathname.endsWith('bf') ? { body: LIST_CUSTOMERS.items[0] } : { status: 404, body: { code: 600039, description: 'Customer not found' } }));
      const adapter = adapterOn(fetch);
      expect((await adapter.listCustomers({ pageSize: 10, search: { field: 'id', text: 'b44bb1fb-c595-45b0-9e09-d657365580bf' } })).items.map((row) => row.id)).to.deep.equal(['b44bb1fb-c595-45b0-9e09-d657365580bf']);
      expect(await adapter.listCustomers({ pageSize: 10, search: { field: 'id', text: 'nobody' } })).to.deep.equal({ items: [], totalCount: 0 });
      expect(sent.map((request) => request.url)).to.deep.equal([`${BASE}/v1/customers/b44bb1fb-c595-45b0-9e09-d657365580bf`, `${BASE}/v1/customers/nobody`]);
    });

    it('refuses, without a request, a sort, a tag or relationship filter and two criteria at once: the API would ignore them', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: LIST_CUSTOMERS }));
      const adapter = adapterOn(fetch);
      await expectAdapterError(adapter.listCustomers({ pageSize: 10, sort: { column: 'companyName', direction: 'asc' } }), 'invalid', 'unsupported');
      await expectAdapterError(adapter.listCustomers({ pageSize: 10, tags: ['VIP'] }), 'invalid', 'unsupported');
      await expectAdapterError(adapter.listCustomers({ pageSize: 10, relationship: 'advisor' }), 'invalid', 'unsupported');
      await expectAdapterError(adapter.listCustomers({ pageSize: 10, search: { field: 'companyName', text: 'a' }, indirectResellerId: INDIRECT_RESELLER_ID }), 'invalid', 'unsupported');
      expect(sent).to.deep.equal([]);
    });
  });

  describe('billing profile', () => {
    it('reads the contact\'s phone and names from defaultAddress', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: BILLING_PROFILE }));
      const profile = await adapterOn(fetch).getBillingProfile('cid');
      expect(sent[0]!.url).to.equal(`${BASE}/v1/customers/cid/profiles/billing`);
      expect(profile).to.deep.equal({
        firstName: 'FirstName', lastName: 'LastName', email: 'email@sample.com', phoneNumber: '4255555555', culture: 'en-US', language: 'en', companyName: 'CompanyName',
        defaultAddress: { country: 'US', city: 'Redmond', state: 'WA', addressLine1: '1 Microsoft Way', postalCode: '98052' },
        etag: '<etag>',
      });
    });

    it('PUTs the whole resource it read with the edits merged in, unknown fields kept, and If-Match quoted', async () => {
      const read = { ...BILLING_PROFILE, customField: { kept: true } };
      const { sent, fetch } = fakePartnerCenter((method) => ({ body: method === 'PUT' ? { ...BILLING_PROFILE, attributes: { ...BILLING_PROFILE.attributes, etag: 'next' } } : read }));
      const adapter = adapterOn(fetch);
      const profile = await adapter.getBillingProfile('cid');
      const saved = await adapter.updateBillingProfile('cid', { ...profile, firstName: 'Ada', phoneNumber: '+48 42 000 00 00', defaultAddress: { ...profile.defaultAddress, city: 'Łódź', addressLine3: 'never sent' } });
      const put = sent[1]!;
      expect(put.method).to.equal('PUT');
      expect(put.url).to.equal(`${BASE}/v1/customers/cid/profiles/billing`);
      expect(put.headers.get('If-Match')).to.equal('"<etag>"');
      expectDocumentedHeaders(put);
      expect(put.body).to.deep.equal({
        ...read,
        firstName: 'Ada',
        defaultAddress: { ...BILLING_PROFILE.defaultAddress, city: 'Łódź', firstName: 'Ada', phoneNumber: '+48 42 000 00 00' },
      });
      expect(saved.etag).to.equal('next');
    });

    it('turns 400 with code 2055 into a conflict carrying the profile read again just after', async () => {
      const current = { ...BILLING_PROFILE, firstName: 'Theirs', attributes: { ...BILLING_PROFILE.attributes, etag: 'theirs' } };
      let reads = 0;
      const { sent, fetch } = fakePartnerCenter((method) => (method === 'PUT' ? { status: 400, body: STALE_ETAG_ERROR } : { body: reads++ === 0 ? BILLING_PROFILE : current }));
      const adapter = adapterOn(fetch);
      const mine = await adapter.getBillingProfile('cid');
      const conflict = await expectAdapterError(adapter.updateBillingProfile('cid', { ...mine, firstName: 'Mine' }), 'conflict', '2055');
      expect(conflict.status).to.equal(400);
      expect((conflict.details as { current: { firstName: string; etag: string } }).current).to.include({ firstName: 'Theirs', etag: 'theirs' });
      expect(sent.map((request) => request.method)).to.deep.equal(['GET', 'PUT', 'GET']);
      expect(sent[2]!.headers.get('MS-CorrelationId'), 'the re-read belongs to the same operation').to.equal(sent[1]!.headers.get('MS-CorrelationId'));
    });
  });

  describe('products', () => {
    it('walks products → SKUs → availabilities through the documented links, once per catalog and country', async () => {
      const { sent, fetch } = fakePartnerCenter((_method, url) => {
        if (url.pathname.endsWith('/availabilities')) return { body: AVAILABILITIES };
        if (url.pathname.endsWith('/skus')) return { body: SKUS };
        return { body: PRODUCTS };
      });
      const adapter = adapterOn(fetch);
      const products = await adapter.listProducts({ catalog: 'azure', country: 'US' });
      expect(sent.map((request) => request.url)).to.deep.equal([
        `${BASE}/v1/products?country=US&targetView=MicrosoftAzure`,
        `${BASE}/v1/products/DZH318Z0BQ3Q/skus?country=US`,
        `${BASE}/v1/products/DZH318Z0BQ5S/skus/0001/availabilities?country=US`,
      ]);
      for (const request of sent) expectDocumentedHeaders(request);
      expect(new Set(sent.map((request) => request.headers.get('MS-CorrelationId'))).size, 'one operation').to.equal(1);
      expect(products).to.deep.equal([{
        id: 'DZH318Z0BQ3Q', title: 'Virtual Machines DSv2 Series', description: PRODUCTS.items[0]!.description, catalog: 'azure',
        skus: [{ id: '0001', title: SKUS.items[0]!.title, description: SKUS.items[0]!.description, minimumQuantity: 1, maximumQuantity: 999999999, billingCycles: ['one-time'], termDurations: ['P1Y'], catalogItemId: 'DZH318Z0BQ3Q:0001:DZH318XZXVNF' }],
      }]);
      expect(await adapter.listProducts({ catalog: 'azure', country: 'US', search: 'dsv2' })).to.have.length(1);
      expect(await adapter.listProducts({ catalog: 'azure', country: 'US', search: 'nothing like it' })).to.deep.equal([]);
      expect(sent, 'served from the cache').to.have.length(3);
    });

    it('maps the catalogs to documented target views, marketplace and online services apart by isMicrosoftProduct', async () => {
      const isv = { ...PRODUCTS.items[0]!, id: 'ISV', isMicrosoftProduct: false };
      const { sent, fetch } = fakePartnerCenter((_method, url) => {
        if (url.pathname.endsWith('/availabilities')) return { body: AVAILABILITIES };
        if (url.pathname.endsWith('/skus')) return { body: SKUS };
        return { body: { ...PRODUCTS, items: [PRODUCTS.items[0], isv] } };
      });
      const adapter = adapterOn(fetch);
      expect((await adapter.listProducts({ catalog: 'marketplace', country: 'PL' })).map((product) => product.id)).to.deep.equal(['ISV']);
      expect((await adapter.listProducts({ catalog: 'online-services', country: 'PL' })).map((product) => product.id)).to.deep.equal(['DZH318Z0BQ3Q']);
      await adapter.listProducts({ catalog: 'software', country: 'PL' });
      const views = sent.filter((request) => new URL(request.url).pathname === '/v1/products').map((request) => new URL(request.url).searchParams.get('targetView'));
      expect(views).to.deep.equal(['OnlineServices', 'OnlineServices', 'Software']);
    });

    it('lists a customer\'s products under the customer, with no country', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: { ...PRODUCTS, items: [] } }));
      await adapterOn(fetch).listProducts({ catalog: 'azure', country: 'US', customerId: 'cid' });
      expect(sent[0]!.url).to.equal(`${BASE}/v1/customers/cid/products?targetView=MicrosoftAzure`);
    });
  });

  describe('orders', () => {
    it('sends the documented request (order-level billingCycle, offerId) and decodes the documented answer, which has no targetView', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ status: 201, body: ORDER }));
      const request = { customerId: 'b0d70a69-4c42-4b27-b17b-91a835d8686a', catalog: 'azure' as const, lineItems: [{ lineItemNumber: 0, offerId: 'DZH318Z0BQ4B:0047:DZH318Z0DSM8', quantity: 1, friendlyName: 'A_sample_Azure_RI', billingCycle: 'one-time' }] };
      const order = await adapterOn(fetch).createOrder(request, undefined, { idempotencyKey: 'double-click-key' });
      expect(sent[0]!.url).to.equal(`${BASE}/v1/customers/b0d70a69-4c42-4b27-b17b-91a835d8686a/orders`);
      expect(sent[0]!.headers.get('MS-RequestId')).to.equal('double-click-key');
      expect(sent[0]!.body).to.deep.equal({
        referenceCustomerId: 'b0d70a69-4c42-4b27-b17b-91a835d8686a',
        billingCycle: 'one_time',
        lineItems: [{ lineItemNumber: 0, offerId: 'DZH318Z0BQ4B:0047:DZH318Z0DSM8', quantity: 1, friendlyName: 'A_sample_Azure_RI' }],
      });
      expect(order).to.deep.equal({
        id: 'Cs_jyTxubLpvdJXdo8xcQZN6I2RsLrgZ1', customerId: 'b0d70a69-4c42-4b27-b17b-91a835d8686a', catalog: 'azure', status: 'pending', creationDate: '2018-03-15T22:30:02.085152Z',
        lineItems: [{ lineItemNumber: 0, offerId: '84A03D81-6B37-4D66-8D4A-FAEA24541538', quantity: 1, friendlyName: 'A_sample_Azure_RI', billingCycle: 'one-time' }],
      });
    });

    it('refuses lines with different billing cycles, which one order cannot carry', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ status: 201, body: ORDER }));
      const lineItems = [{ lineItemNumber: 0, offerId: 'a', quantity: 1, billingCycle: 'monthly' }, { lineItemNumber: 1, offerId: 'b', quantity: 1, billingCycle: 'annual' }];
      await expectAdapterError(adapterOn(fetch).createOrder({ customerId: 'cid', catalog: 'online-services', lineItems }), 'invalid', 'mixed-billing-cycles');
      expect(sent).to.deep.equal([]);
    });
  });

  describe('audit records', () => {
    it('asks GET /v1/auditrecords with dates and one documented filter, and decodes records without ids or originalCorrelationId, null values as empty', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: AUDIT_RECORDS }));
      const adapter = adapterOn(fetch);
      const query = { from: '2017-06-01', to: '2017-06-30', customerId: '0c39d6d5-c70d-4c55-bc02-f620844f3fd1', pageSize: 500 };
      const page = await adapter.listActivity(query);
      const url = new URL(sent[0]!.url);
      expect(url.pathname).to.equal('/v1/auditrecords');
      expect([...url.searchParams.keys()]).to.deep.equal(['startDate', 'endDate', 'filter']);
      expect(url.searchParams.get('startDate')).to.equal('2017-06-01');
      expect(JSON.parse(url.searchParams.get('filter')!)).to.deep.equal({ Field: 'CustomerId', Value: '0c39d6d5-c70d-4c55-bc02-f620844f3fd1', Operator: 'equals' });
      expect(page.items).to.have.length(2);
      const [order, license] = page.items;
      expect(order!.customizedData.at(-1)).to.deep.equal({ key: 'PartnerOnRecord-0', value: '' });
      expect(order!.originalCorrelationId).to.equal('');
      expect(order!.operationType).to.equal('create_order');
      expect(license!.operationType).to.equal('update_customer_user_licenses');
      expect(order!.id).to.not.equal(license!.id);
      const again = await adapter.listActivity(query);
      expect(again.items.map((record) => record.id), 'the same record, the same derived key').to.deep.equal(page.items.map((record) => record.id));
    });

    it('sends one filter and evaluates the other criteria itself', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: AUDIT_RECORDS }));
      const page = await adapterOn(fetch).listActivity({ from: '2017-06-01', to: '2017-06-30', customerName: 'rele', resourceType: 'license', operationTypes: ['update_customer_user_licenses'], pageSize: 500 });
      expect(JSON.parse(new URL(sent[0]!.url).searchParams.get('filter')!)).to.deep.equal({ Field: 'ResourceType', Value: 'license', Operator: 'equals' });
      expect(page.items.map((record) => record.resourceType)).to.deep.equal(['license']);
    });
  });

  describe('throttling and errors', () => {
    it('waits out a 429 and retries with the same MS-RequestId and MS-CorrelationId', async () => {
      const { sent, fetch } = fakePartnerCenter((_method, _url, log) => (log.length === 1 ? { status: 429, body: THROTTLED, headers: { 'Retry-After': '0' } } : { body: LIST_CUSTOMERS }));
      const retries: number[] = [];
      const page = await adapterOn(fetch, { retry: { retries: 2 }, onRetry: ({ delayMs }) => retries.push(delayMs) }).listCustomers({ pageSize: 40 });
      expect(page.items).to.have.length(2);
      expect(retries).to.deep.equal([0]);
      expect(sent).to.have.length(2);
      expect(sent[1]!.headers.get('MS-RequestId')).to.equal(sent[0]!.headers.get('MS-RequestId'));
      expect(sent[1]!.headers.get('MS-CorrelationId')).to.equal(sent[0]!.headers.get('MS-CorrelationId'));
    });

    it('reports the documented 429 with its wait and message when it does not retry', async () => {
      const { fetch } = fakePartnerCenter(() => ({ status: 429, body: THROTTLED, headers: { 'Retry-After': '57' } }));
      const error = await expectAdapterError(adapterOn(fetch).listCustomers({ pageSize: 40 }), 'throttled');
      expect(error.retryAfterMs).to.equal(57_000);
      expect(error.reason).to.equal(THROTTLED.message);
    });

    it('reads a numeric error code as text', async () => {
      const { fetch } = fakePartnerCenter(() => ({ status: 403, body: { code: 400036, description: 'Access to the requested targetView is not allowed.', data: [], source: 'PartnerFD' } }));
      const error = await expectAdapterError(adapterOn(fetch).listProducts({ catalog: 'software', country: 'US' }), 'forbidden', '400036');
      expect(error.reason).to.equal('Access to the requested targetView is not allowed.');
    });

    it('sends nothing to a tags route: the tag methods reject as unsupported', async () => {
      const { sent, fetch } = fakePartnerCenter(() => ({ body: {} }));
      const adapter = adapterOn(fetch);
      for (const call of [adapter.listTags(), adapter.createTag('VIP'), adapter.renameTag('a', 'b'), adapter.deleteTag('a'), adapter.countTags({ mode: 'some', keys: [] })]) {
        const error = await expectAdapterError(call, 'invalid', 'unsupported');
        expect(error).to.be.instanceOf(AdapterError);
      }
      expect(sent).to.deep.equal([]);
      expect(adapter.capabilities.tags).to.equal(false);
    });
  });
});
