/**
 * The phases (1), (3), (2), (5) and (3x) for a grid of ours (<customer-list>, <activity-log>): both window their
 * rows in a shadow root's `.viewport`, load pages through an adapter and draw a `.pending` row until its data is
 * there, so one set of phases measures both the same way. Each page says how to attach the adapter, how to jump
 * and what a row should show.
 */
import { frames, JUMP_INDEX, ROW_HEIGHT_PX, scrollFrames, scrollThrough, visibleRows, waitFor, type BenchPage } from './common.js';

export interface ElementGrid {
  /** The element's shadow root, where its rows are. */
  root: ShadowRoot;
  /** Sets the adapter: the moment (1) is timed from. */
  attach(): void;
  /** Checked once the first data row is there (e.g. the count); throws what is wrong. */
  checkLoaded?(): void;
  /** The element's public jump: scrolls row `index` (0-based) to the top. */
  scrollToRow(index: number): void;
  /** Adapter list calls made so far. */
  requests(): number;
  /** What identifies the row of `index` (0-based) in the data, and what a drawn row shows of it. */
  expected(index: number): string;
  shown(row: Element | null): string;
}

export function elementGridPhases(grid: ElementGrid): Omit<BenchPage, 'search'> {
  const { root } = grid;
  const viewport = root.querySelector<HTMLElement>('.viewport');
  if (!viewport) throw new Error(`${root.host.localName} did not render its .viewport: is the element defined (decorators compiled)?`);
  const dataRow = (ariaRowIndex: number) => root.querySelector(`[role=row][aria-rowindex="${ariaRowIndex}"]:not(.pending)`);
  const expectRow = (index: number) => {
    const shown = grid.shown(dataRow(index + 2));
    if (shown !== grid.expected(index)) throw new Error(`row ${index} shows ${JSON.stringify(shown)}, expected ${JSON.stringify(grid.expected(index))}`);
  };
  return {
    ready: Promise.resolve(),

    async firstRows() {
      const start = performance.now();
      grid.attach();
      const end = await waitFor([root], () => dataRow(2) !== null, 'the first data row').catch((error: Error) => {
        const state = root.querySelector('[part=state]')?.textContent?.replace(/\s+/g, ' ').trim();
        throw new Error(`${error.message}${state ? `; the element shows: ${state}` : ''}`);
      });
      grid.checkLoaded?.();
      expectRow(0);
      return end - start;
    },

    async scroll() {
      await frames(10);
      const headerHeight = root.querySelector<HTMLElement>('.header')!.offsetHeight;
      const bodyHeight = viewport.clientHeight - headerHeight;
      // A "Loading…" row inside the visible part of the body, from the rows' translateY (no layout is forced).
      const pendingInView = (scrollTop: number) => {
        for (const row of root.querySelectorAll<HTMLElement>('.body [role=row].pending')) {
          const top = parseFloat(/translateY\(([-\d.]+)px\)/.exec(row.style.transform)?.[1] ?? 'NaN');
          if (top < scrollTop + bodyHeight && top + ROW_HEIGHT_PX > scrollTop) return true;
        }
        return false;
      };
      return scrollFrames(viewport, pendingInView);
    },

    async jump() {
      await frames(10);
      const before = grid.requests();
      const start = performance.now();
      grid.scrollToRow(JUMP_INDEX);
      let placeholderAt: number | undefined;
      const end = await waitFor(
        [root],
        () => {
          if (placeholderAt === undefined && root.querySelector(`[role=row][aria-rowindex="${JUMP_INDEX + 2}"]`)) placeholderAt = performance.now();
          return dataRow(JUMP_INDEX + 2) !== null;
        },
        `row ${JUMP_INDEX + 2} with its data`,
      );
      expectRow(JUMP_INDEX);
      return { ms: end - start, placeholderMs: (placeholderAt ?? end) - start, requests: grid.requests() - before };
    },

    async domRows() {
      await frames(10);
      const header = root.querySelector<HTMLElement>('.header')!;
      const sample = root.querySelector<HTMLElement>('.body [role=row]')!;
      const all = root.querySelectorAll('[role=row]').length;
      const data = root.querySelectorAll('.body [role=row]').length;
      const visible = visibleRows(viewport.clientHeight - header.offsetHeight, sample.offsetHeight);
      return { rendered: data, visible, note: `${data} data rows + ${all - data} header row; viewport ${viewport.clientHeight - header.offsetHeight} px / ${sample.offsetHeight} px rows` };
    },

    async scrollThrough() {
      grid.scrollToRow(0);
      await frames(10);
      return scrollThrough(viewport, root.querySelector<HTMLElement>('.body [role=row]')!.offsetHeight);
    },
  };
}
