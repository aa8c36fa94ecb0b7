/**
 * The files an <activity-log> hands to the browser, caught where file-saver would save them, and read back with
 * papaparse: a parser of its own, so a quoting mistake the export makes is not undone by the same code.
 */
import { expect } from '@open-wc/testing';
import type Papa from 'papaparse';
// @ts-expect-error papaparse's browser build has no types of its own; they are the package's (imported above)
import PapaBrowser from 'papaparse/papaparse.min.js';
import { fileSaver } from '../../../src/internal/export/save-file.js';

// The package's main file requires Node's `stream`; its browser build is the same parser without it.
const papa = PapaBrowser as typeof Papa;

export interface SavedFile {
  blob: Blob;
  filename: string;
}

/** Catches every file saved from now on, until `restore()`. */
export function catchSavedFiles(): { saved: SavedFile[]; restore(): void } {
  const saved: SavedFile[] = [];
  const original = fileSaver.saveAs;
  fileSaver.saveAs = (blob, filename) => saved.push({ blob, filename });
  return { saved, restore: () => (fileSaver.saveAs = original) };
}

/** The one saved file's bytes, and its cells as papaparse reads them (after the UTF-8 byte-order mark). */
export async function readSavedFile(saved: readonly SavedFile[]): Promise<{ bytes: Uint8Array; text: string; header: string[]; lines: string[][] }> {
  expect(saved, 'exactly one file was saved').to.have.length(1);
  const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
  // ignoreBOM keeps the mark in the text, so a missing one shows.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\uFEFF'), 'the file starts with a byte-order mark').to.equal(true);
  const parsed = papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors, 'papaparse reads the file without errors').to.deep.equal([]);
  const [header = [], ...lines] = parsed.data;
  return { bytes, text, header, lines };
}

/**
 * A cell as a spreadsheet must get it (SPEC §1 export rules): a value whose first character, or first after
 * leading white space and control characters, is = + - @ tab or CR gets a leading apostrophe; C0 controls but
 * tab, CR and LF are dropped.
 */
export function defused(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  return /^(?:[=+\-@\t\r]|[\s\p{Cc}\p{Cf}]+[=+\-@])/u.test(value) ? `'${clean}` : clean;
}
