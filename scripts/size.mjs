#!/usr/bin/env node
/**
 * `npm run size`: each element's bytes, min+gzip, against its budget (SPEC §4), in a few seconds and without a
 * test runner, so CI can run it. Exits 1 when any figure is over its budget.
 *
 * The measure is SPEC's command, to the byte: `esbuild <entry> --bundle --minify --format=esm
 * --conditions=production --define:process.env.NODE_ENV='"production"' | gzip -9`, through esbuild's JS API
 * (byte-identical output to its CLI), gzipped with zlib at level 9 (GNU gzip comes out a few bytes smaller, so
 * zlib's figure is the stricter one).
 *
 * Each element is measured as `npm run bench` measures the list (6b): what a page loads first. What an element
 * loads through `import()` on a later action (the list's commands' elements, the Polish messages, an export's
 * writer, a menu opened for the first time) would be inlined by esbuild without code splitting, so each entry is
 * built with `--splitting` and only its entry chunk and the chunks that chunk imports statically are counted. The
 * figure with everything it may load later, SPEC's single bundle, is printed beside it.
 *
 * Options: `--json` prints the figures as JSON; `--why <element>` lists the element's largest modules (for the
 * list, of its first load), `--top <n>` of them (40 by default), to see what takes the bytes; `--only <text>`
 * measures only the elements whose name contains it; `--scale <factor>` multiplies every budget (how far each
 * element is from a tighter or looser target).
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Budgets in bytes, min+gzip (SPEC §4). */
const BUDGETS = [
  { name: '<customer-list> (first load)', entry: 'src/components/customer-list/customer-list.ts', budget: 45_600, firstLoad: true },
  { name: '<tag-editor>', entry: 'src/components/tag-editor/tag-editor.ts', budget: 20_000, firstLoad: true },
  { name: '<new-order-dialog>', entry: 'src/components/new-order-dialog/new-order-dialog.ts', budget: 20_000, firstLoad: true },
  { name: '<billing-profile-form>', entry: 'src/components/billing-profile-form/billing-profile-form.ts', budget: 20_000, firstLoad: true },
  { name: '<export-button>', entry: 'src/components/export-button/export-button.ts', budget: 15_000, firstLoad: true },
  { name: '<activity-log>', entry: 'src/components/activity-log/activity-log.ts', budget: 26_000, firstLoad: true },
  { name: 'all six (src/define.ts)', entry: 'src/define.ts', budget: 80_000, firstLoad: true },
];

const common = {
  absWorkingDir: repo,
  bundle: true,
  minify: true,
  format: 'esm',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
  logLevel: 'warning',
  metafile: true,
};

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The whole bundle of `entry`, as SPEC's command builds it. */
async function whole(entry) {
  const result = await build({ ...common, entryPoints: [entry] });
  const output = Object.values(result.metafile.outputs)[0];
  return { bytes: gzip(result.outputFiles[0].contents), inputs: output.inputs };
}

/** The entry chunk of `entry` built with code splitting and every chunk it imports statically. */
async function firstLoad(entry) {
  const result = await build({ ...common, entryPoints: [entry], splitting: true, outdir: 'out', chunkNames: '[name]-[hash]' });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(repo.length + 1), file.contents]));
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: imported, kind } of outputs[path].imports) if (kind === 'import-statement') visit(imported);
  };
  // esbuild makes every import() target an entry point of its own: start from the one asked for only.
  for (const [path, output] of Object.entries(outputs)) if (output.entryPoint === entry) visit(path);
  const later = Object.keys(outputs).filter((path) => !initial.has(path) && files.has(path));
  // As the bench does: the first-load chunks concatenated, then gzipped once.
  const code = Buffer.concat([...initial].map((path) => files.get(path)));
  const inputs = {};
  for (const path of initial) for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) inputs[input] = { bytesInOutput };
  return { bytes: gzip(code), inputs, later: later.reduce((sum, path) => sum + gzip(files.get(path)), 0), laterChunks: later.length };
}

/** Minified bytes per source file or package, largest first. */
function byModule(inputs) {
  const sizes = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const key = match ? match[1] : input;
    sizes.set(key, (sizes.get(key) ?? 0) + bytesInOutput);
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const why = option('--why');
const only = option('--only');
const scale = Number(option('--scale') ?? 1);
const rows = [];
for (const { budget: specBudget, ...element } of BUDGETS) {
  if (only && !element.name.includes(only)) continue;
  const budget = Math.round(specBudget * scale);
  const measured = element.firstLoad ? await firstLoad(element.entry) : await whole(element.entry);
  const row = { element: element.name, entry: element.entry, bytes: measured.bytes, budget, over: measured.bytes > budget };
  if (element.firstLoad) {
    row.later = { chunks: measured.laterChunks, bytes: measured.later };
    row.whole = (await whole(element.entry)).bytes;
  }
  if (why && element.name.includes(why)) row.modules = byModule(measured.inputs);
  rows.push(row);
}

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const width = Math.max(...rows.map((row) => row.element.length));
  for (const row of rows) {
    const verdict = row.over ? `OVER by ${row.bytes - row.budget} B` : `ok, ${row.budget - row.bytes} B to spare`;
    console.log(`${row.element.padEnd(width)}  ${String(row.bytes).padStart(6)} B / ${String(row.budget).padStart(6)} B  ${verdict}`);
    if (row.later) console.log(`${''.padEnd(width)}  (later, by import(): ${row.later.chunks} chunks, ${row.later.bytes} B; one esbuild bundle without splitting: ${row.whole} B)`);
    if (row.modules) {
      const total = row.modules.reduce((sum, [, bytes]) => sum + bytes, 0);
      for (const [name, bytes] of row.modules.slice(0, Number(option('--top') ?? 40))) console.log(`    ${String(bytes).padStart(7)} B min  ${((bytes / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
    }
  }
}
process.exitCode = rows.some((row) => row.over) ? 1 : 0;
