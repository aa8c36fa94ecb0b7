/**
 * Reordering columns by dragging a header with the mouse or a pen: press on a header, move past a few pixels,
 * and a drop indicator marks the edge between headers where the column will go; release to move it there. A
 * press that does not move is a click (it sorts), and the click that ends a drag does not sort. The Columns
 * menu does the same from the keyboard.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ColumnId } from '../../../model/query.js';

/** Pixels the pointer must travel before a press becomes a drag (a click wobbles a little). */
const DRAG_THRESHOLD = 6;

export interface ColumnDragOptions {
  /** The data columns' header cells as drawn, in display order. */
  headerCells(): HTMLElement[];
  /** Move column `id` to just before `before` among the shown columns (undefined: after the last). */
  move(id: ColumnId, before: ColumnId | undefined): void;
  rtl(): boolean;
}

interface Press {
  id: ColumnId;
  pointerId: number;
  startX: number;
  dragging: boolean;
  /** Where it would drop: an index among the shown columns (0 = before the first). */
  slot: number;
}

export class ColumnDragger implements ReactiveController {
  private press: Press | undefined;
  /** The click that ends a drag must not sort. */
  private swallowClick = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ColumnDragOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.press = undefined;
    this.swallowClick = false;
  }

  /** The column being dragged, for its look. */
  get dragging(): ColumnId | undefined {
    return this.press?.dragging ? this.press.id : undefined;
  }

  /** Which edge of column `id`'s header shows the drop indicator, if any. */
  dropEdge(id: ColumnId, index: number, count: number): 'start' | 'end' | undefined {
    const press = this.press;
    if (!press?.dragging) return undefined;
    if (press.slot === index) return 'start';
    if (press.slot === count && index === count - 1) return 'end';
    return undefined;
  }

  /** Whether a header click should sort (it should not when it ends a drag). */
  takeClick(): boolean {
    const allowed = !this.swallowClick;
    this.swallowClick = false;
    return allowed;
  }

  readonly handlePointerDown = (event: PointerEvent, id: ColumnId): void => {
    if (event.button !== 0 || !event.isPrimary) return;
    this.press = { id, pointerId: event.pointerId, startX: event.clientX, dragging: false, slot: -1 };
  };

  readonly handlePointerMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    if (!press.dragging) {
      if (Math.abs(event.clientX - press.startX) < DRAG_THRESHOLD) return;
      press.dragging = true;
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    }
    const slot = this.slotAt(event.clientX);
    if (slot !== press.slot) {
      press.slot = slot;
      this.host.requestUpdate();
    }
  };

  readonly handlePointerUp = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    this.press = undefined;
    if (!press.dragging) return;
    this.swallowClick = true;
    // A click follows the release at once, or not at all (released outside): never let the flag outlive it.
    setTimeout(() => (this.swallowClick = false));
    const ids = this.options.headerCells().map((cell) => cell.dataset.columnId as ColumnId);
    const from = ids.indexOf(press.id);
    // Dropped on either edge of itself: nothing moves.
    if (press.slot !== from && press.slot !== from + 1) this.options.move(press.id, ids[press.slot]);
    this.host.requestUpdate();
  };

  readonly handleLostCapture = (event: PointerEvent): void => {
    if (this.press?.pointerId === event.pointerId && this.press.dragging) this.handlePointerUp(event);
  };

  /** The edge between headers nearest to `x`: past a header's middle is after it. */
  private slotAt(x: number): number {
    const cells = this.options.headerCells();
    const rtl = this.options.rtl();
    let slot = 0;
    for (const cell of cells) {
      const rect = cell.getBoundingClientRect();
      const middle = rect.left + rect.width / 2;
      if (rtl ? x < middle : x > middle) slot++;
    }
    return slot;
  }
}
