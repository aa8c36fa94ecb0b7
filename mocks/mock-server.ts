/**
 * `npm run mock-server`: the mock partner-center API on http://127.0.0.1:$PORT (default 8787).
 * Dataset from ROWS and SEED (defaults 1000 and 1); HOSTILE=1 mixes in adversarial values; ACTIVITY sets the
 * number of generated activity records (default 3 per row, at most 10 000).
 */
import { startMockServer } from './http-server.js';

function integer(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`mock-server: ${name}=${text} is not a whole number ≥ 0`);
    process.exit(2);
  }
  return value;
}

const rows = integer('ROWS', 1000);
const seed = integer('SEED', 1);
const hostile = process.env.HOSTILE === '1';
const activityRecords = process.env.ACTIVITY ? integer('ACTIVITY', 0) : undefined;
const server = await startMockServer({ port: integer('PORT', 8787), rows, seed, hostile, ...(activityRecords === undefined ? {} : { activityRecords }) });
console.log(`Mock partner-center API on ${server.url} (${rows} rows, seed ${seed}${hostile ? ', hostile' : ''})`);
console.log(`Try: curl '${server.url}/v1/customers?size=5'`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
