/**
 * `npm run bench`: SPEC §4's list targets, measured in headless Chromium side by side with the peers
 * (@vaadin/grid, @lit-labs/virtualizer) in one run, plus the bundle sizes. Prints one table and writes it to
 * bench/results.md. See bench/README.md for what each figure means.
 *
 * Also SPEC §4's export targets (bench/export.html): rows → CSV text → Blob, ours against papaparse, the two
 * files compared cell by cell, JS heap, and the whole export walk over the MemoryAdapter and the MSW REST mock.
 *
 * Also (4d): the search keystrokes of (4) again on <customer-list> over 1 000 000 rows (customer-list.html?rows=…).
 *
 * Also <activity-log> over 100 000 activity records (bench/activity-log.html): (1), (2), (3), (5) and (3x) at the
 * list's targets, in a column beside the list's figures.
 *
 * Options: --loads N (timed page loads per page, default 5, after 1 warm-up), --profile (afterwards, one more
 * load of each page under the CPU profiler and a trace; summary to bench/profile.md),
 * --only customer-list,vaadin-grid,lit-virtualizer,activity-log,search-1m,export, --no-bundle, --screenshots DIR (a PNG of each
 * page after its first rows and after the jump, to see that it renders), --million-loads N (timed loads of the
 * 1 000 000-row page, default 1, at most --loads).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, createServer, type InlineConfig, type Rollup, type ViteDevServer } from 'vite';
import type { DomRows, ScrollResult, SearchResult, ThroughResult } from './pages/common.js';
import type { DatasetCheck, HeapResult, SerializeResult, WalkResult } from './pages/export.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { minifyLiterals } from '../scripts/minify-literals-plugin.js';
import { BUDGETS, byModule, firstLoad, whole } from '../scripts/size-measure.mjs';

const repo = resolve(import.meta.dirname, '..');
const benchDir = resolve(repo, 'bench');
const chromePath = CHROMIUM_PATH;
const chromeArgs = [
  ...CHROMIUM_ARGS,
  // run.ts calls gc() before every phase, so garbage from building the data is not collected inside a timing.
  '--js-flags=--expose-gc',
  // Nothing leaves the machine: every host but the bench server's fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const { values: options } = parseArgs({
  options: {
    loads: { type: 'string', default: '5' },
    profile: { type: 'boolean', default: false },
    only: { type: 'string' },
    screenshots: { type: 'string' },
    'no-bundle': { type: 'boolean', default: false },
    // Issue 17: the list's figures with an agent's arranged view (four columns resized, Relationship hidden).
    'arranged-view': { type: 'boolean', default: false },
    // (3x) takes ~35 s per page (2000 frames), so it runs on the last N timed loads only (never the warm-up).
    'through-loads': { type: 'string', default: '1' },
    // (4d)'s page takes ~35 s to get ready (a million rows generated, flattened through JSON, copied into two
    // adapters: the element's and the search oracle's), so it runs on the last timed load only by default.
    'million-loads': { type: 'string', default: '1' },
  },
});
const LOADS = Number(options.loads);
if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error(`--loads must be a whole number ≥ 1, got ${options.loads}`);
const TARGETS = ['customer-list', 'vaadin-grid', 'lit-virtualizer', 'activity-log'] as const;
type Target = (typeof TARGETS)[number];
/** Our grids: the rows marked "(ours)" are theirs, and each gets a column and a verdict. */
const OURS: readonly Target[] = ['customer-list', 'activity-log'];
/** The pages with a search phase (4): ours' list, and Vaadin with the host filtering (4v). */
const SEARCHED: readonly Target[] = ['customer-list', 'vaadin-grid'];
const THROUGH_LOADS = Math.min(LOADS, Number(options['through-loads']));
if (!Number.isInteger(THROUGH_LOADS) || THROUGH_LOADS < 0) throw new Error(`--through-loads must be a whole number ≥ 0, got ${options['through-loads']}`);
const MILLION_LOADS = Math.min(LOADS, Number(options['million-loads']));
if (!Number.isInteger(MILLION_LOADS) || MILLION_LOADS < 1) throw new Error(`--million-loads must be a whole number ≥ 1, got ${options['million-loads']}`);
const only = options.only?.split(',');
const unknown = only?.filter((name) => name !== 'export' && name !== 'search-1m' && !(TARGETS as readonly string[]).includes(name)) ?? [];
if (unknown.length) throw new Error(`--only: unknown page(s) ${unknown.join(', ')}; known: ${[...TARGETS, 'search-1m', 'export'].join(', ')}`);
const targets = only ? TARGETS.filter((target) => only.includes(target)) : [...TARGETS];
/** The export page (bench/export.html): rows (7) to (9). */
const runExport = !only || only.includes('export');
/** (4d): customer-list.html?rows=1000000, first rows and search only. */
const MILLION_ROWS = 1_000_000;
const runMillion = !only || only.includes('search-1m');

const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

// ---- shared Vite settings

const define = { 'process.env.NODE_ENV': '"production"' };
/** Lit and Vaadin in their production builds (Vite's dev server would pick `development`). */
const conditions = ['module', 'browser', 'production'];
/** Vaadin's dev-mode usage statistics would post to vaadin.com from a localhost page: swap in its opt-out stub. */
const alias = [
  {
    find: /^@vaadin\/vaadin-usage-statistics\/vaadin-usage-statistics\.js$/,
    replacement: resolve(repo, 'node_modules/@vaadin/vaadin-usage-statistics/vaadin-usage-statistics-optout.js'),
  },
];

// ---- (6) bundle sizes

interface Size {
  label: string;
  min: number;
  gzip: number;
  note?: string;
}

function gzipSize(code: string | Uint8Array): number {
  return gzipSync(code, { level: 9 }).length;
}

/**
 * One minified ES module of `entry` with every dependency inlined, built in memory by Vite (Rolldown, Oxc's
 * minifier). Vite's library build keeps the whitespace of ES output (`codegen: false`, so that its `#__PURE__`
 * notes survive for a bundler downstream), and drops the packages' legal comments.
 */
async function bundleOf(label: string, entry: string, note?: string): Promise<Size & { byPackage: [string, number][] }> {
  const config: InlineConfig = {
    configFile: false,
    // As the library build does: the CSS and markup in our tagged templates minified too.
    plugins: [minifyLiterals()],
    root: repo,
    logLevel: 'silent',
    publicDir: false,
    define,
    resolve: { conditions, alias },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
  const result = (await build(config)) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  const chunks = outputs.filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  const code = chunks.map((chunk) => chunk.code).join('\n');
  // Rendered (pre-minification) bytes per package: only a share, to tell where the size comes from.
  const byPackage = new Map<string, number>();
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const key = packageOf(id.startsWith(repo) ? id.slice(repo.length + 1) : id);
      byPackage.set(key, (byPackage.get(key) ?? 0) + module.renderedLength);
    }
  }
  return { label, min: Buffer.byteLength(code), gzip: gzipSize(code), byPackage: [...byPackage.entries()].sort((a, b) => b[1] - a[1]), ...(note ? { note } : {}) };
}

