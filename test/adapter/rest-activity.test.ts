/** RestAdapter.listActivity on the wire, and the mock API's `GET /v1/auditrecords` validating as the real one. */
import { expect } from '@open-wc/testing';
import { RestAdapter, type RestAdapterOptions } from '../../src/adapter/rest/rest-adapter.js';
import type { ListActivityRequest } from '../../src/adapter/customer-adapter.js';
import { daysAgo, defaultPeriod } from '../../src/model/activity.js';
import { MOCK_ROUTES } from '../../mocks/api/routes.js';
import { MOCK_USERS, mockApi, mockAuthHeaders, startMockWorker } from '../../mocks/browser.js';
import { expectAdapterError, validProfile, ACTIVITY_NOW, activityFixture, contractFixture, IDS } from '../../src/testing/index.js';

const FAST_RETRIES = { retries: 3, baseDelayMs: 1, maxDelayMs: 5 };
const TODAY = ACTIVITY_NOW.toISOString().slice(0, 10);
const PERIOD = { from: daysAgo(30, ACTIVITY_NOW), to: TODAY };

function adapter(options: RestAdapterOptions = {}): RestAdapter {
  return new RestAdapter({ headers: mockAuthHeaders('admin-agent'), retry: FAST_RETRIES, ...options });
}

const statuses = () => mockApi.requests.map((request) => request.status);
/** The query of the n-th request that reached the mock, as [name, value] pairs in order. */
const sentParams = (n = 0) => [...new URL(mockApi.requests[n]!.url, location.origin).searchParams];

/** A fetch answering every request with this JSON body, for responses the mock never gives. */
function fetchAnswering(body: unknown): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** A well-formed wire record, to break one field at a time. */
const wireRecord = () => ({
  id: 'a1',
  operationDate: '2026-11-20T11:00:00.0000000Z',
  operationType: 'create_order',
  operationStatus: 'Succeeded',
  customerId: IDS.contoso,
  customerName: 'Contoso Ltd',
  resourceType: 'order',
  userPrincipalName: 'megan.bowen@partner.example',
  resourceNewValue: '{"id":"o1"}',
  customizedData: [{ key: 'OrderId', value: 'o1' }],
  originalCorrelationId: 'c1',
  attributes: { objectType: 'AuditRecord' },
});

const list = (rest: RestAdapter, request: Partial<ListActivityRequest> = {}) => rest.listActivity({ ...PERIOD, pageSize: 50, ...request });

