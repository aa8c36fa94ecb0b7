import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import '../../../src/components/export-button/export-button.js';
import '../../../src/components/customer-list/customer-list.js';
import type { ExportButton, ExportCancelEvent, ExportCompleteEvent, ExportErrorEvent } from '../../../src/components/export-button/export-button.js';
import { fileSaver } from '../../../src/internal/export/save-file.js';
import { AdapterError, abortError } from '../../../src/adapter/adapter-error.js';
import type { CustomerAdapter, CustomerPage, ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import { setLocale } from '../../../src/localization/localization.js';
import { csvCell, parseCsv } from '../../../src/model/csv.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { relationshipLabel } from '../../../src/localization/labels.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { waitForRowsOf } from '../customer-list/list-harness.js';
import { setViewport } from '@web/test-runner-commands';
import { click, expectFocusNotLost, expectFocusOn, isFullyVisible, press, tabTo, withoutLayoutShift } from '../../support/browser/input.js';
import { description } from '../../support/browser/aria.js';

interface Saved {
  blob: Blob;
  filename: string;
}

let saved: Saved[];
const originalSaveAs = fileSaver.saveAs;

beforeEach(() => {
  saved = [];
  fileSaver.saveAs = (blob, filename) => saved.push({ blob, filename });
});

afterEach(() => {
  fileSaver.saveAs = originalSaveAs;
});

async function mountButton(adapter: CustomerAdapter | undefined, attributes = ''): Promise<ExportButton> {
  const element = await fixture<ExportButton>(html`<export-button .adapter=${adapter}></export-button>`);
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((pair) => pair.split('='))) element.setAttribute(name!, value ?? '');
  await element.updateComplete;
  return element;
}

const exportButton = (element: ExportButton) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!;
const cancelButton = (element: ExportButton) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel]');
const message = (element: ExportButton) => element.shadowRoot!.querySelector<HTMLElement>('[part=message]');

/** Clicks Export customers with the mouse and waits for the render. */
async function clickExport(element: ExportButton): Promise<void> {
  await click(exportButton(element));
  await element.updateComplete;
}

async function exportWith(element: ExportButton): Promise<ExportCompleteEvent> {
  const done = oneEvent(element, 'export-complete') as Promise<ExportCompleteEvent>;
  await click(exportButton(element));
  return done;
}

/**
 * An adapter whose pages answer only when the test lets them (`allow(pages)`, every page without a count;
 * `fail(error)` to fail them), or reject when the export is cancelled: an export that runs exactly as long as a
 * test needs, whatever a real click costs in time.
 */
function slowAdapter(rows: number) {
  const inner = new MemoryAdapter(generateDataset({ rows, seed: 1 }));
  const waiting: (() => void)[] = [];
  let allowed = 0;
  let failure: Error | undefined;
  const pass = () => {
    while (allowed > 0 && waiting.length) {
      allowed--;
      waiting.shift()!();
    }
  };
  const adapter = Object.assign(Object.create(inner), {
    listCustomers: (request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> =>
      new Promise<void>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(abortError(signal)), { once: true });
        waiting.push(resolve);
        pass();
      }).then(() => (failure ? Promise.reject(failure) : inner.listCustomers(request, signal))),
  }) as MemoryAdapter;
  return {
    adapter,
    allow(pages = Infinity) {
      allowed += pages;
      pass();
    },
    fail(error: Error) {
      failure = error;
      this.allow();
    },
  };
}

/** The saved file's text and the cells parsed back, with the BOM checked on the raw bytes. */
async function savedFile(): Promise<{ bytes: Uint8Array; cells: string[][] }> {
  expect(saved, 'exactly one file was saved').to.have.length(1);
  const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { bytes, cells: parseCsv(text.replace(/^\uFEFF/, '')) };
}

const expectedLine = (row: CustomerRow) => [row.id, row.companyName, row.primaryDomain, relationshipLabel(row.relationship), row.tags.join('; ')].map((value) => {
  const cell = csvCell(value);
  // parseCsv undoes the quoting but not the defusing apostrophe, which is part of the value a spreadsheet shows.
  return cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
});