/** A package's name, or the first two folders of a path in the repo (`src/components`). */
function packageOf(path: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return match ? match[1]! : path.split('/').slice(0, 2).join('/');
}

/** (6b): the list's entry as `npm run size` names it, with its budget. */
const LIST_SIZE = BUDGETS.find((budget) => budget.entry === 'src/components/customer-list/customer-list.ts')!;

/**
 * (6b), what a page loads first of <customer-list>, measured exactly as `npm run size` measures it
 * (scripts/size-measure.mjs): esbuild with `--splitting`, the entry chunk and the chunks it imports statically,
 * zlib -9. It was a Vite library build once, and came out 2.4 kB over `npm run size` for the same modules:
 * Vite's ES library output keeps its whitespace (+4.4 kB), which outweighed what that build leaves out
 * (lit's legal comments, -0.7 kB; CSS and markup in templates minified, -0.5 kB; Oxc's smaller output, -0.8 kB).
 */
async function listFirstLoad(): Promise<Size & { byPackage: [string, number][]; later: number; laterChunks: number }> {
  const measured = await firstLoad(LIST_SIZE.entry);
  const byPackage = new Map<string, number>();
  for (const [name, bytes] of byModule(measured.inputs)) byPackage.set(packageOf(name), (byPackage.get(packageOf(name)) ?? 0) + bytes);
  return {
    label: `${LIST_SIZE.name}, as npm run size measures it`,
    min: measured.min,
    gzip: measured.bytes,
    byPackage: [...byPackage.entries()].sort((a, b) => b[1] - a[1]),
    later: measured.later,
    laterChunks: measured.laterChunks,
  };
}

/** The bundle target as its acceptance check states it, to the byte. */
const ACCEPTANCE_COMMAND = `esbuild src/define.ts --bundle --minify --format=esm --conditions=production --define:process.env.NODE_ENV='"production"' | gzip -9`;

interface Acceptance {
  min: number;
  /** zlib at level 9, as run.ts can always compute it. */
  gzip: number;
  /** The system's `gzip -9` over the same bytes, when there is one (GNU gzip's deflate differs from zlib's by a few bytes). */
  gnuGzip?: number;
}

/** ACCEPTANCE_COMMAND through esbuild's API (byte-identical output to its CLI), in memory: `npm run size`'s `whole`. */
async function acceptanceSize(): Promise<Acceptance> {
  const { code } = await whole('src/define.ts');
  let gnuGzip: number | undefined;
  try {
    gnuGzip = execFileSync('gzip', ['-9'], { input: code, maxBuffer: 64 * 1024 * 1024 }).length;
  } catch {
    gnuGzip = undefined;
  }
  return { min: code.length, gzip: gzipSize(code), ...(gnuGzip === undefined ? {} : { gnuGzip }) };
}

async function bundleSizes(): Promise<{ ours: Size[]; peers: Size[]; breakdown: string; later: string; acceptance: Acceptance }> {
  log('bundle: npx vite build --mode bundle');
  execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
  const bundleFile = resolve(repo, 'dist/customer-list-elements.bundle.js');
  const bundleCode = readFileSync(bundleFile);
  // SPEC §4 measures "all six with lit and its dependencies": define.ts registers every element.
  const elements = await bundleOf('every element (define.ts) + lit + @lit/* + file-saver', resolve(repo, 'src/define.ts'));
  const ours: Size[] = [elements, { label: 'dist/customer-list-elements.bundle.js (elements, adapters, model)', min: bundleCode.length, gzip: gzipSize(bundleCode) }];
  log("bundle: <customer-list>'s first load as npm run size measures it (scripts/size-measure.mjs), and the peers");
  const element = await listFirstLoad();
  ours.push(element);
  // Each other element imported on its own (SPEC §4: "each element importable on its own").
  for (const tag of ['export-button', 'tag-editor', 'new-order-dialog', 'billing-profile-form']) {
    ours.push(await bundleOf(`${tag}.ts alone + lit + @lit/*`, resolve(repo, `src/components/${tag}/${tag}.ts`)));
  }
  const vaadin = await bundleOf('@vaadin/grid + grid-column (+ their lit/polymer deps)', resolve(benchDir, 'sizes/vaadin-grid.ts'));
  const virtualizer = await bundleOf('@lit-labs/virtualizer + lit', resolve(benchDir, 'sizes/lit-virtualizer.ts'));
  const total = element.byPackage.reduce((sum, [, bytes]) => sum + bytes, 0);
  const breakdown = element.byPackage
    .slice(0, 8)
    .map(([name, bytes]) => `${name} ${((bytes / total) * 100).toFixed(0)} %`)
    .join(', ');
  log(`bundle: ${ACCEPTANCE_COMMAND}`);
  const acceptance = await acceptanceSize();
  const later = `${element.laterChunks} chunks, ${element.later} B min+gzip`;
  return { ours, peers: [vaadin, virtualizer], breakdown, later, acceptance };
}

// ---- the pages

async function startServer(): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root: benchDir,
    cacheDir: resolve(repo, 'node_modules/.vite-bench'),
    // public/ holds MSW's worker script, which the export page's REST walk registers at /mockServiceWorker.js.
    publicDir: resolve(repo, 'public'),
    logLevel: 'warn',
    appType: 'mpa',
    define,
    resolve: { conditions, alias },
    // Pre-bundle every dependency up front, so no page load triggers a re-optimization and reload.
    optimizeDeps: { entries: ['*.html'], holdUntilCrawlEnd: true },
    server: {
      host: '127.0.0.1',
      port: 5191,
      strictPort: false,
      hmr: false,
      watch: null,
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
      fs: { allow: [repo] },
    },
  });
  await server.listen();
  return server;
}

interface LoadResult {
  firstRows: number;
  scroll: ScrollResult;
  jump: { ms: number; placeholderMs?: number; requests?: number };
  domRows: DomRows;
  through?: ThroughResult;
  search?: SearchResult;
}

async function openPage(context: BrowserContext, origin: string, target: Target | 'export', query = ''): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/dev mode/i.test(text)) problems.push(`dev-mode build loaded: ${text.split('\n')[0]}`);
    else if (message.type() === 'error') problems.push(`console error: ${text.split('\n')[0]}`);
  });
  // The page builds its data in top-level await, which holds back its load event: a million rows take a while,
  // and so do 100 000 activity records (the generator builds each record's values: ~10 s on a quiet machine).
  const slow = query !== '' || target === 'activity-log';
  await page.goto(`${origin}/${target}.html${query}`, { timeout: slow ? 180_000 : 30_000 });
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
  if (!isolated) throw new Error(`${target}: crossOriginIsolated is false; COOP/COEP headers missing, performance.now() would be coarsened`);
  try {
    await page.waitForFunction((global) => global in window, target === 'export' ? 'exportBench' : 'bench', { timeout: slow ? 180_000 : 60_000, polling: 100 });
  } catch (error) {
    throw new Error(`${target}: the page did not get ready. ${problems.join(' | ') || String(error)}`);
  }
  if (await page.evaluate(() => 'litIssuedWarnings' in globalThis)) problems.push('Lit development build loaded (resolve.conditions)');
  if (!(await page.evaluate(() => typeof (globalThis as { gc?: unknown }).gc === 'function'))) problems.push('gc() is not exposed (--js-flags=--expose-gc)');
  if (problems.length) throw new Error(`${target}: ${problems.join(' | ')}`);
  return page;
}