describe('RestAdapter.listActivity', () => {
  before(async () => {
    await startMockWorker();
  });

  beforeEach(() => {
    mockApi.reset({ data: { ...contractFixture(), activity: activityFixture() }, now: () => ACTIVITY_NOW });
  });

  describe('what reaches the API', () => {
    it('sends the period and the page size, and no filter when there is none', async () => {
      await list(adapter());
      expect(mockApi.requests.map((request) => request.route)).to.deep.equal(['activity']);
      expect(new URL(mockApi.requests[0]!.url, location.origin).pathname).to.equal('/v1/auditrecords');
      expect(sentParams()).to.deep.equal([['startDate', PERIOD.from], ['endDate', TODAY], ['size', '50']]);
    });

    it('puts a company name in the API\'s filter, trimmed, with the substring operator', async () => {
      await list(adapter(), { customerName: '  Contoso ' });
      expect(sentParams()).to.deep.include(['filter', '{"Field":"CompanyName","Value":"Contoso","Operator":"substring"}']);
    });

    it('puts a customer ID in the filter in preference to a name, which goes as this API\'s parameter', async () => {
      const page = await list(adapter(), { customerId: IDS.contoso, customerName: 'ltd' });
      expect(sentParams().slice(3)).to.deep.equal([
        ['filter', `{"Field":"CustomerId","Value":"${IDS.contoso}","Operator":"equals"}`],
        ['customerName', 'ltd'],
      ]);
      expect(page.items.map((record) => record.id.slice(-2))).to.deep.equal(['01']);
    });

    it('sends a resource type as the filter alone, or as a parameter beside another filter', async () => {
      await list(adapter(), { resourceType: 'tag' });
      expect(sentParams().slice(3)).to.deep.equal([['filter', '{"Field":"ResourceType","Value":"tag","Operator":"equals"}']]);
      await list(adapter(), { customerName: 'contoso', resourceType: 'customer' });
      expect(sentParams(1).slice(3)).to.deep.equal([['filter', '{"Field":"CompanyName","Value":"contoso","Operator":"substring"}'], ['resourceType', 'customer']]);
    });

    it('sends operation types as repeated parameters and the order as sort=operationDate', async () => {
      const page = await list(adapter(), { operationTypes: ['create_order', 'rename_tag'], sort: 'asc' });
      expect(sentParams().slice(3)).to.deep.equal([['operationType', 'create_order'], ['operationType', 'rename_tag'], ['sort', 'operationDate:asc']]);
      expect(page.items.map((record) => record.id.slice(-2))).to.deep.equal(['05', '11', '01']);
    });

    it('asks for at most 500 records a page, as the server caps pages', async () => {
      await list(adapter(), { pageSize: 5000 });
      expect(sentParams()).to.deep.include(['size', '500']);
    });

    it('follows links.next with the MS-ContinuationToken header it carries', async () => {
      const rest = adapter();
      const first = await list(rest, { pageSize: 3 });
      const second = await list(rest, { pageSize: 3, continuationToken: first.continuationToken! });
      expect([first.items.length, second.items.length, first.totalCount]).to.deep.equal([3, 3, 7]);
      const [one, two] = mockApi.requests;
      expect(two!.url).to.equal(one!.url);
      expect(one!.headers['ms-continuationtoken']).to.equal(undefined);
      expect(two!.headers['ms-continuationtoken']).to.be.a('string').and.not.equal('');
    });

    it('refuses a customer list\'s continuation token, and an over-long name filter, before sending anything', async () => {
      const rest = adapter();
      const customers = await rest.listCustomers({ pageSize: 2 });
      mockApi.requests.length = 0;
      await expectAdapterError(list(rest, { continuationToken: customers.continuationToken! }), 'invalid', 'bad-token');
      await expectAdapterError(list(rest, { customerName: 'x'.repeat(20_000) }), 'invalid', 'search-too-long');
      expect(mockApi.requests).to.have.length(0);
    });
  });

  describe('errors', () => {
    it('turns a 400 into invalid with the server\'s code, without retrying', async () => {
      const error = await expectAdapterError(list(adapter(), { from: daysAgo(91, ACTIVITY_NOW) }), 'invalid', 'older-than-retention');
      expect(error.status).to.equal(400);
      expect(error.reason).to.contain('90 days');
      expect(statuses()).to.deep.equal([400]);
    });

    it('turns a 403 into forbidden', async () => {
      const error = await expectAdapterError(list(adapter({ headers: mockAuthHeaders('sales-agent') })), 'forbidden');
      expect(error.status).to.equal(403);
    });

    it('waits out throttling (429) and retries a failed read (5xx)', async () => {
      mockApi.configure({ throttle: { requests: 1, retryAfterSeconds: 0, routes: ['activity'] } });
      expect((await list(adapter())).totalCount).to.equal(7);
      mockApi.configure({ status: { activity: 503 } });
      await expectAdapterError(list(adapter()), 'server');
      expect(statuses()).to.deep.equal([429, 200, 503, 503, 503, 503]);
    });

    it('reports malformed JSON as invalid', async () => {
      mockApi.configure({ malformedBody: ['activity'] });
      const error = await expectAdapterError(list(adapter()), 'invalid', 'bad-response');
      expect(error.message).to.contain('malformed JSON');
    });

    it('names a missing or mistyped field of a record', async () => {
      for (const [field, value, message] of [
        ['userPrincipalName', undefined, 'auditRecords.items[0].userPrincipalName must be a string, got undefined'],
        ['customerId', undefined, 'auditRecords.items[0].customerId must be a string, got undefined'],
        ['operationDate', 'yesterday', 'auditRecords.items[0].operationDate is not a date'],
        ['operationStatus', 'done', 'auditRecords.items[0].operationStatus is not a known status'],
        ['customizedData', [{ key: 'OrderId' }], 'auditRecords.items[0].customizedData[0].value must be a string, got undefined'],
        ['resourceNewValue', { id: 'o1' }, 'auditRecords.items[0].resourceNewValue must be a string, got object'],
      ] as const) {
        const body = { totalCount: 1, items: [{ ...wireRecord(), [field]: value }] };
        const error = await expectAdapterError(list(adapter({ fetch: fetchAnswering(body) })), 'invalid', 'bad-response');
        expect(error.message, field).to.contain(message);
      }
      await expectAdapterError(list(adapter({ fetch: fetchAnswering({ totalCount: 1 }) })), 'invalid', 'bad-response');
    });

    it('reads a partner-wide record\'s null customer as empty, and a status in any letter case', async () => {
      const body = { totalCount: 1, items: [{ ...wireRecord(), customerId: null, customerName: null, resourceOldValue: null, customizedData: null }] };
      const [record] = (await list(adapter({ fetch: fetchAnswering(body) }))).items;
      expect(record).to.deep.equal({
        id: 'a1',
        operationDate: '2026-11-20T11:00:00.0000000Z',
        operationType: 'create_order',
        operationStatus: 'succeeded',
        customerId: '',
        customerName: '',
        resourceType: 'order',
        userPrincipalName: 'megan.bowen@partner.example',
        resourceNewValue: '{"id":"o1"}',
        customizedData: [],
        originalCorrelationId: 'c1',
      });
    });
  });
});

