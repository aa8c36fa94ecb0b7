/**
 * Journey: the portal on a phone (390×844 CSS pixels, device scale 3, touch). The list renders, a tap on a
 * row checkbox shows it checked, and arrow keys from a keyboard paired with the phone keep the focused cell
 * fully inside the grid's scroll area, sideways as well as up and down (the grid is wider than the screen).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  allCustomers,
  boxOf,
  eventually,
  isInside,
  journeySuite,
  step,
  type Box,
} from '../../support/node/journey.js';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const ROWS = 1000;

const { open } = journeySuite();

interface CellPlacement {
  /** The focused element, described. */
  focused: string;
  /** The grid cell holding focus, or undefined when focus is not in a cell. */
  cell: Box | undefined;
  /**
   * The part of the grid's scroll area a cell can be seen in: below the sticky header for a data cell, and
   * only as far as the screen reaches.
   */
  area: Box;
  /** The part data rows can be seen in: below the sticky header. */
  rowsArea: Box;
  scroll: { left: number; top: number };
}

/** Where the focused grid cell is drawn, and the visible part of the grid's scroll area it should be in. */
function focusedCell(page: Page): Promise<CellPlacement> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const cell = active?.closest<HTMLElement>('[role=gridcell], [role=columnheader]') ?? null;
    const viewport = active?.closest<HTMLElement>('[part~=viewport]') ?? document.querySelector('customer-list')!.shadowRoot!.querySelector<HTMLElement>('[part~=viewport]')!;
    const outer = viewport.getBoundingClientRect();
    const header = viewport.querySelector('[part~=header]')!.getBoundingClientRect();
    const left = Math.max(0, outer.left + viewport.clientLeft);
    const right = Math.min(innerWidth, outer.left + viewport.clientLeft + viewport.clientWidth);
    const top = Math.max(0, cell?.getAttribute('role') === 'columnheader' ? outer.top + viewport.clientTop : header.bottom);
    const bottom = Math.min(innerHeight, outer.top + viewport.clientTop + viewport.clientHeight);
    // No helper functions in here: the test's compiler would wrap them in a helper the page does not have.
    const rect = cell?.getBoundingClientRect();
    return {
      focused: active ? `<${active.localName}> "${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40)}"` : 'nothing',
      cell: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : undefined,
      area: { x: left, y: top, width: right - left, height: bottom - top },
      rowsArea: { x: left, y: header.bottom, width: right - left, height: bottom - header.bottom },
      scroll: { left: viewport.scrollLeft, top: viewport.scrollTop },
    };
  });
}

/** Fails unless the focused cell is drawn fully inside the grid's visible scroll area. */
async function expectFocusedCellVisible(page: Page, after: string): Promise<CellPlacement> {
  const placement = await focusedCell(page);
  assert.ok(placement.cell, `after ${after}, focus is on ${placement.focused}, not in a grid cell`);
  const { cell, area } = placement;
  const where = `cell x ${cell.x.toFixed(0)}–${(cell.x + cell.width).toFixed(0)}, y ${cell.y.toFixed(0)}–${(cell.y + cell.height).toFixed(0)}; scroll area x ${area.x.toFixed(0)}–${(area.x + area.width).toFixed(0)}, y ${area.y.toFixed(0)}–${(area.y + area.height).toFixed(0)}; scrollLeft ${placement.scroll.left}, scrollTop ${placement.scroll.top}`;
  assert.ok(isInside(cell, area), `after ${after}, the focused cell (${placement.focused}) is not fully inside the grid's scroll area: ${where}`);
  return placement;
}

test('phone 390×844: the list renders, a tap selects, arrow keys keep the focused cell on screen', async (t) => {
  const opened = await open({ rows: ROWS }, PHONE);
  const { page, list, errors, failedResponses } = opened;
  const customers = (await allCustomers(page)).items;
  const checkbox = (index: number) => list.getByRole('checkbox', { name: `Select ${customers[index]!.companyProfile.companyName}`, exact: true });
  const viewport = list.locator('[part~=viewport]');

  await step(t, 'the list renders inside the screen, with its first rows and the count', async () => {
    assert.equal(await page.evaluate(() => innerWidth), 390);
    await list.getByText(`${ROWS.toLocaleString('en-US')} customers`, { exact: true }).waitFor();
    const area = await boxOf(viewport);
    assert.ok(area.x >= 0 && area.x + area.width <= 390, `the grid's scroll area (x ${area.x}–${area.x + area.width}) overflows the 390 px screen`);
    assert.ok(isInside(await boxOf(checkbox(0)), area), 'the first row\'s checkbox is not on screen');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'the page scrolls sideways');
  });

  await step(t, 'a tap on a row checkbox shows it checked and counts it', async () => {
    await checkbox(1).tap();
    await eventually(async () => assert.equal(await checkbox(1).isChecked(), true, 'the row checkbox shows unchecked after a tap'));
    assert.equal(await list.locator('[part=selection-bar] [role=status]').textContent(), '1 selected');
  });

  await step(t, 'ArrowRight across every column scrolls the grid sideways to keep the focused cell on screen', async (soft) => {
    await checkbox(0).tap();
    await eventually(async () => assert.equal(await checkbox(0).isChecked(), true));
    await expectFocusedCellVisible(page, 'tapping the first row\'s checkbox');
    for (let column = 1; column <= 5; column++) {
      await page.keyboard.press('ArrowRight');
      await soft.check(() => expectFocusedCellVisible(page, `ArrowRight to column ${column + 1}`));
    }
    for (let column = 4; column >= 0; column--) {
      await page.keyboard.press('ArrowLeft');
      await soft.check(() => expectFocusedCellVisible(page, `ArrowLeft back to column ${column + 1}`));
    }
  });

  await step(t, 'ArrowDown past the bottom of the scroll area scrolls it down to the focused row', async (soft) => {
    for (let row = 2; row <= 16; row++) {
      await page.keyboard.press('ArrowDown');
      await soft.check(() => expectFocusedCellVisible(page, `ArrowDown to row ${row}`));
    }
  });

  await step(t, 'Ctrl+End shows the last row; Ctrl+Home shows the first rows again', async (soft) => {
    await page.keyboard.press('Control+End');
    await list.getByRole('row', { name: new RegExp(customers.at(-1)!.id) }).waitFor();
    await soft.check(() => expectFocusedCellVisible(page, 'Control+End'));
    await page.keyboard.press('Control+Home');
    await soft.check(() => expectFocusedCellVisible(page, 'Control+Home'));
    await soft.check(() =>
      eventually(async () => {
        const { rowsArea, scroll } = await focusedCell(page);
        assert.equal(await checkbox(0).count(), 1, `after Control+Home, the first row is not even rendered (the grid's scrollTop is ${scroll.top})`);
        const first = await boxOf(checkbox(0));
        assert.ok(isInside(first, rowsArea), `after Control+Home, the first row is not on screen (its checkbox at y ${first.y.toFixed(0)}, the rows' scroll area y ${rowsArea.y.toFixed(0)}–${(rowsArea.y + rowsArea.height).toFixed(0)})`);
      }, 2000),
    );
  });

  assert.deepEqual(errors, []);
  assert.deepEqual(failedResponses, []);
});
