/** <activity-log> in each of its states, checked with axe (color contrast included) as the other elements are. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { CustomerAdapter } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import { fileSaver } from '../../../src/internal/export/save-file.js';
import { setLocale } from '../../../src/localization/localization.js';
import { daysAgo } from '../../../src/model/activity.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { contractFixture } from '../../../src/testing/index.js';
import { choose, click } from '../../support/browser/input.js';
import { ActivityAdapter, control, dataRows, disclosure, mountLog, record, settled, shadow, enterDate, DRAWN_DETAILS } from './log-harness.js';

/** A generated history with hostile names, agents and values, dated in the default period. */
const history = () => generateDataset({ rows: 60, seed: 3, hostile: true, activityRecords: 200 }).activity;

async function expandFirstRow(log: ActivityLog): Promise<void> {
  await click(disclosure(dataRows(log)[0]!));
  await log.updateComplete;
  await waitUntil(() => shadow(log).querySelector(DRAWN_DETAILS), 'the details are drawn', { timeout: 20_000 });
  await log.updateComplete;
}

describe('<activity-log> accessibility (axe)', function () {
  // axe with color contrast over the log's shadow tree takes seconds on a loaded 2-core machine; every wait
  // inside is for a condition, this is only the ceiling.
  this.timeout(60_000);

  afterEach(async () => {
    await setLocale('en');
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.dir = 'ltr';
    document.documentElement.lang = 'en';
    document.body.style.removeProperty('background');
  });

  it('has no violations with records loaded and sorted', async () => {
    const log = await mountLog(new ActivityAdapter(history()));
    expect(dataRows(log).length).to.be.above(5);
    await click(shadow(log).querySelector('.header-cell.sortable')!);
    await settled(log);
    await expect(log).to.be.accessible();
  });

  it('has no violations with a row expanded to its details', async () => {
    const log = await mountLog(new ActivityAdapter(history()));
    await expandFirstRow(log);
    expect(disclosure(dataRows(log)[0]!).getAttribute('aria-expanded')).to.equal('true');
    await expect(log).to.be.accessible();
  });

  it('has no violations with a record whose details are long (regression: a scrolling panel no key could reach)', async () => {
    const fields = (value: string) => JSON.stringify(Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`field${index}`, `${value} ${index}`])));
    const log = await mountLog(new ActivityAdapter([record(1, 1, { resourceOldValue: fields('before'), resourceNewValue: fields('after') })]));
    await expandFirstRow(log);
    const details = shadow(log).querySelector<HTMLElement>('[part=details]')!;
    expect(details.querySelectorAll('.changes tbody tr')).to.have.length(30);
    expect(details.scrollHeight, 'every line is in view of the grid, not in a panel of its own to scroll').to.be.at.most(details.clientHeight + 1);
    await expect(log).to.be.accessible();
  });

  it('has no violations when the period holds nothing', async () => {
    const log = await mountLog(new ActivityAdapter([]));
    expect(shadow(log).querySelector('[part=state]')!.textContent).to.contain('No activity in this period.');
    await expect(log).to.be.accessible();
  });

  it('has no violations in the error state, with Retry', async () => {
    const adapter = new ActivityAdapter(history());
    adapter.failWith = new AdapterError('server', 'Internal error (GET /v1/auditrecords: HTTP 500)', { status: 500 });
    const log = await mountLog(adapter);
    expect(shadow(log).querySelector('[part=state]')!.getAttribute('role')).to.equal('alert');
    await expect(log).to.be.accessible();
  });

  it('has no violations while throttled, counting down', async () => {
    const adapter = new ActivityAdapter(history());
    adapter.failWith = new AdapterError('throttled', 'Too many requests (HTTP 429)', { status: 429, retryAfterMs: 30_000 });
    const log = await mountLog(adapter);
    expect(shadow(log).querySelector('[part=state]')!.textContent).to.contain('busy');
    await expect(log).to.be.accessible();
  });

  it('has no violations when refused: a sales agent, or an adapter without activity records', async () => {
    const sales = await mountLog(new ActivityAdapter(history(), 'sales-agent'), { role: 'sales-agent' });
    expect(shadow(sales).querySelector('[part=state]')!.textContent).to.contain('admin agents only');
    await expect(sales).to.be.accessible();
    const adapter: CustomerAdapter = new MemoryAdapter(contractFixture());
    // An instance property hides the prototype's method, as an adapter that never had it.
    Object.defineProperty(adapter, 'listActivity', { value: undefined });
    const bare = await mountLog(adapter);
    expect(shadow(bare).querySelector('[part=state]')!.textContent).to.contain('keeps no activity records');
    await expect(bare).to.be.accessible();
  });

  it('has no violations with filters set: one customer, an action, and a refused period', async () => {
    const records = history();
    const log = await mountLog(new ActivityAdapter(records), { customerId: records.find((item) => item.customerId)!.customerId });
    await choose(control<HTMLSelectElement>(log, 'action-select'), 'update_customer_tags');
    await settled(log);
    await expect(log).to.be.accessible();
    const from = control<HTMLInputElement>(log, 'from-input');
    await enterDate(from, daysAgo(120));
    await waitUntil(() => from.getAttribute('aria-invalid') === 'true', 'the period is refused', { timeout: 20_000 });
    await log.updateComplete;
    await expect(log).to.be.accessible();
  });

  it('has no violations while exporting and after a failed export', async () => {
    const adapter = new ActivityAdapter(history());
    const log = await mountLog(adapter);
    let release!: () => void;
    adapter.gate = new Promise<void>((resolve) => (release = resolve));
    const original = fileSaver.saveAs;
    fileSaver.saveAs = () => undefined;
    try {
      await click(shadow(log).querySelector('[data-action=export]')!);
      await log.updateComplete;
      expect(shadow(log).querySelector('[part=progress]')).to.exist;
      await expect(log).to.be.accessible();
      adapter.failWith = new AdapterError('server', 'Internal error (GET /v1/auditrecords: HTTP 500)', { status: 500 });
      release();
      await waitUntil(() => shadow(log).querySelector('[part=message].failed'), 'the export failed', { timeout: 20_000 });
      await expect(log).to.be.accessible();
    } finally {
      fileSaver.saveAs = original;
    }
  });

  it('has no violations in the dark, a row expanded', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.body.style.background = '#1b1a19';
    const log = await mountLog(new ActivityAdapter(history()));
    expect(getComputedStyle(shadow(log).querySelector('[part=viewport]')!).backgroundColor).to.equal('rgb(31, 31, 31)');
    await expandFirstRow(log);
    await expect(log).to.be.accessible();
  });

  it('has no violations in Polish, right to left, a row expanded', async () => {
    await setLocale('pl');
    document.documentElement.lang = 'pl';
    document.documentElement.dir = 'rtl';
    const log = await mountLog(new ActivityAdapter(history()));
    expect(shadow(log).querySelector('[data-action=export]')!.textContent!.trim()).to.equal('Eksportuj aktywność');
    await expandFirstRow(log);
    const row = dataRows(log)[0]!.getBoundingClientRect();
    const button = disclosure(dataRows(log)[0]!).getBoundingClientRect();
    expect(row.right - button.right, 'the disclosure column is at the right edge: the layout mirrors').to.be.below(20);
    await expect(log).to.be.accessible();
  });
});
