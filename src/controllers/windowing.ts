/**
 * Which rows to render for a scroll position, for rows of one fixed height. Pure arithmetic, so it is exact
 * and cheap per frame (no measuring), and it can do what a measuring virtualizer cannot: scale the scroll space
 * when all rows would be taller than browsers allow an element to be (about 33.5 million px in Chromium,
 * 17.9 million in Firefox). Past `maxScrollHeight`, one pixel of scrollbar moves `scale` pixels of rows, so a
 * million rows stay reachable to the last one, while rows inside the viewport still scroll at 1:1.
 */

/** Safely below every browser's element height limit. */
export const MAX_SCROLL_HEIGHT = 15_000_000;

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling does not show blank space. */
  overscan: number;
  maxScrollHeight?: number;
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

export function rowWindow({ scrollTop, viewportHeight, rowHeight, rowCount, overscan, maxScrollHeight = MAX_SCROLL_HEIGHT }: WindowInput): RowWindow {
  const contentHeight = rowCount * rowHeight;
  const scrollHeight = Math.min(contentHeight, maxScrollHeight);
  const scrollRange = Math.max(0, scrollHeight - viewportHeight);
  const contentRange = Math.max(0, contentHeight - viewportHeight);
  const scale = scrollRange > 0 && contentHeight > maxScrollHeight ? contentRange / scrollRange : 1;
  const top = Math.min(Math.max(0, scrollTop), scrollRange);
  // The virtual offset of the viewport's top edge: rows are laid out from here at 1:1.
  const virtualTop = top * scale;
  const first = Math.floor(virtualTop / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, first + visible + overscan);
  return {
    start,
    end,
    capacity: Math.min(rowCount, visible + 2 * overscan),
    scrollHeight,
    scale,
    rowTop: (index) => top + index * rowHeight - virtualTop,
  };
}

/** The scrollTop that shows row `index` at the top of the viewport (or as low as the scroll space allows). */
export function scrollTopForRow(index: number, input: Omit<WindowInput, 'scrollTop' | 'overscan'>): number {
  const { viewportHeight, rowHeight, rowCount, maxScrollHeight = MAX_SCROLL_HEIGHT } = input;
  const contentHeight = rowCount * rowHeight;
  const scrollHeight = Math.min(contentHeight, maxScrollHeight);
  const scrollRange = Math.max(0, scrollHeight - viewportHeight);
  const contentRange = Math.max(0, contentHeight - viewportHeight);
  const scale = scrollRange > 0 && contentHeight > maxScrollHeight ? contentRange / scrollRange : 1;
  return Math.min(scrollRange, (index * rowHeight) / scale);
}

/** The scrollTop that brings row `index` fully into view, moving as little as possible. */
export function scrollTopToReveal(index: number, scrollTop: number, input: Omit<WindowInput, 'scrollTop' | 'overscan'>, headerHeight = 0): number {
  const view = rowWindow({ ...input, scrollTop, overscan: 0 });
  const top = view.rowTop(index);
  if (top < scrollTop + headerHeight) return scrollTop - (scrollTop + headerHeight - top);
  const bottom = top + input.rowHeight;
  if (bottom > scrollTop + input.viewportHeight) return scrollTop + (bottom - scrollTop - input.viewportHeight);
  return scrollTop;
}
