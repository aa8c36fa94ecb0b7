/**
 * examples/plain-html as a host page loads it: the one-script bundle from dist/, a RestAdapter on the mock API
 * (`npm run mock-server`, another origin), Polish, a dark theme. Needs `npm run build` first (npm test does it).
 */
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { spawnMockServer, type SpawnedMockServer } from '../../mocks/spawn-mock-server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { collectErrors, repo } from '../support/example-app.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';

let api: SpawnedMockServer;
let site: StaticServer;
let browser: Browser;

before(async () => {
  [api, site] = await Promise.all([spawnMockServer({ ROWS: 120, SEED: 3 }), serveStatic(repo)]);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await site?.stop();
  api?.stop();
});

test('examples/plain-html is under 40 lines', () => {
  const lines = readFileSync(new URL('../../examples/plain-html/index.html', import.meta.url), 'utf8').trimEnd().split('\n');
  assert.ok(lines.length < 40, `${lines.length} lines`);
});

test('examples/plain-html shows the customers page from the API, in Polish, dark, with every command', async () => {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(`${site.url}/examples/plain-html/index.html?api=${encodeURIComponent(api.url)}`);
  const list = page.locator('customer-list');
  await list.getByText('120 klientów', { exact: true }).waitFor({ timeout: 15_000 });
  assert.equal(await list.getByRole('columnheader', { name: 'Nazwa firmy' }).count(), 1);
  for (const command of ['Nowe zamówienie', 'Zarządzaj tagami', 'Eksportuj klientów']) {
    assert.equal(await list.getByRole('button', { name: command }).count(), 1, command);
  }
  assert.ok((await list.getByRole('row').count()) > 5);
  assert.equal(await list.evaluate((element) => getComputedStyle(element).colorScheme), 'dark');
  // The element was registered by the bundle and talks to the API with the token.
  await list.getByRole('checkbox').nth(1).click();
  await list.getByRole('button', { name: 'Zarządzaj tagami' }).click();
  await page.locator('tag-editor').getByRole('checkbox').first().waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
