import { expect } from '@open-wc/testing';
import type { CustomerAdapter, ListCustomersRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { sortRows, type SortSpec } from '../../../src/model/query.js';
import { contractFixture } from '../../../src/testing/index.js';
import { click, expectFocused, press, tabTo } from '../../support/browser/input.js';
import { headerCell, mountList, names, settle, shadow } from './list-harness.js';

/** Rows in the order these keys sort the fixture, as the list must draw them. */
const sortedNames = (sort: SortSpec[]) => sortRows(contractFixture().customers, sort).map((row) => row.companyName);

/** A memory adapter that remembers the sort of the last page asked for: the list sorts nothing itself. */
function recordingAdapter(): { adapter: CustomerAdapter; lastSort: () => ListCustomersRequest['sort'] } {
  const adapter = new MemoryAdapter(contractFixture());
  let last: ListCustomersRequest['sort'];
  const listCustomers = adapter.listCustomers.bind(adapter);
  adapter.listCustomers = (request, signal) => {
    last = request.sort;
    return listCustomers(request, signal);
  };
  return { adapter, lastSort: () => last };
}

describe('<customer-list> sort by several columns (Shift)', () => {
  it('adds a key with Shift+click, cycles only that key, and a plain click makes one key again', async () => {
    const { adapter, lastSort } = recordingAdapter();
    const list = await mountList({ adapter });
    const relationship = headerCell(list, 'Relationship');
    const name = headerCell(list, 'Company name');
    const ariaSorts = () => [relationship.getAttribute('aria-sort'), name.getAttribute('aria-sort')];

    await click(relationship);
    await click(name, { modifiers: ['Shift'] });
    await settle(list);
    const both: SortSpec[] = [{ column: 'relationship', direction: 'asc' }, { column: 'companyName', direction: 'asc' }];
    expect(ariaSorts()).to.deep.equal(['ascending', 'ascending']);
    expect(lastSort()).to.deep.equal(both);
    expect(names(list)).to.deep.equal(sortedNames(both));

    await click(name, { modifiers: ['Shift'] });
    await settle(list);
    const nameDown: SortSpec[] = [{ column: 'relationship', direction: 'asc' }, { column: 'companyName', direction: 'desc' }];
    expect(ariaSorts()).to.deep.equal(['ascending', 'descending']);
    expect(lastSort()).to.deep.equal(nameDown);
    expect(names(list)).to.deep.equal(sortedNames(nameDown));

    await click(name, { modifiers: ['Shift'] });
    await settle(list);
    expect(ariaSorts()).to.deep.equal(['ascending', 'none']);
    expect(lastSort()).to.deep.equal([{ column: 'relationship', direction: 'asc' }]);

    await click(name, { modifiers: ['Shift'] });
    await click(name);
    await settle(list);
    expect(ariaSorts()).to.deep.equal(['none', 'descending']);
    expect(lastSort()).to.deep.equal([{ column: 'companyName', direction: 'desc' }]);
    expect(names(list)).to.deep.equal(sortedNames([{ column: 'companyName', direction: 'desc' }]));
  });

  it('sorts with Space on a focused header and adds a key with Shift+Space, focus staying on the header', async () => {
    const { adapter, lastSort } = recordingAdapter();
    const list = await mountList({ adapter });
    const id = headerCell(list, 'Microsoft ID');
    const name = headerCell(list, 'Company name');
    await tabTo(shadow(list).querySelector('[role=columnheader] input')!);
    await press('ArrowRight');
    expectFocused(id);
    await press(' ');
    await settle(list);
    expect(id.getAttribute('aria-sort')).to.equal('ascending');
    await press('ArrowRight');
    await press('Shift+Space');
    await settle(list);
    expectFocused(name);
    expect([id.getAttribute('aria-sort'), name.getAttribute('aria-sort')]).to.deep.equal(['ascending', 'ascending']);
    expect(lastSort()).to.deep.equal([{ column: 'id', direction: 'asc' }, { column: 'companyName', direction: 'asc' }]);
  });
});
