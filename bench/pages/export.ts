/**
 * SPEC §1 "Export", §4: `Customers.csv` from 100 000 rows. Ours (`csvHeader` + `csvRows` over 500-row pages,
 * as the export walks them) against papaparse's `unparse` on the same rows mapped to the same five columns;
 * each result then turned into the Blob the export saves. Also: are both files the same data (7a), how much
 * JS heap each takes (8), and the whole walk through `walkToCsv` on the MemoryAdapter and over the MSW REST
 * mock (a service worker) until the Blob exists (9).
 */
import Papa from 'papaparse';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../mocks/browser.js';
import { generateCustomers } from '../../mocks/data/index.js';
import type { CustomerAdapter } from '../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { RestAdapter } from '../../src/adapter/rest/rest-adapter.js';
import { walkToCsv } from '../../src/controllers/csv-walk.js';
import { columnLabel, relationshipLabel } from '../../src/localization/labels.js';
import { BOM, csvHeader, csvRows, customerCsvColumns, parseCsv, TAG_SEPARATOR, type CsvColumn } from '../../src/model/csv.js';
import type { CustomerRow } from '../../src/model/customer.js';
import { assertIsolated, benchRows, ROWS } from './common.js';

/** Rows per `csvRows` call in (7) and (8): the REST API's page size, the smallest page the export sees. */
export const SERIALIZE_PAGE = 500;
/** `<export-button>`'s default `page-size`, used on the MemoryAdapter in (9). */
export const MEMORY_WALK_PAGE = 5000;
/** The REST API caps pages at 500 (SPEC §2). */
export const REST_WALK_PAGE = 500;
/** Rows of the hostile dataset (7a) also checks: formulas, quotes, line breaks, padding, BOMs in cells. */
export const HOSTILE_ROWS = 10_000;
const CSV_TYPE = 'text/csv;charset=utf-8';
/** The element's default `max-file-size`. */
const MAX_LENGTH = 500_000_000;
const PAPA_CONFIG = { escapeFormulae: true, newline: '\r\n' } as const;

export interface SerializeResult {
  /** rows → CSV text (ours: the header and 200 chunks; papaparse: one string). */
  textMs: number;
  /** `new Blob(...)` of that text, with the BOM as the element adds it. */
  blobMs: number;
  bytes: number;
}

/** (8), measured by run.ts over CDP while `heapOurs()` / `heapPapa()` run. */
export interface HeapResult {
  /** Largest JSHeapUsedSize sampled during the run (and right after it) minus the figure after gc() before it, in bytes. */
  peakGrowth: number;
  /** After gc(), with the text and the Blob still referenced (before `release()`): what stays live. */
  retainedGrowth: number;
  /** Heap samples taken while the page's code ran. */
  samples: number;
  /** The file (Blob.size). */
  bytes: number;
}

export interface WalkResult {
  /** From calling walkToCsv until `new Blob(...)` has returned. */
  ms: number;
  /** Of `ms`: from each listCustomers call until its page arrived, summed (the adapter, and for REST the mock). */
  adapterMs: number;
  /** Of `ms`: the final `new Blob(...)`. */
  blobMs: number;
  /** listCustomers calls (MemoryAdapter) or HTTP requests (REST). */
  requests: number;
  /** REST: requests the MSW mock answered (its request log), to show the service worker served them all. */
  servedByMock?: number;
  rows: number;
  bytes: number;
  /** The walk's file is byte for byte the file of (7): UTF-8 BOM, then the same text. */
  sameFileAs7: boolean;
  /** Where it first differs, if it does: line number and both lines. */
  difference?: string;
}

export interface CellDifference {
  record: number;
  column: number;
  ours: string;
  papa: string;
}

