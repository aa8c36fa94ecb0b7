/**
 * Journey: an admin agent on the built demo portal changes a customer's billing city, then finds that change in
 * the activity log: from the list's Activity command (the log of that one customer), and from the portal's
 * "Activity log" page (filtered by company name, newest first), expands the record to see the old and new city,
 * and exports ActivityLog.csv of the period. `view=activity` opens the log directly; a sales agent is refused it
 * in the page and by the API. All through the mouse and keyboard, checking what is drawn and what the API has.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import {
  allCustomers,
  downloadAndRead,
  eventually,
  fromApi,
  isFocused,
  journeySuite,
  step,
  type ApiCustomer,
} from '../../support/node/journey.js';

const ROWS = 300;
const NEW_CITY = 'Journey Town Żółć';
const ADMIN = 'admin@partner.example';
const CSV_HEADER = ['Date and time', 'Microsoft ID', 'Customer', 'Action', 'Resource', 'Performed by', 'Status', 'Old value', 'New value', 'Correlation ID'];

const { open } = journeySuite();

/** An activity record as GET /v1/auditrecords returns it (the fields the journey reads). */
interface ApiRecord {
  customerId: string;
  customerName: string;
  operationType: string;
  userPrincipalName: string;
  resourceOldValue?: string;
  resourceNewValue?: string;
  originalCorrelationId: string;
}

/** Every record of a period and filter, page after page (continuation in a header), as an export must hold them. */
async function allRecords(page: Page, query: Record<string, string>): Promise<ApiRecord[]> {
  const items: ApiRecord[] = [];
  let path = `/v1/auditrecords?${new URLSearchParams({ size: '500', ...query })}`;
  let headers: Record<string, string> = {};
  for (let pages = 0; pages < 1000; pages++) {
    const response = await fromApi<{ items: ApiRecord[]; links?: { next?: { uri: string; headers: { key: string; value: string }[] } } }>(page, path, headers);
    assert.equal(response.status, 200, `GET ${path} answered ${response.status}`);
    items.push(...response.body.items);
    const next = response.body.links?.next;
    if (!next) break;
    path = next.uri;
    headers = Object.fromEntries(next.headers.map(({ key, value }) => [key, value]));
  }
  return items;
}

/** The city in a billing profile's JSON text, as an activity record holds it. */
function cityIn(json: string | undefined): unknown {
  return (JSON.parse(json ?? '{}') as { defaultAddress?: { city?: unknown } }).defaultAddress?.city;
}

