/**
 * What `<tag-editor>`'s first load leaves to `import()` (issue 27, its 20 000 B budget): manage mode ("Rename or
 * delete tags"), its styles included, loads when the agent first enters it (src/components/tag-editor/lazy-manage-mode.ts);
 * the save's request and outcome view load once there is something to save (save-controller.ts); the checklist
 * draws its items without the `repeat` directive. Read from scripts/size.mjs, which lists the modules of the
 * first load as SPEC's esbuild command with code splitting builds it. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstLoadModules } from '../support/node/first-load.js';

describe("<tag-editor>'s first load", () => {
  const modules = firstLoadModules('tag-editor');

  it('holds the checklist and the lazy entry to manage mode', () => {
    assert.ok(modules.includes('src/components/tag-editor/checklist.ts'), 'the checklist it draws at once is there');
    assert.ok(modules.includes('src/components/tag-editor/lazy-manage-mode.ts'), 'the entry to manage mode is there');
  });

  it('does not hold manage mode itself', () => {
    assert.deepEqual(
      modules.filter((name) => /tag-editor\/manage-mode/.test(name)),
      [],
    );
  });

  it("leaves manage mode's styles, and the code that adds them, to manage mode's chunk", () => {
    assert.ok(!modules.includes('src/components/tag-editor/manage-mode.styles.ts'), 'its rows and small buttons load with it');
    assert.ok(!modules.includes('src/internal/load/lazy-styles.ts'), 'adoptLazyStyles comes with the part that uses it');
  });

  it('leaves the save request and the view of its outcome to their own chunk, loaded once there is something to save', () => {
    assert.ok(modules.includes('src/components/tag-editor/save-controller.ts'), 'the save state and its lazy entry are there');
    assert.deepEqual(
      modules.filter((name) => /tag-editor\/(save-request|save-controller\.template|save\.part)\.ts$/.test(name)),
      [],
    );
  });

  it("leaves the rename box's `live` directive to manage mode: the filter box draws its value without it", () => {
    assert.deepEqual(
      modules.filter((name) => /lit-html\/directives\/(live|repeat)\.js$/.test(name)),
      [],
    );
  });
});
