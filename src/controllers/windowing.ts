/**
 * Which rows to render for a scroll position, for rows of one fixed height. Pure arithmetic, so it is exact
 * and cheap per frame (no measuring), and it can do what a measuring virtualizer cannot: scale the scroll space
 * when all rows would be taller than browsers allow an element to be (about 33.5 million px in Chromium,
 * 17.9 million in Firefox). Past `maxScrollHeight`, one pixel of scrollbar moves `scale` pixels of rows, so a
 * million rows stay reachable to the last one, while rows inside the viewport still scroll at 1:1.
 */

/** Safely below every browser's element height limit. */
export const MAX_SCROLL_HEIGHT = 15_000_000;

/**
 * One row drawn taller than the others (an expanded row showing its details): `extra` pixels more. Rows after it
 * move down by that much; every other row keeps the one height, so the arithmetic stays exact.
 */
export interface ExpandedRow {
  index: number;
  extra: number;
}

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling does not show blank space. */
  overscan: number;
  maxScrollHeight?: number;
  expanded?: ExpandedRow;
}

export interface RowWindow {
  /** First rendered row (inclusive). */
  start: number;
  /** Last rendered row (exclusive). */
  end: number;
  /** The most rows a window of this height renders (`end - start` at most): the size of a ring of row slots. */
  capacity: number;
  /** Height of the scrollable space. */
  scrollHeight: number;
  /** Virtual pixels per scrollbar pixel: 1 unless the rows are taller than `maxScrollHeight`. */
  scale: number;
  /** Where row `index` is drawn, in scroll-space pixels. */
  rowTop(index: number): number;
}

/** Row positions in the content (unscaled), with one row maybe taller. */
class Layout {
  constructor(
    readonly rowHeight: number,
    readonly rowCount: number,
    readonly expanded: ExpandedRow | undefined,
  ) {}

  get contentHeight(): number {
    return this.rowCount * this.rowHeight + (this.expanded && this.expanded.index < this.rowCount ? this.expanded.extra : 0);
  }

  top(index: number): number {
    const { expanded } = this;
    return index * this.rowHeight + (expanded && index > expanded.index ? expanded.extra : 0);
  }

  height(index: number): number {
    return this.rowHeight + (this.expanded?.index === index ? this.expanded.extra : 0);
  }

  /** The row drawn at content position `y`. */
  at(y: number): number {
    const { expanded, rowHeight } = this;
    if (!expanded || y < (expanded.index + 1) * rowHeight) return Math.floor(y / rowHeight);
    if (y < (expanded.index + 1) * rowHeight + expanded.extra) return expanded.index;
    return Math.floor((y - expanded.extra) / rowHeight);
  }
}

function scaling(layout: Layout, viewportHeight: number, maxScrollHeight: number) {
  const contentHeight = layout.contentHeight;
  const scrollHeight = Math.min(contentHeight, maxScrollHeight);
  const scrollRange = Math.max(0, scrollHeight - viewportHeight);
  const contentRange = Math.max(0, contentHeight - viewportHeight);
  const scale = scrollRange > 0 && contentHeight > maxScrollHeight ? contentRange / scrollRange : 1;
  return { scrollHeight, scrollRange, scale };
}

export function rowWindow({ scrollTop, viewportHeight, rowHeight, rowCount, overscan, maxScrollHeight = MAX_SCROLL_HEIGHT, expanded }: WindowInput): RowWindow {
  const layout = new Layout(rowHeight, rowCount, expanded);
  const { scrollHeight, scrollRange, scale } = scaling(layout, viewportHeight, maxScrollHeight);
  const top = Math.min(Math.max(0, scrollTop), scrollRange);
  // The virtual offset of the viewport's top edge: rows are laid out from here at 1:1.
  const virtualTop = top * scale;
  const first = layout.at(virtualTop);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const last = Math.min(first + visible, layout.at(virtualTop + viewportHeight) + 1);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(rowCount, last + overscan),
    capacity: Math.min(rowCount, visible + 2 * overscan),
    scrollHeight,
    scale,
    rowTop: (index) => top + layout.top(index) - virtualTop,
  };
}

/** The scrollTop that shows row `index` at the top of the viewport (or as low as the scroll space allows). */
export function scrollTopForRow(index: number, input: Omit<WindowInput, 'scrollTop' | 'overscan'>): number {
  const { viewportHeight, rowHeight, rowCount, maxScrollHeight = MAX_SCROLL_HEIGHT, expanded } = input;
  const layout = new Layout(rowHeight, rowCount, expanded);
  const { scrollRange, scale } = scaling(layout, viewportHeight, maxScrollHeight);
  return Math.min(scrollRange, layout.top(index) / scale);
}

/** The scrollTop that brings row `index` fully into view (as much of it as fits), moving as little as possible. */
export function scrollTopToReveal(index: number, scrollTop: number, input: Omit<WindowInput, 'scrollTop' | 'overscan'>, headerHeight = 0): number {
  const view = rowWindow({ ...input, scrollTop, overscan: 0 });
  const top = view.rowTop(index);
  if (top < scrollTop + headerHeight) return scrollTop - (scrollTop + headerHeight - top);
  const height = new Layout(input.rowHeight, input.rowCount, input.expanded).height(index);
  const bottom = top + Math.min(height, input.viewportHeight);
  if (bottom > scrollTop + input.viewportHeight) return scrollTop + (bottom - scrollTop - input.viewportHeight);
  return scrollTop;
}
