/**
 * What an agent just did shows in <activity-log>: changes made through a MemoryAdapter, and through the mock REST
 * API, each appear as a record whose expanded details say what it was before and after. (That the adapters
 * record them is the contract suite's; this is the element showing it.)
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import type { CustomerAdapter } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import { rowKey } from '../../../src/model/customer.js';
import { MOCK_USERS, mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { validProfile, contractFixture, IDS, OFFERS } from '../../../src/testing/index.js';
import { click } from '../../support/browser/input.js';
import { cellText, dataRows, disclosure, mountLog, shadow, DRAWN_DETAILS } from './log-harness.js';

/** The one row whose Action reads `action`, expanded by a click, with its details' lines and facts. */
async function expandRecord(log: ActivityLog, action: string): Promise<{ row: HTMLElement; changes: string[][]; facts: string[][] }> {
  const rows = dataRows(log).filter((candidate) => cellText(candidate, 'operationType') === action);
  expect(rows, `one "${action}" record`).to.have.length(1);
  const row = rows[0]!;
  await click(disclosure(row));
  await log.updateComplete;
  await waitUntil(() => row.querySelector(DRAWN_DETAILS), `the details of "${action}"`, { timeout: 20_000 });
  const details = row.querySelector<HTMLElement>('[part=details]')!;
  const changes = [...details.querySelectorAll('.changes tbody tr')].map((line) => [...line.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
  const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
  const facts = [...details.querySelectorAll('.facts dt')].map((term) => [text(term), text(term.nextElementSibling!)]);
  return { row, changes, facts };
}

/** Makes every change the activity log records, through the adapter, and returns what the test compares. */
async function changeEverything(adapter: CustomerAdapter) {
  const profile = await adapter.getBillingProfile(IDS.northwind);
  await adapter.updateBillingProfile(IDS.northwind, { ...validProfile(profile), firstName: 'Ada' });
  const order = await adapter.createOrder({ customerId: IDS.lodz, catalog: 'online-services', lineItems: [{ lineItemNumber: 0, offerId: OFFERS.businessBasic, quantity: 3 }] });
  await adapter.createTag('Renewal Q1');
  await adapter.renameTag('Renewal Q1', 'Renewal Q2');
  await adapter.deleteTag('Renewal Q2');
  await adapter.assignTags({ target: { mode: 'some', keys: [rowKey({ id: IDS.northwind, relationship: 'cloud-reseller' })] }, add: ['Gov'], remove: [] });
  return { profile, order };
}

async function expectEveryChangeShown(log: ActivityLog, { profile, order }: Awaited<ReturnType<typeof changeEverything>>, agent: string): Promise<void> {
  expect(dataRows(log).map((row) => cellText(row, 'userPrincipalName'))).to.deep.equal(Array(6).fill(agent));

  const billing = await expandRecord(log, 'Billing profile updated');
  expect(cellText(billing.row, 'customerName')).to.equal('Northwind Traders');
  expect(billing.changes).to.deep.include(['firstName', profile.firstName, 'Ada']);
  expect(billing.changes).to.deep.include(['defaultAddress.city', profile.defaultAddress.city, 'Łódź']);
  expect(billing.changes.map(([field]) => field), 'the etag is no business of the agent').to.not.include('etag');

  const created = await expandRecord(log, 'Order created');
  expect(cellText(created.row, 'customerName')).to.equal('Zakłady Mięsne Łódź Sp. z o.o.');
  expect(created.changes).to.deep.include(['id', '(none)', order.id]);
  expect(created.changes).to.deep.include(['catalog', '(none)', 'online-services']);
  expect(created.facts).to.deep.include(['OrderId', order.id]);

  expect((await expandRecord(log, 'Tag created')).changes).to.deep.equal([['name', '(none)', 'Renewal Q1']]);
  expect((await expandRecord(log, 'Tag renamed')).changes).to.deep.equal([['name', 'Renewal Q1', 'Renewal Q2']]);
  expect((await expandRecord(log, 'Tag deleted')).changes).to.deep.equal([['name', 'Renewal Q2', '(none)']]);

  const assigned = await expandRecord(log, 'Tags assigned');
  expect(cellText(assigned.row, 'customerName')).to.equal('Northwind Traders');
  expect(assigned.changes).to.deep.equal([['tags', '["EDU"]', '["EDU","Gov"]']]);
  expect(assigned.facts).to.deep.include(['TagsAdded', '["Gov"]']);
}

describe('<activity-log> shows the changes made through the adapter', () => {
  it('through a MemoryAdapter: a billing update, an order, a tag created, renamed, deleted and assigned', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), userPrincipalName: 'ada.admin@partner.example' });
    const changes = await changeEverything(adapter);
    const log = await mountLog(adapter);
    await expectEveryChangeShown(log, changes, 'ada.admin@partner.example');
  });

  it('through the mock REST API, as the user of the caller\'s token', async () => {
    await startMockWorker();
    mockApi.reset({ data: contractFixture() });
    const adapter = new RestAdapter({ headers: mockAuthHeaders('admin-agent') });
    const changes = await changeEverything(adapter);
    const log = await mountLog(adapter);
    expect(mockApi.requests.some((request) => request.route === 'activity' && request.status === 200), 'the log read GET /v1/auditrecords').to.equal(true);
    await expectEveryChangeShown(log, changes, MOCK_USERS['admin-agent']);
  });

  it('shows a change made after the log loaded once it is refreshed', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const log = await mountLog(adapter);
    expect(shadow(log).querySelector('[part=state]')!.textContent).to.contain('No activity in this period.');
    await adapter.createTag('Later');
    log.refresh();
    await waitUntil(() => dataRows(log).length === 1, 'the new record is listed', { timeout: 20_000 });
    expect((await expandRecord(log, 'Tag created')).changes).to.deep.equal([['name', '(none)', 'Later']]);
  });
});
