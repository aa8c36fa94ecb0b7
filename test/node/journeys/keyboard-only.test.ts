/**
 * Journey: an admin agent who never touches the mouse. Tab, arrows, Space, Shift+Space, Enter and Escape take
 * them through a search, a tag filter, the grid, the selection bar, New order up to the review, and Manage
 * tags; after every key that moves them on, focus is on an element that draws its own focus indicator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import {
  allCustomers,
  downloadAndRead,
  eventually,
  findSearch,
  focusedElement,
  isFocused,
  journeySuite,
  step,
  tabTo,
} from '../../support/node/journey.js';

const { open } = journeySuite();

test('keyboard only: search, tag filter, grid arrows, Space and Shift+Space, selection bar, New order to review and back out, Manage tags, Export customers', async (t) => {
  const opened = await open({ rows: 1000, role: 'admin-agent' });
  const { page, list, errors } = opened;
  const { prefix, matches } = findSearch((await allCustomers(page)).items, { min: 5, max: 40 });
  const key = (name: string) => page.keyboard.press(name);
  const search = list.getByRole('searchbox', { name: 'Search customers' });
  const checkbox = (index: number) => list.getByRole('checkbox', { name: `Select ${matches[index]!.companyProfile.companyName}`, exact: true });
  const selectionCount = list.locator('[part=selection-bar] [role=status]');
  const grid = list.getByRole('grid', { name: 'Customers' });
  /** Whether focus is inside the grid (on a cell, its checkbox or its link). */
  const focusInGrid = () => grid.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active !== null && element.contains(active);
  });

  await step(t, `Tab to the search box and search "${prefix}"`, async (soft) => {
    await tabTo(page, search);
    await soft.visibleFocus(page, 'tabbing to the search box');
    await page.keyboard.type(prefix);
    await list.getByText(`${matches.length} customers`, { exact: true }).waitFor();
    await soft.visibleFocus(page, 'typing the search');
  });

  await step(t, 'a search that matches nothing, then Clear search with the keyboard', async (soft) => {
    await page.keyboard.type('zzqx');
    const clear = list.getByRole('button', { name: 'Clear search' });
    await clear.waitFor();
    await tabTo(page, clear);
    await soft.visibleFocus(page, 'tabbing to Clear search');
    await key('Enter');
    await list.getByText('1,000 customers', { exact: true }).waitFor();
    await soft.visibleFocus(page, 'Clear search');
    await tabTo(page, search, { backwards: true });
    await page.keyboard.type(prefix);
    await list.getByText(`${matches.length} customers`, { exact: true }).waitFor();
  });

  await step(t, 'a tag filter chosen and removed with the keyboard', async (soft) => {
    const tagFilter = list.getByRole('combobox', { name: 'Tag' });
    await tabTo(page, tagFilter);
    await soft.visibleFocus(page, 'tabbing to the Tag filter');
    // Arrow keys browse the options without filtering (WCAG 3.2.2); Enter chooses the one shown.
    await key('ArrowDown');
    const chip = list.getByRole('button', { name: /^Remove tag filter / });
    assert.equal(await chip.count(), 0, 'ArrowDown on the Tag filter applied a filter while browsing its options');
    await key('Enter');
    await chip.waitFor();
    await soft.visibleFocus(page, 'choosing a tag filter');
    await tabTo(page, chip);
    await soft.visibleFocus(page, 'tabbing to the tag filter chip');
    await key('Enter');
    await chip.waitFor({ state: 'detached' });
    await list.getByText(`${matches.length} customers`, { exact: true }).waitFor();
    await soft.visibleFocus(page, 'removing the tag filter chip with Enter');
  });

  await step(t, 'Tab into the grid, arrow keys move between cells', async (soft) => {
    await tabTo(page, list.getByRole('checkbox', { name: `Select all ${matches.length} matching customers` }));
    await soft.visibleFocus(page, 'tabbing into the grid');
    for (const [name, expected] of [
      ['ArrowRight', 'Microsoft ID'],
      ['ArrowDown', matches[0]!.id],
      ['ArrowRight', matches[0]!.companyProfile.companyName],
      ['ArrowLeft', matches[0]!.id],
      ['ArrowLeft', `Select ${matches[0]!.companyProfile.companyName}`],
    ] as const) {
      await key(name);
      const focused = await focusedElement(page);
      assert.ok(focused.description.includes(expected), `after ${name}, focus is on ${focused.description}, not on "${expected}"`);
      await soft.visibleFocus(page, name);
    }
  });

  await step(t, 'Space selects a row, Shift+Space two rows further selects the range; the boxes show checked', async (soft) => {
    assert.equal(await isFocused(checkbox(0)), true, 'focus is not on the first row\'s checkbox');
    await key(' ');
    await eventually(async () => assert.equal(await checkbox(0).isChecked(), true, 'the first row shows unchecked after Space'));
    assert.equal(await selectionCount.textContent(), '1 selected');
    await soft.visibleFocus(page, 'Space');
    await key('ArrowDown');
    await key('ArrowDown');
    await soft.visibleFocus(page, 'ArrowDown');
    await key('Shift+ ');
    await eventually(async () => {
      for (const index of [0, 1, 2]) assert.equal(await checkbox(index).isChecked(), true, `row ${index + 1} shows unchecked after Shift+Space`);
    });
    assert.equal(await selectionCount.textContent(), '3 selected');
    await soft.visibleFocus(page, 'Shift+Space');
  });

  await step(t, `Select all ${matches.length} matching customers, then Clear selection, from the selection bar`, async (soft) => {
    const selectAll = list.getByRole('button', { name: `Select all ${matches.length} matching customers` });
    await tabTo(page, selectAll, { backwards: true });
    await soft.visibleFocus(page, 'Shift+Tab to Select all');
    await key('Enter');
    await eventually(async () => assert.equal(await selectionCount.textContent(), `${matches.length} selected`));
    await soft.visibleFocus(page, `Select all ${matches.length}`);
    const clear = list.getByRole('button', { name: 'Clear selection' });
    await tabTo(page, clear);
    await key('Enter');
    await eventually(async () => assert.equal(await selectionCount.textContent(), ''));
    await soft.visibleFocus(page, 'Clear selection');
  });

  await step(t, 'one row selected with Space, New order opened with Enter', async (soft) => {
    if (!(await focusInGrid())) await tabTo(page, grid.getByRole('checkbox').first());
    // Wherever in the grid focus is, Ctrl+Home and ArrowDown lead to the first row's checkbox.
    await key('Control+Home');
    await key('ArrowDown');
    assert.equal(await isFocused(checkbox(0)), true, `focus is on ${(await focusedElement(page)).description}, not on the first row's checkbox`);
    await key(' ');
    await eventually(async () => assert.equal(await selectionCount.textContent(), '1 selected'));
    const newOrder = list.getByRole('button', { name: 'New order' });
    await tabTo(page, newOrder, { backwards: true });
    await soft.visibleFocus(page, 'Shift+Tab to New order');
    await key('Enter');
    await list.getByRole('dialog', { name: 'New order' }).getByRole('heading', { name: 'Catalog' }).waitFor();
    await soft.visibleFocus(page, 'opening New order');
  });

  const dialog = list.getByRole('dialog', { name: 'New order' });

  await step(t, 'in New order: a catalog, a product, Add to order, Review order, all with Tab, Space and Enter', async (soft) => {
    const catalog = dialog.getByRole('button', { name: /^Online Services/ });
    await eventually(async () => assert.equal(await catalog.getAttribute('aria-disabled'), 'false'));
    await tabTo(page, catalog);
    await soft.visibleFocus(page, 'tabbing to a catalog');
    await key('Enter');
    await dialog.getByRole('heading', { name: 'Products' }).waitFor();
    await soft.visibleFocus(page, 'choosing the catalog');
    const product = dialog.getByRole('radio').first();
    await tabTo(page, product);
    await key(' ');
    await eventually(async () => assert.equal(await product.isChecked(), true, 'the product shows unchecked after Space'));
    await soft.visibleFocus(page, 'choosing a product with Space');
    await tabTo(page, dialog.getByRole('button', { name: 'Add to order' }));
    await key('Enter');
    await dialog.getByRole('heading', { name: 'In this order: 1' }).waitFor();
    await soft.visibleFocus(page, 'Add to order');
    await tabTo(page, dialog.getByRole('button', { name: 'Review order' }));
    await key('Enter');
    await dialog.getByRole('heading', { name: 'Review' }).waitFor();
    await soft.visibleFocus(page, 'Review order');
  });

  await step(t, 'Escape asks before discarding the order; Escape backs out of the question; Discard closes', async (soft) => {
    const question = dialog.getByRole('alertdialog', { name: 'Discard this order?' });
    await key('Escape');
    await question.waitFor();
    await soft.visibleFocus(page, 'Escape with an order in the cart');
    await key('Escape');
    await question.waitFor({ state: 'detached' });
    assert.equal(await dialog.isVisible(), true, 'Escape on the question closed the whole dialog');
    await soft.visibleFocus(page, 'Escape on the discard question');
    await key('Escape');
    await question.waitFor();
    await tabTo(page, question.getByRole('button', { name: 'Discard' }));
    await key('Enter');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await isFocused(list.getByRole('button', { name: 'New order' })), true, `after Discard, focus is on ${(await focusedElement(page)).description}, not back on New order`);
    await soft.visibleFocus(page, 'discarding the order');
  });

  await step(t, 'Manage tags opens with Enter, its tags take arrows, and Escape closes it back onto the command', async (soft) => {
    const manageTags = list.getByRole('button', { name: 'Manage tags' });
    await tabTo(page, manageTags);
    await key('Enter');
    const editor = list.getByRole('dialog', { name: 'Manage tags' });
    const filter = editor.getByRole('searchbox', { name: 'Filter or create tags' });
    await filter.waitFor();
    await eventually(async () => assert.equal(await isFocused(filter), true, `focus is on ${(await focusedElement(page)).description}, not in the tag editor's filter box`));
    await soft.visibleFocus(page, 'opening Manage tags');
    await key('ArrowDown');
    const firstTag: Locator = editor.getByRole('group', { name: 'Tags' }).getByRole('checkbox').first();
    assert.equal(await isFocused(firstTag), true, `after ArrowDown, focus is on ${(await focusedElement(page)).description}, not on the first tag`);
    await soft.visibleFocus(page, 'ArrowDown into the tags');
    await key('Escape');
    await editor.waitFor({ state: 'hidden' });
    assert.equal(await isFocused(manageTags), true, `after Escape, focus is on ${(await focusedElement(page)).description}, not back on Manage tags`);
    await soft.visibleFocus(page, 'closing Manage tags with Escape');
  });

  await step(t, 'Export customers with Enter saves the file, and focus stays on the command', async (soft) => {
    const exportCommand = list.getByRole('button', { name: 'Export customers' });
    await tabTo(page, exportCommand);
    const { filename } = await downloadAndRead(page, () => key('Enter'));
    assert.equal(filename, 'Customers.csv');
    await list.getByText(/^Saved Customers\.csv: 1,000 rows/).waitFor();
    assert.equal(await isFocused(exportCommand), true, `after the export, focus is on ${(await focusedElement(page)).description}`);
    await soft.visibleFocus(page, 'exporting with Enter');
  });

  assert.deepEqual(errors, []);
});
