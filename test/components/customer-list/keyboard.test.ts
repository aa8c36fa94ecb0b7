import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { dataRows, grid, headerCell, keydown, mountList, shadow } from './list-harness.js';

/** The focused cell as [aria-rowindex of its row, its column], read from the DOM. */
function focused(list: Parameters<typeof shadow>[0]): [number, number] {
  const element = shadow(list).activeElement!;
  const cell = element.closest<HTMLElement>('[data-column]')!;
  return [Number(cell.closest('[aria-rowindex]')!.getAttribute('aria-rowindex')), Number(cell.dataset.column)];
}

async function press(list: Parameters<typeof shadow>[0], key: string, init: KeyboardEventInit = {}) {
  keydown(shadow(list).activeElement!, key, init);
  await list.updateComplete;
  await list.updateComplete;
}

describe('<customer-list> keyboard (WAI-ARIA grid)', () => {
  it('has one tab stop into the grid', async () => {
    const list = await mountList();
    const stops = [...grid(list).querySelectorAll<HTMLElement>('*')].filter((element) => element.tabIndex === 0);
    expect(stops).to.have.length(1);
  });

  it('moves between cells with the arrow keys, Home and End', async () => {
    const list = await mountList();
    headerCell(list, 'Company name').focus();
    expect(focused(list)).to.deep.equal([1, 2]);
    await press(list, 'ArrowDown');
    expect(focused(list)).to.deep.equal([2, 2]);
    expect(shadow(list).activeElement!.tagName, 'the name cell focuses its link').to.equal('A');
    await press(list, 'ArrowRight');
    expect(focused(list)).to.deep.equal([2, 3]);
    await press(list, 'End');
    expect(focused(list)).to.deep.equal([2, 5]);
    await press(list, 'Home');
    expect(focused(list)).to.deep.equal([2, 0]);
    await press(list, 'ArrowUp');
    expect(focused(list)).to.deep.equal([1, 0]);
  });

  it('keeps exactly one tab stop, on the focused cell', async () => {
    const list = await mountList();
    headerCell(list, 'Tags').focus();
    await press(list, 'ArrowDown');
    await press(list, 'ArrowDown');
    const stops = [...grid(list).querySelectorAll<HTMLElement>('*')].filter((element) => element.tabIndex === 0);
    expect(stops).to.deep.equal([shadow(list).activeElement]);
  });

  it('toggles the focused row with Space and opens its link with Enter', async () => {
    const list = await mountList();
    headerCell(list, 'Company name').focus();
    await press(list, 'ArrowDown');
    await press(list, ' ');
    expect(dataRows(list)[0]!.getAttribute('aria-selected')).to.equal('true');
    let opened = '';
    list.addEventListener('customer-open', (event) => {
      opened = event.customer.companyName;
      event.preventDefault();
    });
    const link = shadow(list).activeElement as HTMLAnchorElement;
    // Enter on a focused link is the browser's own activation: a click.
    link.click();
    expect(opened).to.equal('Contoso Ltd');
  });

  it('pages with PageDown and reaches the last of 5 000 rows with Ctrl+End, loading pages on the way', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 5000, seed: 3 })), height: '400px' });
    headerCell(list, 'Microsoft ID').focus();
    await press(list, 'PageDown');
    const [afterPage] = focused(list);
    expect(afterPage).to.be.within(6, 12);
    await press(list, 'End', { ctrlKey: true });
    await waitUntil(() => shadow(list).querySelector('[aria-rowindex="5001"]:not(.pending)'), 'the last row loaded', { timeout: 10_000 });
    await list.updateComplete;
    expect(focused(list)).to.deep.equal([5001, 5]);
    await press(list, 'Home', { ctrlKey: true });
    expect(focused(list)).to.deep.equal([1, 0]);
  });

  it('keeps the focused row rendered, and focused, when it is scrolled far away', async () => {
    const list = await mountList({ adapter: new MemoryAdapter(generateDataset({ rows: 3000, seed: 3 })) });
    headerCell(list, 'Company name').focus();
    await press(list, 'ArrowDown');
    await press(list, 'ArrowDown');
    const before = shadow(list).activeElement;
    const viewport = shadow(list).querySelector<HTMLElement>('.viewport')!;
    viewport.scrollTop = 60_000;
    viewport.dispatchEvent(new Event('scroll'));
    await list.updateComplete;
    expect(shadow(list).querySelector('[aria-rowindex="3"]'), 'focused row still rendered').to.exist;
    // Compared by identity: a failing chai equality would try to print a whole DOM node.
    expect(shadow(list).activeElement === before, 'focus stays on the same element').to.equal(true);
    await press(list, 'ArrowDown');
    expect(focused(list)[0]).to.equal(4);
    expect(viewport.scrollTop, 'moving focus scrolls back to it').to.be.below(1000);
  });

  it('selects all matching with Ctrl+A', async () => {
    const list = await mountList();
    headerCell(list, 'Tags').focus();
    await press(list, 'a', { ctrlKey: true });
    expect(list.selection.mode).to.equal('all');
  });
});