/** The data rows a log draws (its header row not counted). */
const dataRows = (log: Locator) => log.locator('[role=row]:has(button[part=disclosure])');
/** What one cell of a data row shows, by its column's class. */
const cellText = async (row: Locator, column: string) => ((await row.locator(`[role=gridcell].${column}`).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The log's record count under the grid ("12 records"), once it has one. */
async function recordCount(log: Locator): Promise<number> {
  const text = await eventually(async () => {
    const status = ((await log.locator('[part=status]').textContent()) ?? '').trim();
    assert.match(status, /^[\d,]+ records?$/, `the log's status says "${status}"`);
    return status;
  });
  return Number(text.replace(/\D/g, ''));
}

/**
 * A customer of the first rows the list shows, with a name no other customer has or contains (so the company
 * name filter finds its records only and "Select <name>" one checkbox).
 */
function chooseCustomer(customers: ApiCustomer[], shown: Set<string>): ApiCustomer {
  const names = customers.map((customer) => customer.companyProfile.companyName.toLowerCase());
  const unique = (name: string) => names.filter((other) => other.includes(name.toLowerCase())).length === 1;
  const customer = customers.find((candidate) => shown.has(candidate.companyProfile.companyName) && /^[\p{L} ]{6,}$/u.test(candidate.companyProfile.companyName) && unique(candidate.companyProfile.companyName));
  assert.ok(customer, 'no customer among the first rows has a name no other customer contains');
  return customer;
}

test('admin agent: a billing change shows in the activity log, from the Activity command and the Activity log page, expanded and exported', async (t) => {
  const { page, list, log, errors, failedResponses } = await open({ rows: ROWS, role: 'admin-agent' });
  const everyone = await allCustomers(page);
  const customer = chooseCustomer(everyone.items, new Set(await list.getByRole('link').allTextContents()));
  const name = customer.companyProfile.companyName;
  const commands = list.getByRole('toolbar', { name: 'Commands' });
  const before = await fromApi<{ defaultAddress: { city: string } }>(page, `/v1/customers/${encodeURIComponent(customer.id)}/profiles/billing`);
  assert.equal(before.status, 200);
  const oldCity = before.body.defaultAddress.city;
  assert.notEqual(oldCity, NEW_CITY);

  await step(t, `select ${name}, Billing information: type a new City, Save; the API has it`, async (soft) => {
    const checkbox = list.getByRole('checkbox', { name: `Select ${name}`, exact: true });
    await checkbox.click();
    await eventually(async () => assert.equal(await checkbox.isChecked(), true, `"Select ${name}" shows unchecked after a click`));
    await commands.getByRole('button', { name: 'Billing information' }).click();
    const panel = list.getByRole('dialog', { name });
    const city = panel.getByRole('textbox', { name: 'City' });
    await eventually(async () => assert.equal(await city.inputValue(), oldCity, 'the billing form does not show the city the API has'));
    await city.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEW_CITY);
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.waitFor({ state: 'hidden' });
    await soft.focusNotOnBody(page, 'saving billing information');
    const saved = await fromApi<{ defaultAddress: { city: string } }>(page, `/v1/customers/${encodeURIComponent(customer.id)}/profiles/billing`);
    assert.equal(saved.body.defaultAddress.city, NEW_CITY);
  });

  await step(t, 'Activity for the selected customer opens its log: only its records, the billing change newest', async (soft) => {
    const command = commands.getByRole('button', { name: 'Activity' });
    await command.click();
    const panel = list.getByRole('dialog', { name });
    const panelLog = panel.locator('activity-log');
    await soft.focusNotOnBody(page, 'opening Activity');
    await panelLog.getByText(customer.id, { exact: true }).waitFor();
    await panelLog.getByRole('button', { name: 'All customers' }).waitFor();
    const count = await recordCount(panelLog);
    const api = await allRecords(page, { filter: JSON.stringify({ Field: 'CustomerId', Value: customer.id, Operator: 'equals' }) });
    assert.equal(count, api.length, `the panel counts ${count} records, the API has ${api.length} for ${name}`);
    const rows = dataRows(panelLog);
    await rows.first().waitFor();
    for (const row of await rows.all()) assert.equal(await cellText(row, 'customerName'), name, 'the customer\'s log shows another customer\'s record');
    const newest = rows.first();
    assert.equal(await cellText(newest, 'operationType'), 'Billing profile updated');
    assert.equal(await cellText(newest, 'userPrincipalName'), ADMIN);
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'hidden' });
    await soft.focusNotOnBody(page, 'closing the Activity panel');
    assert.ok(await isFocused(command), 'focus did not go back to Activity after closing its panel');
  });

  await step(t, 'the "Activity log" link switches the page to the log, in place (view=activity in the URL)', async (soft) => {
    await page.getByRole('navigation', { name: 'Partner center' }).getByRole('link', { name: 'Activity log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Activity log' }).waitFor();
    await soft.focusNotOnBody(page, 'following the Activity log link');
    assert.equal(new URL(page.url()).searchParams.get('view'), 'activity');
    assert.equal(await page.getByRole('link', { name: 'Activity log' }).getAttribute('aria-current'), 'page');
    await dataRows(log).first().waitFor();
    assert.equal(await log.getByRole('columnheader', { name: 'Date and time' }).getAttribute('aria-sort'), 'descending', 'the log is not sorted newest first');
  });

  const record = () => dataRows(log).first();

  await step(t, `type "${name}" in "Company name contains": only its records, the billing change first`, async (soft) => {
    await log.getByRole('searchbox', { name: 'Company name contains' }).click();
    await page.keyboard.type(name);
    const api = await allRecords(page, { filter: JSON.stringify({ Field: 'CompanyName', Value: name, Operator: 'substring' }) });
    await eventually(async () => assert.equal(await recordCount(log), api.length, `the filtered log does not count the API's ${api.length} records`));
    await soft.focusNotOnBody(page, 'typing a company name filter');
    for (const row of await dataRows(log).all()) assert.equal(await cellText(row, 'customerName'), name, 'the filtered log shows another customer\'s record');
    assert.equal(await cellText(record(), 'operationType'), 'Billing profile updated');
    assert.equal(await cellText(record(), 'userPrincipalName'), ADMIN);
  });

  await step(t, 'the disclosure button expands the record: City, old → new', async (soft) => {
    const disclosure = record().getByRole('button', { name: /^Details of Billing profile updated/ });
    assert.equal(await disclosure.getAttribute('aria-expanded'), 'false');
    await disclosure.click();
    await eventually(async () => assert.equal(await disclosure.getAttribute('aria-expanded'), 'true', 'the disclosure button does not say expanded after a click'));
    await soft.focusNotOnBody(page, 'expanding a record');
    const details = log.getByRole('region', { name: /^Details of Billing profile updated/ });
    const change = details.getByRole('table', { name: 'What changed' }).getByRole('row', { name: /defaultAddress\.city/ });
    await change.waitFor();
    const cells = (await change.getByRole('cell').allTextContents()).map((text) => text.trim());
    assert.deepEqual(cells, [oldCity, NEW_CITY], 'the expanded record does not show the city before and after');
    assert.ok(await isFocused(disclosure), 'focus left the disclosure button it was on');
    // The keyboard closes and opens it again, focus staying on the button.
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await disclosure.getAttribute('aria-expanded'), 'false', 'Enter on the expanded record\'s button does not collapse it'));
    assert.equal(await details.count(), 0, 'the details stay drawn after collapsing');
    await page.keyboard.press(' ');
    await eventually(async () => assert.equal(await disclosure.getAttribute('aria-expanded'), 'true', 'Space on the collapsed record\'s button does not expand it'));
    await change.waitFor();
    await soft.focusNotOnBody(page, 'collapsing and expanding a record by keyboard');
    assert.ok(await isFocused(disclosure), 'focus left the disclosure button after Enter and Space');
  });

  await step(t, 'Export activity saves ActivityLog.csv of the filtered period, the billing change with old and new city', async (soft) => {
    const from = await log.getByRole('textbox', { name: 'From' }).inputValue();
    const to = await log.getByRole('textbox', { name: 'To' }).inputValue();
    const api = await allRecords(page, { startDate: from, endDate: to, filter: JSON.stringify({ Field: 'CompanyName', Value: name, Operator: 'substring' }) });
    const { filename, bytes } = await downloadAndRead(page, () => log.getByRole('button', { name: 'Export activity' }).click());
    assert.equal(filename, 'ActivityLog.csv');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file does not start with a UTF-8 byte-order mark');
    const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { newline: '\r\n', skipEmptyLines: true });
    assert.deepEqual(parsed.errors, []);
    const [header, ...records] = parsed.data;
    assert.deepEqual(header, CSV_HEADER);
    assert.deepEqual(
      records.map((cells) => cells[9]),
      api.map((item) => item.originalCorrelationId),
      'the export does not hold the records the API walk of the period and filter gives, in its order',
    );
    const change = records.find((cells) => cells[1] === customer.id && cells[3] === 'Billing profile updated' && cityIn(cells[8]) === NEW_CITY);
    assert.ok(change, `ActivityLog.csv has no billing change of ${name} to ${NEW_CITY}`);
    assert.equal(cityIn(change[7]), oldCity, 'the exported record does not hold the old city');
    assert.equal(change[5], ADMIN);
    await log.getByText(`Saved ActivityLog.csv: ${records.length} rows`, { exact: false }).waitFor();
    await soft.focusNotOnBody(page, 'exporting activity');
  });

  await step(t, 'the "Customers" link switches back to the list, and Back to the log', async (soft) => {
    await page.getByRole('link', { name: 'Customers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await list.locator('[role=grid][aria-busy=false] input[type=checkbox]').nth(1).waitFor();
    await soft.focusNotOnBody(page, 'following the Customers link');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Activity log' }).waitFor();
    await dataRows(log).first().waitFor();
    await soft.focusNotOnBody(page, 'going Back to the Activity log');
  });

  assert.deepEqual(errors, []);
  assert.deepEqual(failedResponses, []);
});

