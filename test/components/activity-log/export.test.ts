/**
 * <activity-log>'s Export activity, clicked as an agent does: ActivityLog.csv read back with papaparse equals,
 * record for record, what walking `listActivity` page by page returns for the same period and filters; progress,
 * Cancel, failures and throttling; nothing saved unless complete.
 */
import { description } from '../../support/browser/aria.js';
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { AdapterError, abortError } from '../../../src/adapter/adapter-error.js';
import type { ActivityPage, ListActivityRequest } from '../../../src/adapter/customer-adapter.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import { activityCsvColumns } from '../../../src/components/activity-log/activity-export-part.js';
import type { ExportCancelEvent, ExportCompleteEvent, ExportErrorEvent, ExportProgressEvent } from '../../../src/internal/export/export-events.js';
import { setLocale } from '../../../src/localization/localization.js';
import { daysAgo, periodEnd, periodStart, type ActivityQuery, type ActivityRecord } from '../../../src/model/activity.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { walkActivity } from '../../../src/testing/index.js';
import { choose, click, expectFocused, expectFocusNotLost, tabTo, typeInto } from '../../support/browser/input.js';
import { ActivityAdapter, control, mountLog, record, settled, shadow, enterDate } from './log-harness.js';
import { catchSavedFiles, defused, readSavedFile, type SavedFile } from './saved-file.js';

/** The page size mountLog gives the log: exports of a few hundred records take several pages. */
const PAGE_SIZE = 50;
const ENGLISH_HEADER = ['Date and time', 'Microsoft ID', 'Customer', 'Action', 'Resource', 'Performed by', 'Status', 'Old value', 'New value', 'Correlation ID'];

/** A generated history: 900 records over 90 days, every operation type and status, several agents. */
const history = (options: { hostile?: boolean } = {}) => generateDataset({ rows: 150, seed: 5, activityRecords: 900, ...options }).activity;

/**
 * An ActivityAdapter whose calls, once `hold()` is called, wait until the test lets them through (`allow(n)`),
 * and reject as aborted when their signal aborts. `fault(index)` may fail the n-th held call: an export that runs
 * exactly as far as a test needs, whatever a real click costs in time.
 */
class HeldAdapter extends ActivityAdapter {
  /** Calls made since `hold()`, with their signals. */
  readonly held: { request: ListActivityRequest; signal: AbortSignal | undefined }[] = [];
  fault: ((index: number) => unknown) | undefined;
  private holding = false;
  private allowed = 0;
  private readonly waiting: (() => void)[] = [];

  hold(): void {
    this.holding = true;
  }

  allow(calls = Infinity): void {
    this.allowed += calls;
    this.pass();
  }

  override async listActivity(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    if (this.holding) {
      const index = this.held.push({ request: structuredClone(request), signal }) - 1;
      await new Promise<void>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(abortError(signal)), { once: true });
        this.waiting.push(resolve);
        this.pass();
      });
      const failure = this.fault?.(index);
      if (failure !== undefined) throw failure;
    }
    return super.listActivity(request, signal);
  }

  private pass(): void {
    while (this.allowed > 0 && this.waiting.length) {
      this.allowed--;
      this.waiting.shift()!();
    }
  }
}

const exportButton = (log: ActivityLog) => shadow(log).querySelector<HTMLButtonElement>('[data-action=export]')!;
const cancelButton = (log: ActivityLog) => shadow(log).querySelector<HTMLButtonElement>('[part=cancel]');
const message = (log: ActivityLog) => shadow(log).querySelector<HTMLElement>('[part=message]');

/** Clicks Export activity and waits for the file. */
async function exportByClick(log: ActivityLog): Promise<ExportCompleteEvent> {
  const done = oneEvent(log, 'export-complete') as Promise<ExportCompleteEvent>;
  await click(exportButton(log));
  return done;
}