async function runLoad(browser: Browser, origin: string, target: Target, withThrough: boolean): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await openPage(context, origin, target, target === 'customer-list' && options['arranged-view'] ? '?view=arranged' : '');
    const gc = () => page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    await gc();
    const firstRows = await page.evaluate(() => window.bench!.firstRows());
    if (options.screenshots) await page.screenshot({ path: resolve(options.screenshots, `${target}-first-rows.png`) });
    await gc();
    const scroll = await page.evaluate(() => window.bench!.scroll());
    await gc();
    const jump = await page.evaluate(() => window.bench!.jump());
    if (options.screenshots) await page.screenshot({ path: resolve(options.screenshots, `${target}-jump.png`) });
    const domRows = await page.evaluate(() => window.bench!.domRows());
    await gc();
    const through = withThrough ? await page.evaluate(() => window.bench!.scrollThrough()) : undefined;
    if (through) await gc();
    const search = SEARCHED.includes(target) ? await page.evaluate(() => window.bench!.search!()) : undefined;
    return { firstRows, scroll, jump, domRows, ...(through ? { through } : {}), ...(search ? { search } : {}) };
  } finally {
    await context.close();
  }
}

interface MillionLoad {
  /** ms from setting the adapter until the first data row is in the DOM, as (1). */
  firstRows: number;
  search: SearchResult;
  /** ms from navigation until window.bench existed: generating the rows, their adapter and the search oracle. */
  setupMs: number;
}

/** (4d) One fresh load of customer-list.html over MILLION_ROWS rows: (1) to attach the adapter, then (4)'s keystrokes. */
async function runMillionLoad(browser: Browser, origin: string): Promise<MillionLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const opened = performance.now();
    const page = await openPage(context, origin, 'customer-list', `?rows=${MILLION_ROWS}`);
    const setupMs = performance.now() - opened;
    const gc = () => page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    await gc();
    const firstRows = await page.evaluate(() => window.bench!.firstRows());
    await gc();
    const search = await page.evaluate(() => window.bench!.search!());
    return { firstRows, search, setupMs };
  } finally {
    await context.close();
  }
}

/** 300 frames on an empty page, nothing scrolling: frames over 20 ms that the machine alone causes. */
async function idleFrames(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/idle.html`);
    await page.waitForFunction(() => window.idleFrames !== undefined, undefined, { timeout: 30_000, polling: 100 });
    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    return await page.evaluate(() => window.idleFrames!());
  } finally {
    await context.close();
  }
}

// ---- (7) to (9): the export page

interface ExportLoad {
  ours: SerializeResult;
  papa: SerializeResult;
  heapOurs: HeapResult;
  heapPapa: HeapResult;
  walkMemory: WalkResult;
  walkRest: WalkResult;
  papaInputMs: number;
  measureUserAgentSpecificMemory: boolean;
  /** (7a), on the warm-up load only: it parses both files back, which takes seconds. */
  check?: DatasetCheck[];
}

/**
 * One fresh page load of bench/export.html. Ours and papaparse take turns going first (odd loads: ours first),
 * so neither always runs on the fresher heap; gc() before each phase.
 */
async function runExportLoad(browser: Browser, origin: string, load: number): Promise<ExportLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await openPage(context, origin, 'export');
    const gc = () => page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    const oursFirst = load % 2 === 1;
    const serialize = async () => {
      const first = await page.evaluate((ours) => (ours ? window.exportBench!.ours() : window.exportBench!.papa()), oursFirst);
      await gc();
      const second = await page.evaluate((ours) => (ours ? window.exportBench!.papa() : window.exportBench!.ours()), oursFirst);
      return oursFirst ? { ours: first, papa: second } : { ours: second, papa: first };
    };
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapUsed = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value;
    };
    /**
     * (8): JSHeapUsedSize polled over CDP, back to back, while the page's synchronous code runs.
     * Performance.getMetrics is one of the DevTools commands Chromium serves by interrupting running JS;
     * Runtime.getHeapUsage waits until the page is idle, so it could not see inside the call.
     */
    const heapRun = async (ours: boolean): Promise<HeapResult> => {
      await gc();
      const base = await heapUsed();
      let finished = false;
      const run = page.evaluate((which) => (which ? window.exportBench!.heapOurs() : window.exportBench!.heapPapa()), ours).finally(() => {
        finished = true;
      });
      let peak = base;
      let samples = 0;
      while (!finished) {
        peak = Math.max(peak, await heapUsed());
        samples++;
      }
      const bytes = await run;
      peak = Math.max(peak, await heapUsed());
      await gc();
      const retainedGrowth = (await heapUsed()) - base;
      await page.evaluate(() => window.exportBench!.release());
      return { peakGrowth: peak - base, retainedGrowth, samples, bytes };
    };
    const heap = async () => {
      const first = await heapRun(oursFirst);
      const second = await heapRun(!oursFirst);
      return oursFirst ? { heapOurs: first, heapPapa: second } : { heapOurs: second, heapPapa: first };
    };
    await gc();
    const { ours, papa } = await serialize();
    await gc();
    const { heapOurs, heapPapa } = await heap();
    await gc();
    const walkMemory = await page.evaluate(() => window.exportBench!.walkMemory());
    await gc();
    const walkRest = await page.evaluate(() => window.exportBench!.walkRest());
    const { papaInputMs, measureUserAgentSpecificMemory } = await page.evaluate(() => ({ papaInputMs: window.exportBench!.papaInputMs, measureUserAgentSpecificMemory: window.exportBench!.measureUserAgentSpecificMemory }));
    await gc();
    const check = load === 0 ? await page.evaluate(() => window.exportBench!.check()) : undefined;
    return { ours, papa, heapOurs, heapPapa, walkMemory, walkRest, papaInputMs, measureUserAgentSpecificMemory, ...(check ? { check } : {}) };
  } finally {
    await context.close();
  }
}

/** Things an export load must get right, whatever its timings: a wrong file would make every figure moot. */
function exportProblems(result: ExportLoad): string[] {
  const problems: string[] = [];
  for (const [name, walk] of [['MemoryAdapter', result.walkMemory], ['REST mock', result.walkRest]] as const) {
    if (walk.rows !== 100_000) problems.push(`(9) ${name} walk exported ${walk.rows} rows, expected 100000`);
    if (!walk.sameFileAs7) problems.push(`(9) ${name} walk's file differs from (7)'s: ${walk.difference}`);
  }
  if (result.walkRest.servedByMock !== result.walkRest.requests) problems.push(`(9) REST walk: ${result.walkRest.requests} requests, but the MSW mock logged ${result.walkRest.servedByMock}`);
  // papaparse writes no CRLF after the last record; ours ends every record with one.
  if (result.papa.bytes !== result.ours.bytes - 2) problems.push(`(7) file sizes: ours ${result.ours.bytes} B, papaparse ${result.papa.bytes} B (expected ours − 2)`);
  return problems;
}

/** Both lines around their first difference: `ours …x… / papaparse …y…`. */
function whereDiffers(ours: string, papa: string): string {
  let at = 0;
  while (at < ours.length && ours[at] === papa[at]) at++;
  const from = Math.max(0, at - 12);
  const show = (line: string) => JSON.stringify(`${from ? '…' : ''}${line.slice(from, at + 24)}${line.length > at + 24 ? '…' : ''}`);
  return `ours ${show(ours)} / papaparse ${show(papa)}`;
}

function checkSummary(check: DatasetCheck): { ok: boolean; text: string } {
  const explained = Object.entries(check.explained).map(([reason, count]) => `${count} explained (${reason})`);
  const ok = !check.unexplained && !check.shapeProblems.length && !check.oursVsSource && !check.papaReaderDisagrees;
  const parts = [
    `${check.dataset}: ${check.records} records, ${check.identicalCells} of ${check.cells} cells identical`,
    ...explained,
    `${check.unexplained} unexplained`,
    `ours against the source rows: ${check.oursVsSource} mismatches`,
    `Papa.parse of our file against parseCsv: ${check.papaReaderDisagrees} disagreements`,
    check.textIdentical ? 'texts byte-identical but for papaparse\'s missing final CRLF' : `${check.differingLines} lines differ in text (quoting), e.g. ${check.lineExamples.slice(0, 3).map(([ours, papa]) => whereDiffers(ours, papa)).join(', ')}`,
  ];
  if (check.shapeProblems.length) parts.push(`shape: ${check.shapeProblems.join('; ')}`);
  if (check.unexplainedExamples.length) parts.push(`unexplained, first ones: ${JSON.stringify(check.unexplainedExamples)}`);
  if (check.oursVsSourceExamples.length) parts.push(`ours vs source, first ones: ${JSON.stringify(check.oursVsSourceExamples)}`);
  return { ok, text: parts.join('; ') };
}

function exportNotes(loads: readonly ExportLoad[], check: readonly DatasetCheck[] | undefined): string[] {
  const samples = stat(loads.flatMap((load) => [load.heapOurs.samples, load.heapPapa.samples]));
  return [
    `Export: papaparse ${version('papaparse')} \`Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\\r\\n' })\` on the rows mapped beforehand to [id, company name, domain, relationship label, tags joined with "; "]; ours is \`customerCsvColumns(columnLabel, relationshipLabel)\` with \`csvHeader\` + \`csvRows\` over 200 pages of 500 rows, sliced beforehand. Both Blobs get the BOM, type text/csv;charset=utf-8. Ours and papaparse alternate which goes first from load to load.`,
    `(8) heap: CDP \`Performance.getMetrics\` JSHeapUsedSize (the page's V8 heap, live and not yet collected), polled back to back from run.ts while the page runs text + Blob (${samples ? `${samples.min}–${samples.max}` : 'no'} samples per run), after gc(); peak minus the figure before. Not \`measureUserAgentSpecificMemory\` (${loads[0]?.measureUserAgentSpecificMemory ? 'present under isolation' : 'absent'}): it answers after a later GC, so it cannot see a peak inside synchronous code; not \`Runtime.getHeapUsage\`: it waits until the page is idle. The Blob's own bytes live outside the JS heap.`,
    ...(check ?? []).map((item) => `(7a) ${checkSummary(item).text}.`),
  ];
}

