/**
 * Journey: the portal in Polish, right to left, dark (`lang=pl&dir=rtl&theme=dark`). The page speaks Polish
 * (the words of src/localization/xliff/pl.xlf), the grid is mirrored with the checkbox column at the right edge,
 * the colors are dark, and a search and a selection work, with no console errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allCustomers,
  boxOf,
  eventually,
  findSearch,
  journeySuite,
  step,
} from '../../support/node/journey.js';

const ROWS = 200;

const { open } = journeySuite();

/** Relative luminance of a CSS `rgb(…)` color, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

test('Polish, right to left, dark: Polish words, a mirrored grid, dark colors, a search and a selection', async (t) => {
  const opened = await open({ rows: ROWS, lang: 'pl', dir: 'rtl', theme: 'dark' });
  const { page, list, errors, failedResponses } = opened;
  const grid = list.getByRole('grid', { name: 'Klienci' });

  await step(t, 'the page, the command bar, the search and the grid speak Polish', async () => {
    await page.getByRole('heading', { name: 'Klienci', level: 1 }).waitFor();
    await page.getByText('Agent administracyjny', { exact: true }).waitFor();
    const commands = list.getByRole('toolbar', { name: 'Polecenia' });
    for (const name of ['Nowe zamówienie', 'Dane rozliczeniowe', 'Zarządzaj tagami', 'Eksportuj klientów']) {
      assert.equal(await commands.getByRole('button', { name, exact: true }).count(), 1, `no "${name}" command`);
    }
    assert.equal(await list.getByRole('searchbox', { name: 'Szukaj klientów' }).count(), 1);
    assert.equal(await grid.getByRole('columnheader', { name: 'Nazwa firmy' }).count(), 1);
    await list.getByText(`${ROWS} klientów`, { exact: true }).waitFor();
    assert.equal(await list.getByText('Export customers').count(), 0, 'English words remain');
  });

  await step(t, 'the grid is mirrored: the checkbox column is at the right edge, the columns run leftwards', async () => {
    const gridBox = await boxOf(grid);
    const selectAll = await boxOf(list.getByRole('checkbox', { name: `Zaznacz wszystkich pasujących klientów (${ROWS})` }));
    const idHeader = await boxOf(grid.getByRole('columnheader', { name: 'Identyfikator Microsoft' }));
    const nameHeader = await boxOf(grid.getByRole('columnheader', { name: 'Nazwa firmy' }));
    assert.ok(gridBox.x + gridBox.width - (selectAll.x + selectAll.width) < 60, `the header checkbox is not at the grid's right edge (grid ${gridBox.x}–${gridBox.x + gridBox.width}, checkbox ${selectAll.x}–${selectAll.x + selectAll.width})`);
    assert.ok(idHeader.x + idHeader.width <= selectAll.x, 'the Microsoft ID column is not to the left of the checkbox column');
    assert.ok(nameHeader.x + nameHeader.width <= idHeader.x + 0.5, 'the company name column is not to the left of the Microsoft ID column');
  });

  await step(t, 'the colors are dark', async () => {
    const colors = await list.evaluate((element) => {
      const viewport = element.shadowRoot!.querySelector('[part~=viewport]')!;
      return { scheme: getComputedStyle(element).colorScheme, background: getComputedStyle(viewport).backgroundColor, text: getComputedStyle(viewport).color };
    });
    assert.equal(colors.scheme, 'dark');
    assert.ok(luminance(colors.background) < 0.1, `the grid's background ${colors.background} is not dark`);
    assert.ok(luminance(colors.text) > 0.5, `the grid's text ${colors.text} is not light`);
  });

  const { prefix, matches } = findSearch((await allCustomers(page)).items, { min: 2, max: 30 });

  await step(t, `a search for "${prefix}" shows only the matching customers`, async () => {
    await list.getByRole('searchbox', { name: 'Szukaj klientów' }).click();
    await page.keyboard.type(prefix);
    await eventually(async () => assert.deepEqual(await grid.getByRole('link').allTextContents(), matches.map((customer) => customer.companyProfile.companyName).slice(0, 30)));
  });

  await step(t, 'a click selects a row: its box shows checked and the bar says "Zaznaczono: 1"', async (soft) => {
    const checkbox = list.getByRole('checkbox', { name: `Zaznacz ${matches[0]!.companyProfile.companyName}`, exact: true });
    await checkbox.click();
    await eventually(async () => assert.equal(await checkbox.isChecked(), true, 'the row checkbox shows unchecked after a click'));
    assert.equal(await list.locator('[part=selection-bar] [role=status]').textContent(), 'Zaznaczono: 1');
    await soft.focusNotOnBody(page, 'clicking a row checkbox');
  });

  assert.deepEqual(errors, [], 'console errors');
  assert.deepEqual(failedResponses, []);
});
