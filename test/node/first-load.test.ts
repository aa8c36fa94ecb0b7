/**
 * What `<customer-list>`'s first load leaves to `import()` (issue 27, its 45 600 B budget): the local-query walker
 * loads on the first query its source does not honour, the activity model only with the activity log, and the
 * menus and overlays (with their styles) on their command's first use (overlays/lazy-opener.ts). Read
 * from scripts/size.mjs, which lists the modules of the first load as SPEC's esbuild command with code splitting
 * builds it. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstLoadModules } from '../support/node/first-load.js';


describe("<customer-list>'s first load", () => {
  const modules = firstLoadModules('customer-list');

  it('holds the local-query wrapper but not its walker', () => {
    assert.ok(modules.includes('src/adapter/local-query.ts'), 'the wrapper every grid holds is there');
    assert.deepEqual(modules.filter((name) => name.startsWith('src/adapter/local-walk')), []);
  });

  it('does not hold the activity model', () => {
    assert.ok(!modules.includes('src/model/activity.ts'), 'model/activity.ts is in the first load');
  });

  it('does not hold the Columns and Views menus or their styles', () => {
    const lazy = ['view/columns-menu.ts', 'view/views-menu.ts', 'view/view.styles.ts', 'overlays/menu-popover.ts'].map((file) => `src/components/customer-list/${file}`);
    assert.deepEqual(modules.filter((name) => lazy.includes(name)), []);
  });

  it('does not hold the Manage tags popover, the side panels, their styles or the "Discard?" prompt', () => {
    const lazy = ['tag-editor-popover.ts', 'side-panel.ts', 'billing-panel.ts', 'activity-panel.ts', 'overlays.styles.ts'].map((file) => `src/components/customer-list/overlays/${file}`);
    assert.deepEqual(modules.filter((name) => lazy.includes(name) || name.startsWith('src/internal/overlay/discard-prompt')), []);
  });

  it('holds what the commands need to load those parts, and what a saved view needs at first render', () => {
    for (const file of ['src/controllers/lazy-part.ts', 'src/components/customer-list/overlays/lazy-opener.ts', 'src/controllers/view-state-controller.ts', 'src/model/view-state.ts']) {
      assert.ok(modules.includes(file), `${file} is in the first load`);
    }
  });

  it("holds the grid's focus and its one tab stop, not its moves, which load when focus first enters the grid", () => {
    assert.ok(modules.includes('src/controllers/grid-focus-controller.ts'), 'the focus controller is there');
    assert.deepEqual(modules.filter((name) => name === 'src/controllers/grid-keys.ts' || name === 'src/controllers/grid-navigation.ts'), []);
  });
});