export interface DatasetCheck {
  dataset: string;
  records: number;
  cells: number;
  identicalCells: number;
  /** Cells that differ for a reason the README explains, by reason. */
  explained: Record<string, number>;
  unexplained: number;
  unexplainedExamples: CellDifference[];
  /** Records or cell counts that differ (a broken line structure). */
  shapeProblems: string[];
  /** Our parsed file against the source rows (with `'` before a formula-leading cell): mismatching cells. */
  oursVsSource: number;
  oursVsSourceExamples: CellDifference[];
  /** Our file read by Papa.parse against our parseCsv: mismatching cells (an independent reader). */
  papaReaderDisagrees: number;
  /** Our text equals papaparse's text plus a final CRLF. */
  textIdentical: boolean;
  /** CRLF-separated lines whose text differs (quoting differs though the cells are equal). */
  differingLines: number;
  lineExamples: [string, string][];
}

export interface ExportBench {
  /** ms to map the rows to papaparse's input (5 strings per row), once at page setup; not in papaparse's (7). */
  papaInputMs: number;
  ours(): SerializeResult;
  papa(): SerializeResult;
  /** (8): text + Blob, ours, kept referenced until `release()`; returns Blob.size. run.ts samples the heap meanwhile. */
  heapOurs(): number;
  heapPapa(): number;
  release(): void;
  walkMemory(): Promise<WalkResult>;
  walkRest(): Promise<WalkResult>;
  check(): DatasetCheck[];
  /** Whether performance.measureUserAgentSpecificMemory exists here (it does under cross-origin isolation). */
  measureUserAgentSpecificMemory: boolean;
}

declare global {
  interface Window {
    exportBench?: ExportBench;
  }
}

assertIsolated();

const customers = benchRows();
const columns = customerCsvColumns(columnLabel, relationshipLabel);
const headers = columns.map((column) => column.header);
const pages = paged(customers);

/** The same five columns as plain strings: relationship as its label, tags joined with "; ". */
const papaRow = (row: CustomerRow) => [row.id, row.companyName, row.primaryDomain, relationshipLabel(row.relationship), row.tags.join(TAG_SEPARATOR)];
const papaStart = performance.now();
const papaData = customers.map(papaRow);
const papaInputMs = performance.now() - papaStart;

const memoryAdapter = instrument(new MemoryAdapter({ customers }));

await startMockWorker();
mockApi.reset({ data: { customers } });
let restRequests = 0;
const restAdapter = instrument(
  new RestAdapter({
    headers: mockAuthHeaders('admin-agent'),
    fetch: (input, init) => {
      restRequests++;
      return fetch(input, init);
    },
  }),
);
// The mock builds its store on the first request: done here, not inside the timed walk.
const probe = await restAdapter.listCustomers({ pageSize: 1 });
if (probe.totalCount !== ROWS) throw new Error(`the MSW mock serves ${probe.totalCount} rows, expected ${ROWS}`);
if (!mockApi.requests.length) throw new Error('the request did not reach the MSW mock (service worker not in control?)');

/** (8)'s text and Blob, referenced until run.ts has measured what stays live. */
let held: unknown;

/** The file of (7), as text without the BOM, for comparing the walks' files against. */
let reference: string | undefined;

/** Rows in SERIALIZE_PAGE-row pages, as the REST walk receives them (sliced before any timing). */
function paged(rows: readonly CustomerRow[]): CustomerRow[][] {
  const result: CustomerRow[][] = [];
  for (let start = 0; start < rows.length; start += SERIALIZE_PAGE) result.push(rows.slice(start, start + SERIALIZE_PAGE));
  return result;
}

function ourChunks(rows: readonly (readonly CustomerRow[])[], cols: readonly CsvColumn[] = columns): string[] {
  const chunks = [csvHeader(cols)];
  for (const page of rows) chunks.push(csvRows(page, cols));
  return chunks;
}

type Instrumented<A> = A & { requests: number; adapterMs: number };

/** Counts listCustomers calls and sums the time from each call until its page arrives. */
function instrument<A extends CustomerAdapter>(adapter: A): Instrumented<A> {
  const counted = adapter as Instrumented<A>;
  counted.requests = 0;
  counted.adapterMs = 0;
  const listCustomers = adapter.listCustomers.bind(adapter);
  counted.listCustomers = async (request, signal) => {
    counted.requests++;
    const start = performance.now();
    try {
      return await listCustomers(request, signal);
    } finally {
      counted.adapterMs += performance.now() - start;
    }
  };
  return counted;
}