/** The CSV lines a query's records make: the element's columns, each cell defused as SPEC §1 says. */
const linesOf = (records: readonly ActivityRecord[]) => records.map((item) => activityCsvColumns().map((column) => defused(column.value(item))));

describe('<activity-log> Export activity', () => {
  let files: { saved: SavedFile[]; restore(): void };
  beforeEach(() => (files = catchSavedFiles()));
  afterEach(async () => {
    files.restore();
    await setLocale('en');
  });

  it('saves ActivityLog.csv of the last 30 days, record for record what walking listActivity returns', async () => {
    const adapter = new ActivityAdapter(history());
    const log = await mountLog(adapter);
    const { rows, bytes, filename } = await exportByClick(log);
    const { bytes: fileBytes, header, lines } = await readSavedFile(files.saved);
    const expected = await walkActivity(adapter, { from: daysAgo(30), to: new Date().toISOString().slice(0, 10), sort: 'desc', pageSize: PAGE_SIZE });
    expect(expected.pages, 'the export took several pages').to.be.above(3);
    expect([filename, files.saved[0]!.filename, files.saved[0]!.blob.type]).to.deep.equal(['ActivityLog.csv', 'ActivityLog.csv', 'text/csv;charset=utf-8']);
    expect([rows, bytes]).to.deep.equal([expected.records.length, fileBytes.length]);
    expect(header).to.deep.equal(ENGLISH_HEADER);
    expect(lines).to.deep.equal(linesOf(expected.records));
    const order = expected.records.find((item) => item.operationType === 'create_order' && item.operationStatus === 'succeeded')!;
    expect(lines[expected.records.indexOf(order)]!.slice(0, 7), 'dates in UTC, actions and statuses in words').to.deep.equal([
      order.operationDate,
      order.customerId,
      order.customerName,
      'Order created',
      'Order',
      order.userPrincipalName,
      'Succeeded',
    ]);
    await log.updateComplete;
    expect(message(log)!.textContent).to.match(new RegExp(`^Saved ActivityLog\\.csv: ${rows.toLocaleString('en')} rows, [\\d.]+ kB\\.$`));
    expectFocused(exportButton(log), 'focus stays on the button that was clicked');
  });

  it('exports the period typed in From and To, and only that period', async () => {
    const records = history();
    const adapter = new ActivityAdapter(records);
    const log = await mountLog(adapter);
    const period = { from: daysAgo(60), to: daysAgo(45) };
    await enterDate(control<HTMLInputElement>(log, 'from-input'), period.from);
    await enterDate(control<HTMLInputElement>(log, 'to-input'), period.to);
    await waitUntil(() => adapter.activityRequests.at(-1)?.from === period.from && adapter.activityRequests.at(-1)?.to === period.to, 'the typed period is asked for', { timeout: 20_000 });
    await settled(log);
    await exportByClick(log);
    const { lines } = await readSavedFile(files.saved);
    const expected = (await walkActivity(adapter, { ...period, sort: 'desc', pageSize: PAGE_SIZE })).records;
    expect(lines).to.deep.equal(linesOf(expected));
    const inPeriod = records.filter((item) => Date.parse(item.operationDate) >= periodStart(period.from) && Date.parse(item.operationDate) <= periodEnd(period.to));
    expect(inPeriod.length, 'the period holds several pages of records').to.be.above(50);
    expect(lines.length, 'every record of the period, none outside it').to.equal(inPeriod.length);
  });

  it('exports only the action and company name chosen in the filters', async () => {
    const records = history();
    const adapter = new ActivityAdapter(records);
    const log = await mountLog(adapter);
    const name = records.find((item) => item.operationType === 'update_customer_billing_profile' && Date.parse(item.operationDate) > periodStart(daysAgo(30)))!.customerName;
    const part = name.slice(1, 6).toUpperCase();
    await choose(control<HTMLSelectElement>(log, 'action-select'), 'update_customer_billing_profile');
    await typeInto(control<HTMLInputElement>(log, 'customer-input'), part);
    await waitUntil(() => adapter.activityRequests.at(-1)?.customerName === part, 'the name filter is asked for', { timeout: 20_000 });
    await settled(log);
    await exportByClick(log);
    const { lines } = await readSavedFile(files.saved);
    const query: ActivityQuery = { from: daysAgo(30), to: new Date().toISOString().slice(0, 10), sort: 'desc', customerName: part, operationTypes: ['update_customer_billing_profile'] };
    const expected = (await walkActivity(adapter, { ...query, pageSize: PAGE_SIZE })).records;
    expect(expected.length, 'the filters keep some records').to.be.above(0);
    expect(lines).to.deep.equal(linesOf(expected));
    expect(lines.every((cells) => cells[3] === 'Billing profile updated' && cells[2]!.toUpperCase().includes(part)), 'only that action, only those names').to.equal(true);
  });

  it('exports only the customer the log was opened for', async () => {
    const records = history();
    const customerId = records[0]!.customerId || records.find((item) => item.customerId)!.customerId;
    const adapter = new ActivityAdapter(records);
    const log = await mountLog(adapter, { customerId });
    await exportByClick(log);
    const { lines } = await readSavedFile(files.saved);
    const expected = (await walkActivity(adapter, { from: daysAgo(30), to: new Date().toISOString().slice(0, 10), sort: 'desc', customerId, pageSize: PAGE_SIZE })).records;
    expect(lines.length).to.be.above(0);
    expect(lines).to.deep.equal(linesOf(expected));
    expect(new Set(lines.map((cells) => cells[1]))).to.deep.equal(new Set([customerId]));
  });

  it('writes the header and labels in the UI language', async () => {
    await setLocale('pl');
    const records = [record(0, 2, { operationType: 'rename_tag', resourceType: 'tag', operationStatus: 'failed' })];
    const log = await mountLog(new ActivityAdapter(records));
    await exportByClick(log);
    const { header, lines } = await readSavedFile(files.saved);
    expect(header).to.deep.equal(['Data i godzina', 'Identyfikator Microsoft', 'Klient', 'Akcja', 'Zasób', 'Wykonane przez', 'Stan', 'Stara wartość', 'Nowa wartość', 'Identyfikator korelacji']);
    expect(lines[0]!.slice(3, 7)).to.deep.equal(['Zmieniono nazwę tagu', 'Tag', records[0]!.userPrincipalName, 'Niepowodzenie']);
  });

  it('defuses formulas and keeps markup and every script as text, as the customer export does', async () => {
    const records = history({ hostile: true });
    const adapter = new ActivityAdapter(records);
    const log = await mountLog(adapter);
    await exportByClick(log);
    const { lines } = await readSavedFile(files.saved);
    const expected = (await walkActivity(adapter, { from: daysAgo(30), to: new Date().toISOString().slice(0, 10), sort: 'desc', pageSize: PAGE_SIZE })).records;
    expect(lines).to.deep.equal(linesOf(expected));
    for (const cells of lines) for (const cell of cells) expect(/^[=+\-@\t\r]/.test(cell), `cell ${JSON.stringify(cell.slice(0, 40))} could run as a formula`).to.equal(false);
    const agents = lines.map((cells) => cells[5]);
    expect(agents).to.include('\'=HYPERLINK("http://evil.example")@partner.example');
    expect(agents).to.include('<img src=x onerror=alert(1)>@partner.example');
  });

  it('defuses a formula in every column an adapter fills, a hidden one behind spaces and controls too', async () => {
    const hostile = record(0, 1, {
      customerId: '=1+1',
      customerName: ' \u0000=cmd|\'/c calc\'!A1',
      userPrincipalName: '@SUM(A1)',
      operationType: '+unknown',
      resourceType: '-2',
      resourceOldValue: '=HYPERLINK("http://evil.example")',
      resourceNewValue: '\t=1',
      originalCorrelationId: '\r=2',
    });
    const log = await mountLog(new ActivityAdapter([hostile]));
    await exportByClick(log);
    const { lines } = await readSavedFile(files.saved);
    expect(lines).to.deep.equal([[hostile.operationDate, "'=1+1", "' =cmd|'/c calc'!A1", "'+unknown", "'-2", "'@SUM(A1)", 'Succeeded', '\'=HYPERLINK("http://evil.example")', "'\t=1", "'\r=2"]]);
  });

  it('shows progress while it exports, and Cancel stops asking, saves nothing and keeps focus', async () => {
    const adapter = new HeldAdapter(history());
    const log = await mountLog(adapter);
    adapter.hold();
    await click(exportButton(log));
    await log.updateComplete;
    expect(shadow(log).querySelector('[part=progress]')!.textContent).to.contain('Exporting activity…');
    expect(exportButton(log).getAttribute('aria-disabled'), 'a second export cannot start').to.equal('true');
    expect(description(exportButton(log))).to.equal('An export is running; wait for it or cancel it.');
    const progress = oneEvent(log, 'export-progress') as Promise<ExportProgressEvent>;
    adapter.allow(2);
    const { total } = await progress;
    await waitUntil(() => shadow(log).querySelector<HTMLProgressElement>('[part=progress-bar]')?.value === 2 * PAGE_SIZE, 'two pages shown as done', { timeout: 20_000 });
    const bar = shadow(log).querySelector<HTMLProgressElement>('[part=progress-bar]')!;
    expect([bar.getAttribute('aria-label'), bar.max]).to.deep.equal(['Export progress', total]);
    expect(shadow(log).querySelector('[part=progress]')!.textContent).to.contain(`Exporting 100 of ${total} records…`);
    expect(adapter.held.every((call) => call.request.pageSize === PAGE_SIZE)).to.equal(true);

    const cancelled = oneEvent(log, 'export-cancel') as Promise<ExportCancelEvent>;
    await click(cancelButton(log)!);
    expect((await cancelled).rows).to.equal(2 * PAGE_SIZE);
    await log.updateComplete;
    const asked = adapter.held.length;
    expect(adapter.held.at(-1)!.signal!.aborted, 'the page in flight is aborted').to.equal(true);
    adapter.allow();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(adapter.held.length, 'no page is asked after Cancel').to.equal(asked);
    expect(files.saved).to.have.length(0);
    expect(message(log)!.textContent).to.equal('Export cancelled; nothing was saved.');
    expect(cancelButton(log) === null, 'the progress is gone').to.equal(true);
    expectFocusNotLost('Cancel went with the progress');
    expectFocused(exportButton(log), 'focus on Export activity, where the agent started');
    expect(exportButton(log).getAttribute('aria-disabled')).to.equal('false');
  });

  it('gives focus to Export activity when an export finishes or fails while Cancel has it', async () => {
    for (const failure of [undefined, new AdapterError('server', 'The server failed to answer (HTTP 500)', { status: 500 })]) {
      const adapter = new HeldAdapter(history());
      const log = await mountLog(adapter);
      adapter.hold();
      await click(exportButton(log));
      // The export's engine loads on the first export: its progress (Cancel in it) is drawn once it has.
      await waitUntil(() => cancelButton(log) !== null, 'the progress with Cancel is drawn');
      await tabTo(cancelButton(log)!);
      adapter.fault = () => failure;
      const ended = oneEvent(log, failure ? 'export-error' : 'export-complete');
      adapter.allow();
      await ended;
      await log.updateComplete;
      expectFocusNotLost(failure ? 'a failure' : 'completion');
      expectFocused(exportButton(log), failure ? 'after a failure' : 'after completion');
      files.saved.length = 0;
    }
  });

  it('saves nothing when a page fails mid-walk, and says why', async () => {
    const adapter = new HeldAdapter(history());
    const log = await mountLog(adapter);
    adapter.hold();
    adapter.fault = (index) => (index === 2 ? new AdapterError('server', 'Internal error (GET /v1/auditrecords: HTTP 500)', { status: 500 }) : undefined);
    adapter.allow();
    const failed = oneEvent(log, 'export-error') as Promise<ExportErrorEvent>;
    await click(exportButton(log));
    expect(((await failed).error as AdapterError).kind).to.equal('server');
    await log.updateComplete;
    const shown = message(log)!;
    expect([shown.getAttribute('role'), shown.textContent!.replace(/\s+/g, ' ').trim()]).to.deep.equal(['alert', 'Export failed; nothing was saved. The service failed to answer. Try again in a moment.']);
    expect(adapter.held).to.have.length(3);
    expect(files.saved).to.have.length(0);
    expect(shadow(log).querySelector('[part=progress]') === null, 'no progress left behind').to.equal(true);
    expectFocused(exportButton(log));
  });

  it('waits out a throttled page (Retry-After) and completes the same file', async () => {
    const adapter = new HeldAdapter(history());
    const log = await mountLog(adapter);
    adapter.hold();
    // Whether the page was asked again before its Retry-After: a timer set with the refusal, due 10 ms before the
    // retry may go, must run first. Timers run in the order they fall due, on a busy machine too: no stopwatch.
    const order: string[] = [];
    adapter.fault = (index) => {
      if (index === 2) order.push('asked again');
      if (index !== 1) return undefined;
      setTimeout(() => order.push('almost due'), 110);
      return new AdapterError('throttled', 'Too many requests (HTTP 429)', { status: 429, retryAfterMs: 120 });
    };
    adapter.allow();
    const { rows } = await exportByClick(log);
    expect(order, 'the Retry-After was waited out').to.deep.equal(['almost due', 'asked again']);
    expect(adapter.held[2]!.request, 'the throttled page is asked again').to.deep.equal(adapter.held[1]!.request);
    const { lines } = await readSavedFile(files.saved);
    const expected = (await walkActivity(adapter, { from: daysAgo(30), to: new Date().toISOString().slice(0, 10), sort: 'desc', pageSize: PAGE_SIZE })).records;
    expect([rows, lines.length]).to.deep.equal([expected.length, expected.length]);
    expect(lines).to.deep.equal(linesOf(expected));
  });

  it('gives up on a page that stays throttled, saves nothing and says when to try again', async () => {
    const adapter = new HeldAdapter(history());
    const log = await mountLog(adapter);
    adapter.hold();
    adapter.fault = (index) => (index >= 1 ? new AdapterError('throttled', 'Too many requests (HTTP 429)', { status: 429, retryAfterMs: 20 }) : undefined);
    adapter.allow();
    const failed = oneEvent(log, 'export-error') as Promise<ExportErrorEvent>;
    await click(exportButton(log));
    const { error } = await failed;
    expect([(error as AdapterError).kind, (error as AdapterError).retryAfterMs]).to.deep.equal(['throttled', 20]);
    await log.updateComplete;
    expect(message(log)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Export failed; nothing was saved. The service is busy; try again in 1 s.');
    expect(message(log)!.getAttribute('role')).to.equal('alert');
    expect(files.saved).to.have.length(0);
  });

  it('does not offer an export the log may not make: a sales agent, or a refused period', async () => {
    const adapter = new ActivityAdapter(history(), 'sales-agent');
    const log = await mountLog(adapter, { role: 'sales-agent' });
    await click(exportButton(log));
    // The refusal is the export engine's to draw: it loads by import() (on a busy machine, after more than one update).
    await waitUntil(() => message(log) !== null, 'the refusal is said once the export engine has arrived');
    expect(adapter.activityRequests, 'nothing asked of the adapter').to.have.length(0);
    expect(files.saved).to.have.length(0);
    expect(message(log)!.textContent).to.contain('Activity records are available to admin agents only.');
    expectFocused(exportButton(log));
  });
});
