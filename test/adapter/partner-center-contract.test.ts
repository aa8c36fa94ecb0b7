/**
 * The adapter contract suite over PartnerCenterAdapter on the fake Partner Center written from the documentation
 * (mocks/partner-center). The suite does not read capabilities yet: the tests that ask for what Partner Center's
 * API does not do (PARTNER_CENTER_CAPABILITIES) are skipped by title, each with its reason; everything else runs.
 */
import { mochaHooks } from '../support/browser/contract-hooks.js';
import type { CustomerAdapter } from '../../src/adapter/customer-adapter.js';
import { PartnerCenterAdapter } from '../../src/adapter/partner-center/partner-center-adapter.js';
import type { ActivityRecord } from '../../src/model/activity.js';
import { mockAuthHeaders, MOCK_USERS } from '../../mocks/browser.js';
import { partnerCenterMock, startPartnerCenterMock } from '../../mocks/partner-center/browser.js';
import { describeAdapterContract } from '../../src/testing/index.js';

/** Contract tests stating what the API cannot do, by their full title (mocha joins the levels with spaces), with why. */
const NOT_PARTNER_CENTER: readonly [RegExp, string][] = [
  [/ paging lists every (row|record) .*with page size/, 'totals: totalCount counts the page (get-a-collection-of-invoices.md), never the whole result'],
  [/ search reports the count of matching rows/, 'totals: totalCount counts the page'],
  [/contract paging returns copies: changing a returned row/, 'tags: a customer carries none in the API'],
  [/ paging returns copies: changing a returned record/, 'audit records carry no originalCorrelationId (auditing-resources.md)'],
  [/ dual-role customers /, 'GET /v1/customers/{id} answers ONE Customer (get-a-customer-by-id.md), so an ID lookup finds one relationship'],
  [/ billing profiles shows a saved company name in the customer list, on every row/, 'the ID lookup answers one Customer (one row of a dual-role customer)'],
  [/ search matches a case-insensitive prefix of the company name/, 'sort: the API has no sort parameter (the test sorts)'],
  [/contract filters (keeps rows carrying|matches a tag|filters by relationship|combines search and filters)/, 'filters: only one starts_with filter, no tag or relationship filter'],
  [/contract sort /, 'sort: the API has no sort parameter'],
  [/contract (tags|assigning tags) /, 'tags: no documented tag resource; tags live in a TagStore'],
  [/ roles refuses every tag change/, 'tags: no documented tag resource'],
  [/ abort does not apply a change aborted before it reached the data/, 'tags: the test reads the tag set back'],
  [/ products and orders lists the products one customer may buy, refusing a catalog/, 'marketplace and online services share the OnlineServices target view: a refusal (403 400036) covers the view, not one of our catalogs'],
  [/ products and orders validates quantities/, 'error codes: the service answers numeric codes, not the model\'s quantity codes'],
  [/ products and orders refuses an offer from another catalog/, 'an order names no catalog (create-an-order.md): the offer id decides it'],
  [/ period (reaches back exactly 90 days|moves the 90 days)/, 'startDate is a date and the 90-day limit is the service\'s 400 with a numeric code, not older-than-retention'],
  [/ filters and order (orders oldest first|pages through a filtered, ordered)/, 'activitySort: records come newest first only'],
  [/ changes made through the adapter /, 'activitySort: the test lists the day\'s records oldest first'],
  // The capability gates expect a source to refuse what it does not state; this adapter sends one documented filter
  // and applies the rest to the records it got (issue 26), so it answers instead of refusing.
  [/ filters and order (keeps any of several operation types|combines every filter)/, 'one audit filter per request: the adapter applies the other criteria to the records it got'],
];

before(async () => {
  await startPartnerCenterMock();
});

beforeEach(function () {
  const title = this.currentTest?.fullTitle() ?? '';
  if (NOT_PARTNER_CENTER.some(([pattern]) => pattern.test(title))) this.skip();
});

/**
 * Audit records carry no id, so the adapter derives a key; the suite names records by the fixture's ids. This
 * gives each record the id of the fixture record it was made from (same date, operation and customer), so the
 * suite's assertions on which records came back, and in what order, still hold.
 */
function withFixtureIds(adapter: PartnerCenterAdapter, fixture: readonly ActivityRecord[]): CustomerAdapter {
  const idOf = (record: ActivityRecord) =>
    fixture.find((known) => known.operationDate === record.operationDate && known.operationType === record.operationType && known.customerId === record.customerId)?.id ?? record.id;
  const listActivity: CustomerAdapter['listActivity'] = async (request, signal) => {
    const page = await adapter.listActivity(request, signal);
    return { ...page, items: page.items.map((record) => ({ ...record, id: idOf(record) })) };
  };
  return new Proxy(adapter, { get: (target, key) => (key === 'listActivity' ? listActivity : Reflect.get(target, key, target)) });
}

describeAdapterContract(mochaHooks, 
  'PartnerCenterAdapter over the fake Partner Center',
  (fixture, { agentRole, now }) => {
    partnerCenterMock.reset({ data: fixture, ...(now ? { now } : {}) });
    const adapter = new PartnerCenterAdapter({ baseUrl: '/partner-center', headers: mockAuthHeaders(agentRole), retry: { retries: 0 } });
    return withFixtureIds(adapter, fixture.activity ?? []);
  },
  { actingUser: MOCK_USERS['admin-agent'] },
);
