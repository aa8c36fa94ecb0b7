/**
 * `npm run build:demo && npx tsx bench/demo-first-rows.ts demo-dist "rows=100000&adapter=rest" "rows=1000000&adapter=memory" …`:
 * the built demo served statically (MSW worker at the root) in headless Chromium; per URL query, the time from
 * navigation to the first data row drawn, the time until every generated row is in, and the longest task the
 * page ran meanwhile. The first-rows time includes loading the page and starting the worker: compare it with
 * `rows=1000`.
 */
import { chromium } from 'playwright-core';
import { serveStatic } from '../test/support/node/static-server.js';
const root = process.argv[2] ?? 'demo-dist';
const cases = process.argv.slice(3);
const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const query of cases) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    (window as any).__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) (window as any).__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  const start = Date.now();
  await page.goto(`${server.url}/?${query}`, { waitUntil: 'commit', timeout: 300_000 });
  await page.locator('customer-list [role=grid] [role=row] input[type=checkbox]').nth(1).waitFor({ timeout: 300_000 });
  const first = Date.now() - start;
  const status = await page.locator('customer-list [part=status]').textContent();
  // How long until everything is in: a search answers only then.
  const t = Date.now();
  await page.evaluate(async () => { const p = (window as any).portal; await (p.adapter.loader?.ready ?? p.mock?.as('admin-agent').loader?.ready); });
  const all = Date.now() - t + first;
  const longest = await page.evaluate(() => Math.max(0, ...(window as any).__long));
  console.log(`${query}: first rows ${first} ms (${status?.trim()}); all loaded ${all} ms; longest task ${longest.toFixed(0)} ms`);
  await page.close();
}
await browser.close();
await server.stop();
