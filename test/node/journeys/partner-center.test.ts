/**
 * Journey: an admin agent on the built demo portal over Partner Center as documented (`adapter=partner-center`:
 * PartnerCenterAdapter on the fake Partner Center, 1 200 customers, tags in the browser's store). Partner Center
 * counts one page at a time, cannot sort and keeps no tags; through the mouse and keyboard the agent still meets
 * only true counts, a true sort, the last customer at Ctrl+End, a tag that sticks, and a full export.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { downloadAndRead, eventually, journeySuite, step } from '../../support/node/journey.js';

const ROWS = 1200;
const NEW_TAG = 'Partner Center check';

const { open } = journeySuite();

test('admin agent on Partner Center: counts, Ctrl+End, a sort done here, Manage tags and the full export', async (t) => {
  const { page, list, errors, failedResponses } = await open({ rows: ROWS, seed: 26, adapter: 'partner-center', role: 'admin-agent' });
  const status = list.locator('[part~=status]').first();
  const drawnNames = () => list.locator('[role=row] a').allTextContents();
  /** Every customer's company name in the source's order, walked in the page through the portal's own adapter. */
  const sourceOrder = await page.evaluate(async () => {
    const adapter = (window as unknown as { portal: { adapter: { listCustomers(request: object): Promise<{ items: { companyName: string }[]; continuationToken?: string }> } } }).portal.adapter;
    const names: string[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await adapter.listCustomers({ pageSize: 500, ...(continuationToken ? { continuationToken } : {}) });
      names.push(...page.items.map((row) => row.companyName));
      continuationToken = page.continuationToken;
    } while (continuationToken);
    return names;
  });
  assert.equal(sourceOrder.length, ROWS);

  await step(t, 'the status never states a page as the total: "500+ customers" while more pages follow', async () => {
    await eventually(async () => assert.match((await status.innerText()).trim(), /^\d[\d,]*\+ customers$/));
    assert.doesNotMatch(await list.innerText(), /\b500 customers\b/);
  });

  await step(t, `Ctrl+End reaches the last customer, and the status then says ${ROWS.toLocaleString('en-US')} customers`, async (soft) => {
    await list.locator('[role=row] a').first().focus();
    await page.keyboard.press('Control+End');
    await eventually(async () => assert.equal((await status.innerText()).trim(), `${ROWS.toLocaleString('en-US')} customers`), 60_000);
    await eventually(async () => assert.equal((await drawnNames()).at(-1), sourceOrder.at(-1)));
    await soft.focusNotOnBody(page, 'Ctrl+End');
    await page.keyboard.press('Control+Home');
  });

  await step(t, 'a click on "Company name" sorts every customer here (Partner Center cannot): the drawn rows are in order', async () => {
    await list.getByRole('columnheader', { name: /Company name/ }).click();
    const header = list.getByRole('columnheader', { name: /Company name/ });
    await eventually(async () => assert.equal(await header.getAttribute('aria-sort'), 'ascending'), 60_000);
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    const expected = [...sourceOrder].sort(collator.compare);
    await eventually(async () => {
      const drawn = await drawnNames();
      assert.ok(drawn.length > 5, 'rows drawn');
      assert.deepEqual(drawn, expected.slice(0, drawn.length));
    }, 60_000);
  });

  await step(t, `Manage tags on a Cloud Reseller: "${NEW_TAG}" created with Enter and saved shows on the row`, async (soft) => {
    const row = list.getByRole('row').filter({ hasText: 'Cloud Reseller' }).first();
    const name = (await row.getByRole('link').first().textContent())!.trim();
    await row.getByRole('checkbox', { name: `Select ${name}`, exact: true }).click();
    await list.getByRole('button', { name: 'Manage tags' }).click();
    const editor = list.getByRole('dialog', { name: 'Manage tags' });
    await editor.getByRole('searchbox', { name: 'Filter or create tags' }).click();
    await page.keyboard.type(NEW_TAG);
    await page.keyboard.press('Enter');
    await editor.getByRole('checkbox', { name: new RegExp(`^${NEW_TAG} \\d`) }).waitFor();
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'hidden' });
    await soft.focusNotOnBody(page, 'saving the tags');
    await list.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) }).getByText(NEW_TAG, { exact: true }).first().waitFor();
  });

  await step(t, `Export customers writes all ${ROWS.toLocaleString('en-US')} customers, the count the list ends on`, async () => {
    const { filename, bytes } = await downloadAndRead(page, () => list.getByRole('button', { name: 'Export customers' }).click(), 120_000);
    assert.equal(filename, 'Customers.csv');
    const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { newline: '\r\n', skipEmptyLines: true });
    assert.equal(parsed.data.length - 1, ROWS);
    assert.ok(parsed.data.some((record) => record[4]?.split('; ').includes(NEW_TAG)), 'the export carries the tag from the browser store');
  });

  assert.deepEqual(errors, []);
  // Some catalogs are refused to some customers (403); nothing else fails.
  assert.deepEqual(failedResponses.filter((response) => !/^403 /.test(response)), []);
});