/** Rows (7) to (9) of the table: ours in the first figure column, papaparse in the second. */
function exportRows(loads: readonly ExportLoad[], check: readonly DatasetCheck[] | undefined, issues: readonly string[]): Row[] {
  const mb = (bytes: number) => bytes / 1e6;
  const pair = (
    measure: string,
    pickOurs: ((load: ExportLoad) => number) | undefined,
    pickPapa: ((load: ExportLoad) => number) | undefined,
    unit: string,
    digits = 1,
    target = '',
    verdictOf?: (ours: Stat, papa: Stat | undefined) => boolean,
  ): Row => {
    const ours = pickOurs ? stat(loads.map(pickOurs)) : undefined;
    const papa = pickPapa ? stat(loads.map(pickPapa)) : undefined;
    return {
      measure,
      ours: cell(ours, unit, digits),
      vaadin: pickPapa ? cell(papa, unit, digits) : '',
      virtualizer: '',
      ratios: ours && papa ? ratio(ours, papa) : '—',
      target,
      verdict: verdictOf ? (ours ? (verdictOf(ours, papa) ? 'PASS' : 'MISS') : 'n/a') : '',
    };
  };
  const checked = check?.map(checkSummary);
  return [
    { measure: `**Export: \`Customers.csv\`, 100 000 rows** (columns: ours / papaparse ${version('papaparse')})`, ours: '**ours**', vaadin: '**papaparse**', virtualizer: '', ratios: '**ours/papaparse**', target: '', verdict: '' },
    pair(
      '(7) rows → CSV text (ours: csvHeader + csvRows per 500-row page; papaparse: unparse, escapeFormulae)',
      (load) => load.ours.textMs,
      (load) => load.papa.textMs,
      ' ms',
      1,
      '≥ 2.5× faster than papaparse (ratio ≤ 0.40)',
      (ours, papa) => papa !== undefined && ours.median <= papa.median / 2.5,
    ),
    pair('(7b) … then `new Blob([BOM, …])` of that text', (load) => load.ours.blobMs, (load) => load.papa.blobMs, ' ms'),
    pair('(7c) … text + Blob', (load) => load.ours.textMs + load.ours.blobMs, (load) => load.papa.textMs + load.papa.blobMs, ' ms', 1, '≤ 100 ms', (ours) => ours.median <= 100),
    pair('(7d) … papaparse\'s input: rows mapped to 5-string arrays (page setup, once; not in its (7))', undefined, (load) => load.papaInputMs, ' ms'),
    pair('(7e) file size (`Blob.size`: UTF-8 with BOM)', (load) => mb(load.ours.bytes), (load) => mb(load.papa.bytes), ' MB', 3),
    {
      measure: '(7a) same data: both files parsed back (`parseCsv`) and compared cell by cell; also a 10 000-row hostile dataset',
      ours: check
        ? check
            .map((item, index) => {
              const explained = Object.values(item.explained).reduce((sum, count) => sum + count, 0);
              return `${index ? 'hostile' : 'bench data'}: ${item.identicalCells}/${item.cells} cells identical${explained ? `, ${explained} explained` : ''}${item.unexplained ? `, ${item.unexplained} UNEXPLAINED` : ''}`;
            })
            .join('; ')
        : 'not run',
      vaadin: '',
      virtualizer: '',
      ratios: '',
      target: 'same cells',
      verdict: checked ? (checked.every((item) => item.ok) ? 'PASS' : 'DIFFERS') : 'n/a',
    },
    pair(
      '(8) peak JS heap growth during text + Blob ÷ file size',
      (load) => load.heapOurs.peakGrowth / load.heapOurs.bytes,
      (load) => load.heapPapa.peakGrowth / load.heapPapa.bytes,
      '×',
      2,
      '≤ 3× the file size',
      (ours) => ours.median <= 3,
    ),
    pair('(8a) … peak JS heap growth', (load) => mb(load.heapOurs.peakGrowth), (load) => mb(load.heapPapa.peakGrowth), ' MB'),
    pair('(8b) … still live after gc() with the text and the Blob referenced', (load) => mb(load.heapOurs.retainedGrowth), (load) => mb(load.heapPapa.retainedGrowth), ' MB'),
    pair(`(9) whole export: walkToCsv over the MemoryAdapter, page size 5000 (the element's default), until the Blob exists`, (load) => load.walkMemory.ms, undefined, ' ms', 1, '≤ 100 ms', (ours) => ours.median <= 100),
    pair('(9a) … of which waiting for listCustomers (the adapter copying and slicing pages)', (load) => load.walkMemory.adapterMs, undefined, ' ms'),
    pair('(9b) … of which the final `new Blob([BOM, …chunks])`', (load) => load.walkMemory.blobMs, undefined, ' ms'),
    pair('(9c) … listCustomers calls', (load) => load.walkMemory.requests, undefined, '', 0),
    pair('(9d) whole export over the MSW REST mock (RestAdapter → service worker → mock in the page), page size 500, cross-origin isolated', (load) => load.walkRest.ms, undefined, ' ms'),
    pair('(9e) … of which waiting for pages (HTTP through the service worker, the mock, JSON, decoding)', (load) => load.walkRest.adapterMs, undefined, ' ms'),
    pair('(9f) … HTTP requests', (load) => load.walkRest.requests, undefined, '', 0),
    ...(issues.length ? [{ measure: '(9g) problems with the files', ours: issues.join('; '), vaadin: '', virtualizer: '', ratios: '', target: 'none', verdict: 'FAIL' }] : []),
  ];
}

