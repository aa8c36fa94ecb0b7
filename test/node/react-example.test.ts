/**
 * examples/react as a React app builds and runs it: Vite bundles the app against the built package
 * (`customer-list-elements/react`, `…/adapters.js`), then Chromium renders the customers page through the
 * generated wrappers, and an element event updates React state. Once with React 19 (the repository's), once
 * with React 18 (examples/react18, installed here when missing). Needs `npm run build` first (npm test does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { buildExample, collectErrors, repo, type BuiltExample } from '../support/node/example-app.js';

const react18 = join(repo, 'examples/react18/node_modules');
const builds: Partial<Record<'18' | '19', BuiltExample>> = {};
let browser: Browser;

before(async () => {
  if (!existsSync(react18)) execFileSync('npm', ['ci', '--prefix', join(repo, 'examples/react18'), '--no-audit', '--no-fund'], { stdio: 'inherit' });
  builds['19'] = await buildExample('react');
  // The same app with React 18: react and react-dom (and their subpaths) from examples/react18.
  builds['18'] = await buildExample('react', { alias: [{ find: /^react(-dom)?(\/.*)?$/, replacement: `${react18}/react$1$2` }] });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  for (const built of Object.values(builds)) await built.remove();
});

for (const version of ['19', '18'] as const) {
  test(`examples/react on React ${version} renders the customers page, and a selection reaches React state through onCustomerSelect`, async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${builds[version]!.site.url}/index.html`);
    const list = page.locator('customer-list');
    await list.getByText('200 customers', { exact: true }).waitFor({ timeout: 60_000 });
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
