/**
 * What `<customer-list>`'s first load leaves to `import()` (issue 27, its 45 600 B budget): the local-query walker
 * loads on the first query its source does not honour, and the activity model only with the activity log. Read
 * from scripts/size.mjs, which lists the modules of the first load as SPEC's esbuild command with code splitting
 * builds it. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

function firstLoadModules(): string[] {
  const run = spawnSync(process.execPath, ['scripts/size.mjs', '--json', '--only', 'customer-list', '--why', 'customer-list'], { encoding: 'utf8' });
  assert.equal(run.stderr, '', 'no build warnings');
  const [list] = JSON.parse(run.stdout) as { modules: [string, number][] }[];
  return list!.modules.map(([name]) => name);
}

describe("<customer-list>'s first load", () => {
  const modules = firstLoadModules();

  it('holds the local-query wrapper but not its walker', () => {
    assert.ok(modules.includes('src/adapter/local-query.ts'), 'the wrapper every grid holds is there');
    assert.deepEqual(modules.filter((name) => name.startsWith('src/adapter/local-walk')), []);
  });

  it('does not hold the activity model', () => {
    assert.ok(!modules.includes('src/model/activity.ts'), 'model/activity.ts is in the first load');
  });
});
