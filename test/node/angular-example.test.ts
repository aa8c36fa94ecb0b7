/**
 * examples/angular as an Angular app builds and runs it, using the elements directly: CUSTOM_ELEMENTS_SCHEMA,
 * `[adapter]` bound as a property, `(customer-select)` updating a signal. Needs `npm run build` first (npm test
 * does it).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { buildExample, collectErrors, type BuiltExample } from '../support/node/example-app.js';

let built: BuiltExample;
let browser: Browser;

before(async () => {
  built = await buildExample('angular', { define: { ngDevMode: 'false' } });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await built?.remove();
});

test('examples/angular renders the customers page, with the adapter as a property and events bound in the template', async () => {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(`${built.site.url}/index.html`);
  const list = page.locator('customer-list');
  await list.getByText('120 customers', { exact: true }).waitFor({ timeout: 60_000 });
  assert.equal(await list.evaluate((element) => element.hasAttribute('adapter')), false, 'the adapter is a property, not an attribute');
  const rows = list.getByRole('checkbox', { name: /^Select (?!all )/ });
  await rows.nth(0).click();
  await rows.nth(2).click();
  await page.getByTestId('selected').filter({ hasText: '2 selected' }).waitFor();
  assert.equal(await list.getByRole('button', { name: 'Export customers' }).count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});
