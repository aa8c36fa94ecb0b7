import { expect } from '@open-wc/testing';
import { rowKey, type CustomerRow } from '../../src/model/customer.js';
import { EMPTY_SELECTION, isRowSelected, selectionMatcher, type Selection } from '../../src/model/selection.js';

const DUAL_ID = '8f3c1d7e-2b4a-4c6d-9e0f-1a2b3c4d5e6f';

const direct: CustomerRow = {
  id: DUAL_ID,
  companyName: 'Contoso',
  primaryDomain: 'contoso.onmicrosoft.com',
  relationship: 'cloud-reseller',
  tags: ['VIP'],
};
const indirect: CustomerRow = {
  ...direct,
  relationship: 'indirect-reseller',
  indirectReseller: { id: 'res-1', name: 'Wingtip Toys' },
  tags: ['VIP'],
};
const fabrikam: CustomerRow = {
  id: '22222222-2222-4222-8222-222222222222',
  companyName: 'Fabrikam',
  primaryDomain: 'fabrikam.com',
  relationship: 'advisor',
  tags: [],
};
const contosoLtd: CustomerRow = {
  id: '33333333-3333-4333-8333-333333333333',
  companyName: 'Contoso Ltd',
  primaryDomain: 'contosoltd.com',
  relationship: 'cloud-reseller',
  tags: ['vip'],
};

const ROWS = [direct, indirect, fabrikam, contosoLtd];

function selected(selection: Selection): CustomerRow[] {
  return ROWS.filter(selectionMatcher(selection));
}

describe('EMPTY_SELECTION', () => {
  it('selects no row', () => {
    expect(selected(EMPTY_SELECTION)).to.deep.equal([]);
  });
});

describe('selectionMatcher in "some" mode', () => {
  it('selects only the direct row of a dual-role customer when given its key', () => {
    expect(selected({ mode: 'some', keys: [rowKey(direct)] })).to.deep.equal([direct]);
  });

  it('selects only the indirect row of a dual-role customer when given its key', () => {
    expect(selected({ mode: 'some', keys: [rowKey(indirect)] })).to.deep.equal([indirect]);
  });

  it('selects both rows of a dual-role customer when given both keys', () => {
    expect(selected({ mode: 'some', keys: [rowKey(indirect), rowKey(direct)] })).to.deep.equal([direct, indirect]);
  });

  it('does not select a row by its bare Microsoft ID', () => {
    expect(selected({ mode: 'some', keys: [DUAL_ID] })).to.deep.equal([]);
  });

  it('selects rows of different customers by their keys', () => {
    expect(selected({ mode: 'some', keys: [rowKey(fabrikam), rowKey(contosoLtd)] })).to.deep.equal([fabrikam, contosoLtd]);
  });
});

describe('selectionMatcher in "all" mode', () => {
  it('selects every row for an empty query', () => {
    expect(selected({ mode: 'all', query: {}, excludedKeys: [] })).to.deep.equal(ROWS);
  });

  it('selects only rows matching the query', () => {
    const selection: Selection = { mode: 'all', query: { search: { field: 'companyName', text: 'contoso' } }, excludedKeys: [] };

    expect(selected(selection)).to.deep.equal([direct, indirect, contosoLtd]);
  });

  it('applies the query with search semantics: prefix, case-insensitive', () => {
    const selection: Selection = { mode: 'all', query: { search: { field: 'primaryDomain', text: 'CONTOSO.' } }, excludedKeys: [] };

    expect(selected(selection)).to.deep.equal([direct, indirect]);
  });

  it('applies tag and relationship filters of the query', () => {
    const selection: Selection = { mode: 'all', query: { tags: ['VIP'], relationship: 'cloud-reseller' }, excludedKeys: [] };

    expect(selected(selection)).to.deep.equal([direct, contosoLtd]);
  });

  it('leaves out excluded rows', () => {
    const selection: Selection = { mode: 'all', query: {}, excludedKeys: [rowKey(fabrikam)] };

    expect(selected(selection)).to.deep.equal([direct, indirect, contosoLtd]);
  });

  it('excludes one row of a dual-role customer and keeps the other', () => {
    const selection: Selection = {
      mode: 'all',
      query: { search: { field: 'id', text: DUAL_ID } },
      excludedKeys: [rowKey(direct)],
    };

    expect(selected(selection)).to.deep.equal([indirect]);
  });

  it('ignores excluded keys of rows the query does not match', () => {
    const selection: Selection = {
      mode: 'all',
      query: { relationship: 'advisor' },
      excludedKeys: [rowKey(direct)],
    };

    expect(selected(selection)).to.deep.equal([fabrikam]);
  });
});

describe('isRowSelected', () => {
  it('is true for a row in the selection', () => {
    expect(isRowSelected({ mode: 'some', keys: [rowKey(indirect)] }, indirect)).to.equal(true);
  });

  it('is false for the other row of the same customer', () => {
    expect(isRowSelected({ mode: 'some', keys: [rowKey(indirect)] }, direct)).to.equal(false);
  });

  it('is false for an excluded row in "all" mode', () => {
    expect(isRowSelected({ mode: 'all', query: {}, excludedKeys: [rowKey(fabrikam)] }, fabrikam)).to.equal(false);
  });
});