describe('<export-button>', () => {
  it('saves every row of 10 000 exactly once as Customers.csv, dual-role rows included', async () => {
    const dataset = generateDataset({ rows: 10_000, seed: 11 });
    const element = await mountButton(new MemoryAdapter(dataset));
    const { rows, bytes, filename } = await exportWith(element);
    expect([rows, filename]).to.deep.equal([10_000, 'Customers.csv']);
    const file = await savedFile();
    expect([...file.bytes.slice(0, 3)], 'UTF-8 byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(bytes).to.equal(file.bytes.length);
    expect(saved[0]!.blob.type).to.equal('text/csv;charset=utf-8');
    expect(saved[0]!.filename).to.equal('Customers.csv');
    const [header, ...lines] = file.cells;
    expect(header).to.deep.equal(['Microsoft ID', 'Company name', 'Primary domain name', 'Relationship', 'Tags']);
    expect(lines).to.have.length(10_000);
    expect(new Set(lines.map((cells) => `${cells[0]}|${cells[3]}`)).size).to.equal(10_000);
    expect(lines).to.deep.equal(dataset.customers.map(expectedLine));
    const dualRole = dataset.customers.filter((row, index, all) => all.findIndex((other) => other.id === row.id) !== index);
    expect(dualRole.length, 'the dataset has dual-role customers').to.be.greaterThan(100);
  });

  it('ends lines with CRLF and quotes only where needed', async () => {
    const customers = [{ id: 'q1', companyName: 'Quote "Co", Inc.\nLine 2', primaryDomain: 'my-domain.com', relationship: 'cloud-reseller', tags: ['a; b'] }];
    await exportWith(await mountButton(new MemoryAdapter({ customers })));
    // ignoreBOM keeps the byte-order mark in the decoded text, so the assertion sees it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0]!.blob.arrayBuffer());
    expect(text).to.equal('\uFEFFMicrosoft ID,Company name,Primary domain name,Relationship,Tags\r\nq1,"Quote ""Co"", Inc.\nLine 2",my-domain.com,Cloud Reseller,a; b\r\n');
  });

  it('neutralizes formulas in hostile data and round-trips every script', async () => {
    const dataset = generateDataset({ rows: 400, seed: 2, hostile: true });
    await exportWith(await mountButton(new MemoryAdapter(dataset)));
    const [, ...lines] = (await savedFile()).cells;
    for (const cells of lines) for (const cell of cells) expect(/^[=+\-@\t\r]/.test(cell), `cell ${JSON.stringify(cell.slice(0, 30))}`).to.equal(false);
    expect(lines).to.deep.equal(dataset.customers.map(expectedLine));
    const names = lines.map((cells) => cells[1]);
    expect(names).to.include("'=HYPERLINK(\"http://evil.example\",\"click\")");
    for (const sample of ['Ł', '株', 'ش', '🚀']) expect(names.some((name) => name!.includes(sample)), `a name with ${sample}`).to.equal(true);
  });

  it('exports the full list whatever a sibling <customer-list> searches, filters or sorts', async () => {
    const dataset = generateDataset({ rows: 1500, seed: 4 });
    const adapter = new MemoryAdapter(dataset);
    const page = await fixture<HTMLElement>(html`<div>
      <customer-list .adapter=${adapter} search-text="Con" relationship-filter="cloud-reseller" search-debounce="0"></customer-list>
      <export-button .adapter=${adapter}></export-button>
    </div>`);
    const list = page.querySelector('customer-list')!;
    await waitForRowsOf(list);
    expect(list.totalCount).to.be.below(1500);
    await exportWith(page.querySelector('export-button')!);
    expect((await savedFile()).cells).to.have.length(1501);
  });

  it('shows progress as text and an accessible progress bar, then the result', async () => {
    const pages = slowAdapter(1200);
    const element = await mountButton(pages.adapter, 'page-size=500');
    await clickExport(element);
    const progress = oneEvent(element, 'export-progress');
    pages.allow(1);
    await progress;
    await element.updateComplete;
    const bar = element.shadowRoot!.querySelector<HTMLProgressElement>('progress')!;
    expect([bar.getAttribute('aria-label'), bar.max, bar.value]).to.deep.equal(['Export progress', 1200, 500]);
    expect(element.shadowRoot!.querySelector('[part=progress]')!.textContent).to.contain('Exporting 500 of 1,200 customers…');
    const completed = oneEvent(element, 'export-complete');
    pages.allow();
    await completed;
    await element.updateComplete;
    expect(message(element)!.textContent).to.match(/^Saved Customers\.csv: 1,200 rows, [\d.]+ kB\.$/);
    expect(element.shadowRoot!.querySelector('[part=progress]') === null, 'the progress is gone').to.equal(true);
    expectFocusOn(exportButton(element), 'focus stays on the button that was clicked');
  });

  it('does not start a second export while one runs, and says why', async () => {
    const { adapter, allow } = slowAdapter(1000);
    let firstPages = 0;
    const counting = Object.assign(Object.create(adapter), {
      listCustomers: (request: ListCustomersRequest, signal?: AbortSignal) => ((firstPages += request.continuationToken ? 0 : 1), adapter.listCustomers(request, signal)),
    }) as MemoryAdapter;
    const element = await mountButton(counting, 'page-size=200');
    const button = exportButton(element);
    await clickExport(element);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(description(button)).to.equal('An export is running; wait for it or cancel it.');
    await click(button);
    await press('Enter');
    await element.updateComplete;
    expect(element.running, 'still the first export').to.equal(true);
    const completed = oneEvent(element, 'export-complete');
    allow();
    await completed;
    expect([firstPages, saved.length]).to.deep.equal([1, 1]);
  });

  it('saves nothing when cancelled, and says so', async () => {
    const pages = slowAdapter(3000);
    const element = await mountButton(pages.adapter, 'page-size=500');
    await clickExport(element);
    const progress = oneEvent(element, 'export-progress');
    pages.allow(1);
    await progress;
    await element.updateComplete;
    const cancelled = oneEvent(element, 'export-cancel') as Promise<ExportCancelEvent>;
    await click(cancelButton(element)!);
    expect((await cancelled).rows).to.equal(500);
    await element.updateComplete;
    expect(saved).to.have.length(0);
    expect(message(element)!.textContent).to.equal('Export cancelled; nothing was saved.');
    expect(element.running).to.equal(false);
    expect(exportButton(element).getAttribute('aria-disabled')).to.equal('false');
  });

  it('saves nothing when a page fails, and shows why', async () => {
    const data = generateDataset({ rows: 2000, seed: 1 });
    const adapter = new MemoryAdapter(data);
    let pages = 0;
    const failing = Object.assign(Object.create(adapter), {
      listCustomers: (request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> =>
        ++pages === 3 ? Promise.reject(new AdapterError('server', 'The server failed to answer (HTTP 500)')) : adapter.listCustomers(request, signal),
    }) as MemoryAdapter;
    const element = await mountButton(failing, 'page-size=500');
    const failed = oneEvent(element, 'export-error') as Promise<ExportErrorEvent>;
    await click(exportButton(element));
    expect(((await failed).error as AdapterError).kind).to.equal('server');
    await element.updateComplete;
    const shown = message(element)!;
    expect([shown.getAttribute('role'), shown.textContent]).to.deep.equal(['alert', 'Export failed; nothing was saved. The service failed to answer. Try again in a moment.']);
    expect(saved).to.have.length(0);
  });

  it('waits out a throttled page and continues', async () => {
    const adapter = new MemoryAdapter(generateDataset({ rows: 1500, seed: 1 }));
    let throttled = 0;
    // Whether the page was asked again before its Retry-After: a timer set with the refusal, due 10 ms before the
    // retry may go, must run first. Timers run in the order they fall due, on a busy machine too: no stopwatch.
    const order: string[] = [];
    const throttling = Object.assign(Object.create(adapter), {
      listCustomers: (request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> => {
        if (request.continuationToken) throttled++;
        if (throttled === 1 && request.continuationToken) {
          setTimeout(() => order.push('almost due'), 140);
          return Promise.reject(new AdapterError('throttled', 'Too many requests', { retryAfterMs: 150 }));
        }
        if (throttled === 2 && request.continuationToken) order.push('asked again');
        return adapter.listCustomers(request, signal);
      },
    }) as MemoryAdapter;
    const { rows } = await exportWith(await mountButton(throttling, 'page-size=500'));
    expect(rows).to.equal(1500);
    expect(order, 'the throttled page is asked again once its Retry-After has passed').to.deep.equal(['almost due', 'asked again']);
    expect((await savedFile()).cells).to.have.length(1501);
  });

  it('exports over the REST adapter, through throttling', async () => {
    await startMockWorker();
    mockApi.reset({ rows: 1234, seed: 6 });
    mockApi.configure({ throttle: { requests: 2, retryAfterSeconds: 0, routes: ['customers'] } });
    const { rows } = await exportWith(await mountButton(new RestAdapter({ headers: mockAuthHeaders('sales-agent') })));
    expect(rows).to.equal(1234);
    expect(mockApi.requests.filter((request) => request.status === 200)).to.have.length(3);
    expect(mockApi.requests.every((request) => !request.url.includes('filter'))).to.equal(true);
    expect((await savedFile()).cells).to.have.length(1235);
  });

  it('lets a host veto an export', async () => {
    const element = await mountButton(new MemoryAdapter(generateDataset({ rows: 10, seed: 1 })));
    element.addEventListener('export-start', (event) => event.preventDefault());
    await clickExport(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).to.have.length(0);
    expect(element.running).to.equal(false);
    expect([cancelButton(element) === null, message(element) === null], 'no progress, no message').to.deep.equal([true, true]);
  });

  it('takes a filename, a delimiter and no BOM', async () => {
    const customers = [{ id: 'x', companyName: 'A;B', primaryDomain: 'a.com', relationship: 'advisor', tags: [] }];
    await exportWith(await mountButton(new MemoryAdapter({ customers }), 'filename=klienci.csv delimiter=; bom=false'));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0]!.blob.arrayBuffer());
    expect(saved[0]!.filename).to.equal('klienci.csv');
    expect(text).to.equal('Microsoft ID;Company name;Primary domain name;Relationship;Tags\r\nx;"A;B";a.com;Advisor;\r\n');
  });

  it('writes the header in the UI language', async () => {
    await setLocale('pl');
    try {
      const customers = [{ id: 'x', companyName: 'Łódź', primaryDomain: 'a.pl', relationship: 'indirect-reseller', indirectReseller: { id: 'r', name: 'R' }, tags: [] }];
      await exportWith(await mountButton(new MemoryAdapter({ customers })));
      const { cells } = await savedFile();
      expect(cells).to.deep.equal([
        ['Identyfikator Microsoft', 'Nazwa firmy', 'Nazwa domeny podstawowej', 'Relacja', 'Tagi'],
        ['x', 'Łódź', 'a.pl', 'Odsprzedawca pośredni', ''],
      ]);
    } finally {
      await setLocale('en');
    }
  });

  it('refuses a file past the size limit and saves nothing', async () => {
    const element = await mountButton(new MemoryAdapter(generateDataset({ rows: 500, seed: 1 })), 'max-file-size=2000');
    const failed = oneEvent(element, 'export-error');
    await click(exportButton(element));
    await failed;
    await element.updateComplete;
    expect(message(element)!.textContent).to.contain('The file would be too large for the browser to save.');
    expect(saved).to.have.length(0);
  });

  it('says what is missing without an adapter', async () => {
    const element = await mountButton(undefined);
    await clickExport(element);
    expect(message(element)!.textContent).to.contain('No data source');
    expectFocusOn(exportButton(element));
  });

  it('gives focus to Export customers when Cancel, clicked with the mouse, goes with the progress', async () => {
    const { adapter } = slowAdapter(100);
    const element = await mountButton(adapter);
    await clickExport(element);
    expect(element.running).to.equal(true);
    const cancelled = oneEvent(element, 'export-cancel');
    await click(cancelButton(element)!);
    await cancelled;
    await element.updateComplete;
    expect(cancelButton(element) === null, 'the progress is gone').to.equal(true);
    expect(message(element)!.textContent).to.equal('Export cancelled; nothing was saved.');
    expectFocusOn(exportButton(element), 'focus on Export customers, not the page');
    expect(saved).to.have.length(0);
  });

  it('gives focus to Export customers when an export finishes or fails while Cancel has it', async () => {
    for (const failure of [undefined, new AdapterError('server', 'The server failed to answer (HTTP 500)')]) {
      const pages = slowAdapter(30);
      const element = await mountButton(pages.adapter);
      await clickExport(element);
      await tabTo(cancelButton(element)!);
      const ended = oneEvent(element, failure ? 'export-error' : 'export-complete');
      if (failure) pages.fail(failure);
      else pages.allow();
      await ended;
      await element.updateComplete;
      expect(message(element)!.textContent).to.match(failure ? /^Export failed; nothing was saved\. The service failed to answer\. Try again in a moment\.$/ : /^Saved Customers\.csv: 30 rows, [\d.]+ kB\.$/);
      expectFocusOn(exportButton(element), failure ? 'after a failure' : 'after completion');
    }
  });

  it('sits in <customer-list>\'s command bar when the page defines it', async () => {
    const list = await fixture<HTMLElement>(html`<customer-list .adapter=${new MemoryAdapter(generateDataset({ rows: 20, seed: 1 }))}></customer-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('export-button'));
    const composed = list.shadowRoot!.querySelector('export-button')!;
    await exportWith(composed);
    expect((await savedFile()).cells).to.have.length(21);
  });

  it('keeps <customer-list>\'s commands in place during and after an export, and its result can be dismissed (regression: New order moved from x=474 to 32, Views wrapped, the result stayed until reload)', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const pages = slowAdapter(1000);
      pages.allow(1);
      const list = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<customer-list .adapter=${pages.adapter} agent-role="admin-agent"></customer-list>`);
      await waitForRowsOf(list as never);
      const root = list.shadowRoot!;
      const element = root.querySelector<ExportButton>('export-button')!;
      // Two pages: the export is still running after the first.
      element.pageSize = 500;
      const commands = [...root.querySelectorAll<HTMLElement>('[part=command-bar] button'), exportButton(element)];
      const views = root.querySelector<HTMLElement>('[data-command=views]')!;
      expect(views.getBoundingClientRect().top, 'Views is on the commands\' line').to.be.closeTo(commands[0]!.getBoundingClientRect().top, 1);
      await withoutLayoutShift(commands, async () => {
        const progress = oneEvent(element, 'export-progress');
        await click(exportButton(element));
        pages.allow(1);
        await progress;
        await element.updateComplete;
        expect(cancelButton(element), 'the progress is drawn').to.not.equal(null);
        expect(isFullyVisible(element.shadowRoot!.querySelector('[part=progress]')!), 'the progress is in view').to.equal(true);
      });
      await withoutLayoutShift(commands, async () => {
        const completed = oneEvent(element, 'export-complete');
        pages.allow();
        await completed;
        await element.updateComplete;
      });
      expect(message(element)!.textContent).to.match(/^Saved Customers\.csv: 1,000 rows, [\d.]+ kB\.$/);
      expect(isFullyVisible(message(element)!), 'the result is in view').to.equal(true);
      const dismiss = element.shadowRoot!.querySelector<HTMLElement>('[part=dismiss]');
      expect(dismiss, 'the result has Dismiss').to.not.equal(null);
      await withoutLayoutShift(commands, async () => {
        await click(dismiss!);
        await element.updateComplete;
      });
      expect(message(element) === null, 'the result is gone').to.equal(true);
      expectFocusNotLost('Dismiss');
      expectFocusOn(exportButton(element), 'focus on Export customers once Dismiss is gone');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible while idle, running and after a failure', async () => {
    const pages = slowAdapter(1000);
    const element = await mountButton(pages.adapter, 'page-size=500');
    await expect(element).to.be.accessible();
    await clickExport(element);
    const progress = oneEvent(element, 'export-progress');
    pages.allow(1);
    await progress;
    await element.updateComplete;
    expect(element.running).to.equal(true);
    await expect(element).to.be.accessible();
    const failed = oneEvent(element, 'export-error');
    pages.fail(new AdapterError('server', 'The server failed to answer (HTTP 500)'));
    await failed;
    await element.updateComplete;
    expect(message(element)!.getAttribute('role')).to.equal('alert');
    await expect(element).to.be.accessible();
  });
});
