/**
 * The grids' moves (src/controllers/grid-keys.ts) load by `import()` when focus first enters a grid: keys pressed
 * before they arrive are held, their default (scrolling the viewport) prevented at once, and done in order as
 * they arrive; a load that fails drops them, and the next key loads again. The list stands for both grids: they
 * share GridFocusController. (test/node/first-load.test.ts checks the moves are not in either first load.)
 */
import { expect } from '@open-wc/testing';
import { gridKeysChunk } from '../../../src/controllers/grid-focus-controller.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { stubChunk } from '../../support/browser/chunk-stub.js';
import { click, press } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { headerCell, mountList, shadow } from './list-harness.js';

const chunk = stubChunk(gridKeysChunk);

/** The focused cell as [aria-rowindex of its row, its column], read from the DOM. */
function focused(list: CustomerList): [number, number] {
  const cell = shadow(list).activeElement!.closest<HTMLElement>('[data-column]')!;
  return [Number(cell.closest('[aria-rowindex]')!.getAttribute('aria-rowindex')), Number(cell.dataset.column)];
}

const viewport = (list: CustomerList) => shadow(list).querySelector<HTMLElement>('.viewport')!;

describe("the grids' moves, loaded when focus first enters a grid", () => {
  it('holds keys pressed before the moves arrive, scrolls nothing meanwhile, and does them in order', async () => {
    const keys = ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'PageDown', 'ArrowUp'];
    // Where the keys lead once the moves are there, in a list of its own.
    const reference = await mountList();
    await click(headerCell(reference, 'Company name'));
    await waitUntil(() => chunk.loads === 1, 'focus in the grid fetches the moves');
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const key of keys) await press(key);
    await reference.updateComplete;
    const expected = focused(reference);
    reference.remove();

    const list = await mountList();
    expect(chunk.loads, 'drawing the grid loads no moves').to.equal(1);
    let arrive!: () => void;
    chunk.gate = new Promise((resolve) => (arrive = resolve));
    await click(headerCell(list, 'Company name'));
    expect(chunk.loads, 'focus in the grid fetches the moves').to.equal(2);
    const start = focused(list);
    for (const key of keys) await press(key);
    await list.updateComplete;
    expect(focused(list), 'nothing moved yet').to.deep.equal(start);
    expect(viewport(list).scrollTop, 'the keys did not scroll the viewport').to.equal(0);
    arrive();
    await waitUntil(() => focused(list)[0] === expected[0] && focused(list)[1] === expected[1], `the held keys are done in order once the moves arrive, to [${expected}]`);
    expect(expected[0], 'the keys went somewhere').to.be.above(start[0] + 3);
  });

  it('drops the keys held by a load that fails; the next key loads again and moves', async () => {
    const list = await mountList();
    chunk.failWith = new TypeError('Failed to fetch dynamically imported module');
    await click(headerCell(list, 'Company name'));
    const start = focused(list);
    await press('ArrowDown');
    await waitUntil(() => chunk.loads === 2, 'the key asked for the moves again after the failed prefetch');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await list.updateComplete;
    expect(focused(list), 'nothing moved').to.deep.equal(start);
    expect(shadow(list).activeElement, 'focus stays in the grid').to.not.equal(null);
    chunk.failWith = undefined;
    await press('ArrowDown');
    await waitUntil(() => focused(list)[0] === start[0] + 1, 'the next key moves one row, not two');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(focused(list)).to.deep.equal([start[0] + 1, start[1]]);
  });
});
