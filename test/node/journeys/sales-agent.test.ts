/**
 * Journey: a sales agent on the built demo portal. Manage tags is not offered; New order, Billing information
 * and Export customers are, and each opens and works; tags are shown read-only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allCustomers,
  downloadAndRead,
  eventually,
  fromApi,
  journeySuite,
  rowOf,
  step,
} from '../../support/node/journey.js';

const ROWS = 300;

const { open } = journeySuite();

test('sales agent: no Manage tags; New order, Billing information and Export customers work; tags are read-only', async (t) => {
  const opened = await open({ rows: ROWS, role: 'sales-agent' });
  const { page, list, errors, failedResponses } = opened;
  const everyone = await allCustomers(page);
  const commands = list.getByRole('toolbar', { name: 'Commands' });
  // A tagged customer in the first rows, the only one of its name (so "Select <name>" finds one checkbox).
  const shown = new Set(await list.getByRole('link').allTextContents());
  const named = (name: string) => everyone.items.filter((other) => other.companyProfile.companyName === name).length;
  const customer = everyone.items.find((candidate) => shown.has(candidate.companyProfile.companyName) && candidate.tags.length > 0 && named(candidate.companyProfile.companyName) === 1);
  assert.ok(customer, 'no tagged customer with a unique name among the first rows');
  const row = rowOf(list, customer.companyProfile.companyName);

  await step(t, 'the command bar offers New order, Billing information and Export customers, and not Manage tags', async () => {
    assert.equal(await page.getByText('Sales agent', { exact: true }).count(), 1);
    assert.equal(await commands.getByRole('button', { name: 'Manage tags' }).count(), 0, 'Manage tags is offered to a sales agent');
    for (const name of ['New order', 'Billing information', 'Export customers']) {
      assert.equal(await commands.getByRole('button', { name }).count(), 1, `${name} is not offered`);
    }
  });

  await step(t, 'the Tags column shows the tags as text, with no control to change them', async () => {
    const tagsCell = row.getByRole('gridcell').last();
    for (const tag of customer.tags.slice(0, 3)) await tagsCell.getByText(tag, { exact: true }).waitFor();
    for (const role of ['button', 'checkbox', 'textbox', 'link', 'combobox'] as const) {
      assert.equal(await tagsCell.getByRole(role).count(), 0, `the Tags cell holds a ${role}`);
    }
    // A click on a tag opens nothing that edits it.
    await tagsCell.getByText(customer.tags[0]!, { exact: true }).click();
    assert.equal(await list.getByRole('dialog').count(), 0, 'a dialog opened from a tag');
    assert.equal(await page.getByRole('searchbox', { name: 'Filter or create tags' }).count(), 0);
  });

  await step(t, 'New order opens for the selected customer and goes as far as the products', async (soft) => {
    const checkbox = list.getByRole('checkbox', { name: `Select ${customer.companyProfile.companyName}`, exact: true });
    await checkbox.click();
    await eventually(async () => assert.equal(await checkbox.isChecked(), true, 'the row checkbox shows unchecked after a click'));
    await commands.getByRole('button', { name: 'New order' }).click();
    const dialog = list.getByRole('dialog', { name: 'New order' });
    await dialog.getByText(customer.companyProfile.companyName).first().waitFor();
    await dialog.getByRole('button', { name: /^Online Services/ }).click();
    await dialog.getByRole('radio').first().waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await soft.focusNotOnBody(page, 'cancelling New order');
  });

  await step(t, 'Billing information opens the customer\'s billing form, which loads its fields', async (soft) => {
    await commands.getByRole('button', { name: 'Billing information' }).click();
    const panel = list.getByRole('dialog', { name: customer.companyProfile.companyName });
    const profile = await fromApi<{ defaultAddress: { city: string } }>(page, `/v1/customers/${encodeURIComponent(customer.id)}/profiles/billing`);
    assert.equal(await panel.getByRole('textbox', { name: 'City' }).inputValue(), profile.body.defaultAddress.city);
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'hidden' });
    await soft.focusNotOnBody(page, 'closing the billing panel');
  });

  await step(t, `Export customers saves Customers.csv with all ${ROWS} customers`, async () => {
    const { filename, bytes } = await downloadAndRead(page, () => commands.getByRole('button', { name: 'Export customers' }).click());
    assert.equal(filename, 'Customers.csv');
    const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    assert.equal(lines.length, everyone.totalCount + 1);
  });

  assert.deepEqual(errors, []);
  assert.deepEqual(failedResponses.filter((response) => !/^403 GET \/v1\/customers\/[^/]+\/products\?/.test(response)), []);
});
