/**
 * What `<activity-log>`'s first load leaves to `import()` (issue 27, its 26 000 B budget): the export's engine
 * (the CSV walk, file-saver, the `export-*` events and the progress view) loads when the agent points at, focuses
 * or presses Export activity; the walk (activity-walk.ts with the local-query walker) on the first query the source
 * does not honour; a row's details on the first expand. Read from scripts/size.mjs, which lists the modules of the
 * first load as SPEC's esbuild command with code splitting builds it. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstLoadModules } from '../support/node/first-load.js';

describe("<activity-log>'s first load", () => {
  const modules = firstLoadModules('activity-log');

  it('holds the lazy export, not its engine nor the CSV columns', () => {
    assert.ok(modules.includes('src/internal/export/lazy-export.ts'), 'the part that loads the export is there');
    const engine = ['src/components/activity-log/activity-export-part.ts', 'src/controllers/export-controller.ts', 'src/controllers/csv-walk.ts', 'src/model/csv.ts', 'src/internal/export/export-state.ts', 'src/internal/export/export-events.ts', 'src/internal/export/save-file.ts'];
    assert.deepEqual(modules.filter((name) => engine.includes(name) || name.includes('file-saver')), []);
  });

  it('holds what decides whether a query is walked, and none of the walk', () => {
    // The first page goes to the source as it is; its own answer counts the records that decide what is offered.
    assert.ok(modules.includes('src/components/activity-log/activity-source.ts'), 'the part that lists, and loads the walk, is there');
    assert.ok(modules.includes('src/adapter/activity-query-terms.ts'), 'what a source honours of an activity query is there');
    const walkSide = [
      'src/components/activity-log/activity-walk.ts',
      'src/adapter/local-query.ts',
      'src/adapter/local-query-terms.ts',
      'src/adapter/capability-checks.ts',
      'src/adapter/forwarding-adapter.ts',
      'src/controllers/local-query-controller.ts',
      'src/model/query.ts',
    ];
    assert.deepEqual(modules.filter((name) => walkSide.includes(name) || name.startsWith('src/adapter/local-walk')), []);
  });

  it("holds the details' panel, not what it draws once loaded", () => {
    assert.ok(modules.includes('src/components/activity-log/activity-details.ts'), 'the part that loads the details is there');
    const details = ['src/components/activity-log/activity-log.details.ts', 'src/model/activity-diff.ts', 'src/internal/load/lazy-styles.ts'];
    assert.deepEqual(modules.filter((name) => details.includes(name)), []);
  });

  it('holds none of the matching and ordering of records, which only the walk does here', () => {
    assert.ok(modules.includes('src/model/activity.ts'), 'the period rules are there');
    assert.deepEqual(modules.filter((name) => name === 'src/model/activity-order.ts'), []);
  });

  it("holds the grid's focus and its one tab stop, not its moves, which load when focus first enters the grid", () => {
    assert.ok(modules.includes('src/controllers/grid-focus-controller.ts'), 'the focus controller is there');
    assert.deepEqual(modules.filter((name) => name === 'src/controllers/grid-keys.ts' || name === 'src/controllers/grid-navigation.ts'), []);
  });
});
