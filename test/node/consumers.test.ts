/**
 * The package as consumers meet it. `npm pack` of the built repository, then fresh apps outside the source tree
 * (test/consumers/<app>/, copied to a temporary folder) installed from the tarball: React 19 + TypeScript + Vite,
 * Vue 3 single-file components + vue-tsc + Vite, Svelte 5 + svelte-check + Vite, and a plain page on `customer-list-elements/bundle.js` with no build
 * step. Each is type-checked with its own tsconfig, built as its template builds, served, and driven in Chromium
 * with real input: rows render, a click selects and the app's own state shows it, no console warning in a
 * production build, one copy of Lit. test/consumers/types compiles every entry point under each module resolution.
 *
 * The fixtures have no lockfile: like an app created today, they get the newest versions their ranges allow (npm's
 * cache serves repeat runs). The tarball and bundle sizes are printed as diagnostics. Needs `npm run build` first
 * (npm test does it).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { spawnMockServer, type SpawnedMockServer } from '../../mocks/spawn-mock-server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { collectProblems, installFixture, litCopies, pack, run, scriptSize, type Packed } from '../support/node/consumer-app.js';
import { repo } from '../support/node/example-app.js';
import { serveStatic, type StaticServer } from '../support/node/static-server.js';

const FIXTURES = ['react', 'vue', 'svelte', 'plain-html', 'types'] as const;
type Fixture = (typeof FIXTURES)[number];
/** The repository's TypeScript (5.9): the last with `moduleResolution: "node"`, and a compiler for the plain page. */
const TSC = join(repo, 'node_modules/typescript/bin/tsc');

let packed: Packed;
const installed: Partial<Record<Fixture, Promise<string>>> = {};
let browser: Browser;
const servers: StaticServer[] = [];

before(async () => {
  packed = await pack();
  // Installs are mostly waiting on npm: all at once. Each test awaits its own, so a failed install fails its tests.
  for (const name of FIXTURES) {
    installed[name] = installFixture(packed, name);
    installed[name].catch(() => {});
  }
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
  packed?.remove();
});

async function serve(dir: string): Promise<string> {
  const server = await serveStatic(dir);
  servers.push(server);
  return server.url;
}

test('npm pack: the tarball a consumer installs', (t) => {
  t.diagnostic(`tarball ${packed.size} B (${packed.entryCount} files, ${packed.unpackedSize} B unpacked)`);
  assert.ok(packed.entryCount > 0);
});

