import { expect } from '@open-wc/testing';
import {
  defaultViewState,
  moveColumn,
  parseViewState,
  placeColumn,
  viewStateFromSearchParams,
  viewStateKey,
  viewStateToSearchParams,
  visibleColumns,
  type ViewState,
} from '../../src/index.js';

const arranged = (): ViewState => ({
  ...defaultViewState(),
  columnOrder: ['companyName', 'tags', 'id', 'primaryDomain', 'relationship'],
  columnVisibility: { id: false },
  columnSizing: { companyName: 320, tags: 140 },
  sort: [
    { column: 'relationship', direction: 'desc' },
    { column: 'companyName', direction: 'asc' },
  ],
  searchField: 'primaryDomain',
  searchText: 'con tó&so=1',
  relationship: 'indirect-reseller',
  tags: ['VIP, gold', 'EMEA'],
  reseller: { id: 'r-1', name: 'Northwind & Co' },
});

describe('view state', () => {
  it('round-trips through URL parameters, tags with commas and text with & and = included', () => {
    const state = arranged();
    const params = viewStateToSearchParams(state);
    const back = viewStateFromSearchParams(new URLSearchParams(params.toString()));
    expect(back).to.deep.equal(state);
    expect(params.getAll('tag')).to.deep.equal(['VIP, gold', 'EMEA']);
  });

  it('writes nothing for the default view, and reads no parameters as the default view', () => {
    expect(viewStateToSearchParams(defaultViewState()).toString()).to.equal('');
    expect(viewStateFromSearchParams('')).to.deep.equal(defaultViewState());
  });

  it("keeps a host's own parameters and replaces the view's", () => {
    const params = new URLSearchParams('rows=10&view=customers&sort=id:asc&tag=old');
    viewStateToSearchParams({ ...defaultViewState(), tags: ['new'] }, params);
    expect(params.toString()).to.equal('rows=10&view=customers&tag=new');
  });

  it('leaves out what it cannot read instead of failing the whole view', () => {
    const state = viewStateFromSearchParams('columns=tags,nope,id&hidden=companyName,tags&widths=id:abc,tags:5,companyName:99999&sort=nope:asc,id:sideways,tags:desc&search-by=phone');
    expect(state.columnOrder).to.deep.equal(['tags', 'id', 'companyName', 'primaryDomain', 'relationship']);
    // Company name cannot be hidden; widths are clamped; a width that is not a number is dropped.
    expect(state.columnVisibility).to.deep.equal({ tags: false });
    expect(state.columnSizing).to.deep.equal({ tags: 72, companyName: 960 });
    expect(state.sort).to.deep.equal([{ column: 'tags', direction: 'desc' }]);
    expect(state.searchField).to.equal('companyName');
  });

  it('refuses a value of another version or shape, saying why', () => {
    expect(parseViewState(null)).to.deep.equal({ ok: false, reason: 'not an object' });
    expect(parseViewState({ ...defaultViewState(), version: 2 })).to.deep.include({ ok: false });
    expect(parseViewState({ ...defaultViewState(), tags: 'VIP' })).to.deep.include({ ok: false });
    expect(parseViewState({ ...defaultViewState(), sort: [{ column: 'id', direction: 'up' }] })).to.deep.include({ ok: false });
    expect(parseViewState(arranged())).to.deep.equal({ ok: true, state: arranged() });
  });

  it('gives equal views equal keys whatever order their records were written in', () => {
    const a = arranged();
    const b = { ...arranged(), columnSizing: { tags: 140, companyName: 320 } };
    expect(viewStateKey(a)).to.equal(viewStateKey(b));
    expect(viewStateKey(a)).not.to.equal(viewStateKey({ ...a, searchText: 'x' }));
  });

  it('moves and places columns, and lists the visible ones in order', () => {
    const order = defaultViewState().columnOrder;
    expect(moveColumn(order, 'tags', -1)).to.deep.equal(['id', 'companyName', 'primaryDomain', 'tags', 'relationship']);
    expect(moveColumn(order, 'id', -1)).to.deep.equal(order);
    expect(placeColumn(order, 'id', 'tags')).to.deep.equal(['companyName', 'primaryDomain', 'relationship', 'id', 'tags']);
    expect(placeColumn(order, 'companyName', undefined)).to.deep.equal(['id', 'primaryDomain', 'relationship', 'tags', 'companyName']);
    expect(visibleColumns({ columnOrder: order, columnVisibility: { id: false, companyName: false } })).to.deep.equal(['companyName', 'primaryDomain', 'relationship', 'tags']);
  });
});
