import { expect } from '@open-wc/testing';
import type { SortSpec } from '../../src/model/query.js';
import { nextSort, sameSort, sortDirection } from '../../src/model/sort-cycle.js';

const asc = (column: SortSpec['column']): SortSpec => ({ column, direction: 'asc' });
const desc = (column: SortSpec['column']): SortSpec => ({ column, direction: 'desc' });

describe('sort cycle (a header click)', () => {
  describe('without Shift', () => {
    it('sorts an unsorted list ascending by the column first (never descending first)', () => {
      expect(nextSort([], 'companyName', false)).to.deep.equal([asc('companyName')]);
    });

    it('turns ascending into descending on the second click', () => {
      expect(nextSort([asc('companyName')], 'companyName', false)).to.deep.equal([desc('companyName')]);
    });

    it('removes the sort on the third click (the list is unsorted)', () => {
      expect(nextSort([desc('companyName')], 'companyName', false)).to.deep.equal([]);
    });

    it('replaces the sort by another column with this one, ascending', () => {
      expect(nextSort([desc('id'), asc('tags')], 'companyName', false)).to.deep.equal([asc('companyName')]);
    });

    it('makes a further key the only key and moves it on in its cycle', () => {
      expect(nextSort([desc('id'), asc('companyName')], 'companyName', false)).to.deep.equal([desc('companyName')]);
    });

    it('clears every key when it removes a further key sorted descending', () => {
      expect(nextSort([asc('id'), desc('companyName')], 'companyName', false)).to.deep.equal([]);
    });
  });

  describe('with Shift', () => {
    it('on an unsorted list sorts by the column alone, ascending', () => {
      expect(nextSort([], 'tags', true)).to.deep.equal([asc('tags')]);
    });

    it('adds the column as the least significant key, ascending, keeping the others', () => {
      expect(nextSort([desc('id'), asc('companyName')], 'tags', true)).to.deep.equal([desc('id'), asc('companyName'), asc('tags')]);
    });

    it('turns one ascending key descending in its place and keeps the others', () => {
      expect(nextSort([asc('id'), asc('companyName'), desc('tags')], 'companyName', true)).to.deep.equal([asc('id'), desc('companyName'), desc('tags')]);
    });

    it('removes one descending key and keeps the others in their order', () => {
      expect(nextSort([asc('id'), desc('companyName'), asc('tags')], 'companyName', true)).to.deep.equal([asc('id'), asc('tags')]);
    });

    it('removes the last key, leaving the list unsorted', () => {
      expect(nextSort([desc('relationship')], 'relationship', true)).to.deep.equal([]);
    });
  });

  it('returns new keys and leaves the ones given as they were', () => {
    const sort = [asc('id'), asc('companyName')];
    const next = nextSort(sort, 'companyName', true);
    next[0]!.direction = 'desc';
    expect(sort).to.deep.equal([asc('id'), asc('companyName')]);
  });

  it('reads the direction of a column, undefined when it is not a key', () => {
    expect(sortDirection([asc('id'), desc('tags')], 'tags')).to.equal('desc');
    expect(sortDirection([asc('id'), desc('tags')], 'id')).to.equal('asc');
    expect(sortDirection([asc('id')], 'tags')).to.equal(undefined);
  });

  it('compares keys by column, direction and significance', () => {
    expect(sameSort([asc('id'), desc('tags')], [asc('id'), desc('tags')])).to.equal(true);
    expect(sameSort([asc('id'), desc('tags')], [desc('tags'), asc('id')])).to.equal(false);
    expect(sameSort([asc('id')], [desc('id')])).to.equal(false);
    expect(sameSort([asc('id')], [asc('id'), asc('tags')])).to.equal(false);
    expect(sameSort([], [])).to.equal(true);
  });
});
