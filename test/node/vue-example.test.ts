/**
 * examples/vue as a Vue 3 app builds and runs it, using the elements directly: `isCustomElement`, an object bound
 * as a property, an event bound in the template updating Vue state. Needs `npm run build` first (npm test does it).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { buildExample, collectErrors, type BuiltExample } from '../support/example-app.js';

let built: BuiltExample;
let browser: Browser;

before(async () => {
  // The template is compiled in the browser, so the app uses Vue's build that includes the compiler.
  built = await buildExample('vue', {
    alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }],
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await built?.remove();
});

test('examples/vue renders the customers page, with the adapter as a property and events bound in the template', async () => {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(`${built.site.url}/index.html`);
  const list = page.locator('customer-list');
  await list.getByText('150 customers', { exact: true }).waitFor({ timeout: 15_000 });
  assert.equal(await list.evaluate((element) => element.hasAttribute('adapter')), false, 'the adapter is a property, not an attribute');
  const rows = list.getByRole('checkbox', { name: /^Select (?!all )/ });
  await rows.nth(0).click();
  await page.getByTestId('selected').filter({ hasText: '1 selected' }).waitFor();
  await list.getByRole('checkbox', { name: /^Select all/ }).click();
  await page.getByTestId('selected').filter({ hasText: '150 selected' }).waitFor();
  assert.equal(await list.getByRole('button', { name: 'Manage tags' }).count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});