// ---- statistics and the table

interface Stat {
  median: number;
  min: number;
  max: number;
}

function stat(values: readonly number[]): Stat | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function num(value: number, digits: number): string {
  return value.toFixed(digits);
}

function cell(value: Stat | undefined, unit: string, digits = 1): string {
  if (!value) return '—';
  return `${num(value.median, digits)}${unit} (${num(value.min, digits)}–${num(value.max, digits)})`;
}

function ratio(ours: Stat | undefined, peer: Stat | undefined): string {
  if (!ours || !peer) return '—';
  if (peer.median === 0) return ours.median === 0 ? '1.0×' : '∞';
  return `${(ours.median / peer.median).toFixed(2)}×`;
}

interface Row {
  measure: string;
  ours: string;
  /** <activity-log>'s figure and verdict, in columns beside the list's when it ran. */
  activity?: string;
  activityVerdict?: string;
  vaadin: string;
  virtualizer: string;
  ratios: string;
  target: string;
  verdict: string;
}

function verdict(value: Stat | undefined, limit: number | undefined): string {
  if (limit === undefined) return '';
  if (!value) return 'n/a';
  return value.median <= limit ? 'PASS' : 'MISS';
}

function timedRow(measure: string, pick: (load: LoadResult, target: Target) => number | undefined, results: Map<Target, LoadResult[]>, unit: string, limit?: number, targetText = '', digits = 1): Row {
  const stats = Object.fromEntries(targets.map((target) => [target, stat((results.get(target) ?? []).map((load) => pick(load, target)).filter((value): value is number => value !== undefined))])) as Record<Target, Stat | undefined>;
  return {
    measure,
    ours: cell(stats['customer-list'], unit, digits),
    activity: cell(stats['activity-log'], unit, digits),
    vaadin: cell(stats['vaadin-grid'], unit, digits),
    virtualizer: cell(stats['lit-virtualizer'], unit, digits),
    ratios: stats['vaadin-grid'] || stats['lit-virtualizer'] ? `${ratio(stats['customer-list'], stats['vaadin-grid'])} / ${ratio(stats['customer-list'], stats['lit-virtualizer'])}` : '—',
    target: targetText,
    verdict: verdict(stats['customer-list'], limit),
    // Only where the log has a figure: it has no search (4).
    activityVerdict: stats['activity-log'] ? verdict(stats['activity-log'], limit) || (targetText ? 'n/a' : '') : '',
  };
}

const median = (text: string | undefined) => (text && /^([\d.]+)/.exec(text) ? Number(/^([\d.]+)/.exec(text)![1]) : undefined);

/** PASS when ours' median is ≤ Vaadin's (and ≤ the row's own limit if it already said MISS); n/a without both. */
function peerVerdict(row: Row): string {
  const ours = median(row.ours);
  const vaadin = median(row.vaadin);
  if (ours === undefined || vaadin === undefined) return row.verdict || 'n/a';
  const vsVaadin = ours <= vaadin ? 'PASS' : 'MISS';
  return row.verdict && row.verdict !== vsVaadin ? `${row.verdict} (≤ 16 ms) / ${vsVaadin} (vs Vaadin)` : row.verdict && row.verdict === 'MISS' ? 'MISS' : vsVaadin;
}

/**
 * The activity log against the list's peer target: ≤ Vaadin's median when Vaadin ran, else ≤ the list's (the
 * second grid on the same engine should not scroll worse than the first).
 */
function activityPeerVerdict(row: Row): string {
  const activity = median(row.activity);
  const vaadin = median(row.vaadin);
  const list = median(row.ours);
  if (activity === undefined) return 'n/a';
  if (vaadin !== undefined) return `${activity <= vaadin ? 'PASS' : 'MISS'} (vs Vaadin)`;
  if (list !== undefined) return `${activity <= list ? 'PASS' : 'MISS'} (vs the list)`;
  return 'n/a';
}

function markdownTable(rows: readonly Row[]): string {
  // The activity log's figures and verdict beside the list's, when it ran.
  const withLog = targets.includes('activity-log');
  const header = withLog
    ? ['measure', '<customer-list>', '<activity-log>', '@vaadin/grid', '@lit-labs/virtualizer', 'ratio ours/vaadin / ours/virt. (list)', 'target', 'list', 'activity log']
    : ['measure', '<customer-list>', '@vaadin/grid', '@lit-labs/virtualizer', 'ratio ours/vaadin / ours/virt.', 'target', ''];
  const cells = (row: Row) =>
    withLog
      ? [row.measure, row.ours, row.activity ?? '', row.vaadin, row.virtualizer, row.ratios, row.target, row.verdict, row.activityVerdict ?? '']
      : [row.measure, row.ours, row.vaadin, row.virtualizer, row.ratios, row.target, row.verdict];
  const lines = [header, header.map(() => '---'), ...rows.map(cells)];
  return lines.map((line) => `| ${line.join(' | ')} |`).join('\n');
}

