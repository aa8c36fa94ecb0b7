/**
 * `npm run build:demo && npm run bench:jump-to-end [-- demo-dist "rows=100000&adapter=rest"]`: the built demo
 * served statically in headless Chromium; the agent clicks a cell of the first row and presses Ctrl+End. Prints,
 * per run, the customer-list requests that reached the mock API (its request log, `portal.mock.requests`) and
 * the milliseconds from the key press until the last row is drawn with its data, then the median. The dataset
 * is fully generated before the key press, so what is timed is the jump, not the data's generation. RUNS (3).
 */
import { chromium } from 'playwright-core';
import { serveStatic } from '../test/support/node/static-server.js';

const root = process.argv[2] ?? 'demo-dist';
const query = process.argv[3] ?? 'rows=100000&adapter=rest';
const rows = Number(new URLSearchParams(query).get('rows') ?? 1000);
const runs = Number(process.env.RUNS ?? 3);

interface Portal {
  adapter: { loader?: { ready: Promise<void> } };
  mock?: { requests: { method: string; route: string }[]; as(role: string): { loader?: { ready: Promise<void> } } };
}

const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const results: { requests: number; ms: number }[] = [];
try {
  for (let run = 0; run <= runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?${query}`, { waitUntil: 'commit', timeout: 300_000 });
    const firstCell = page.locator('customer-list [role=row][aria-rowindex="2"]:not(.pending) .cell.primaryDomain');
    await firstCell.waitFor({ timeout: 300_000 });
    await page.evaluate(async () => {
      const portal = (window as unknown as { portal: Portal }).portal;
      await (portal.adapter.loader?.ready ?? portal.mock?.as('admin-agent').loader?.ready);
    });
    await firstCell.click();
    // Let the first window's prefetch finish: only the jump's own requests are counted.
    await page.waitForTimeout(1000);
    const before = await page.evaluate(() => (window as unknown as { portal: Portal }).portal.mock?.requests.length ?? 0);
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.press('Control+End');
    const drawn = await page.waitForFunction(
      (last) => {
        const list = document.querySelector('customer-list');
        return list?.shadowRoot?.querySelector(`[aria-rowindex="${last}"]:not(.pending)`) ? performance.now() : false;
      },
      rows + 1,
      { polling: 'raf', timeout: 300_000 },
    );
    const ms = ((await drawn.jsonValue()) as number) - started;
    const requests = await page.evaluate(
      (from) => ((window as unknown as { portal: Portal }).portal.mock?.requests ?? []).slice(from).filter((request) => request.route === 'customers' && request.method === 'GET').length,
      before,
    );
    await page.close();
    if (run === 0) continue; // warm-up
    results.push({ requests, ms });
    console.log(`run ${run}: ${requests} list requests, ${ms.toFixed(0)} ms from Ctrl+End to the last row drawn`);
  }
  const times = results.map((result) => result.ms).sort((a, b) => a - b);
  console.log(`${query}: median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}), ${results.map((result) => result.requests).join('/')} requests`);
} finally {
  await browser.close();
  await server.stop();
}
