/**
 * What a movement key does in a grid (GridFocusController loads this when focus first enters the grid): the
 * active cell moves (grid-navigation.ts), its row scrolls into view and takes focus; Ctrl+End over rows whose
 * total is unknown walks to the end and moves on to the real last row, unless focus moved since.
 */
import type { ReactiveControllerHost } from 'lit';
import { moveInGrid, type GridPosition } from './grid-navigation.js';

/** What of GridFocusController the moves use (an interface, so this module imports nothing of the one that loads it). */
export interface GridKeysTarget {
  active: GridPosition;
  focusInGrid: boolean;
  /** Asks the next render to scroll the focused cell into view on both axes. */
  revealRequested: boolean;
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly options: {
    rowCount(): number;
    columnCount(): number;
    pageRows(): number;
    revealRow(index: number): void;
    loadToEnd?(): Promise<boolean> | undefined;
    cancelLoadToEnd?(): void;
  };
  focusActiveCell(): void;
}

export class GridKeys {
  /** The Ctrl+End whose walk to the end is awaited, so that a later move of focus wins over its late end. */
  private endJump: GridPosition | undefined;

  constructor(private readonly grid: GridKeysTarget) {}

  /** A movement key (its default already prevented) on the cell at `from`. */
  press(event: KeyboardEvent, from: GridPosition): void {
    const { options, host } = this.grid;
    const bounds = { rowCount: options.rowCount(), columnCount: options.columnCount(), pageRows: options.pageRows() };
    const next = moveInGrid(from, event, bounds, getComputedStyle(host).direction === 'rtl')!;
    const toEnd = event.key === 'End' && (event.ctrlKey || event.metaKey);
    if (!toEnd) this.cancelEndJump();
    this.moveTo(next);
    if (toEnd) this.followToEnd(next);
  }

  /** Moves the active cell as a key does: scrolls its row into view and focuses it. */
  private moveTo(position: GridPosition): void {
    const { grid } = this;
    grid.active = position;
    grid.focusInGrid = true;
    grid.revealRequested = true;
    // The header row is sticky: going to it shows the first rows under it, as Ctrl+Home promises.
    grid.options.revealRow(Math.max(0, position.row - 1));
    if (position.row === 0) grid.focusActiveCell();
    grid.host.requestUpdate();
  }

  /**
   * Ctrl+End went to the last row drawn, but more rows may follow an unknown total: walk to the end and move
   * on to the real last row once it is loaded, unless focus moved since.
   */
  private followToEnd(at: GridPosition): void {
    const walk = this.grid.options.loadToEnd?.();
    if (!walk) return;
    this.endJump = at;
    void walk.then((done) => {
      if (this.endJump !== at) return;
      this.endJump = undefined;
      const { grid } = this;
      if (!done || grid.active.row !== at.row || grid.active.column !== at.column) return;
      const last = { row: Math.max(0, grid.options.rowCount() - 1), column: at.column };
      if (grid.focusInGrid) this.moveTo(last);
      else {
        grid.active = last;
        grid.host.requestUpdate();
      }
    });
  }

  private cancelEndJump(): void {
    if (!this.endJump) return;
    this.endJump = undefined;
    this.grid.options.cancelLoadToEnd?.();
  }
}
