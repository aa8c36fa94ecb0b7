/**
 * Journey: an admin agent on the built demo portal over a source that keeps no tags (`adapter=limited`: a source
 * playing Partner Center, tags in the browser's IndexedDB) tags a customer through Manage tags with the mouse and
 * keyboard, reloads the page, and finds the tag still on the row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeySuite, step } from '../../support/node/journey.js';

const NEW_TAG = 'Survives reload';

const { open } = journeySuite();

test('limited source: a tag assigned through Manage tags is on the row after a reload', async (t) => {
  const { page, list, errors, failedResponses } = await open({ rows: 40, seed: 4242, adapter: 'limited', role: 'admin-agent' });
  const resellerRow = list.getByRole('row').filter({ hasText: 'Cloud Reseller' }).first();
  await resellerRow.waitFor();
  const companyName = (await resellerRow.getByRole('link').first().textContent())!.trim();
  const row = () => list.getByRole('row').filter({ has: page.getByRole('link', { name: companyName, exact: true }) });

  await step(t, `select "${companyName}", Manage tags, create "${NEW_TAG}" with Enter, Save: the row shows it`, async (soft) => {
    await row().getByRole('checkbox', { name: `Select ${companyName}`, exact: true }).click();
    await list.getByRole('button', { name: 'Manage tags' }).click();
    const editor = list.getByRole('dialog', { name: 'Manage tags' });
    await editor.getByRole('searchbox', { name: 'Filter or create tags' }).click();
    await page.keyboard.type(NEW_TAG);
    await page.keyboard.press('Enter');
    await editor.getByRole('checkbox', { name: new RegExp(`^${NEW_TAG} \\d`) }).waitFor();
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'hidden' });
    await soft.focusNotOnBody(page, 'saving the tags');
    await row().getByText(NEW_TAG, { exact: true }).waitFor();
  });

  await step(t, 'reload the page: the tag is still on that row, and on no other', async () => {
    await page.reload();
    await row().getByText(NEW_TAG, { exact: true }).waitFor();
    // Both rows of a dual-role customer carry its tags; no other customer's row does.
    const tagged = list.getByRole('row').filter({ has: page.getByText(NEW_TAG, { exact: true }) });
    assert.equal(await tagged.count(), await row().count(), 'only the customer\'s own rows carry the tag');
  });

  assert.deepEqual(errors, [], 'no page errors');
  assert.deepEqual(failedResponses, [], 'no failed responses');
});