async function walk(adapter: Instrumented<CustomerAdapter>, pageSize: number, requests: () => number): Promise<WalkResult> {
  const before = requests();
  const adapterBefore = adapter.adapterMs;
  const controller = new AbortController();
  const start = performance.now();
  const { chunks, rows } = await walkToCsv({
    fetchPage: (page, signal) => adapter.listCustomers(page, signal),
    columns: customerCsvColumns(columnLabel, relationshipLabel),
    delimiter: ',',
    pageSize,
    signal: controller.signal,
    maxLength: MAX_LENGTH,
    onPage: () => {},
  });
  const blobStart = performance.now();
  const blob = new Blob([BOM, ...chunks], { type: CSV_TYPE });
  const end = performance.now();
  // Blob.text() decodes UTF-8 and drops the BOM: its bytes are checked apart.
  const text = await blob.text();
  const bom = [...new Uint8Array(await blob.slice(0, 3).arrayBuffer())];
  reference ??= ourChunks(pages).join('');
  const hasBom = bom.join() === '239,187,191';
  const result: WalkResult = {
    ms: end - start,
    adapterMs: adapter.adapterMs - adapterBefore,
    blobMs: end - blobStart,
    requests: requests() - before,
    rows,
    bytes: blob.size,
    sameFileAs7: hasBom && text === reference,
  };
  if (!hasBom) result.difference = `the file starts with bytes ${bom.join(' ')}, not the UTF-8 BOM EF BB BF`;
  else if (text !== reference) result.difference = firstDifference(text, reference);
  return result;
}