function version(name: string): string {
  return (JSON.parse(readFileSync(resolve(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

// ---- profile (--profile)

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const shortUrl = (url: string) => url.replace(/^.*?\/\/[^/]+/, '').replace(/^\/@fs\/work\/main\//, '').replace(/\?.*$/, '').replace(/^node_modules\/\.vite-bench\/deps\//, 'deps/');

/** Self time of the busiest functions and files (idle excluded). */
function cpuSummary(profile: CpuProfile): string[] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const micros = self.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || !micros) continue;
    total += micros;
    const file = shortUrl(url);
    const key = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const fileKey = file || `(native) ${functionName}`;
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + micros);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, micros]) => `- ${(micros / 1000).toFixed(1)} ms ${key}`);
  return [`CPU samples, busy (not idle): ${(total / 1000).toFixed(1)} ms.`, '', 'Self time by function:', '', ...top(byFunction, 14), '', 'Self time by file:', '', ...top(byFile, 8)];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Trace events of the renderer's main thread that DevTools' summary is made of (outermost of each name). */
const TRACE_EVENTS: Record<string, string> = {
  EventDispatch: 'event handlers (scroll, input…) incl. microtasks',
  FireAnimationFrame: 'requestAnimationFrame callbacks (the bench\'s own tick; a forced layout inside it lands here too)',
  RunMicrotasks: 'microtasks outside events (Lit updates, promises)',
  TimerFire: 'timers',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  MinorGC: 'minor GC',
  MajorGC: 'major GC',
};

function traceSummary(buffer: Buffer, frames?: number): string[] {
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = (Array.isArray(parsed) ? parsed : parsed.traceEvents).sort((a, b) => a.ts - b.ts);
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) return ['(no renderer main thread in the trace)'];
  const sums = new Map<string, { ms: number; count: number }>();
  const openUntil = new Map<string, number>();
  let forcedLayout = 0;
  let fireEnd = 0;
  for (const event of events) {
    if (event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X' || event.dur === undefined || !(event.name in TRACE_EVENTS)) continue;
    if (event.name === 'FireAnimationFrame') fireEnd = Math.max(fireEnd, event.ts + event.dur);
    if (event.ts < (openUntil.get(event.name) ?? 0)) continue;
    openUntil.set(event.name, event.ts + event.dur);
    const sum = sums.get(event.name) ?? { ms: 0, count: 0 };
    sum.ms += event.dur / 1000;
    sum.count++;
    sums.set(event.name, sum);
    if (event.name === 'Layout' && event.ts < fireEnd) forcedLayout += event.dur / 1000;
  }
  const lines = [...sums.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([name, { ms, count }]) => `- ${ms.toFixed(1)} ms${frames ? ` (${(ms / frames).toFixed(2)} ms/frame)` : ''} ${name} ×${count}: ${TRACE_EVENTS[name]}`);
  if (forcedLayout) lines.push(`- of the layout, ${forcedLayout.toFixed(1)} ms ran inside requestAnimationFrame callbacks (forced by the bench's scrollTop write, i.e. the element's pending layout done early)`);
  return lines;
}

type Phase = 'firstRows' | 'scroll' | 'jump' | 'search';

async function profileLoad(browser: Browser, origin: string, target: Target, phases: readonly Phase[]): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const out: string[] = [];
  try {
    const page = await openPage(context, origin, target);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const run: Record<Phase, () => Promise<unknown>> = {
      firstRows: () => page.evaluate(() => window.bench!.firstRows()),
      scroll: () => page.evaluate(() => window.bench!.scroll()),
      jump: () => page.evaluate(() => window.bench!.jump()),
      search: () => page.evaluate(() => window.bench!.search!()),
    };
    // Phases always run in the bench's order; only the listed ones are recorded.
    for (const phase of ['firstRows', 'scroll', 'jump', 'search'] as const) {
      if (phase === 'search' && target !== 'customer-list') continue;
      await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
      if (!phases.includes(phase)) {
        await run[phase]();
        continue;
      }
      await cdp.send('Profiler.start');
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      const result = await run[phase]();
      const trace = await browser.stopTracing();
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const shown = JSON.stringify(result, (key, value: unknown) => (key === 'texts' ? undefined : typeof value === 'number' ? Math.round(value * 10) / 10 : value));
      out.push(`## ${target}: ${phase}`, '', `Result under the profiler: \`${shown}\``, '', ...cpuSummary(profile), '', 'Renderer main thread, trace:', '', ...traceSummary(trace, phase === 'scroll' ? 300 : undefined), '');
    }
  } finally {
    await context.close();
  }
  return out;
}

async function profileAll(browser: Browser, origin: string): Promise<string> {
  const out = [
    '# `npm run bench -- --profile`: where the time goes',
    '',
    'One extra page load per page after the timed ones, under the V8 sampling profiler (100 µs) and a DevTools trace. Figures under the profiler run slower than in the table. Source runs unminified through the Vite dev server, so names and lines are the sources\'.',
    '',
  ];
  if (targets.includes('customer-list')) out.push(...(await profileLoad(browser, origin, 'customer-list', ['firstRows', 'scroll', 'jump', 'search'])));
  if (targets.includes('activity-log')) out.push(...(await profileLoad(browser, origin, 'activity-log', ['firstRows', 'scroll', 'jump'])));
  for (const peer of targets.filter((target) => !OURS.includes(target))) out.push(...(await profileLoad(browser, origin, peer, ['scroll'])));
  if (runExport) out.push(...(await profileExport(browser, origin)));
  return out.join('\n');
}

/** The export page: (7) ours, (7) papaparse and (9) the MemoryAdapter walk, each under the CPU profiler. */
async function profileExport(browser: Browser, origin: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const out: string[] = [];
  try {
    const page = await openPage(context, origin, 'export');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const phases: [string, () => Promise<unknown>][] = [
      ['(7) ours: text + Blob', () => page.evaluate(() => window.exportBench!.ours())],
      ['(7) papaparse: text + Blob', () => page.evaluate(() => window.exportBench!.papa())],
      ['(9) walkToCsv over the MemoryAdapter + Blob', () => page.evaluate(() => window.exportBench!.walkMemory()).then(({ ms, requests, rows }) => ({ ms, requests, rows }))],
    ];
    for (const [name, run] of phases) {
      await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
      await cdp.send('Profiler.start');
      const result = await run();
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const shown = JSON.stringify(result, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value));
      out.push(`## export: ${name}`, '', `Result under the profiler: \`${shown}\``, '', ...cpuSummary(profile), '');
    }
  } finally {
    await context.close();
  }
  return out;
}

// ---- main

