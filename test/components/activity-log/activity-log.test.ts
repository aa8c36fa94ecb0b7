/** <activity-log>: records, period, filters, expanding, sorting, roles and failures, driven with real input. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { CustomerAdapter } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { daysAgo } from '../../../src/model/activity.js';
import { contractFixture } from '../../../src/testing/index.js';
import { choose, click, expectFocused, press, typeDate, typeInto } from '../../support/browser/input.js';
import { ActivityAdapter, button, cellText, control, dataRows, disclosure, mountLog, record, settled, shadow, status, enterDate, DRAWN_DETAILS } from './log-harness.js';

const RECORDS = Array.from({ length: 40 }, (_, index) => record(index, index * 20));

describe('<activity-log>', () => {
  it('lists the last 30 days newest first, dates in the browser\'s time zone, actions and statuses in words', async () => {
    const adapter = new ActivityAdapter(RECORDS);
    const log = await mountLog(adapter);
    const inPeriod = RECORDS.filter((item) => Date.parse(item.operationDate) >= Date.parse(`${daysAgo(30)}T00:00:00Z`));
    expect(status(log)).to.equal(`${inPeriod.length} records`);
    expect(adapter.activityRequests[0]).to.include({ from: daysAgo(30), sort: 'desc' });
    const [first, second] = dataRows(log);
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(RECORDS[0]!.operationDate));
    expect(cellText(first!, 'operationDate')).to.equal(expected);
    expect(cellText(first!, 'operationType')).to.equal('Order created');
    expect(cellText(second!, 'operationType')).to.equal('Billing profile updated');
    expect(cellText(first!, 'userPrincipalName')).to.equal('adele@partner.example');
    expect(cellText(dataRows(log)[4]!, 'operationStatus')).to.equal('Failed');
    expect(control<HTMLInputElement>(log, 'from-input').value).to.equal(daysAgo(30));
  });

  it('sorts by date with a click and with Enter on the header, saying so with aria-sort', async () => {
    const log = await mountLog(new ActivityAdapter(RECORDS));
    const header = shadow(log).querySelector<HTMLElement>('.header-cell.sortable')!;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    await click(header);
    await settled(log);
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    const oldest = dataRows(log)[0]!.querySelector('time')!.getAttribute('datetime')!;
    expect(Date.parse(oldest)).to.be.below(Date.parse(dataRows(log)[1]!.querySelector('time')!.getAttribute('datetime')!));
    expectFocused(header, 'the clicked header takes focus');
    await press('Enter');
    await settled(log);
    expect(header.getAttribute('aria-sort')).to.equal('descending');
  });

  it('expands a row to what changed, field by field, moving the rows under it down, and collapses it again', async () => {
    const log = await mountLog(new ActivityAdapter(RECORDS));
    const row = dataRows(log)[1]!;
    const below = dataRows(log)[2]!;
    await click(disclosure(row));
    await log.updateComplete;
    await waitUntil(() => row.querySelector(DRAWN_DETAILS), 'the details are drawn');
    await waitUntil(() => below.getBoundingClientRect().top >= row.getBoundingClientRect().bottom - 1, 'the next row moved below the details', { timeout: 20_000 });
    expect(disclosure(row).getAttribute('aria-expanded')).to.equal('true');
    const details = shadow(log).getElementById(disclosure(row).getAttribute('aria-controls')!)!;
    expect(details.getAttribute('role')).to.equal('region');
    const changes = [...details.querySelectorAll('tbody tr')].map((line) => [...line.children].map((cell) => cell.textContent!.trim()));
    expect(changes).to.deep.equal([['defaultAddress.city', 'Kraków', 'Łódź']]);
    expect(details.textContent).to.contain('order-1').and.to.contain('corr-1');
    expectFocused(disclosure(row));
    await press('Space');
    await log.updateComplete;
    expect(disclosure(row).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(log).querySelector('.details-panel') === null).to.equal(true);
  });

  it('filters by action and by company name as the agent types', async () => {
    const adapter = new ActivityAdapter(RECORDS);
    const log = await mountLog(adapter);
    await choose(control<HTMLSelectElement>(log, 'action-select'), 'create_order');
    await settled(log);
    expect(dataRows(log).every((row) => cellText(row, 'operationType') === 'Order created')).to.equal(true);
    await typeInto(control<HTMLInputElement>(log, 'customer-input'), 'łód');
    await settled(log);
    expect(dataRows(log).length).to.be.above(0);
    expect(dataRows(log).every((row) => cellText(row, 'customerName') === 'Zakłady Mięsne Łódź')).to.equal(true);
    expect(adapter.activityRequests.at(-1)).to.include({ customerName: 'łód' });
  });

  it('shows one customer given by customer-id, and every customer again on request, focus on the name filter', async () => {
    const adapter = new ActivityAdapter(RECORDS);
    const log = await mountLog(adapter, { customerId: RECORDS[2]!.customerId });
    expect(new Set(dataRows(log).map((row) => cellText(row, 'customerName')))).to.deep.equal(new Set(['Zakłady Mięsne Łódź']));
    await click(button(log, 'All customers'));
    await settled(log);
    expect(new Set(dataRows(log).map((row) => cellText(row, 'customerName'))).size).to.equal(3);
    expectFocused(control(log, 'customer-input'), 'the button went with the customer');
  });

  it('refuses a period older than 90 days or ending before it starts, saying why and asking nothing', async () => {
    const adapter = new ActivityAdapter(RECORDS);
    const log = await mountLog(adapter);
    const asked = adapter.activityRequests.length;
    const from = control<HTMLInputElement>(log, 'from-input');
    await enterDate(from, daysAgo(100));
    await waitUntil(() => from.getAttribute('aria-invalid') === 'true', 'the period is refused after a pause in typing', { timeout: 20_000 });
    expect(control(log, 'period-error').textContent).to.contain('Activity records are kept for 90 days');
    expect(adapter.activityRequests.length, 'the refused period reached no adapter').to.equal(asked);
    await enterDate(from, daysAgo(10));
    await waitUntil(() => adapter.activityRequests.length > asked, 'the good period is asked for', { timeout: 20_000 });
    await settled(log);
    const afterGoodPeriod = adapter.activityRequests.length;
    await enterDate(control<HTMLInputElement>(log, 'to-input'), daysAgo(20));
    await waitUntil(() => control(log, 'period-error').textContent!.includes('The period ends before it starts'), 'an inverted period is refused', { timeout: 20_000 });
    expect(adapter.activityRequests.length, 'the inverted period reached no adapter').to.equal(afterGoodPeriod);
    await enterDate(control<HTMLInputElement>(log, 'to-input'), daysAgo(1));
    // Typed digit by digit, To passes through other whole dates on the way (the new month with the old day): a
    // slow machine's pause between two keys may apply one of them. What counts is the date typed, once applied.
    await waitUntil(() => adapter.activityRequests.at(-1)?.to === daysAgo(1), 'the period typed is asked for', { timeout: 20_000 });
    await settled(log);
    expect(control(log, 'period-error').textContent!.trim()).to.equal('');
    expect(adapter.activityRequests.at(-1)).to.include({ from: daysAgo(10), to: daysAgo(1) });
  });

  it('keeps the period when the agent only passes through From and To', async () => {
    const adapter = new ActivityAdapter(RECORDS);
    const log = await mountLog(adapter);
    const asked = adapter.activityRequests.length;
    await click(control<HTMLInputElement>(log, 'from-input'), { offset: { x: 12, y: 10 } });
    await press('Tab');
    await press('Tab');
    await press('Tab');
    await press('Tab');
    await log.updateComplete;
    expect(control(log, 'period-error').textContent!.trim(), 'nothing typed, nothing refused').to.equal('');
    expect([control(log, 'from-input').getAttribute('aria-invalid'), control(log, 'to-input').getAttribute('aria-invalid')]).to.deep.equal(['false', 'false']);
    expect(dataRows(log).length).to.be.above(0);
    expect(adapter.activityRequests.length, 'the same period is not asked for again').to.equal(asked);
  });

  it('writes a period the host sets into From and To, over what the agent typed, which then does not apply', async () => {
    const adapter = new ActivityAdapter(RECORDS);
    const log = await mountLog(adapter);
    const from = control<HTMLInputElement>(log, 'from-input');
    const to = control<HTMLInputElement>(log, 'to-input');
    // Typed and not left: the pause may not have passed.
    await typeDate(from, daysAgo(10));
    log.from = daysAgo(20);
    log.to = daysAgo(5);
    await log.updateComplete;
    expect([from.value, to.value], 'the host\'s period is in the fields').to.deep.equal([daysAgo(20), daysAgo(5)]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await settled(log);
    expect(adapter.activityRequests.at(-1), 'the typed date did not apply after the pause').to.include({ from: daysAgo(20), to: daysAgo(5) });
    expect([log.from, from.value]).to.deep.equal([daysAgo(20), daysAgo(20)]);
    // A half-typed To (its value '') is replaced too, and nothing is refused.
    await click(to, { offset: { x: 12, y: to.getBoundingClientRect().height / 2 } });
    await press('Backspace');
    expect(to.value, 'the month is blank').to.equal('');
    log.to = daysAgo(3);
    await log.updateComplete;
    expect(to.value).to.equal(daysAgo(3));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await settled(log);
    expect(control(log, 'period-error').textContent!.trim()).to.equal('');
    expect([to.value, to.getAttribute('aria-invalid')]).to.deep.equal([daysAgo(3), 'false']);
  });

  it('refuses a half-typed date, naming the field, lists nothing meanwhile, and takes the date once whole again', async () => {
    const adapter = new ActivityAdapter(RECORDS);
    const log = await mountLog(adapter);
    const from = control<HTMLInputElement>(log, 'from-input');
    const to = control<HTMLInputElement>(log, 'to-input');
    const periodError = () => control(log, 'period-error').textContent!.trim();
    const halfTypeMonth = async (input: HTMLInputElement) => {
      await click(input, { offset: { x: 12, y: input.getBoundingClientRect().height / 2 } });
      await press('Backspace');
      expect(input.value, 'the month is blank: the field holds no date').to.equal('');
    };
    const asked = adapter.activityRequests.length;
    await halfTypeMonth(to);
    await waitUntil(() => periodError() === 'Enter a whole To date.', `a half-typed To is refused (the message says "${periodError()}")`, { timeout: 20_000 });
    expect([from.getAttribute('aria-invalid'), to.getAttribute('aria-invalid')], 'only To is marked').to.deep.equal(['false', 'true']);
    expect(dataRows(log), 'no records are claimed for a period that is not entered').to.have.length(0);
    expect(status(log)).to.equal('');
    expect(adapter.activityRequests.length, 'the half-typed period reached no adapter').to.equal(asked);
    await enterDate(to, daysAgo(0));
    await waitUntil(() => periodError() === '' && dataRows(log).length > 0, 'the whole date is taken and the records come back', { timeout: 20_000 });
    expect(to.getAttribute('aria-invalid')).to.equal('false');
    await enterDate(from, daysAgo(100));
    await waitUntil(() => periodError().includes('kept for 90 days'), 'an old From is refused', { timeout: 20_000 });
    await halfTypeMonth(to);
    await waitUntil(() => periodError() === 'Enter a whole To date.', `the half-typed To is named, not the earlier refusal (the message says "${periodError()}")`, { timeout: 20_000 });
  });

  it('tells a sales agent the records are for admin agents, and asks nothing', async () => {
    const adapter = new ActivityAdapter(RECORDS, 'sales-agent');
    const log = await mountLog(adapter, { role: 'sales-agent' });
    expect(shadow(log).querySelector('[part=state]')!.textContent).to.contain('Activity records are available to admin agents only.');
    expect(adapter.activityRequests).to.have.length(0);
    expect(button(log, 'Export activity').getAttribute('aria-disabled')).to.equal('true');
  });

  it('says when the adapter keeps no activity records (a host adapter written without listActivity)', async () => {
    const adapter: CustomerAdapter = new MemoryAdapter(contractFixture());
    // An instance property hides the prototype's method, as an adapter that never had it.
    Object.defineProperty(adapter, 'listActivity', { value: undefined });
    const log = await mountLog(adapter);
    expect(shadow(log).querySelector('[part=state]')!.textContent).to.contain('This data source keeps no activity records.');
  });

  it('says when the period holds nothing', async () => {
    const log = await mountLog(new ActivityAdapter([]));
    expect(shadow(log).querySelector('[part=state]')!.textContent).to.contain('No activity in this period.');
  });

  it('shows a failure with Retry, and loads on Retry', async () => {
    const adapter = new ActivityAdapter(RECORDS);
    adapter.failWith = new AdapterError('server', 'Internal error (GET /v1/auditrecords: HTTP 500)', { status: 500 });
    const log = await mountLog(adapter);
    const state = shadow(log).querySelector('[part=state]')!;
    expect(state.getAttribute('role')).to.equal('alert');
    expect(state.textContent).to.contain('The activity records could not be loaded. The service failed to answer.');
    adapter.failWith = undefined;
    await click(button(log, 'Retry'));
    await settled(log);
    expect(dataRows(log).length).to.be.above(0);
  });

  it('keeps a bounded DOM over 10 000 records and moves through them with the keyboard', async () => {
    const many = Array.from({ length: 10_000 }, (_, index) => record(index, index * 0.05));
    const log = await mountLog(new ActivityAdapter(many), { height: '400px' });
    expect(status(log)).to.equal('10,000 records');
    expect(dataRows(log).length).to.be.below(30);
    await click(disclosure(dataRows(log)[0]!));
    await press('Escape');
    await press('Control+End');
    await waitUntil(() => shadow(log).querySelector('[aria-rowindex="10001"]:not(.pending)'), 'the last record loaded', { timeout: 20_000 });
    await log.updateComplete;
    expect(dataRows(log).length).to.be.below(30);
  });
});
