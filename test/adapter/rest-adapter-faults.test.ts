/** RestAdapter against a misbehaving API: throttling, failures, malformed bodies, conflicts, hostile links. */
import { expect } from '@open-wc/testing';
import { RestAdapter, type RestAdapterOptions } from '../../src/adapter/rest/rest-adapter.js';
import type { RetryInfo } from '../../src/adapter/rest/http-client.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../mocks/browser.js';
import { expectAbortError, expectAdapterError, validProfile, contractFixture, IDS } from '../../src/testing/index.js';

const FAST_RETRIES = { retries: 3, baseDelayMs: 1, maxDelayMs: 5 };

function adapter(options: RestAdapterOptions = {}): RestAdapter {
  return new RestAdapter({ headers: mockAuthHeaders('admin-agent'), retry: FAST_RETRIES, ...options });
}

const statuses = () => mockApi.requests.map((request) => request.status);

/** A fetch answering every request with this JSON body, for responses the mock never gives. */
function fetchAnswering(body: unknown): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('RestAdapter under faults', () => {
  before(async () => {
    await startMockWorker();
  });

  beforeEach(() => {
    mockApi.reset({ data: contractFixture() });
  });

  describe('throttling (429)', () => {
    it('waits as long as Retry-After says, then succeeds', async () => {
      mockApi.configure({ throttle: { requests: 1, retryAfterSeconds: 1 } });
      const retries: RetryInfo[] = [];
      const tags = await adapter({ onRetry: (info) => retries.push(info) }).listTags();
      expect(tags).to.include('VIP');
      // The wait itself is delay()'s, tested on a fake clock (delay.test.ts): no stopwatch here.
      expect(retries.map((info) => [info.attempt, info.delayMs, info.error.kind])).to.deep.equal([[1, 1000, 'throttled']]);
      expect(statuses()).to.deep.equal([429, 200]);
    });

    it('retries a throttled POST too, since the server did not process it', async () => {
      mockApi.configure({ throttle: { requests: 2, retryAfterSeconds: 0 } });
      expect(await adapter().createTag('After throttle')).to.equal('After throttle');
      expect(statuses()).to.deep.equal([429, 429, 201]);
    });

    it('stops at once when aborted during the back-off', async () => {
      mockApi.configure({ throttle: { requests: 1, retryAfterSeconds: 30 } });
      const controller = new AbortController();
      // Aborted while it waits out the 30 s: an adapter that kept waiting would answer after the retry (or time
      // the test out), not reject with an AbortError having sent one request.
      const pending = adapter({ onRetry: () => controller.abort() }).listCustomers({ pageSize: 10 }, controller.signal);
      await expectAbortError(pending);
      expect(statuses()).to.deep.equal([429]);
    });

    it('gives up with a throttled error carrying the wait when the server asks for too long', async () => {
      mockApi.configure({ throttle: { requests: 1, retryAfterSeconds: 120 } });
      const error = await expectAdapterError(adapter().listTags(), 'throttled');
      expect(error.retryAfterMs).to.equal(120_000);
      expect(error.status).to.equal(429);
    });

    it('gives up after the configured number of retries', async () => {
      mockApi.configure({ throttle: { requests: 10, retryAfterSeconds: 0 } });
      await expectAdapterError(adapter({ retry: { ...FAST_RETRIES, retries: 2 } }).listTags(), 'throttled');
      expect(statuses()).to.deep.equal([429, 429, 429]);
    });
  });

  describe('server errors (5xx)', () => {
    it('retries an idempotent GET with back-off', async () => {
      mockApi.configure({ status: { tags: 503 } });
      await expectAdapterError(adapter().listTags(), 'server');
      expect(statuses()).to.deep.equal([503, 503, 503, 503]);
    });

    it('never retries a POST after a 500, and says the server failed', async () => {
      mockApi.configure({ status: { tags: 500 } });
      const error = await expectAdapterError(adapter().createTag('Once'), 'server');
      expect(error.status).to.equal(500);
      expect(statuses()).to.deep.equal([500]);
    });

    it('never retries an order after a 500', async () => {
      mockApi.configure({ status: { orders: 500 } });
      await expectAdapterError(adapter().createOrder({ customerId: IDS.lodz, catalog: 'azure', lineItems: [] }), 'server');
      expect(statuses()).to.deep.equal([500]);
    });
  });

  describe('broken responses', () => {
    it('reports malformed JSON as invalid', async () => {
      mockApi.configure({ malformedBody: ['customers'] });
      const error = await expectAdapterError(adapter().listCustomers({ pageSize: 10 }), 'invalid', 'bad-response');
      expect(error.message).to.contain('malformed JSON');
    });

    it('names the missing field of a response', async () => {
      const body = { totalCount: 1, items: [{ id: 'a', companyProfile: { companyName: 'Contoso' }, relationshipToPartner: 'reseller' }] };
      const error = await expectAdapterError(adapter({ fetch: fetchAnswering(body) }).listCustomers({ pageSize: 10 }), 'invalid');
      expect(error.message).to.contain('customers.items[0].companyProfile.domain must be a string, got undefined');
    });

    it('refuses a next-page link to another origin, which would receive the auth token', async () => {
      const body = { totalCount: 2, items: [], links: { next: { uri: 'https://evil.example/v1/customers', method: 'GET', headers: [] } } };
      const rest = adapter({ fetch: fetchAnswering(body) });
      const first = await rest.listCustomers({ pageSize: 1 });
      const error = await expectAdapterError(rest.listCustomers({ pageSize: 1, continuationToken: first.continuationToken! }), 'invalid');
      expect(error.message).to.contain('another origin');
    });

    it('reports a dropped connection as a network error, after retrying a GET', async () => {
      mockApi.configure({ networkFailure: ['tags'] });
      await expectAdapterError(adapter({ retry: { ...FAST_RETRIES, retries: 1 } }).listTags(), 'network');
      expect(statuses()).to.deep.equal([0, 0]);
    });

    it('reports an unknown token as unauthorized', async () => {
      await expectAdapterError(adapter({ headers: { Authorization: 'Bearer expired' } }).listTags(), 'unauthorized');
    });
  });

  describe('conflicts', () => {
    it('turns a 412 into a conflict carrying the server\'s current profile', async () => {
      const rest = adapter();
      const mine = await rest.getBillingProfile(IDS.northwind);
      await rest.updateBillingProfile(IDS.northwind, { ...validProfile(mine), firstName: 'Theirs' });
      const error = await expectAdapterError(rest.updateBillingProfile(IDS.northwind, { ...validProfile(mine), firstName: 'Mine' }), 'conflict');
      expect(error.status).to.equal(412);
      expect((error.details as { current: { firstName: string } }).current.firstName).to.equal('Theirs');
      const puts = mockApi.requests.filter((request) => request.method === 'PUT');
      expect(puts.map((request) => request.headers['if-match'])).to.deep.equal([`"${mine.etag}"`, `"${mine.etag}"`]);
    });
  });

  describe('what reaches the API', () => {
    it('refuses an over-long search before sending anything (regression: a 20 000-character search sent 20–100 kB URLs)', async () => {
      await expectAdapterError(adapter().listCustomers({ pageSize: 10, search: { field: 'companyName', text: 'x'.repeat(20_000) } }), 'invalid', 'search-too-long');
      expect(mockApi.requests).to.have.length(0);
    });

    it('follows links.next with the MS-ContinuationToken header it carries', async () => {
      const rest = adapter();
      const first = await rest.listCustomers({ pageSize: 3, search: { field: 'companyName', text: 'c' } });
      expect(first.continuationToken).to.be.a('string');
      const second = await rest.listCustomers({ pageSize: 3, search: { field: 'companyName', text: 'c' }, continuationToken: first.continuationToken! });
      expect([first.items.length, second.items.length, second.continuationToken]).to.deep.equal([3, 1, undefined]);
      const [one, two] = mockApi.requests;
      expect(one!.url).to.equal('/v1/customers?size=3&filter=' + encodeURIComponent('{"Field":"CompanyName","Value":"c","Operator":"starts_with"}'));
      expect(two!.url).to.equal(one!.url);
      expect(two!.headers['ms-continuationtoken']).to.be.a('string').and.not.equal('');
    });

    it('looks a Microsoft ID up with GET /v1/customers/{id}', async () => {
      const rows = await adapter().listCustomers({ pageSize: 10, search: { field: 'id', text: IDS.northwind } });
      expect(rows.items.map((row) => row.companyName)).to.deep.equal(['Northwind Traders']);
      expect(mockApi.requests.map((request) => request.url)).to.deep.equal([`/v1/customers/${IDS.northwind}`]);
    });

    it('sends the idempotency key of an order as MS-RequestId', async () => {
      const order = { customerId: IDS.lodz, catalog: 'azure' as const, lineItems: [{ lineItemNumber: 0, offerId: contractFixture().products[0]!.skus[0]!.catalogItemId, quantity: 1 }] };
      await adapter().createOrder(order, undefined, { idempotencyKey: 'order-key-1' });
      expect(mockApi.requests[0]!.headers['ms-requestid']).to.equal('order-key-1');
    });

    it('asks the headers function again for every request, so a token can be refreshed', async () => {
      let calls = 0;
      const rest = adapter({ headers: () => ((calls += 1), mockAuthHeaders('admin-agent')) });
      await rest.listTags();
      await rest.listTags();
      expect(calls).to.equal(2);
    });
  });

  describe('the mock API itself', () => {
    it('answers a page fetched by hand, as a host page would', async () => {
      mockApi.reset({ rows: 1200, seed: 3 });
      const body = await (await fetch('/v1/customers?size=500')).json();
      expect(body.items).to.have.length(500);
      expect(body.totalCount).to.equal(1200);
      expect(body.links.next.headers[0].key).to.equal('MS-ContinuationToken');
    });

    it('caps pages at 500', async () => {
      mockApi.reset({ rows: 800 });
      const body = await (await fetch('/v1/customers?size=5000')).json();
      expect(body.items).to.have.length(500);
    });

    for (const [what, query, code] of [
      ['malformed filter JSON', 'size=10&filter=%7Bnot-json', 'bad-filter'],
      ['an unknown filter field', `size=10&filter=${encodeURIComponent('{"Field":"Country","Value":"PL","Operator":"starts_with"}')}`, 'bad-filter'],
      ['an unknown operator', `size=10&filter=${encodeURIComponent('{"Field":"CompanyName","Value":"a","Operator":"contains"}')}`, 'bad-filter'],
      ['a missing page size', 'filter=', 'bad-page-size'],
      ['an unknown sort column', 'size=10&sort=country:asc', 'bad-sort'],
      ['a search longer than 256 characters', `size=10&filter=${encodeURIComponent(JSON.stringify({ Field: 'CompanyName', Value: 'a'.repeat(257), Operator: 'starts_with' }))}`, 'search-too-long'],
    ] as const) {
      it(`refuses ${what} with 400`, async () => {
        const response = await fetch(`/v1/customers?${query}`);
        expect(response.status).to.equal(400);
        expect((await response.json()).code).to.equal(code);
      });
    }

    it('refuses an update without If-Match (428) and a tag over 50 characters (400)', async () => {
      const put = await fetch(`/v1/customers/${IDS.northwind}/profiles/billing`, { method: 'PUT', body: '{}' });
      expect(put.status).to.equal(428);
      const post = await fetch('/v1/tags', { method: 'POST', body: JSON.stringify({ name: 'x'.repeat(51) }) });
      expect([post.status, (await post.json()).code]).to.deep.equal([400, 'too-long']);
    });

    it('refuses tag changes to a sales agent with 403', async () => {
      const response = await fetch('/v1/tags', { method: 'POST', headers: mockAuthHeaders('sales-agent'), body: JSON.stringify({ name: 'New' }) });
      expect(response.status).to.equal(403);
    });

    it('answers an unknown customer with 404', async () => {
      expect((await fetch('/v1/customers/00000000-0000-4000-8000-000000000000')).status).to.equal(404);
    });

    it('adds latency on request', async () => {
      mockApi.configure({ latencyMs: 300 });
      expect((await fetch('/v1/tags')).status).to.equal(200);
      expect(mockApi.requests.map((request) => request.latencyMs)).to.deep.equal([300]);
    });

    it('fails a seeded share of requests with an error rate', async () => {
      mockApi.configure({ errorRate: 0.5 });
      const results: number[] = [];
      for (let i = 0; i < 20; i++) results.push((await fetch('/v1/tags')).status);
      const failures = results.filter((status) => status === 500).length;
      expect(failures).to.be.within(4, 16);
      mockApi.reset({ data: contractFixture() });
      mockApi.configure({ errorRate: 0.5 });
      const again: number[] = [];
      for (let i = 0; i < 20; i++) again.push((await fetch('/v1/tags')).status);
      expect(again, 'the same seed fails the same requests').to.deep.equal(results);
    });
  });
});