describe('the mock API\'s GET /v1/auditrecords', () => {
  before(async () => {
    await startMockWorker();
  });

  beforeEach(() => {
    mockApi.reset({ data: { ...contractFixture(), activity: activityFixture() }, now: () => ACTIVITY_NOW });
  });

  const get = async (query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`/v1/auditrecords?${query}`, { headers });
    return { status: response.status, body: await response.json() };
  };
  const filter = (value: unknown) => `filter=${encodeURIComponent(JSON.stringify(value))}`;

  for (const [what, query, code] of [
    ['malformed filter JSON', 'size=10&filter=%7Bnot-json', 'bad-filter'],
    ['an unknown filter field', `size=10&${filter({ Field: 'Domain', Value: 'x', Operator: 'equals' })}`, 'bad-filter'],
    ['the wrong operator for a field', `size=10&${filter({ Field: 'CompanyName', Value: 'x', Operator: 'equals' })}`, 'bad-filter'],
    ['a filter value that is not text', `size=10&${filter({ Field: 'CustomerId', Value: 42, Operator: 'equals' })}`, 'bad-filter'],
    ['a criterion given twice', `size=10&${filter({ Field: 'ResourceType', Value: 'tag', Operator: 'equals' })}&resourceType=order`, 'bad-filter'],
    ['a missing page size', 'startDate=2026-11-01', 'bad-page-size'],
    ['an unknown sort', 'size=10&sort=customerName:asc', 'bad-sort'],
    ['an unreadable date', 'size=10&startDate=yesterday', 'bad-date'],
    ['an end before the start', `size=10&startDate=${TODAY}&endDate=${daysAgo(1, ACTIVITY_NOW)}`, 'start-after-end'],
    ['a start older than 90 days', `size=10&startDate=${daysAgo(91, ACTIVITY_NOW)}`, 'older-than-retention'],
  ] as const) {
    it(`refuses ${what} with 400`, async () => {
      const { status, body } = await get(query);
      expect([status, body.code]).to.deep.equal([400, code]);
      expect(body.description).to.be.a('string').and.not.equal('');
    });
  }

  it('refuses a sales agent with 403', async () => {
    expect((await get('size=10', mockAuthHeaders('sales-agent'))).status).to.equal(403);
  });

  it('serves the last 30 days, today included, when no dates are given', async () => {
    const { status, body } = await get('size=100');
    expect(status).to.equal(200);
    expect(body.items.map((record: { id: string }) => record.id.slice(-2))).to.deep.equal(['01', '02', '11', '03', '04', '05', '06']);
    expect(defaultPeriod(ACTIVITY_NOW).from).to.equal(daysAgo(30, ACTIVITY_NOW));
  });

  it('answers in the wire format: null for a partner-wide customer, with the collection\'s attributes', async () => {
    const { body } = await get(`size=100&${filter({ Field: 'ResourceType', Value: 'tag', Operator: 'equals' })}`);
    expect(body.attributes).to.deep.equal({ objectType: 'Collection' });
    expect(body.items.map((record: Record<string, unknown>) => [record.customerId, record.customerName, record.attributes])).to.deep.equal([
      [null, null, { objectType: 'AuditRecord' }],
      [null, null, { objectType: 'AuditRecord' }],
    ]);
  });

  it('is a route faults can be aimed at', async () => {
    expect(MOCK_ROUTES).to.include('activity');
    mockApi.configure({ status: { activity: 500 } });
    expect((await get('size=10')).status).to.equal(500);
    expect((await fetch('/v1/tags')).status).to.equal(200);
  });

  it('records every change made through it as the user of the caller\'s token', async () => {
    const sales = adapter({ headers: mockAuthHeaders('sales-agent') });
    const profile = await sales.getBillingProfile(IDS.northwind);
    await sales.updateBillingProfile(IDS.northwind, { ...validProfile(profile), firstName: 'Sales' });
    await adapter().createTag('By admin');
    await fetch('/v1/tags', { method: 'POST', body: JSON.stringify({ name: 'By the default agent' }) });
    const { items } = await list(adapter(), { from: TODAY, operationTypes: ['update_customer_billing_profile', 'create_tag'], sort: 'asc' });
    const fresh = items.filter((record) => record.operationDate === ACTIVITY_NOW.toISOString());
    expect(fresh.map((record) => [record.operationType, record.userPrincipalName])).to.deep.equal([
      ['update_customer_billing_profile', MOCK_USERS['sales-agent']],
      ['create_tag', MOCK_USERS['admin-agent']],
      ['create_tag', MOCK_USERS['admin-agent']],
    ]);
  });

  it('serves a generated history after a reset, as many records as asked', async () => {
    mockApi.reset({ rows: 50, seed: 3, activityRecords: 120 });
    const { body } = await get(`size=500&startDate=${daysAgo(90)}`);
    expect(body.totalCount).to.equal(120);
    mockApi.reset({ rows: 50, seed: 3 });
    expect((await get(`size=500&startDate=${daysAgo(90)}`)).body.totalCount, 'three per row by default').to.equal(150);
  });
});
