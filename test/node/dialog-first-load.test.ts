/**
 * What <new-order-dialog>'s and <billing-profile-form>'s first loads leave to `import()` (issue 27, their 20 000 B
 * budgets): the order's review and submitted steps load on reaching the products step, the billing form's
 * conflict comparison when a save is sent. Read from scripts/size.mjs, which lists the modules of each first load
 * as SPEC's esbuild command with code splitting builds it. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstLoadModules } from '../support/node/first-load.js';


describe("<new-order-dialog>'s first load", () => {
  const modules = firstLoadModules('new-order-dialog');

  it('holds the catalog and products steps but not the review and submitted steps', () => {
    assert.ok(modules.includes('src/components/new-order-dialog/new-order-dialog.steps.ts'), 'the steps drawn first are there');
    assert.ok(!modules.includes('src/components/new-order-dialog/new-order-dialog.later-steps.ts'), 'the later steps are in the first load');
  });
});

describe("<billing-profile-form>'s first load", () => {
  const modules = firstLoadModules('billing-profile-form');

  it('holds the conflict controller but not the comparison it draws', () => {
    assert.ok(modules.includes('src/components/billing-profile-form/billing-profile-form.conflict.ts'));
    assert.ok(!modules.includes('src/components/billing-profile-form/billing-profile-form.conflict-view.ts'), 'the comparison is in the first load');
  });
});
