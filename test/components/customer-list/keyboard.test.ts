import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { setViewport } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { generateDataset } from '../../../mocks/data/index.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { click, deepActiveElement, describe as describeElement, expectFocused, isFullyVisible, press, pressRepeatedly } from '../../support/browser/input.js';
import { dataRows, grid, headerCell, mountList, shadow } from './list-harness.js';

/** The focused cell as [aria-rowindex of its row, its column], read from the DOM. */
function focused(list: CustomerList): [number, number] {
  const element = shadow(list).activeElement!;
  const cell = element.closest<HTMLElement>('[data-column]')!;
  return [Number(cell.closest('[aria-rowindex]')!.getAttribute('aria-rowindex')), Number(cell.dataset.column)];
}

/** A real key press, then the renders it causes (a move may scroll, which renders again). */
async function key(list: CustomerList, chord: string): Promise<void> {
  await press(chord);
  await list.updateComplete;
  await list.updateComplete;
}

function viewportOf(list: CustomerList): HTMLElement {
  return shadow(list).querySelector<HTMLElement>('.viewport')!;
}

/** The focused cell is drawn fully inside the grid's scroll area and the page's viewport. */
function expectFocusedCellVisible(list: CustomerList, when: string): void {
  const cell = shadow(list).activeElement!.closest('[data-column]')!;
  expect(isFullyVisible(cell, viewportOf(list)), `${describeElement(cell)} is fully visible ${when}`).to.equal(true);
}

