import { expect } from '@open-wc/testing';
import { rowKey, type CustomerRow } from '../../src/model/customer.js';
import { SelectionModel } from '../../src/model/selection-model.js';

const row = (id: string, relationship = 'cloud-reseller'): CustomerRow => ({ id, companyName: id, primaryDomain: `${id}.com`, relationship, tags: [] });

describe('SelectionModel', () => {
  it('selects rows one by one, telling dual-role rows apart', () => {
    const model = new SelectionModel();
    model.toggle(rowKey(row('a')));
    expect(model.isSelected(rowKey(row('a')))).to.equal(true);
    expect(model.isSelected(rowKey(row('a', 'indirect-reseller')))).to.equal(false);
    expect(model.toSelection()).to.deep.equal({ mode: 'some', keys: ['a#cloud-reseller'] });
    expect(model.count(1000)).to.equal(1);
  });

  it('selects everything a query matches, minus exclusions, and counts against the total', () => {
    const model = new SelectionModel();
    model.selectAllMatching({ search: { field: 'companyName', text: 'con' } });
    model.toggle(rowKey(row('b')));
    expect(model.isSelected(rowKey(row('zzz')))).to.equal(true);
    expect(model.isSelected(rowKey(row('b')))).to.equal(false);
    expect(model.count(84_213)).to.equal(84_212);
    expect(model.toSelection()).to.deep.equal({ mode: 'all', query: { search: { field: 'companyName', text: 'con' } }, excludedKeys: ['b#cloud-reseller'] });
  });

  it('answers for a row as for its key, in both modes, with and without keys held', () => {
    const model = new SelectionModel();
    const [a, b, dual] = [row('a'), row('b'), row('a', 'indirect-reseller')];
    const same = () => [a, b, dual].map((each) => model.isRowSelected(each) === model.isSelected(rowKey(each)));
    expect(model.isRowSelected(a), 'nothing selected').to.equal(false);
    model.toggle(rowKey(a));
    expect([model.isRowSelected(a), model.isRowSelected(dual)]).to.deep.equal([true, false]);
    expect(same()).to.deep.equal([true, true, true]);
    model.selectAllMatching({});
    expect([model.isRowSelected(a), model.isRowSelected(b)], 'all matching, nothing excluded').to.deep.equal([true, true]);
    model.toggle(rowKey(b));
    expect([model.isRowSelected(a), model.isRowSelected(b)], 'all matching but b').to.deep.equal([true, false]);
    expect(same()).to.deep.equal([true, true, true]);
  });

  it('sets a range of rows to one state', () => {
    const model = new SelectionModel();
    const rows = [row('a'), row('b'), row('c')];
    model.setRows(rows, true);
    model.setRows(rows.slice(1), false);
    expect(model.toSelection()).to.deep.equal({ mode: 'some', keys: ['a#cloud-reseller'] });
  });

  it('round-trips through a Selection and clears', () => {
    const model = SelectionModel.from({ mode: 'all', query: { tags: ['VIP'] }, excludedKeys: ['x#advisor'] });
    expect([model.allMatching, model.count(10)]).to.deep.equal([true, 9]);
    model.clear();
    expect(model.toSelection()).to.deep.equal({ mode: 'some', keys: [] });
  });
});
