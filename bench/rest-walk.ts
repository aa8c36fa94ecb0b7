/**
 * `npm run bench:rest-walk`: a full walk of the customer list through RestAdapter over `npm run mock-server`
 * (real HTTP on 127.0.0.1, server in its own process), the way the export fetches it. Prints the request
 * count and wall time of each run, then the median. ROWS (default 100000), PAGE (500), RUNS (5).
 */
import { spawn } from 'node:child_process';
import { RestAdapter } from '../src/adapter/rest/rest-adapter.js';

const rows = Number(process.env.ROWS ?? 100_000);
const pageSize = Number(process.env.PAGE ?? 500);
const runs = Number(process.env.RUNS ?? 5);

const server = spawn('npm', ['run', '-s', 'mock-server'], { env: { ...process.env, PORT: '0', ROWS: String(rows) }, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
const baseUrl = await new Promise<string>((resolve, reject) => {
  server.stdout!.on('data', (chunk: Buffer) => {
    const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString())?.[1];
    if (url) resolve(url);
  });
  server.once('exit', (code) => reject(new Error(`mock-server exited with ${code}`)));
});

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
  process.kill(-server.pid!, 'SIGTERM');
}