describe('<customer-list> keyboard (WAI-ARIA grid)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('has one tab stop into the grid, reached with Tab', async () => {
    const list = await mountList();
    const stops = [...grid(list).querySelectorAll<HTMLElement>('*')].filter((element) => element.tabIndex === 0);
    expect(stops).to.have.length(1);
    await click(shadow(list).querySelector('[part=search-input]')!);
    for (let i = 0; i < 12 && !grid(list).contains(shadow(list).activeElement); i++) await press('Tab');
    expectFocused(stops[0], 'Tab reaches the grid on its one tab stop');
  });

  it('moves between cells with the arrow keys, Home and End', async () => {
    const list = await mountList();
    await click(headerCell(list, 'Company name'));
    expect(focused(list)).to.deep.equal([1, 2]);
    await key(list, 'ArrowDown');
    expect(focused(list)).to.deep.equal([2, 2]);
    expect(shadow(list).activeElement!.tagName, 'the name cell focuses its link').to.equal('A');
    await key(list, 'ArrowRight');
    expect(focused(list)).to.deep.equal([2, 3]);
    await key(list, 'End');
    expect(focused(list)).to.deep.equal([2, 5]);
    await key(list, 'Home');
    expect(focused(list)).to.deep.equal([2, 0]);
    await key(list, 'ArrowUp');
    expect(focused(list)).to.deep.equal([1, 0]);
  });

  it('keeps exactly one tab stop, on the focused cell', async () => {
    const list = await mountList();
    await click(headerCell(list, 'Tags'));
    await key(list, 'ArrowDown');
    await key(list, 'ArrowDown');
    const stops = [...grid(list).querySelectorAll<HTMLElement>('*')].filter((element) => element.tabIndex === 0);
    expect(stops.length).to.equal(1);
    expectFocused(stops[0]);
  });

  it('toggles the focused row with Space and opens its link with Enter', async () => {
    const list = await mountList();
    await click(dataRows(list)[0]!.querySelector('.cell.primaryDomain')!);
    await key(list, 'ArrowLeft');
    await key(list, 'Space');
    expect(dataRows(list)[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(dataRows(list)[0]!.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked, 'its box shows it').to.equal(true);
    let opened = '';
    list.addEventListener('customer-open', (event) => {
      opened = event.customer.companyName;
      event.preventDefault();
    });
    await key(list, 'Enter');
    expect(opened).to.equal('Contoso Ltd');
  });

  it('pages with PageDown and reaches the last of 5 000 rows with Ctrl+End, loading pages on the way', async function () {
    this.timeout(30_000);
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 5000, seed: 3 })), height: '400px' });
    await click(headerCell(list, 'Microsoft ID'));
    await key(list, 'PageDown');
    const [afterPage] = focused(list);
    expect(afterPage).to.be.within(6, 12);
    await key(list, 'Control+End');
    await waitUntil(() => shadow(list).querySelector('[aria-rowindex="5001"]:not(.pending)'), 'the last row loaded', { timeout: 20_000 });
    await list.updateComplete;
    expect(focused(list)).to.deep.equal([5001, 5]);
    await key(list, 'Control+Home');
    expect(focused(list)).to.deep.equal([1, 0]);
  });

  for (const rows of [1000, 100_000]) {
    it(`shows the first rows again with Ctrl+Home after Ctrl+End (${rows.toLocaleString('en')} rows; regression: the last rows stayed on screen)`, async function () {
      // Generating, sorting and loading 100 000 rows is seconds of work on a loaded machine: what is tested is
      // where the rows and focus end up, not how fast.
      this.timeout(60_000);
      const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows, seed: 3 })), height: '400px' });
      await click(headerCell(list, 'Microsoft ID'));
      await key(list, 'Control+End');
      await waitUntil(() => shadow(list).querySelector(`[aria-rowindex="${rows + 1}"]:not(.pending)`), 'the last row loaded', { timeout: 40_000 });
      await key(list, 'Control+Home');
      expect(focused(list)).to.deep.equal([1, 0]);
      expect(viewportOf(list).scrollTop).to.equal(0);
      const firstRow = shadow(list).querySelector('[aria-rowindex="2"]');
      expect(firstRow !== null && isFullyVisible(firstRow, viewportOf(list), 'block'), 'the first data row is on screen').to.equal(true);
    });
  }

  it('keeps the focused row rendered, and focused, when it is scrolled far away', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 3000, seed: 3 })) });
    await click(headerCell(list, 'Company name'));
    await key(list, 'ArrowDown');
    await key(list, 'ArrowDown');
    const before = shadow(list).activeElement;
    const viewport = viewportOf(list);
    // Scrolled away as with the scrollbar: the rows move, focus stays where it was.
    viewport.scrollTop = 60_000;
    await waitUntil(() => dataRows(list).some((row) => Number(row.getAttribute('aria-rowindex')) > 1000), 'the window moved', { timeout: 20_000 });
    await list.updateComplete;
    expect(shadow(list).querySelector('[aria-rowindex="3"]'), 'focused row still rendered').to.exist;
    expect(shadow(list).activeElement === before, 'focus stays on the same element').to.equal(true);
    await key(list, 'ArrowDown');
    expect(focused(list)[0]).to.equal(4);
    expect(viewport.scrollTop, 'moving focus scrolls back to it').to.be.below(1000);
  });

  it('selects all matching with Ctrl+A', async () => {
    const list = await mountList();
    await click(headerCell(list, 'Tags'));
    await key(list, 'Control+a');
    expect(list.selection.mode).to.equal('all');
  });

  const narrow: [string, number, number, string][] = [
    ['a 390×844 phone', 390, 844, 'ltr'],
    ['640×400 (200 % zoom of 1280×800)', 640, 400, 'ltr'],
    ['a 390×844 phone, right to left', 390, 844, 'rtl'],
  ];
  for (const [name, width, height, dir] of narrow) {
    it(`scrolls the focused cell into view on ${name}, both axes, both directions (regression: focus went off-screen to the side)`, async () => {
      await setViewport({ width, height });
      document.documentElement.dir = dir;
      try {
        const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 200, seed: 3 })), height: '320px' });
        await click(headerCell(list, 'Microsoft ID'));
        await key(list, 'ArrowDown');
        const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
        const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
        for (let column = 1; column < 5; column++) {
          await key(list, forward);
          expectFocusedCellVisible(list, `after ${forward} to column ${column + 1}`);
        }
        expect(focused(list)[1]).to.equal(5);
        expect(Math.abs(viewportOf(list).scrollLeft), 'the grid scrolled sideways').to.be.above(0);
        await pressRepeatedly('ArrowDown', 12);
        await list.updateComplete;
        expectFocusedCellVisible(list, 'after 12 rows down');
        for (let column = 5; column > 0; column--) {
          await key(list, backward);
          expectFocusedCellVisible(list, `after ${backward} to column ${column - 1}`);
        }
        expect(focused(list)[1]).to.equal(0);
        await key(list, 'Control+Home');
        expectFocusedCellVisible(list, 'after Ctrl+Home');
        expect(deepActiveElement() === document.body).to.equal(false);
      } finally {
        document.documentElement.dir = 'ltr';
      }
    });
  }
});