async function main(): Promise<void> {
  if (!existsSync(chromePath)) throw new Error(`No Chromium at ${chromePath}: install Debian's chromium package (scripts/ensure-chromium) or set CHROME_PATH. The bench never downloads a browser.`);
  const loadBefore = loadavg()[0]!;
  const sizes = options['no-bundle'] ? undefined : await bundleSizes();

  log('starting the Vite server (cross-origin isolated)');
  const server = await startServer();
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
  const results = new Map<Target, LoadResult[]>(targets.map((target) => [target, []]));
  const idle: number[] = [];
  const exportLoads: ExportLoad[] = [];
  const millionLoads: MillionLoad[] = [];
  let exportCheck: DatasetCheck[] | undefined;
  const exportIssues: string[] = [];
  let profile: string | undefined;
  try {
    for (let load = 0; load <= LOADS; load++) {
      for (const target of targets) {
        const result = await runLoad(browser, origin, target, load > LOADS - THROUGH_LOADS);
        const search = `${result.search ? `, search p95 ${result.search.p95.toFixed(1)} ms` : ''}${result.through ? `, ${result.through.frames}-frame scroll: >16.7 ms ${result.through.over16}, >20 ms ${result.through.over20}` : ''}`;
        log(`${load === 0 ? 'warm-up' : `load ${load}/${LOADS}`} ${target}: first rows ${result.firstRows.toFixed(1)} ms, jump ${result.jump.ms.toFixed(1)} ms, frames >20 ms ${result.scroll.over20}, rows ${result.domRows.rendered}/${result.domRows.visible}${search}`);
        if (result.search?.mismatches) throw new Error(`${target}: ${result.search.mismatches} search keystrokes showed other rows than the query returns`);
        if (load > 0) results.get(target)!.push(result);
      }
      // Never on the warm-up: its figures are in-page timings, and the 100 000-row load has warmed the server.
      if (runMillion && load > LOADS - MILLION_LOADS) {
        const result = await runMillionLoad(browser, origin);
        log(`load ${load}/${LOADS} customer-list, ${MILLION_ROWS} rows: page ready in ${(result.setupMs / 1000).toFixed(1)} s, first rows ${result.firstRows.toFixed(1)} ms, search p95 ${result.search.p95.toFixed(1)} ms (p50 ${result.search.p50.toFixed(1)} ms, first ${result.search.first.toFixed(1)} ms)`);
        if (result.search.mismatches) throw new Error(`customer-list, ${MILLION_ROWS} rows: ${result.search.mismatches} search keystrokes showed other rows than the query returns`);
        millionLoads.push(result);
      }
      if (runExport) {
        const result = await runExportLoad(browser, origin, load);
        const ms = (value: number) => `${value.toFixed(1)} ms`;
        log(
          `${load === 0 ? 'warm-up' : `load ${load}/${LOADS}`} export: text ours ${ms(result.ours.textMs)} / papaparse ${ms(result.papa.textMs)}, Blob ${ms(result.ours.blobMs)} / ${ms(result.papa.blobMs)}, ` +
            `heap ${(result.heapOurs.peakGrowth / result.heapOurs.bytes).toFixed(2)}× / ${(result.heapPapa.peakGrowth / result.heapPapa.bytes).toFixed(2)}× the file, ` +
            `walk memory ${ms(result.walkMemory.ms)} (${result.walkMemory.requests} requests), REST mock ${ms(result.walkRest.ms)} (${result.walkRest.requests} requests)`,
        );
        for (const problem of exportProblems(result)) if (!exportIssues.includes(problem)) exportIssues.push(problem);
        if (result.check) {
          exportCheck = result.check;
          for (const check of result.check) log(`(7a) ${checkSummary(check).text}`);
        }
        if (load > 0) exportLoads.push(result);
      }
      if (load > 0 && targets.length) idle.push(await idleFrames(browser, origin));
    }
    if (options.profile) {
      log('profiling one more load of each page');
      profile = await profileAll(browser, origin);
      writeFileSync(resolve(benchDir, 'profile.md'), `${profile}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const ours = results.get('customer-list') ?? [];
  const shortName: Record<Target, string> = { 'customer-list': 'ours', 'activity-log': 'activity log', 'vaadin-grid': 'Vaadin', 'lit-virtualizer': 'virt.' };
  const throughFrames = [...new Set(targets.flatMap((target) => (results.get(target) ?? []).flatMap((load) => (load.through ? [`${shortName[target]} ${load.through.frames} frames of ${load.through.rowHeight} px rows`] : []))))].join(', ') || 'not run';
  const listRows: Row[] = [
    timedRow('(1) first rows in the DOM after data is set, 100 000 rows (activity log: 100 000 records)', (load) => load.firstRows, results, ' ms', 20, '≤ 20 ms'),
    timedRow('(2) jump to row 50 000 until rendered with its data', (load) => load.jump.ms, results, ' ms', 15, '≤ 15 ms'),
    timedRow('(2a) … until its "Loading…" placeholder row is in the DOM (ours)', (load, target) => (OURS.includes(target) ? load.jump.placeholderMs : undefined), results, ' ms'),
    timedRow('(2b) … adapter requests made by the jump (ours)', (load) => load.jump.requests, results, '', undefined, '', 0),
    timedRow('(3) 300 frames of 200 px scrolling: frames over 20 ms', (load) => load.scroll.over20, results, '', 2, '≤ 2', 0),
    {
      ...timedRow('(3z) … noise floor: the same 300 frames on an empty page, nothing scrolling', () => undefined, results, ''),
      ours: cell(stat(idle), '', 0),
      activity: '(same for all)',
      vaadin: '(same for all)',
      virtualizer: '',
      ratios: '',
    },
    timedRow('(3a) … median frame', (load) => load.scroll.medianFrameMs, results, ' ms'),
    timedRow('(3b) … longest frame', (load) => load.scroll.maxFrameMs, results, ' ms'),
    timedRow('(3c) … frames with a "Loading…" row in view (ours)', (load, target) => (OURS.includes(target) ? load.scroll.blankFrames : undefined), results, '', undefined, '', 0),
    timedRow(`(3x) scroll through 10 000 rows, 200 px per frame (${throughFrames}): frames over 16.7 ms`, (load) => load.through?.over16, results, '', undefined, 'no worse than Vaadin', 0),
    timedRow('(3x2) … frames over 20 ms', (load) => load.through?.over20, results, '', undefined, 'no worse than Vaadin', 0),
    timedRow('(3x3) … longest frame', (load) => load.through?.maxFrameMs, results, ' ms'),
    timedRow('(4) search keystroke to updated rows, p95 of 50 (Vaadin: (4v) host filters `items`)', (load) => load.search?.p95, results, ' ms', 16, '≤ 16 ms p95; no worse than Vaadin'),
    timedRow('(4a) … p50', (load) => load.search?.p50, results, ' ms', undefined, 'no worse than Vaadin'),
    timedRow('(4b) … first keystroke (ours: cold search-key cache)', (load) => load.search?.first, results, ' ms'),
    timedRow('(4c) … slowest keystroke', (load) => load.search?.max, results, ' ms'),
    timedRow('(5) DOM rows rendered', (load) => load.domRows.rendered, results, '', undefined, '', 0),
    timedRow('(5a) … visible rows', (load) => load.domRows.visible, results, '', undefined, '', 0),
    timedRow('(5b) … rendered / visible', (load) => load.domRows.rendered / load.domRows.visible, results, '×', 2, '≤ 2×', 2),
  ];
  // "no worse than Vaadin" verdicts: ours' median ≤ Vaadin's median (the activity log's: ≤ the list's without Vaadin).
  for (const row of listRows) {
    if (!row.target.includes('no worse than Vaadin')) continue;
    row.verdict = peerVerdict(row);
    if (row.activityVerdict) row.activityVerdict = activityPeerVerdict(row);
  }
  const rows: Row[] = targets.length ? listRows : [];
  if (runMillion) {
    const million = (measure: string, pick: (load: MillionLoad) => number, limit?: number, targetText = ''): Row => {
      const value = stat(millionLoads.map(pick));
      return { measure, ours: cell(value, ' ms'), vaadin: '', virtualizer: '', ratios: '', target: targetText, verdict: verdict(value, limit) };
    };
    // Beside (4), after its (4c) when the 100 000-row page ran.
    const afterSearch = rows.findIndex((row) => row.measure.startsWith('(4c)'));
    rows.splice(
      afterSearch >= 0 ? afterSearch + 1 : rows.length,
      0,
      million('(4d) search keystroke to updated rows at **1 000 000 rows**, p95 of 50 (ours only: customer-list.html?rows=1000000)', (load) => load.search.p95, 16, '≤ 16 ms p95'),
      million('(4e) … p50', (load) => load.search.p50),
      million('(4f) … first keystroke (cold search-key cache)', (load) => load.search.first),
      million('(4g) … slowest keystroke', (load) => load.search.max),
      million('(4h) … first rows in the DOM after the 1 000 000-row adapter is set', (load) => load.firstRows),
    );
  }
  if (sizes) {
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    const [elements, bundle, element, ...alone] = sizes.ours;
    const [vaadin, virtualizer] = sizes.peers;
    rows.push({
      // The same Vite library build as the peers' (whitespace kept for later bundlers), so the ratios compare like
      // with like; the budgets are SPEC's esbuild measure, (6e) and (6b), not this build.
      measure: '(6) min+gzip: every element (define.ts) + lit + file-saver, one Vite library build as the peers are built',
      ours: `${kb(elements!.gzip)} (min ${kb(elements!.min)})`,
      vaadin: `${kb(vaadin!.gzip)} (min ${kb(vaadin!.min)})`,
      virtualizer: `${kb(virtualizer!.gzip)} (min ${kb(virtualizer!.min)})`,
      ratios: `${(elements!.gzip / vaadin!.gzip).toFixed(2)}× / ${(elements!.gzip / virtualizer!.gzip).toFixed(2)}×`,
      target: '',
      verdict: '',
    });
    const { acceptance } = sizes;
    // Both deflaters must pass: zlib's is the one run.ts always has, GNU gzip's is the command's own.
    const acceptanceBytes = Math.max(acceptance.gzip, acceptance.gnuGzip ?? 0);
    rows.push({
      measure: `(6e) the acceptance measure, bytes: \`${ACCEPTANCE_COMMAND.replaceAll('|', '\\|')}\` (esbuild ${version('esbuild')}, no literal minification)`,
      ours: `${acceptance.gzip} B zlib -9${acceptance.gnuGzip === undefined ? '' : `, ${acceptance.gnuGzip} B gzip -9`} (min ${acceptance.min} B)`,
      vaadin: '',
      virtualizer: '',
      ratios: '',
      target: '≤ 80 000 B',
      verdict: acceptanceBytes <= 80_000 ? 'PASS' : 'MISS',
    });
    rows.push({
      measure: '(6a) min+gzip: dist/customer-list-elements.bundle.js (elements + adapters + model, one script)',
      ours: `${kb(bundle!.gzip)} (min ${kb(bundle!.min)})`,
      vaadin: '',
      virtualizer: '',
      ratios: '',
      target: '',
      verdict: '',
    });
    rows.push({
      measure: `(6b) min+gzip: ${LIST_SIZE.name} as \`npm run size\` measures it: esbuild --splitting, the entry chunk + the chunks it imports statically, zlib -9 (scripts/size-measure.mjs)`,
      ours: `${element!.gzip} B (min ${element!.min} B)`,
      vaadin: '',
      virtualizer: '',
      // The peers' figures in (6) are Vite builds, another measure: no ratio.
      ratios: '',
      target: `≤ ${LIST_SIZE.budget} B`,
      verdict: element!.gzip <= LIST_SIZE.budget ? 'PASS' : 'MISS',
    });
    for (const size of alone) {
      rows.push({ measure: `(6c) min+gzip: ${size.label}`, ours: `${kb(size.gzip)} (min ${kb(size.min)})`, vaadin: '', virtualizer: '', ratios: '', target: '', verdict: '' });
    }
  }

  if (runExport) rows.push(...exportRows(exportLoads, exportCheck, exportIssues));

  const chromeVersion = browser.version();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
  const source = `${git('rev-parse', '--short', 'HEAD')}${dirty ? ` + ${dirty} uncommitted change(s) under src/` : ''}`;
  const loadAfter = loadavg()[0]!;
  const searchTexts = ours[0]?.search?.texts ?? [];
  const notes = [
    `Each timed cell: median (min–max) over ${LOADS} fresh page loads (a new browser context each) after 1 warm-up load per page; PASS/MISS compares the median with the target.`,
    `Chromium ${chromeVersion} headless (${chromePath}), ${cpus().length} cores, load average ${loadBefore.toFixed(2)} before / ${loadAfter.toFixed(2)} after; crossOriginIsolated checked on every page.`,
    `Source measured: ${source} (the working tree as it was during the run).`,
    ...(options['arranged-view'] ? ['<customer-list> ran with an arranged view (--arranged-view): Microsoft ID 260 px, Company name 320 px, Primary domain name 240 px and Tags 300 px wide, Relationship hidden, set as `viewState` before the adapter.'] : []),
    `Peers: @vaadin/grid ${version('@vaadin/grid')}, @lit-labs/virtualizer ${version('@lit-labs/virtualizer')}; lit ${version('lit')}, vite ${version('vite')}.`,
    `Ratios are ours ÷ peer (medians); below 1 means ours is smaller/faster.`,
    ...(sizes ? [`(6b) share of the minified bytes (esbuild's metafile): ${sizes.breakdown}; loaded later by import(): ${sizes.later}.`] : []),
    `(3x) ran on the last ${THROUGH_LOADS} timed load(s) of each page (--through-loads; never the warm-up), after (5) and before (4), from row 0: ${throughFrames}.`,
    ...(searchTexts.length ? [`(4) texts set on searchText (ours) and filtered by (4v, Vaadin), in order: ${searchTexts.map((text) => JSON.stringify(text)).join(', ')}.`] : []),
    ...(millionLoads.length
      ? [
          `(4d) to (4h) ran on the last ${MILLION_LOADS} timed load(s) (--million-loads; never a warm-up), each a fresh load of customer-list.html?rows=${MILLION_ROWS} (page ready after ${cell(stat(millionLoads.map((load) => load.setupMs / 1000)), ' s')}: generating and flattening the rows, the adapter and the search oracle); texts, picked from those rows as (4) picks them: ${millionLoads[0]!.search.texts.map((text) => JSON.stringify(text)).join(', ')}.`,
        ]
      : []),
    ...(runExport ? exportNotes(exportLoads, exportCheck) : []),
    `Wall time of the run: ${((performance.now() - started) / 1000).toFixed(0)} s. Command: npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}. What each figure means: bench/README.md.`,
  ];
  const table = markdownTable(rows);
  const report = `# npm run bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n${table}\n\n${notes.map((note) => `- ${note}`).join('\n')}\n`;
  console.log(`\n${report}`);
  writeFileSync(resolve(benchDir, 'results.md'), report);
  log(`wrote bench/results.md${profile ? ' and bench/profile.md' : ''}`);
}

main().catch((error: unknown) => {
  console.error(`\nbench FAILED: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
