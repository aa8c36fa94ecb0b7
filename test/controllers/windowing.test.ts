import { windowSlots } from '../../src/internal/grid-parts.js';
import { expect } from '@open-wc/testing';
import { MAX_SCROLL_HEIGHT, rowWindow, scrollTopForRow, scrollTopToReveal } from '../../src/controllers/windowing.js';

const base = { viewportHeight: 400, rowHeight: 40, overscan: 0 };

describe('rowWindow', () => {
  it('renders the rows in view, plus one for a partly shown row', () => {
    const view = rowWindow({ ...base, rowCount: 1000, scrollTop: 0 });
    expect([view.start, view.end, view.scrollHeight, view.scale]).to.deep.equal([0, 11, 40_000, 1]);
    expect([view.rowTop(0), view.rowTop(10)]).to.deep.equal([0, 400]);
  });

  it('adds overscan on both sides and clamps at the ends', () => {
    const middle = rowWindow({ ...base, rowCount: 1000, scrollTop: 4000, overscan: 5 });
    expect([middle.start, middle.end]).to.deep.equal([95, 116]);
    const end = rowWindow({ ...base, rowCount: 1000, scrollTop: 1e9, overscan: 5 });
    expect(end.end).to.equal(1000);
    expect(end.rowTop(999)).to.equal(40_000 - 40);
  });

  it('renders nothing for no rows', () => {
    const view = rowWindow({ ...base, rowCount: 0, scrollTop: 0 });
    expect([view.start, view.end, view.scrollHeight]).to.deep.equal([0, 0, 0]);
  });

  it('scales the scroll space of a million rows under the browser limit, and reaches the last row', () => {
    const rowCount = 1_000_000;
    const atEnd = rowWindow({ ...base, rowCount, scrollTop: MAX_SCROLL_HEIGHT });
    expect(atEnd.scrollHeight).to.equal(MAX_SCROLL_HEIGHT);
    expect(atEnd.scale).to.be.greaterThan(2.6).and.below(2.7);
    expect(atEnd.end).to.equal(rowCount);
    // The last row sits at the bottom of the viewport.
    expect(atEnd.rowTop(rowCount - 1) + 40).to.be.closeTo(MAX_SCROLL_HEIGHT, 1);
  });

  it('keeps rows inside the viewport one row height apart when scaled', () => {
    const view = rowWindow({ ...base, rowCount: 1_000_000, scrollTop: 5_000_000 });
    expect(view.rowTop(view.start + 1) - view.rowTop(view.start)).to.equal(40);
    expect(view.rowTop(view.start)).to.be.at.most(5_000_000).and.above(5_000_000 - 40);
  });
});

describe('scrollTopForRow and scrollTopToReveal', () => {
  it('puts a row at the top, or as low as the space allows', () => {
    expect(scrollTopForRow(100, { ...base, rowCount: 1000 })).to.equal(4000);
    expect(scrollTopForRow(999, { ...base, rowCount: 1000 })).to.equal(40_000 - 400);
  });

  it('finds any of a million rows through the scaled space', () => {
    const input = { ...base, rowCount: 1_000_000 };
    for (const index of [0, 123_456, 500_000, 999_990]) {
      const view = rowWindow({ ...input, scrollTop: scrollTopForRow(index, input), overscan: 0 });
      expect(index, `row ${index}`).to.be.within(view.start, view.end - 1);
    }
  });

  it('moves as little as needed to show a row', () => {
    const input = { ...base, rowCount: 1000 };
    expect(scrollTopToReveal(5, 0, input)).to.equal(0);
    expect(scrollTopToReveal(10, 0, input)).to.equal(40);
    expect(scrollTopToReveal(3, 400, input)).to.equal(120);
  });
});

describe('windowSlots', () => {
  const view = (start: number, end: number, capacity: number) => ({ start, end, capacity, scrollHeight: 0, scale: 1, rowTop: () => 0 });

  it('puts row index in slot index % capacity, so a one-row scroll changes one slot', () => {
    const before = windowSlots(view(10, 20, 10), -1, 100);
    const after = windowSlots(view(11, 21, 10), -1, 100);
    expect(before.slice(0, 10)).to.deep.equal([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(after.slice(0, 10)).to.deep.equal([20, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(after.filter((index, slot) => index !== before[slot])).to.deep.equal([20]);
  });

  it('keeps a focused row scrolled away in its own slot, moving the row it displaces to the spare one', () => {
    const slots = windowSlots(view(30, 40, 10), 12, 100);
    expect(slots[2]).to.equal(12);
    expect(slots[10]).to.equal(32);
    expect([...slots].sort((a, b) => a! - b!)).to.deep.equal([12, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
  });

  it('leaves slots empty at the start of the list and has none without rows', () => {
    expect(windowSlots(view(0, 6, 10), -1, 100)).to.deep.equal([0, 1, 2, 3, 4, 5, undefined, undefined, undefined, undefined, undefined]);
    expect(windowSlots(view(0, 0, 0), -1, 0)).to.deep.equal([]);
  });
});

describe('rowWindow with one expanded row', () => {
  const input = { viewportHeight: 400, rowHeight: 40, rowCount: 1000, overscan: 0, expanded: { index: 5, extra: 200 } };

  it('moves the rows after the expanded one down by its extra height, and grows the scroll space by it', () => {
    const view = rowWindow({ ...input, scrollTop: 0 });
    expect([view.rowTop(4), view.rowTop(5), view.rowTop(6), view.rowTop(7)]).to.deep.equal([160, 200, 440, 480]);
    expect(view.scrollHeight).to.equal(40_000 + 200);
    expect([view.start, view.end], 'the taller row leaves room for fewer rows: 0–4 and 5, which reaches past the bottom').to.deep.equal([0, 6]);
  });

  it('finds the rows in view inside and past the expanded row', () => {
    expect(rowWindow({ ...input, scrollTop: 250 }).start, 'inside the expanded row').to.equal(5);
    expect(rowWindow({ ...input, scrollTop: 440 }).start, 'just past it').to.equal(6);
    expect(rowWindow({ ...input, scrollTop: 40_200 - 400 }).end).to.equal(1000);
  });

  it('scrolls to and reveals rows with the extra height counted', () => {
    expect(scrollTopForRow(6, input)).to.equal(440);
    expect(scrollTopToReveal(12, 0, input), 'row 12 ends at 720').to.equal(320);
    expect(scrollTopToReveal(5, 1000, input), 'back up to the expanded row').to.equal(200);
  });
});
