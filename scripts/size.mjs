#!/usr/bin/env node
/**
 * `npm run size`: each element's bytes, min+gzip, against its budget (SPEC §4), in a few seconds and without a
 * test runner, so CI can run it. Exits 1 when any figure is over its budget.
 *
 * The measure (scripts/size-measure.mjs, which `npm run bench` reuses for its row (6b)) is SPEC's command, to
 * the byte: `esbuild <entry> --bundle --minify --format=esm --conditions=production
 * --define:process.env.NODE_ENV='"production"' | gzip -9`, gzipped with zlib at level 9. Each element's figure is
 * what a page loads first: built with `--splitting`, its entry chunk and the chunks that chunk imports statically,
 * not what it loads through `import()` on a later action (the list's commands' elements, the Polish messages, an
 * export's writer, a menu opened for the first time). The figure with everything it may load later, SPEC's
 * single bundle, is printed beside it.
 *
 * Options: `--json` prints the figures as JSON; `--why <element>` lists the element's largest modules (for the
 * list, of its first load), `--top <n>` of them (40 by default), to see what takes the bytes; `--only <text>`
 * measures only the elements whose name contains it; `--scale <factor>` multiplies every budget (how far each
 * element is from a tighter or looser target).
 */
import { BUDGETS, byModule, firstLoad, whole } from './size-measure.mjs';

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