test('view=activity opens the activity log directly, newest first', async (t) => {
  const { page, log, errors, failedResponses } = await open({ rows: ROWS, role: 'admin-agent', view: 'activity' });

  await step(t, 'the page is the log: heading, current link, records newest first, counted as the API counts them', async () => {
    await page.getByRole('heading', { level: 1, name: 'Activity log' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Activity log' }).getAttribute('aria-current'), 'page');
    assert.equal(await page.locator('customer-list').count(), 0, 'the customer list is drawn on the Activity log page');
    const from = await log.getByRole('textbox', { name: 'From' }).inputValue();
    const to = await log.getByRole('textbox', { name: 'To' }).inputValue();
    const api = await allRecords(page, { startDate: from, endDate: to });
    assert.equal(await recordCount(log), api.length);
    const times = await dataRows(log).locator('time').evaluateAll((items) => items.map((item) => item.getAttribute('datetime')!));
    assert.ok(times.length > 3, 'the log shows fewer than 4 records');
    assert.deepEqual(times, [...times].sort().reverse(), 'the records are not newest first');
  });

  await step(t, 'a click on "Date and time" sorts oldest first', async (soft) => {
    const header = log.getByRole('columnheader', { name: 'Date and time' });
    await header.click();
    await eventually(async () => assert.equal(await header.getAttribute('aria-sort'), 'ascending'));
    await soft.focusNotOnBody(page, 'sorting by date');
    await eventually(async () => {
      const times = await dataRows(log).locator('time').evaluateAll((items) => items.map((item) => item.getAttribute('datetime')!));
      assert.deepEqual(times, [...times].sort(), 'the records are not oldest first');
    });
  });

  assert.deepEqual(errors, []);
  assert.deepEqual(failedResponses, []);
});

test('sales agent: no Activity command; the Activity log page says it is for admin agents, and the API refuses it', async (t) => {
  const { page, list, log, errors, failedResponses } = await open({ rows: ROWS, role: 'sales-agent' });
  const refusal = 'Activity records are available to admin agents only.';

  await step(t, 'the customer list offers no Activity command', async () => {
    const checkbox = list.getByRole('checkbox', { name: /^Select / }).nth(1);
    await checkbox.click();
    await eventually(async () => assert.equal(await checkbox.isChecked(), true));
    const commands = list.getByRole('toolbar', { name: 'Commands' });
    await commands.getByRole('button', { name: 'New order' }).waitFor();
    assert.equal(await commands.getByRole('button', { name: 'Activity' }).count(), 0, 'Activity is offered to a sales agent');
  });

  await step(t, 'the Activity log link shows the refusal, no records, and Export activity unavailable', async (soft) => {
    await page.getByRole('link', { name: 'Activity log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Activity log' }).waitFor();
    await soft.focusNotOnBody(page, 'following the Activity log link as a sales agent');
    await log.getByText(refusal, { exact: true }).waitFor();
    assert.equal(await dataRows(log).count(), 0, 'a sales agent is shown activity records');
    assert.equal(await log.getByRole('button', { name: 'Export activity' }).getAttribute('aria-disabled'), 'true', 'Export activity is offered to a sales agent');
  });

  await step(t, 'the API answers 403 to a sales agent, and nothing asked it from the page', async () => {
    const response = await fromApi(page, '/v1/auditrecords?size=10');
    assert.equal(response.status, 403);
    assert.deepEqual(failedResponses.filter((line) => line !== '403 GET /v1/auditrecords?size=10'), [], 'the page asked for records a sales agent may not see');
  });

  await step(t, 'view=activity as a sales agent shows the refusal too', async () => {
    const direct = await open({ rows: ROWS, role: 'sales-agent', view: 'activity' });
    await direct.log.getByText(refusal, { exact: true }).waitFor();
    assert.equal(await dataRows(direct.log).count(), 0);
  });

  assert.deepEqual(errors, []);
});
