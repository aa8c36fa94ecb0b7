/**
 * CSV per RFC 4180 with spreadsheet formula injection neutralized (OWASP "CSV injection"): pure functions
 * from rows to text chunks, so an export builds its file from page-sized strings and never one giant string.
 */
import type { CustomerRow, Relationship } from './customer.js';
import type { ColumnId } from './query.js';

export type CsvDelimiter = ',' | ';' | '\t';

/** One column of a CSV file: its header and how a row gives its cell. */
export interface CsvColumn<Row = CustomerRow> {
  header: string;
  value: (row: Row) => string;
}

export const CRLF = '\r\n';
export const BOM = '\uFEFF';
/** Joins a customer's tags in one cell. */
export const TAG_SEPARATOR = '; ';

/** Columns of `Customers.csv`, in order; the export may take a subset. */
export const CSV_COLUMN_IDS: readonly ColumnId[] = ['id', 'companyName', 'primaryDomain', 'relationship', 'tags'];

/** The export's columns, with headers and relationship labels in the UI's language. */
export function customerCsvColumns(
  header: (column: ColumnId) => string,
  relationshipLabel: (relationship: Relationship) => string,
  ids: readonly ColumnId[] = CSV_COLUMN_IDS,
): CsvColumn[] {
  const value: Record<ColumnId, (row: CustomerRow) => string> = {
    id: (row) => row.id,
    companyName: (row) => row.companyName,
    primaryDomain: (row) => row.primaryDomain,
    relationship: (row) => relationshipLabel(row.relationship),
    tags: (row) => row.tags.join(TAG_SEPARATOR),
  };
  return ids.map((id) => ({ header: header(id), value: value[id] }));
}

/**
 * A cell a spreadsheet could run as a formula (OWASP "CSV injection"): one starting with = + - @ tab or CR, or
 * whose first character after leading white space and control characters is = + - @ (LibreOffice evaluates
 * `\u0000=1+17`, and `" =1+1"` with "trim spaces"). Letters and digits first, the common case, cost one
 * comparison: this runs for every cell of a 100 000-row export.
 */
function startsLikeFormula(cell: string): boolean {
  const c = cell.charCodeAt(0);
  // Letters, digits and an empty cell (NaN) first: the common cases cost one comparison.
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x7e) || c !== c) return false;
  return FORMULA_START.test(cell);
}
const FORMULA_START = /^(?:[=+\-@\t\r]|[\s\p{Cc}\p{Cf}]+[=+\-@])/u;

/** C0 controls but TAB, CR and LF never reach the file (a NUL can end a cell early in some readers). */
const HAS_C0_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const C0_CONTROLS = new RegExp(HAS_C0_CONTROL.source, 'g');

function withoutControls(text: string): string {
  // The test is not global (a global regex's test() carries lastIndex over to the next string).
  return HAS_C0_CONTROL.test(text) ? text.replace(C0_CONTROLS, '') : text;
}

const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/, '\t': /["\t\r\n]/ };
/**
 * A cell that needs quoting or holds a control character: one test per cell finds both, so the rare cells that
 * need either cost the extra work and the rest cost nothing more.
 */
const NEEDS_CARE: Record<CsvDelimiter, RegExp> = Object.fromEntries(
  Object.entries(NEEDS_QUOTES).map(([delimiter, quotes]) => [delimiter, new RegExp(`${quotes.source.slice(0, -1)}${HAS_C0_CONTROL.source.slice(1)}`)]),
) as Record<CsvDelimiter, RegExp>;

/** One cell: a leading `'` defuses a formula; quotes wrap a cell holding the delimiter, a quote, CR or LF. */
export function csvCell(value: string, delimiter: CsvDelimiter = ','): string {
  const cell = startsLikeFormula(value) ? `'${withoutControls(value)}` : withoutControls(value);
  return NEEDS_QUOTES[delimiter].test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvLine(cells: readonly string[], delimiter: CsvDelimiter = ','): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i ? delimiter : '') + csvCell(cells[i]!, delimiter);
  return line + CRLF;
}

export function csvHeader<Row>(columns: readonly CsvColumn<Row>[], delimiter: CsvDelimiter = ','): string {
  return csvLine(columns.map((column) => column.header), delimiter);
}

/** The lines of some rows as one chunk, each ending in CRLF. */
export function csvRows<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], delimiter: CsvDelimiter = ','): string {
  const quotes = NEEDS_QUOTES[delimiter];
  const care = NEEDS_CARE[delimiter];
  let chunk = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      let cell = columns[i]!.value(row);
      if (startsLikeFormula(cell)) cell = `'${cell}`;
      if (care.test(cell)) {
        cell = withoutControls(cell);
        if (quotes.test(cell)) cell = `"${cell.replaceAll('"', '""')}"`;
      }
      line += i ? delimiter + cell : cell;
    }
    chunk += line + CRLF;
  }
  return chunk;
}

/**
 * Reads CSV back into cells (RFC 4180: quoted fields, doubled quotes, CRLF or LF). For tests and for hosts
 * that check a file; not a general-purpose parser.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      record.push(cell);
      cell = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || record.length) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
