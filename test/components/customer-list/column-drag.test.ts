import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { contractFixture } from '../../../src/testing/index.js';
import { click, drag, hover } from '../../support/browser/input.js';
import { drawnColumns, headerCell, mountList, settle, shadow, waitForRowsOf } from './list-harness.js';


const center = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
};

describe('<customer-list> reordering columns by dragging a header', () => {
  it('moves a column where it is dropped, in header and rows, without sorting, and reports it once', async () => {
    const list = await mountList();
    const events: unknown[] = [];
    list.addEventListener('view-state-change', (event) => events.push(event.viewState.columnOrder));
    const id = headerCell(list, 'Microsoft ID');
    const target = headerCell(list, 'Primary domain name');
    // From Microsoft ID's middle to just past Primary domain name's middle.
    await drag(id, { x: center(target).x - center(id).x + 10 });
    await settle(list);
    const expected = ['companyName', 'primaryDomain', 'id', 'relationship', 'tags'];
    expect(drawnColumns(list)).to.deep.equal({ header: expected, row: expected });
    expect(headerCell(list, 'Microsoft ID').getAttribute('aria-sort')).to.equal('none');
    expect(events).to.deep.equal([expected]);
    // The column keeps its header's behaviour in its new place: a click still sorts.
    await click(headerCell(list, 'Microsoft ID'));
    await settle(list);
    expect(headerCell(list, 'Microsoft ID').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('shows where the column will drop while dragging, and nothing after', async () => {
    const list = await mountList();
    const domain = headerCell(list, 'Primary domain name');
    // Scrolled into view and the mouse over it, as a hand starts.
    await hover(domain);
    const start = center(domain);
    await sendMouse({ type: 'down', button: 'left' });
    const companyName = center(headerCell(list, 'Company name'));
    // Left of Company name's middle: the drop goes before it.
    for (const x of [start.x - 40, companyName.x - 20]) await sendMouse({ type: 'move', position: [Math.round(x), Math.round(start.y)] });
    await list.updateComplete;
    const marked = [...shadow(list).querySelectorAll<HTMLElement>('[data-drop]')];
    expect(marked.map((cell) => [cell.dataset.columnId, cell.dataset.drop])).to.deep.equal([['companyName', 'start']]);
    expect(headerCell(list, 'Primary domain name').classList.contains('dragged')).to.equal(true);
    await sendMouse({ type: 'up', button: 'left' });
    await settle(list);
    expect(shadow(list).querySelectorAll('[data-drop]')).to.have.length(0);
    expect(drawnColumns(list).header).to.deep.equal(['id', 'primaryDomain', 'companyName', 'relationship', 'tags']);
  });

  it('moves to the end when dropped past the last header, and a small wobble is still a click that sorts', async () => {
    const list = await mountList();
    const id = headerCell(list, 'Microsoft ID');
    await drag(id, { x: center(headerCell(list, 'Tags')).x - center(id).x + 60 });
    await settle(list);
    expect(drawnColumns(list).header).to.deep.equal(['companyName', 'primaryDomain', 'relationship', 'tags', 'id']);
    await drag(headerCell(list, 'Relationship'), { x: 3 });
    await settle(list);
    expect(headerCell(list, 'Relationship').getAttribute('aria-sort')).to.equal('ascending');
    expect(drawnColumns(list).header).to.deep.equal(['companyName', 'primaryDomain', 'relationship', 'tags', 'id']);
  });

  it('mirrors in a right-to-left page: dragging left moves a column later', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const list = document.createElement('customer-list') as CustomerList;
    list.adapter = new MemoryAdapter(contractFixture());
    list.setAttribute('agent-role', 'admin-agent');
    wrapper.append(list);
    await waitForRowsOf(list);
    const id = headerCell(list, 'Microsoft ID');
    const domain = headerCell(list, 'Primary domain name');
    await drag(id, { x: center(domain).x - center(id).x - 10 });
    await settle(list);
    // In RTL the first column is drawn rightmost: drawnColumns reads left to right.
    expect(drawnColumns(list).header.reverse()).to.deep.equal(['companyName', 'primaryDomain', 'id', 'relationship', 'tags']);
  });
});
