/**
 * `npm run bench:rest-walk`: a full walk of the customer list through RestAdapter over `npm run mock-server`
 * (real HTTP on 127.0.0.1, server in its own process), the way the export fetches it. Prints the request
 * count and wall time of each run, then the median. ROWS (default 100000), PAGE (500), RUNS (5).
 */
import { RestAdapter } from '../src/adapter/rest/rest-adapter.js';
import { spawnMockServer } from '../mocks/spawn-mock-server.js';

const rows = Number(process.env.ROWS ?? 100_000);
const pageSize = Number(process.env.PAGE ?? 500);
const runs = Number(process.env.RUNS ?? 5);

const server = await spawnMockServer({ ROWS: rows });
const baseUrl = server.url;

async function walk(): Promise<{ requests: number; rows: number; ms: number }> {
  const adapter = new RestAdapter({ baseUrl });
  const started = performance.now();
  let requests = 0;
  let total = 0;
  let token: string | undefined;
  do {
    const page = await adapter.listCustomers({ pageSize, ...(token ? { continuationToken: token } : {}) });
    requests++;
    total += page.items.length;
    token = page.continuationToken;
  } while (token);
  return { requests, rows: total, ms: performance.now() - started };
}

try {
  await walk(); // warm-up: the server builds its dataset on the first request
  const times: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const result = await walk();
    times.push(result.ms);
    console.log(`run ${run}: ${result.rows} rows in ${result.requests} requests, ${result.ms.toFixed(0)} ms`);
  }
  times.sort((a, b) => a - b);
  console.log(`median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms (${rows} rows, page size ${pageSize})`);
} finally {
  server.stop();
}