function firstDifference(text: string, expected: string): string {
  const lines = text.split('\r\n');
  const want = expected.split('\r\n');
  const line = lines.findIndex((value, index) => value !== want[index]);
  const at = line < 0 ? Math.min(lines.length, want.length) : line;
  return `${lines.length} vs ${want.length} lines; line ${at + 1}: ${JSON.stringify(lines[at]?.slice(0, 160))} vs (7)'s ${JSON.stringify(want[at]?.slice(0, 160))}`;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

function compareDatasets(dataset: string, rows: readonly CustomerRow[]): DatasetCheck {
  const ours = ourChunks(paged(rows)).join('');
  const papa = Papa.unparse({ fields: headers, data: rows.map(papaRow) }, PAPA_CONFIG);
  const a = parseCsv(ours);
  const b = parseCsv(papa);
  const shapeProblems: string[] = [];
  if (a.length !== rows.length + 1) shapeProblems.push(`ours has ${a.length} records, expected ${rows.length + 1}`);
  if (b.length !== rows.length + 1) shapeProblems.push(`papaparse has ${b.length} records, expected ${rows.length + 1}`);
  const explained: Record<string, number> = {};
  const unexplainedExamples: CellDifference[] = [];
  let unexplained = 0;
  let cells = 0;
  let identicalCells = 0;
  for (let record = 0; record < Math.max(a.length, b.length); record++) {
    const ra = a[record] ?? [];
    const rb = b[record] ?? [];
    if (ra.length !== headers.length || rb.length !== headers.length) shapeProblems.push(`record ${record}: ${ra.length} cells in ours, ${rb.length} in papaparse's`);
    for (let column = 0; column < Math.max(ra.length, rb.length); column++) {
      cells++;
      const x = ra[column];
      const y = rb[column];
      if (x === y) {
        identicalCells++;
        continue;
      }
      const reason =
        x !== undefined && y !== undefined && x === `'${y}` && FORMULA_START.test(y) && LINE_TERMINATOR.test(y)
          ? 'papaparse leaves a formula-leading cell with a line break unescaped'
          : undefined;
      if (reason) explained[reason] = (explained[reason] ?? 0) + 1;
      else {
        unexplained++;
        if (unexplainedExamples.length < 10) unexplainedExamples.push({ record, column, ours: x ?? '(missing)', papa: y ?? '(missing)' });
      }
    }
  }
  // Ours against the source rows: the value, with a leading ' where it starts like a formula (SPEC §1).
  let oursVsSource = 0;
  const oursVsSourceExamples: CellDifference[] = [];
  const expectedHeader = headers.map((header) => (FORMULA_START.test(header) ? `'${header}` : header));
  [expectedHeader, ...rows.map(papaRow)].forEach((expected, record) => {
    expected.forEach((value, column) => {
      const want = FORMULA_START.test(value) ? `'${value}` : value;
      const got = a[record]?.[column];
      if (got === want) return;
      oursVsSource++;
      if (oursVsSourceExamples.length < 10) oursVsSourceExamples.push({ record, column, ours: got ?? '(missing)', papa: `(source) ${want}` });
    });
  });
  // An independent reader of our file: papaparse's parser.
  const read = Papa.parse<string[]>(ours, { newline: '\r\n', skipEmptyLines: false }).data;
  if (read.length && read[read.length - 1]!.length === 1 && read[read.length - 1]![0] === '') read.pop();
  let papaReaderDisagrees = Math.abs(read.length - a.length) * headers.length;
  for (let record = 0; record < Math.min(read.length, a.length); record++) {
    for (let column = 0; column < headers.length; column++) if (read[record]![column] !== a[record]![column]) papaReaderDisagrees++;
  }
  const oursLines = ours.split('\r\n');
  const papaLines = (papa + '\r\n').split('\r\n');
  let differingLines = 0;
  const lineExamples: [string, string][] = [];
  for (let line = 0; line < Math.max(oursLines.length, papaLines.length); line++) {
    if (oursLines[line] === papaLines[line]) continue;
    differingLines++;
    if (lineExamples.length < 4) lineExamples.push([oursLines[line] ?? '(none)', papaLines[line] ?? '(none)']);
  }
  return {
    dataset,
    records: a.length,
    cells,
    identicalCells,
    explained,
    unexplained,
    unexplainedExamples,
    shapeProblems: shapeProblems.slice(0, 10),
    oursVsSource,
    oursVsSourceExamples,
    papaReaderDisagrees,
    textIdentical: ours === papa + '\r\n',
    differingLines,
    lineExamples,
  };
}

window.exportBench = {
  papaInputMs,
  measureUserAgentSpecificMemory: typeof (performance as { measureUserAgentSpecificMemory?: unknown }).measureUserAgentSpecificMemory === 'function',

  ours() {
    const start = performance.now();
    const chunks = ourChunks(pages);
    const textEnd = performance.now();
    const blob = new Blob([BOM, ...chunks], { type: CSV_TYPE });
    const end = performance.now();
    return { textMs: textEnd - start, blobMs: end - textEnd, bytes: blob.size };
  },

  papa() {
    const start = performance.now();
    const text = Papa.unparse({ fields: headers, data: papaData }, PAPA_CONFIG);
    const textEnd = performance.now();
    const blob = new Blob([BOM, text], { type: CSV_TYPE });
    const end = performance.now();
    return { textMs: textEnd - start, blobMs: end - textEnd, bytes: blob.size };
  },

  heapOurs() {
    const chunks = ourChunks(pages);
    const blob = new Blob([BOM, ...chunks], { type: CSV_TYPE });
    held = [chunks, blob];
    return blob.size;
  },

  heapPapa() {
    const text = Papa.unparse({ fields: headers, data: papaData }, PAPA_CONFIG);
    const blob = new Blob([BOM, text], { type: CSV_TYPE });
    held = [text, blob];
    return blob.size;
  },

  release() {
    held = undefined;
  },

  walkMemory: () => walk(memoryAdapter, MEMORY_WALK_PAGE, () => memoryAdapter.requests),
  async walkRest() {
    const logged = mockApi.requests.length;
    const result = await walk(restAdapter, REST_WALK_PAGE, () => restRequests);
    return { ...result, servedByMock: mockApi.requests.length - logged };
  },

  check() {
    const hostile = JSON.parse(JSON.stringify(generateCustomers({ rows: HOSTILE_ROWS, seed: 1, hostile: true }))) as CustomerRow[];
    return [compareDatasets(`bench data: ${ROWS} rows, seed 1`, customers), compareDatasets(`hostile: ${HOSTILE_ROWS} rows, seed 1, hostile: true`, hostile)];
  },
};
