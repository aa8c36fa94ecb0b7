/**
 * How much taller than a row the expanded row is (its details), measured by a ResizeObserver on the drawn row:
 * the rows after it move down by that much. Measuring in the host's `updated()` (as this once did) set state
 * after every update, which Lit warns about and which cost a second render per update; the observer reports
 * only when the row's size really changes (drawn, wrapped differently, a font loaded), before the frame paints.
 * The observer is created when the host connects and disconnected when it leaves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ExpandedRowHeightOptions {
  /** The expanded row as drawn, or null when none is (none expanded, or scrolled out of the window). */
  row(): HTMLElement | null;
  /** The height of a row that is not expanded. */
  rowHeight(): number;
}

export class ExpandedRowHeight implements ReactiveController {
  /** Pixels the expanded row is taller than a row; 0 until measured. */
  extra = 0;
  private observer: ResizeObserver | undefined;
  private observed: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ExpandedRowHeightOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => this.measure());
    // Back on the page: the row drawn before leaving is observed again at the next update.
    this.observed = null;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = null;
  }

  /** After each update, only a new row element is observed: observing reports its size once, and on change. */
  hostUpdated(): void {
    const row = this.options.row();
    if (row === this.observed || !this.observer) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = row;
    if (row) this.observer.observe(row);
  }

  /** Another row expanded, or none: its height is not known until it is drawn. */
  reset(): void {
    this.extra = 0;
    // Observed anew even if the same element is drawn expanded again: observing reports its size at once.
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = null;
  }

  private measure(): void {
    const row = this.observed;
    if (!row?.isConnected) return;
    const extra = Math.max(0, Math.ceil(row.getBoundingClientRect().height - this.options.rowHeight()));
    if (extra === this.extra) return;
    this.extra = extra;
    this.host.requestUpdate();
  }
}
