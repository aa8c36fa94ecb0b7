/**
 * What `<activity-log>`'s first load leaves to `import()` (issue 27, its 26 000 B budget): the export's engine
 * (the CSV walk, file-saver, the `export-*` events and the progress view) loads when the agent points at, focuses
 * or presses Export activity; the local-query walker on the first query the source does not honour. Read from
 * scripts/size.mjs, which lists the modules of the first load as SPEC's esbuild command with code splitting
 * builds it. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

function firstLoadModules(): string[] {
  const run = spawnSync(process.execPath, ['scripts/size.mjs', '--json', '--only', 'activity', '--why', 'activity'], { encoding: 'utf8' });
  assert.equal(run.stderr, '', 'no build warnings');
  const [log] = JSON.parse(run.stdout) as { modules: [string, number][] }[];
  return log!.modules.map(([name]) => name);
}

describe("<activity-log>'s first load", () => {
  const modules = firstLoadModules();

  it('holds the lazy export, not its engine', () => {
    assert.ok(modules.includes('src/internal/export/lazy-export.ts'), 'the part that loads the export is there');
    const engine = ['src/controllers/export-controller.ts', 'src/controllers/csv-walk.ts', 'src/model/csv.ts', 'src/internal/export/export-state.ts', 'src/internal/export/export-events.ts', 'src/internal/export/save-file.ts'];
    assert.deepEqual(modules.filter((name) => engine.includes(name) || name.includes('file-saver')), []);
  });

  it('holds the local-query wrapper but not its walker', () => {
    assert.ok(modules.includes('src/adapter/local-query.ts'), 'the wrapper the grid holds is there');
    assert.deepEqual(modules.filter((name) => name.startsWith('src/adapter/local-walk')), []);
  });
});
