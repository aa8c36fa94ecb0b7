/**
 * `npx tsx bench/dataset.ts [rows …]`: the demo's dataset in Node. How fast the generator deals rows and activity
 * records, and, through the DatasetLoader the demo uses, how soon the first page is served, how long every row
 * takes to be in, and the longest the event loop was held meanwhile (what the page would feel). Figures only:
 * speed is measured here, never asserted in a test. Default sizes: 100 000 and 1 000 000 rows.
 */
import { CustomerStream } from '../mocks/data/customers.js';
import { generateDataset } from '../mocks/data/index.js';
import { DatasetLoader } from '../mocks/dataset-loader.js';
import { LoadingAdapter } from '../mocks/loading-adapter.js';

const sizes = process.argv.slice(2).map(Number);
const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;

let start = performance.now();
new CustomerStream({ rows: 100_000, seed: 3 }).take(Infinity);
console.log(`generator: 100 000 rows in ${ms(start)}`);
start = performance.now();
generateDataset({ rows: 1000, seed: 3, activityRecords: 100_000 });
console.log(`generator: 1000 rows and 100 000 activity records in ${ms(start)}`);

for (const rows of sizes.length ? sizes : [100_000, 1_000_000]) {
  start = performance.now();
  const adapter = new LoadingAdapter(new DatasetLoader({ rows }));
  const page = await adapter.listCustomers({ pageSize: 500 });
  const first = ms(start);
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    longest = Math.max(longest, performance.now() - last);
    last = performance.now();
  }, 1);
  await adapter.loader.ready;
  clearInterval(ticker);
  console.log(`loader, ${rows} rows: first page (${page.items.length} of ${page.totalCount}) in ${first}, every row in ${ms(start)}, event loop held at most ${longest.toFixed(0)} ms`);
}
