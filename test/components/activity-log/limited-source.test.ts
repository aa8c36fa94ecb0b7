import { expect } from '@open-wc/testing';
import type { CustomerAdapter, ListActivityRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { contractFixture } from '../../../src/testing/index.js';
import { choose, click, expectFocusNotLost, typeInto } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { description } from '../../support/browser/aria.js';
import { WALK_LIMIT } from '../../../src/adapter/local-query.js';
import { cellText, control, dataRows, mountLog, record, settled, shadow } from './log-harness.js';

/** 120 records, two hours apart; every third is Contoso's, and every even one an order. */
const records = Array.from({ length: 120 }, (_, i) => record(i, 2 * i + 1, { customerName: i % 3 === 0 ? `Contoso ${i}` : `Northwind ${i}` }));

/** A one-filter, newest-first source (Partner Center's audit records), its requests counted. */
function limitedSource(latencyMs = 0, activity = records): { adapter: CustomerAdapter; requests: ListActivityRequest[] } {
  const source = MemoryAdapter.partnerCenterLike({ ...contractFixture(), activity, latencyMs });
  const requests: ListActivityRequest[] = [];
  const adapter = Object.create(source) as CustomerAdapter;
  adapter.listActivity = (request, signal) => {
    requests.push(request);
    return source.listActivity(request, signal);
  };
  return { adapter, requests };
}

const drawnNames = (log: Parameters<typeof dataRows>[0]) => dataRows(log).map((row) => cellText(row, 'customerName'));
const walkStatus = (log: Parameters<typeof shadow>[0]) => shadow(log).querySelector<HTMLElement>('[part=walk-status]')!;

describe('<activity-log> over a one-filter, newest-first source', () => {
  it('filters by a second criterion here over the walked period: only matching records are drawn, and it says so', async () => {
    const { adapter, requests } = limitedSource();
    const log = await mountLog(adapter);
    await typeInto(control<HTMLInputElement>(log, 'customer-input'), 'contoso');
    await settled(log);
    await choose(control<HTMLSelectElement>(log, 'action-select'), 'create_order');
    await settled(log);
    const expected = records.filter((_, i) => i % 6 === 0).map((each) => each.customerName);
    expect(log.totalCount).to.equal(expected.length);
    const drawn = drawnNames(log);
    expect(drawn.length).to.be.greaterThan(5);
    expect(drawn).to.deep.equal(expected.slice(0, drawn.length));
    expect(dataRows(log).every((row) => cellText(row, 'operationType') === 'Order created')).to.equal(true);
    expect(walkStatus(log).textContent).to.contain('the rest is done here, over every record of the period');
    // The source was never asked for two filters at once (it would refuse).
    for (const request of requests) expect([request.customerName, request.operationTypes?.length].filter(Boolean).length).to.be.at.most(1);
  });

  it('lists oldest first by walking the period and turning it round', async () => {
    const { adapter, requests } = limitedSource();
    const log = await mountLog(adapter);
    const header = shadow(log).querySelector<HTMLElement>('[role=columnheader].sortable')!;
    await click(header);
    await settled(log);
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    const drawn = drawnNames(log);
    expect(drawn).to.deep.equal([...records].reverse().slice(0, drawn.length).map((each) => each.customerName));
    expect(requests.every((request) => request.sort !== 'asc')).to.equal(true);
  });

  it('shows the walk progress, and Cancel goes back to newest first with no more requests', async () => {
    const { adapter, requests } = limitedSource(150);
    const log = await mountLog(adapter);
    log.pageSize = 10;
    const header = shadow(log).querySelector<HTMLElement>('[role=columnheader].sortable')!;
    await click(header);
    await waitUntil(() => /Oldest first needs every record of the period: [\d,]+ loaded so far/.test(walkStatus(log).textContent ?? ''), 'no walk progress shown');
    await click(walkStatus(log).querySelector<HTMLButtonElement>('[data-action=cancel-walk]')!);
    await settled(log);
    const asked = requests.length;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expectFocusNotLost('Cancel');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(requests.length).to.equal(asked);
    expect(drawnNames(log)[0]).to.equal(records[0]!.customerName);
  });

  it(`refuses oldest first past ${WALK_LIMIT} records, says so, and then offers neither it nor the Action filter, saying why`, async () => {
    const many = Array.from({ length: WALK_LIMIT + 1 }, (_, i) => record(i, 1 + i * 0.03));
    const { adapter, requests } = limitedSource(0, many);
    const log = await mountLog(adapter);
    log.pageSize = 500;
    const header = shadow(log).querySelector<HTMLElement>('[role=columnheader].sortable')!;
    await click(header);
    await waitUntil(() => (walkStatus(log).textContent ?? '').includes('more than 20,000 records'), 'the refusal was not said', { timeout: 20_000 });
    await settled(log);
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(drawnNames(log)[0]).to.equal(many[0]!.customerName);
    expect(description(header)).to.equal('This data source lists newest first only, and the period has more than 20,000 records to turn round here.');
    const action = control<HTMLSelectElement>(log, 'action-select');
    expect(action.disabled).to.equal(true);
    expect(description(action)).to.equal('This data source cannot filter by action, and the period has more than 20,000 records to filter here.');
    const asked = requests.length;
    await click(header);
    await settled(log);
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(requests.length).to.equal(asked);
  });
});
