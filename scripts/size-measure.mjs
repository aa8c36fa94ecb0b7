/**
 * The size measure of `npm run size` (scripts/size.mjs), shared with `npm run bench`'s (6b) so both print the
 * same figure for the same thing. SPEC §4's command, to the byte: `esbuild <entry> --bundle --minify
 * --format=esm --conditions=production --define:process.env.NODE_ENV='"production"' | gzip -9`, through
 * esbuild's JS API (byte-identical output to its CLI), gzipped with zlib at level 9 (GNU gzip comes out a few
 * bytes smaller, so zlib's figure is the stricter one). esbuild keeps the packages' legal comments (lit's
 * `@license` lines, at the end of each chunk) and does not minify the CSS and markup in tagged templates.
 *
 * `firstLoad`: what a page loads first. What an element loads through `import()` on a later action would be
 * inlined by esbuild without code splitting, so the entry is built with `--splitting` and only its entry chunk
 * and the chunks that chunk imports statically are counted, concatenated and gzipped once.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Budgets in bytes, min+gzip (SPEC §4). */
export const BUDGETS = [
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

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The whole bundle of `entry`, as SPEC's command builds it. */
export async function whole(entry) {
  const result = await build({ ...common, entryPoints: [entry] });
  const output = Object.values(result.metafile.outputs)[0];
  const code = result.outputFiles[0].contents;
  return { bytes: gzip(code), min: code.length, inputs: output.inputs, code };
}

/** The entry chunk of `entry` built with code splitting and every chunk it imports statically. */
export async function firstLoad(entry) {
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
  return { bytes: gzip(code), min: code.length, inputs, later: later.reduce((sum, path) => sum + gzip(files.get(path)), 0), laterChunks: later.length };
}

/** Minified bytes per source file or package, largest first. */
export function byModule(inputs) {
  const sizes = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const key = match ? match[1] : input;
    sizes.set(key, (sizes.get(key) ?? 0) + bytesInOutput);
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

