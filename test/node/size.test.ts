/**
 * `npm run size` (scripts/size.mjs): every element measured against its SPEC §4 budget, the list by what a page
 * loads first, and an exit code CI can act on. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

interface Row {
  element: string;
  bytes: number;
  budget: number;
  over: boolean;
  later?: { chunks: number; bytes: number };
  whole?: number;
}

function size(...args: string[]): { rows: Row[]; status: number | null } {
  const run = spawnSync(process.execPath, ['scripts/size.mjs', '--json', ...args], { encoding: 'utf8' });
  assert.equal(run.stderr, '', 'no build warnings');
  return { rows: JSON.parse(run.stdout) as Row[], status: run.status };
}

/** Every element measured once (seven builds), for the tests that read them all. */
let measured: ReturnType<typeof size> | undefined;
const everyElement = () => (measured ??= size());

describe('npm run size', () => {
  it('measures each element against its SPEC budget', () => {
    const { rows } = everyElement();
    assert.deepEqual(
      rows.map((row) => [row.element, row.budget]),
      [
        ['<customer-list> (first load)', 45_600],
        ['<tag-editor>', 20_000],
        ['<new-order-dialog>', 20_000],
        ['<billing-profile-form>', 20_000],
        ['<export-button>', 15_000],
        ['<activity-log>', 26_000],
        ['all six (src/define.ts)', 80_000],
      ],
    );
    for (const row of rows) assert.ok(row.bytes > 5_000, `${row.element}: ${row.bytes} B, a real bundle`);
    const all = rows.at(-1)!;
    for (const row of rows.slice(1, -1)) assert.ok(row.bytes < all.bytes, `${row.element} is smaller than all six`);
  });

  it('keeps every element within its budget', () => {
    const { rows, status } = everyElement();
    for (const row of rows) assert.ok(!row.over, `${row.element}: ${row.bytes} B, over its ${row.budget} B budget`);
    assert.equal(status, 0);
  });

  it('counts for the list what a page loads first, not the elements its commands load by import()', () => {
    const [list] = size('--only', 'customer-list').rows;
    assert.ok(list!.later!.chunks >= 5, `the five composed elements load later (${list!.later!.chunks} chunks)`);
    assert.ok(list!.bytes < list!.whole! - 20_000, `first load ${list!.bytes} B, with everything ${list!.whole} B`);
  });

  it('exits non-zero exactly when an element is over its budget', () => {
    const loose = size('--only', 'export-button', '--scale', '10');
    assert.equal(loose.rows[0]!.over, false);
    assert.equal(loose.status, 0);
    const tight = size('--only', 'export-button', '--scale', '0.1');
    assert.equal(tight.rows[0]!.over, true);
    assert.equal(tight.status, 1);
  });
});
