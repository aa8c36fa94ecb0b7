import { expect } from '@open-wc/testing';
import { moveInGrid } from '../../src/controllers/grid-navigation.js';

const bounds = { rowCount: 101, columnCount: 6, pageRows: 10 };
const at = { row: 5, column: 2 };

describe('moveInGrid', () => {
  const cases: [string, { key: string; ctrlKey?: boolean }, { row: number; column: number }][] = [
    ['ArrowDown moves a row down', { key: 'ArrowDown' }, { row: 6, column: 2 }],
    ['ArrowUp moves a row up', { key: 'ArrowUp' }, { row: 4, column: 2 }],
    ['ArrowRight moves a cell on', { key: 'ArrowRight' }, { row: 5, column: 3 }],
    ['ArrowLeft moves a cell back', { key: 'ArrowLeft' }, { row: 5, column: 1 }],
    ['Home goes to the row\'s first cell', { key: 'Home' }, { row: 5, column: 0 }],
    ['End goes to the row\'s last cell', { key: 'End' }, { row: 5, column: 5 }],
    ['Ctrl+Home goes to the first cell of the grid', { key: 'Home', ctrlKey: true }, { row: 0, column: 0 }],
    ['Ctrl+End goes to the last cell of the grid', { key: 'End', ctrlKey: true }, { row: 100, column: 5 }],
    ['PageDown moves a page down', { key: 'PageDown' }, { row: 15, column: 2 }],
    ['PageUp stops at the header row', { key: 'PageUp' }, { row: 0, column: 2 }],
  ];
  for (const [name, key, expected] of cases) {
    it(name, () => {
      expect(moveInGrid(at, key, bounds)).to.deep.equal(expected);
    });
  }

  it('stops at the edges', () => {
    expect(moveInGrid({ row: 100, column: 5 }, { key: 'ArrowDown' }, bounds)).to.deep.equal({ row: 100, column: 5 });
    expect(moveInGrid({ row: 0, column: 0 }, { key: 'ArrowLeft' }, bounds)).to.deep.equal({ row: 0, column: 0 });
  });

  it('mirrors left and right in right-to-left layouts', () => {
    expect(moveInGrid(at, { key: 'ArrowLeft' }, bounds, true)).to.deep.equal({ row: 5, column: 3 });
    expect(moveInGrid(at, { key: 'ArrowRight' }, bounds, true)).to.deep.equal({ row: 5, column: 1 });
  });

  it('ignores keys that do not move', () => {
    expect(moveInGrid(at, { key: 'a' }, bounds)).to.equal(undefined);
  });
});
