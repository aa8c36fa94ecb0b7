/**
 * The window of a grid's rows: which rows to render for the scroll position, from measurements of the scroll
 * container (its height, the row height from a CSS property, the sticky header's height). A ResizeObserver
 * measures again when the container changes size; it is set up when the host connects (once the container is
 * rendered) and taken down when it disconnects, so a grid moved in the page keeps measuring.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowWindow, scrollTopForRow, scrollTopToReveal, type ExpandedRow, type RowWindow } from './windowing.js';

export interface WindowControllerOptions {
  /** The scroll container, once rendered. */
  viewport(): HTMLElement | null | undefined;
  /** The sticky header row, once rendered. */
  header(): HTMLElement | null | undefined;
  /** Rows the grid has (without its header). */
  rowCount(): number;
  /** The CSS property holding the row height, e.g. `--_row-height`. */
  rowHeightProperty: string;
  defaultRowHeight: number;
  /** A row drawn taller (expanded), if any. */
  expanded?(): ExpandedRow | undefined;
  /** The agent scrolled up (e.g. away from a walk to the end, which this may cancel). */
  scrolledBack?(): void;
}

/** Rows rendered past each edge of the viewport; rows render in the scroll event's frame, so few suffice. */
const OVERSCAN = 2;

export class WindowController implements ReactiveController {
  scrollTop = 0;
  viewportHeight = 400;
  rowHeight: number;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: WindowControllerOptions,
  ) {
    this.rowHeight = options.defaultRowHeight;
    host.addController(this);
  }

  hostConnected(): void {
    // Its first callback comes right after observe(): that is the first measurement.
    void this.host.updateComplete.then(() => {
      const viewport = this.options.viewport();
      if (!viewport || !this.host.isConnected || this.observer) return;
      this.observer = new ResizeObserver(() => this.measure());
      this.observer.observe(viewport);
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The rows to render now. */
  current(rowCount = this.options.rowCount()): RowWindow {
    return rowWindow({ ...this.input(rowCount), scrollTop: this.scrollTop, overscan: OVERSCAN });
  }

  /** Rows a PageUp or PageDown moves. */
  get pageRows(): number {
    return Math.max(1, Math.floor(this.viewportHeight / this.rowHeight) - 1);
  }

  /** The scroll container's scroll listener. */
  readonly handleScroll = (event: Event): void => {
    const top = (event.target as HTMLElement).scrollTop;
    // Our own scrolls set scrollTop first, so only the agent's scrolling up gets here with a smaller value.
    if (top < this.scrollTop) this.options.scrolledBack?.();
    this.scrollTop = top;
    this.host.requestUpdate();
  };

  /** Scrolls row `index` (0-based) to the top. */
  scrollToRow(index: number): void {
    this.scrollTo(scrollTopForRow(index, this.input()));
  }

  /** Scrolls as little as possible to bring row `index` fully into view. */
  reveal(index: number): void {
    const viewport = this.options.viewport();
    if (viewport) this.scrollTo(scrollTopToReveal(index, viewport.scrollTop, this.input()));
  }

  measure(): void {
    const viewport = this.options.viewport();
    if (!viewport) return;
    const height = parseFloat(getComputedStyle(this.host).getPropertyValue(this.options.rowHeightProperty));
    this.rowHeight = height || this.options.defaultRowHeight;
    const header = this.options.header()?.offsetHeight || this.rowHeight;
    this.viewportHeight = Math.max(this.rowHeight, viewport.clientHeight - header);
    this.host.requestUpdate();
  }

  private scrollTo(top: number): void {
    const viewport = this.options.viewport();
    if (!viewport) return;
    viewport.scrollTop = top;
    this.scrollTop = viewport.scrollTop;
    this.host.requestUpdate();
  }

  private input(rowCount = this.options.rowCount()) {
    const expanded = this.options.expanded?.();
    return { viewportHeight: this.viewportHeight, rowHeight: this.rowHeight, rowCount, ...(expanded ? { expanded } : {}) };
  }
}
