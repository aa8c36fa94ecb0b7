/**
 * A Lit host's inline mode that Escape backs out of (a rename field, a manage mode, a question): on the dismiss
 * stack while `active()` says so, checked after every update of the host, and off it when the host disconnects.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pushLayer, removeLayer, type DismissLayer } from './dismiss-stack.js';

export interface EscapeLayerOptions {
  /** Whether the mode is on now (the rename field shows). */
  active(): boolean;
  /** The mode's element, once drawn: an Escape from inside it reaches the layer before any overlay around it. */
  element(): Element | null | undefined;
  /** Default true: only an Escape from inside `element` backs out of the mode. */
  scoped?: boolean;
  /** Backs out of the mode; `false` refuses (the mode stays, the Escape is used up). */
  dismiss(event: KeyboardEvent): boolean | void;
}

/**
 * @example
 * ```ts
 * private readonly renameLayer = new EscapeLayer(this.host, {
 *   active: () => this.renaming !== undefined,
 *   element: () => this.popover()?.querySelector('.renaming'),
 *   dismiss: () => void this.endRename(),
 * });
 * ```
 */
export class EscapeLayer implements ReactiveController {
  private readonly layer: DismissLayer;
  private pushed = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: EscapeLayerOptions,
  ) {
    this.layer = { element: options.element, scoped: options.scoped ?? true, dismiss: options.dismiss };
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    removeLayer(this.layer);
    this.pushed = false;
  }

  /** Puts the layer on the stack or takes it off to match `active()` now, without waiting for an update. */
  sync(): void {
    const active = this.options.active();
    if (active === this.pushed) return;
    this.pushed = active;
    if (active) pushLayer(this.layer);
    else removeLayer(this.layer);
  }
}
