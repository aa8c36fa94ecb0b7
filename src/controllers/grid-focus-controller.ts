/**
 * Keyboard focus in a WAI-ARIA grid: one tab stop (the active cell), arrow keys, Home/End, Ctrl+Home/End and
 * PageUp/PageDown, focus kept on the active cell when windowing re-renders or removes its row, and the focused
 * cell scrolled into view on both axes after a keyboard move. Cells are found by `aria-rowindex` on rows and
 * `data-column` on cells; row 0 is the header row. What a key does besides moving (Space, Enter) is the host's.
 *
 * The moves themselves (grid-keys.ts) load by `import()` when focus first enters the grid, or at the first
 * movement key: a grid is drawn, and clicked, without them. A movement key pressed before they arrive is
 * held (its default, scrolling the viewport, prevented at once) and done in order as they arrive.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GridPosition } from './grid-navigation.js';
import type { GridKeys } from './grid-keys.js';
import { LazyPart } from './lazy-part.js';

export interface GridFocusOptions {
  /** The element holding the rows (`role=grid`), once rendered. */
  grid(): HTMLElement | null | undefined;
  /** Rows including the header row. */
  rowCount(): number;
  columnCount(): number;
  pageRows(): number;
  /** Scrolls data row `index` (0-based) into the window before focus moves there. */
  revealRow(index: number): void;
  /** A key that is not a movement key, on the cell at `position`. Return true when it was handled. */
  handleKey(event: KeyboardEvent, position: GridPosition): boolean;
  /** What takes focus inside a cell, when the cell holds it (default: a checkbox or a link). */
  focusTarget?: string;
  /** The cell holding the grid's Tab stop until focus moves (default: the header row's first cell). */
  start?: GridPosition;
  /**
   * Controls inside a cell that keep focus across renders once the agent moved to them (e.g. a header's resize
   * handle): focus is not pulled back to the cell's own target while it is on one of these in the active cell.
   */
  keepFocusOn?: string;
  /**
   * Ctrl+End over rows whose total is unknown: walks to the end, resolving `true` once the last row is loaded
   * (focus then moves on to it), or returns `undefined` when the row count is already final.
   */
  loadToEnd?(): Promise<boolean> | undefined;
  /** Any other move of focus by key gives up a walk to the end (the agent went elsewhere, e.g. Ctrl+Home). */
  cancelLoadToEnd?(): void;
}

/** The keys that move the active cell (grid-navigation.ts): their default (scrolling) is prevented at once. */
const MOVEMENT_KEY = /^(Arrow(Up|Down|Left|Right)|Home|End|Page(Up|Down))$/;

/** The moves' loading seam, an object so a test can fail or hold its load (test/support/browser/chunk-stub.ts). */
export const gridKeysChunk = { load: () => import('./grid-keys.js') };

export class GridFocusController implements ReactiveController {
  active: GridPosition;
  /** The grid "has" focus, even while windowing has removed the focused node for a moment. */
  focusInGrid = false;
  /** A keyboard move asked the next render to scroll the focused cell into view. */
  revealRequested = false;
  /** Between the host's update and updated: a focusout then comes from our own render. */
  private rendering = false;
  /** Movement keys pressed before the moves arrived, in order. */
  private held: KeyboardEvent[] = [];
  private keys: GridKeys | undefined;
  private readonly keysPart = new LazyPart(this.host, () => gridKeysChunk.load());

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: GridFocusOptions,
  ) {
    this.active = options.start ?? { row: 0, column: 0 };
    host.addController(this);
  }

  hostUpdate(): void {
    this.rendering = true;
  }

  hostUpdated(): void {
    this.rendering = false;
    if (this.focusInGrid) this.focusActiveCell();
    if (this.revealRequested) {
      this.revealRequested = false;
      // Rows are already in the window; this scrolls the grid sideways (a narrow screen, 200 % zoom, either
      // direction) and the page, when the grid itself is partly off-screen.
      this.cell(this.active)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  hostDisconnected(): void {
    this.focusInGrid = false;
    this.rendering = false;
  }

  /** The tabindex of a cell's focus target: 0 for the active cell (the grid's one tab stop), else -1. */
  tabIndex(row: number, column: number): number {
    return this.active.row === row && this.active.column === column ? 0 : -1;
  }

  /** Puts focus back in the grid, on the active cell, at the next render. */
  refocus(): void {
    this.focusInGrid = true;
    this.host.requestUpdate();
  }

  /** Focus entering a cell (by click, Tab or script) makes it the grid's one tab stop. */
  readonly handleFocusIn = (event: FocusEvent): void => {
    this.focusInGrid = true;
    this.keysPart.prefetch();
    const position = this.positionOf(event.composedPath()[0] as Element);
    if (position && (position.row !== this.active.row || position.column !== this.active.column)) {
      this.active = position;
      this.host.requestUpdate();
    }
  };

  /**
   * Focus leaving for good, not focus lost because windowing removed the focused row's node: then the grid
   * still "has" focus, and the next update puts it on the active cell again.
   */
  readonly handleFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Element | null;
    // Chromium fires focusout while the node is still connected, during our render: hence the flag.
    const removedByUs = to === null && this.focusInGrid && (this.rendering || !(event.target as Element).isConnected);
    const grid = this.options.grid();
    this.focusInGrid = removedByUs || (to !== null && grid !== null && grid !== undefined && grid.contains(to));
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    const from = this.positionOf(event.target as Element) ?? this.active;
    if (this.options.handleKey(event, from) || !MOVEMENT_KEY.test(event.key)) return;
    event.preventDefault();
    if (this.keys) return this.keys.press(event, from);
    // The first key held asks for the moves; the others wait behind it.
    if (this.held.push(event) > 1) return;
    // Each key from where the one before it went; a failed load drops them: the next key loads again.
    this.keysPart.load().then(
      ({ GridKeys }) => {
        this.keys = new GridKeys(this);
        for (const key of this.held.splice(0)) this.keys.press(key, this.active);
      },
      () => (this.held = []),
    );
  };

  /** The element holding focus for a cell: its checkbox or link when it has one, else the cell. */
  target(position: GridPosition): HTMLElement | undefined {
    const cell = this.cell(position);
    return cell?.querySelector<HTMLElement>(this.options.focusTarget ?? 'input, a') ?? cell;
  }

  private cell({ row, column }: GridPosition): HTMLElement | undefined {
    return this.options.grid()?.querySelector<HTMLElement>(`[aria-rowindex="${row + 1}"] [data-column="${column}"]`) ?? undefined;
  }

  private positionOf(element: Element | null): GridPosition | undefined {
    const cell = element?.closest<HTMLElement>('[data-column]');
    const row = cell?.closest<HTMLElement>('[aria-rowindex]');
    if (!cell || !row) return undefined;
    return { row: Number(row.getAttribute('aria-rowindex')) - 1, column: Number(cell.dataset.column) };
  }

  /** Focuses the active cell's target, unless focus is on it or on a control of the cell kept across renders. */
  focusActiveCell(): void {
    const target = this.target(this.active);
    const active = this.host.shadowRoot?.activeElement ?? null;
    if (!target || active === target) return;
    const keep = this.options.keepFocusOn;
    if (keep && active?.matches(keep) && this.cell(this.active)?.contains(active)) return;
    target.focus({ preventScroll: true });
  }
}
