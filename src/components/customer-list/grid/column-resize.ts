/**
 * Column resizing for <customer-list>: a handle on each header's inline-end edge, a focusable
 * `role=separator` whose value is the column's width. Drag it (pointer capture, so the drag follows the pointer
 * off the handle), or use the keys: ArrowLeft/ArrowRight by a step (mirrored in right-to-left pages, where the
 * edge is on the left), Home/End to the narrowest/widest, Enter (or a double-click) to fit the widest content
 * drawn. Widths go to the grid's `grid-template-columns`, so windowing never measures a cell while scrolling.
 *
 * The handles' `aria-valuenow` comes from a ResizeObserver on the header cells, which reports sizes after
 * layout: nothing here measures during a render.
 */
import { msg, str } from '@lit/localize';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { columnLabel } from '../../../localization/labels.js';
import type { ColumnId } from '../../../model/query.js';
import { clampWidth, MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../../../model/view-state.js';

/** Pixels an arrow key resizes by (Shift: four steps). */
export const RESIZE_STEP = 16;

export interface ColumnResizeOptions {
  /** The header cells, once rendered (each with `data-column-id`). */
  headerCells(): HTMLElement[];
  /** The width the agent gave column `id`, or undefined while it shares the room. */
  explicitWidth(id: ColumnId): number | undefined;
  /** Resize while dragging: drawn at once, reported when the drag ends. Undefined puts back the shared width. */
  preview(id: ColumnId, width: number | undefined): void;
  /** The agent set a width (keyboard, fit, end of a drag). */
  commit(id: ColumnId, width: number): void;
  /** The width that fits the widest content drawn in the column, header included. */
  fitWidth(id: ColumnId): number;
  /** Whether the list is laid out right to left. */
  rtl(): boolean;
}

interface Drag {
  id: ColumnId;
  pointerId: number;
  startX: number;
  startWidth: number;
  /** What to put back on Escape. */
  explicit: number | undefined;
  width: number;
}

export class ColumnResizer implements ReactiveController {
  /** Widths of the header cells as last laid out. */
  private readonly widths = new Map<ColumnId, number>();
  private observer: ResizeObserver | undefined;
  private observedKey = '';
  private drag: Drag | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ColumnResizeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => this.measured(entries));
    this.observedKey = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.drag = undefined;
  }

  /** After a render that changed the header's cells: observe the cells now drawn (a column shown, moved, hidden). */
  hostUpdated(): void {
    const cells = this.options.headerCells();
    const key = cells.map((cell) => cell.dataset.columnId).join();
    if (!this.observer || key === this.observedKey) return;
    this.observedKey = key;
    this.observer.disconnect();
    for (const cell of cells) this.observer.observe(cell);
  }

  /** The handle at the end edge of column `id`'s header. `tabIndex` is the header cell's (the grid's one tab stop). */
  render(id: ColumnId, tabIndex: number): TemplateResult {
    const label = columnLabel(id);
    const width = Math.round(this.widths.get(id) ?? MIN_COLUMN_WIDTH);
    return html`<div
      part="resize-handle"
      class="resize-handle ${this.drag?.id === id ? 'dragging' : ''}"
      role="separator"
      aria-orientation="vertical"
      aria-label=${msg(str`Resize ${label}`)}
      aria-valuenow=${width}
      aria-valuemin=${MIN_COLUMN_WIDTH}
      aria-valuemax=${MAX_COLUMN_WIDTH}
      aria-valuetext=${msg(str`${width} pixels`)}
      tabindex=${tabIndex}
      @pointerdown=${(event: PointerEvent) => this.start(event, id)}
      @pointermove=${this.handlePointerMove}
      @pointerup=${this.handlePointerUp}
      @lostpointercapture=${this.handleLostCapture}
      @click=${stop}
      @dblclick=${(event: MouseEvent) => {
        event.stopPropagation();
        this.fit(id);
      }}
      @keydown=${(event: KeyboardEvent) => this.handleKeydown(event, id)}
    ></div>`;
  }

  private measured(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset.columnId as ColumnId | undefined;
      const width = entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width;
      if (!id || Math.round(width) === Math.round(this.widths.get(id) ?? -1)) continue;
      this.widths.set(id, width);
      changed = true;
    }
    if (changed) this.host.requestUpdate();
  }

  private fit(id: ColumnId): void {
    this.options.commit(id, clampWidth(this.options.fitWidth(id)));
  }

  private current(id: ColumnId): number {
    return this.widths.get(id) ?? MIN_COLUMN_WIDTH;
  }

  private handleKeydown(event: KeyboardEvent, id: ColumnId): void {
    const step = event.shiftKey ? RESIZE_STEP * 4 : RESIZE_STEP;
    // The handle sits on the column's end edge: in a right-to-left page that edge is on the left.
    const wider = this.options.rtl() ? 'ArrowLeft' : 'ArrowRight';
    const narrower = this.options.rtl() ? 'ArrowRight' : 'ArrowLeft';
    let width: number | undefined;
    if (event.key === wider) width = this.current(id) + step;
    else if (event.key === narrower) width = this.current(id) - step;
    else if (event.key === 'Home') width = MIN_COLUMN_WIDTH;
    else if (event.key === 'End') width = MAX_COLUMN_WIDTH;
    else if (event.key === 'Enter') width = this.options.fitWidth(id);
    else if (event.key === 'Escape' && this.drag) return this.cancelDrag(event);
    // Space and the other keys are the grid's (Space on a header sorts; arrows of other cells move).
    if (width === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    this.options.commit(id, clampWidth(width));
  }

  private start(event: PointerEvent, id: ColumnId): void {
    // The header under the handle would start a column drag; a right click resizes nothing.
    event.stopPropagation();
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget as HTMLElement;
    handle.focus();
    handle.setPointerCapture(event.pointerId);
    const width = handle.parentElement!.getBoundingClientRect().width;
    this.drag = { id, pointerId: event.pointerId, startX: event.clientX, startWidth: width, explicit: this.options.explicitWidth(id), width: Math.round(width) };
    this.host.requestUpdate();
  }

  private readonly handlePointerMove = (event: PointerEvent) => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const moved = (event.clientX - drag.startX) * (this.options.rtl() ? -1 : 1);
    drag.width = clampWidth(drag.startWidth + moved);
    this.options.preview(drag.id, drag.width);
  };

  private readonly handlePointerUp = (event: PointerEvent) => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.drag = undefined;
    if (drag.width !== Math.round(drag.startWidth)) this.options.commit(drag.id, drag.width);
    else this.options.preview(drag.id, drag.explicit);
  };

  /** Capture taken away (the element re-rendered away, a system gesture): the drag ends where it got to. */
  private readonly handleLostCapture = (event: PointerEvent) => this.handlePointerUp(event);

  /** Escape during a drag puts the width back. */
  private cancelDrag(event: KeyboardEvent): void {
    const drag = this.drag!;
    event.preventDefault();
    event.stopPropagation();
    this.drag = undefined;
    this.options.preview(drag.id, drag.explicit);
  }
}

const stop = (event: Event) => event.stopPropagation();