test("the docs' snippets are the consumer apps' code: each marked block's lines appear in order in its file", () => {
  const docs = ['README.md', ...readdirSync(join(repo, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];
  const snippets = docs.flatMap((doc) => [...readFileSync(join(repo, doc), 'utf8').matchAll(/<!-- snippet: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)]);
  assert.ok(snippets.length >= 7, `${snippets.length} snippets`);
  for (const [, file, code] of snippets) {
    const lines = readFileSync(join(repo, file!), 'utf8').split('\n').map((line) => line.trim());
    let at = 0;
    for (const line of code!.split('\n').map((text) => text.trim()).filter(Boolean)) {
      const found = lines.indexOf(line, at);
      assert.ok(found >= 0, `${file} has, after its line ${at}: ${line}`);
      at = found + 1;
    }
  }
});

/** The checks every app passes in Chromium once its list shows `total`. */
async function expectWorkingPage(page: Page, problems: string[], { total, rowName, selected }: { total: string; rowName: RegExp; selected: (count: number) => string }) {
  const list = page.locator('customer-list');
  await list.getByText(total, { exact: true }).waitFor({ timeout: 60_000 });
  assert.ok((await list.getByRole('row').count()) > 5, 'rows render');
  const box = list.getByRole('checkbox', { name: rowName }).first();
  await box.click();
  assert.equal(await box.isChecked(), true, 'the clicked row shows its check mark');
  await page.getByTestId('selected').filter({ hasText: selected(1) }).waitFor({ timeout: 60_000 });
  const lit = await litCopies(page);
  assert.deepEqual(
    Object.fromEntries(Object.entries(lit).map(([name, versions]) => [name, versions.length])),
    { litElementVersions: 1, litHtmlVersions: 1, reactiveElementVersions: 1 },
    `one copy of Lit: ${JSON.stringify(lit)}`,
  );
  assert.deepEqual(problems, [], 'no console warning or error');
}

describe('React 19 + TypeScript + Vite (react-ts template)', () => {
  let dir: string;

  test('type-checks with the template\'s tsconfig (tsc -b) and builds (vite build)', async (t) => {
    dir = await installed.react!;
    await run('npm', ['run', 'build'], dir);
    const size = scriptSize(join(dir, 'dist/assets'));
    t.diagnostic(`React app JavaScript: ${size.raw} B, gzip -9 ${size.gzip} B`);
  });

  test('in Chromium: rows, a click reaching React state, one element registered, one Lit, no warning', async () => {
    assert.ok(dir, 'built');
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${await serve(join(dir, 'dist'))}/index.html`);
    await expectWorkingPage(page, problems, { total: '240 customers', rowName: /^Select (?!all )/, selected: (count) => `${count} selected` });
    // The app imports customer-list-elements/react/customer-list.js, which registers its element and no other.
    const registered = await page.evaluate(() => ['customer-list', 'tag-editor', 'new-order-dialog', 'export-button', 'billing-profile-form', 'activity-log'].filter((tag) => customElements.get(tag)));
    assert.deepEqual(registered, ['customer-list']);
    await page.close();
  });
});

describe('Vue 3 single-file components + vue-tsc + Vite (vue-ts template)', () => {
  let dir: string;

  test('type-checks templates with vue-tsc -b and builds (vite build)', async (t) => {
    dir = await installed.vue!;
    await run('npm', ['run', 'build'], dir);
    const size = scriptSize(join(dir, 'dist/assets'));
    t.diagnostic(`Vue app JavaScript: ${size.raw} B, gzip -9 ${size.gzip} B`);
  });

  test('in Chromium: rows, a click reaching Vue state, one Lit, no warning', async () => {
    assert.ok(dir, 'built');
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${await serve(join(dir, 'dist'))}/index.html`);
    await expectWorkingPage(page, problems, { total: '240 customers', rowName: /^Select (?!all )/, selected: (count) => `${count} selected` });
    assert.equal(await page.locator('customer-list').evaluate((element) => element.hasAttribute('adapter')), false, 'the adapter is a property, not an attribute');
    await page.close();
  });

  test('a development build warns of nothing either: isCustomElement reaches the single-file components\' compiler', async () => {
    assert.ok(dir, 'built');
    // Vue's warnings ("Failed to resolve component: customer-list") exist only in development builds, which
    // NODE_ENV chooses (`vite build --mode development` still builds Vue for production).
    await run('npx', ['vite', 'build', '--outDir', 'dist-dev', '--logLevel', 'warn'], dir, { NODE_ENV: 'development' });
    const page = await browser.newPage();
    const problems = collectProblems(page, /^Lit is in dev mode/);
    await page.goto(`${await serve(join(dir, 'dist-dev'))}/index.html`);
    await expectWorkingPage(page, problems, { total: '240 customers', rowName: /^Select (?!all )/, selected: (count) => `${count} selected` });
    await page.close();
  });
});

describe('Svelte 5 + svelte-check + Vite (svelte-ts template, its app.css kept)', () => {
  let dir: string;

  test('svelte-check passes and refuses a wrong property or listener once the types are on; vite build builds', async (t) => {
    dir = await installed.svelte!;
    await run('npm', ['run', 'check'], dir);
    const wrong = join(dir, 'src/Wrong.svelte');
    writeFileSync(
      wrong,
      `<script lang="ts">\n  import type { TagsAssignEvent } from 'customer-list-elements'\n</script>\n\n<customer-list agentRole="root"></customer-list>\n<customer-list oncustomer-select={(event: TagsAssignEvent) => event.add}></customer-list>\n`,
    );
    const failure = await run('npm', ['run', 'check'], dir).then(
      () => '',
      (error: Error) => error.message,
    );
    rmSync(wrong);
    assert.match(failure, /Type '"root"' is not assignable to type 'AgentRole \| undefined'/);
    assert.match(failure, /is not assignable to type '\(event: CustomerSelectEvent\) => void'/);
    assert.match(failure, /svelte-check found 2 errors/);
    await run('npm', ['run', 'build'], dir);
    const size = scriptSize(join(dir, 'dist/assets'));
    t.diagnostic(`Svelte app JavaScript: ${size.raw} B, gzip -9 ${size.gzip} B`);
  });

  test('in Chromium: rows, a click reaching Svelte state, the adapter set as a property, text laid out as designed under #app { text-align: center }, no warning', async () => {
    assert.ok(dir, 'built');
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${await serve(join(dir, 'dist'))}/index.html`);
    await expectWorkingPage(page, problems, { total: '240 customers', rowName: /^Select (?!all )/, selected: (count) => `${count} selected` });
    const list = page.locator('customer-list');
    assert.equal(await list.evaluate((element) => element.hasAttribute('adapter')), false, 'the adapter is a property, not an attribute');
    assert.equal(await page.locator('#app').evaluate((element) => getComputedStyle(element).textAlign), 'center', 'the host page centres its text');
    const aligned = await list.evaluate((element) =>
      [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role=gridcell], [role=status]')].slice(0, 12).map((cell) => getComputedStyle(cell).textAlign),
    );
    assert.ok(aligned.length > 5, 'cells found');
    assert.deepEqual([...new Set(aligned)], ['start'], 'cells and status lines are not centred');
    await page.close();
  });
});

describe('A plain page on customer-list-elements/bundle.js, no build step', () => {
  let api: SpawnedMockServer;
  after(() => api?.stop());

  test('is a page and a script module, under 50 lines', () => {
    const lines = ['index.html', 'main.js'].map((file) => readFileSync(join(repo, 'test/consumers/plain-html', file), 'utf8').trimEnd().split('\n').length);
    assert.ok(lines[0]! + lines[1]! < 50, `${lines.join(' + ')} lines`);
  });

  test('its script type-checks (// @ts-check) against the bundle\'s types', async () => {
    const dir = await installed['plain-html']!;
    await run(process.execPath, [TSC, '-p', 'tsconfig.json'], dir);
  });

  test('in Chromium: rows from the API in Polish and dark, a click reaching the page, every element registered, one Lit, no warning', async (t) => {
    const dir = await installed['plain-html']!;
    api = await spawnMockServer({ ROWS: 120, SEED: 3 });
    const bundle = readFileSync(join(dir, 'node_modules/customer-list-elements/dist/customer-list-elements.bundle.js'));
    t.diagnostic(`customer-list-elements/bundle.js: ${bundle.length} B, gzip -9 ${gzipSync(bundle, { level: 9 }).length} B`);
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(`${await serve(dir)}/index.html?api=${encodeURIComponent(api.url)}`);
    await expectWorkingPage(page, problems, { total: '120 klientów', rowName: /^Zaznacz (?!wszystk)/, selected: (count) => `Wybrano: ${count}` });
    const list = page.locator('customer-list');
    assert.equal(await list.evaluate((element) => getComputedStyle(element).colorScheme), 'dark');
    // The bundle registers every element, so the list's Manage tags opens <tag-editor>, on the API with the token.
    await list.getByRole('button', { name: 'Zarządzaj tagami' }).click();
    await page.locator('tag-editor').getByRole('checkbox').first().waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('What TypeScript sees of each entry point (test/consumers/types, TypeScript 5.9)', () => {
  const tsc = async (config: string) => run(process.execPath, [TSC, '-p', config], await installed.types!);

  test('every entry point resolves to real types under moduleResolution bundler, node16, nodenext and node (typesVersions)', async () => {
    await Promise.all(['bundler', 'node16', 'nodenext', 'node10'].map((mode) => tsc(`tsconfig.${mode}.json`)));
  });

  test('the main entry alone brings the tag names\' element types (document.querySelector(\'customer-list\').adapter)', async () => {
    await tsc('tsconfig.main-entry.json');
  });

  test('the package is ESM-only: a CommonJS module under node16 gets TS1479, and nothing else', async () => {
    const failure = await tsc('tsconfig.cjs.json').then(
      () => '',
      (error: Error) => error.message,
    );
    const codes = [...failure.matchAll(/error (TS\d+)/g)].map((match) => match[1]);
    assert.deepEqual(codes, ['TS1479'], failure);
  });
});
