import { expect } from '@open-wc/testing';
import { defaultViewState, fitViewState, type ViewOffer } from '../../src/model/view-state.js';

/** A Partner Center like offer: no sort by tags, no Microsoft ID search, no tag filter, relationship filtered here. */
const offer: ViewOffer = { sortable: (column) => column !== 'tags', searchable: (field) => field !== 'id', tagFilter: false, relationshipFilter: true };

describe('fitViewState', () => {
  it('keeps a view the source can show whole, dropping nothing', () => {
    const state = { ...defaultViewState(), sort: [{ column: 'companyName' as const, direction: 'asc' as const }], relationship: 'advisor' };
    expect(fitViewState(state, offer)).to.deep.equal({ state, dropped: [] });
  });

  it('leaves out each sort key, search and filter the source cannot show, naming each', () => {
    const state = {
      ...defaultViewState(),
      sort: [{ column: 'tags' as const, direction: 'asc' as const }, { column: 'id' as const, direction: 'desc' as const }],
      searchField: 'id' as const,
      searchText: 'c0000000',
      tags: ['VIP'],
      relationship: 'advisor',
    };
    const { state: fitted, dropped } = fitViewState(state, { ...offer, relationshipFilter: false });
    expect(fitted.sort).to.deep.equal([{ column: 'id', direction: 'desc' }]);
    expect(fitted.searchField).to.equal('companyName');
    expect(fitted.searchText).to.equal('');
    expect(fitted.tags).to.deep.equal([]);
    expect(fitted.relationship).to.equal('');
    expect(dropped).to.deep.equal([{ part: 'sort', column: 'tags' }, { part: 'search', field: 'id' }, { part: 'tags' }, { part: 'relationship' }]);
  });

  it('moves a blank search off a field the source lacks without calling it dropped', () => {
    const { state, dropped } = fitViewState({ ...defaultViewState(), searchField: 'id' }, offer);
    expect(state.searchField).to.equal('companyName');
    expect(dropped).to.deep.equal([]);
  });
});
