/**
 * examples/react as a React app builds and runs it: Vite bundles the app against the built package
 * (`customer-list-elements/react`, `…/adapters.js`), then Chromium renders the customers page through the
 * generated wrappers, and an element event updates React state. Once with React 19 (the repository's), once
 * with React 18 (examples/react18, installed here when missing). Needs `npm run build` first (npm test does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../support/static-server.js';

const repo = new URL('../..', import.meta.url).pathname;
const react18 = join(repo, 'examples/react18/node_modules');
const builds = { '19': mkdtempSync(join(tmpdir(), 'react19-example-')), '18': mkdtempSync(join(tmpdir(), 'react18-example-')) };
const sites: Record<string, StaticServer> = {};
let browser: Browser;

/** The app built with one React: 18 comes from examples/react18 through aliases, 19 from the repository. */
async function buildWith(version: '18' | '19', outDir: string): Promise<void> {
  const alias = version === '18' ? [{ find: /^react(-dom)?(\/.*)?$/, replacement: `${react18}/react$1$2` }] : [];
  await build({
    configFile: false,
    root: join(repo, 'examples/react'),
    logLevel: 'warn',
    base: './',
    resolve: { alias },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: true },
  });
}

before(async () => {
  if (!existsSync(react18)) execFileSync('npm', ['ci', '--prefix', join(repo, 'examples/react18'), '--no-audit', '--no-fund'], { stdio: 'inherit' });
  for (const [version, outDir] of Object.entries(builds) as ['18' | '19', string][]) {
    await buildWith(version, outDir);
    sites[version] = await serveStatic(outDir);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  for (const site of Object.values(sites)) await site.stop();
  for (const outDir of Object.values(builds)) rmSync(outDir, { recursive: true, force: true });
});

for (const version of ['19', '18'] as const) {
  test(`examples/react on React ${version} renders the customers page, and a selection reaches React state through onCustomerSelect`, async () => {
    const site = sites[version]!;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${site.url}/index.html`);
    const list = page.locator('customer-list');
    await list.getByText('200 customers', { exact: true }).waitFor({ timeout: 15_000 });
    assert.match((await page.getByTestId('react-version').textContent()) ?? '', new RegExp(`^React ${version}\\.`));
    assert.equal(await list.evaluate((element) => (element as HTMLElement & { agentRole: string }).agentRole), 'admin-agent');
    assert.equal(await page.getByTestId('selected').textContent(), '0 selected');
    // Two rows; the header's "Select all 200 matching customers" is not one of them.
    const rows = list.getByRole('checkbox', { name: /^Select (?!all )/ });
    await rows.nth(0).click();
    await rows.nth(1).click();
    await page.getByTestId('selected').filter({ hasText: '2 selected' }).waitFor();
    for (const command of ['New order', 'Manage tags', 'Export customers']) assert.equal(await list.getByRole('button', { name: command }).count(), 1, command);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
