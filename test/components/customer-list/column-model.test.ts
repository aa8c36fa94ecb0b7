import { expect } from '@open-wc/testing';
import { ColumnModel } from '../../../src/components/customer-list/grid/column-model.js';
import type { ColumnId, SortSpec } from '../../../src/model/query.js';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../../../src/model/view-state.js';

function setup(): { model: ColumnModel; reported: SortSpec[][] } {
  const reported: SortSpec[][] = [];
  return { model: new ColumnModel((sort) => reported.push(sort)), reported };
}

describe('ColumnModel (the grid columns and sort)', () => {
  it('starts with every column shown in the default order, no widths and no sort', () => {
    const { model } = setup();
    expect(model.columns).to.deep.equal({ columnOrder: ['id', 'companyName', 'primaryDomain', 'relationship', 'tags'], columnVisibility: {}, columnSizing: {} });
    expect(model.visible()).to.deep.equal(['id', 'companyName', 'primaryDomain', 'relationship', 'tags']);
    expect(model.sort).to.deep.equal([]);
  });

  it('keeps Company name shown whatever hides it, and hides the others asked', () => {
    const { model } = setup();
    model.arrange({ columnVisibility: { companyName: false, tags: false, id: true } });
    expect(model.columns.columnVisibility).to.deep.equal({ tags: false });
    expect(model.visible()).to.deep.equal(['id', 'companyName', 'primaryDomain', 'relationship']);
  });

  it('holds widths within the narrowest and widest a column may be', () => {
    const { model } = setup();
    model.arrange({ columnSizing: { id: 10, companyName: 5000, tags: 200.4, relationship: Number.NaN } });
    expect(model.columns.columnSizing).to.deep.equal({ id: MIN_COLUMN_WIDTH, companyName: MAX_COLUMN_WIDTH, tags: 200 });
  });

  it('keeps every column once in an order given, and the parts not given as they were', () => {
    const { model } = setup();
    model.arrange({ columnSizing: { tags: 150 } });
    model.arrange({ columnOrder: ['tags', 'tags', 'nope' as ColumnId, 'id'] });
    expect(model.columns.columnOrder).to.deep.equal(['tags', 'id', 'companyName', 'primaryDomain', 'relationship']);
    expect(model.columns.columnSizing).to.deep.equal({ tags: 150 });
  });

  it('gives a copy of the arrangement: changing it changes nothing drawn', () => {
    const { model } = setup();
    model.columns.columnOrder.reverse();
    model.columns.columnVisibility.tags = false;
    expect(model.visible()).to.deep.equal(['id', 'companyName', 'primaryDomain', 'relationship', 'tags']);
  });

  it('reports each change of the sort, by a header or set, and not a sort already in force', () => {
    const { model, reported } = setup();
    model.toggleSort('companyName', false);
    model.toggleSort('tags', true);
    model.setSort([{ column: 'companyName', direction: 'asc' }, { column: 'tags', direction: 'asc' }]);
    model.setSort([{ column: 'id', direction: 'desc' }]);
    expect(reported).to.deep.equal([
      [{ column: 'companyName', direction: 'asc' }],
      [{ column: 'companyName', direction: 'asc' }, { column: 'tags', direction: 'asc' }],
      [{ column: 'id', direction: 'desc' }],
    ]);
    expect(model.direction('id')).to.equal('desc');
    expect(model.direction('companyName')).to.equal(undefined);
  });

  it('cycles a header ascending, descending, unsorted', () => {
    const { model } = setup();
    const directions = [1, 2, 3].map(() => (model.toggleSort('primaryDomain', false), model.direction('primaryDomain')));
    expect(directions).to.deep.equal(['asc', 'desc', undefined]);
    expect(model.sort).to.deep.equal([]);
  });
});
