/**
 * One way to open and close an overlay: a `<dialog>` shown modally, or a `[popover]` element. It moves focus in
 * when the overlay opens, asks before closing (a request the host may refuse) and tells after, gives focus back to
 * a named destination (never to `<body>`), keeps Tab inside a modal, takes Escape through the dismiss stack (only
 * the topmost overlay closes) and a click on a modal's backdrop as a request to close.
 *
 * It follows the platform too: a dialog closed by the platform itself (a `<form method="dialog">`, a close request
 * it would not let us refuse) and a popover closed by a click elsewhere or opened by its `popovertarget` command
 * are noticed, and a close event that arrives after the overlay was opened again is ignored (whether the overlay
 * is open is read from the element when the event arrives, not remembered from the call that closed it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { wrapFocus } from '../focus-wrap.js';
import { composedContains, deepActiveElement, focusFirstAvailable, focusIsLost } from '../focus.js';
import { pushLayer, removeLayer, type DismissLayer } from './dismiss-stack.js';

/**
 * Why an overlay closes. `escape`, `backdrop` and a host's own reasons (`button`, `cancel`, `done`…) are asked
 * first; `api` (the host's `close()`), `platform` (a dialog the platform closed), `light-dismiss` (a popover
 * closed by a click elsewhere) and `disconnect` (the host left the page) are told only.
 */
export type OverlayCloseReason = 'escape' | 'backdrop' | 'button' | 'api' | 'platform' | 'light-dismiss' | 'disconnect' | (string & {});

export interface OverlayOptions {
  /** The `<dialog>` (shown modally) or `[popover]` element, once the host drew it. */
  element(): HTMLElement | null | undefined;
  /** Where focus goes when it opens. Default: its first heading (give it `tabindex="-1"`), else the platform's choice. */
  initialFocus?(element: HTMLElement): HTMLElement | null | undefined;
  /** Where focus goes back after it closed. Default: what had focus when it opened (its invoker). */
  returnFocus?(): HTMLElement | null | undefined;
  /** Where focus goes when the return destination is gone (removed, or inside the overlay). */
  fallbackFocus?(): HTMLElement | null | undefined;
  /**
   * A close was requested (`escape`, `backdrop`, or a reason the host passed to `requestClose`). Return `false`
   * to keep the overlay open: the host turns this into its own cancelable `…-close-request` event, or asks first
   * ("Discard your changes?") and closes later with `close()`.
   */
  closeRequested?(reason: OverlayCloseReason): boolean;
  /** It opened, before focus moves in (also when the platform opened a popover through its command). */
  opened?(): void;
  /** It closed (after focus went back): the notice. */
  closed?(reason: OverlayCloseReason): void;
  /**
   * Who takes Escape. `close` (default): the overlay is a layer on the dismiss stack, and Escape requests a
   * close with reason `escape`. `content`: the element inside handles Escape itself (with layers of its own) and
   * the host closes the overlay when the content says it is done.
   */
  escape?: 'close' | 'content';
  /**
   * A click on a modal's backdrop. `request-close` (default): asks to close with reason `backdrop`. `none`: does
   * nothing (a side sheet beside the content it belongs to, which a stray click must not close).
   */
  backdrop?: 'request-close' | 'none';
}

/**
 * @example
 * ```ts
 * private readonly overlay = new OverlayController(this, {
 *   element: () => this.renderRoot.querySelector('dialog'),
 *   closeRequested: (reason) => this.dispatchEvent(new OrderDialogCloseEvent(reason, this.unsaved)),
 *   closed: () => (this.open = false),
 * });
 * // show(): await this.overlay.open();  Cancel: this.overlay.requestClose('cancel');  close(): this.overlay.close();
 * // render(): html`<dialog aria-labelledby="title"><h2 id="title" tabindex="-1">…</h2>…</dialog>`
 * ```
 */
export class OverlayController implements ReactiveController {
  private shown = false;
  /** What had focus when the overlay opened: where focus goes back by default. */
  private invoker: HTMLElement | undefined;
  private readonly bound = new WeakSet<HTMLElement>();
  private readonly layer: DismissLayer;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: OverlayOptions,
  ) {
    this.layer = { element: () => this.options.element(), dismiss: () => void this.requestClose('escape') };
    host.addController(this);
  }

  /** Whether the overlay is open (or opening: set before the host draws it). */
  get isOpen(): boolean {
    return this.shown;
  }

  hostUpdated(): void {
    // Listen from the first render on: a popover's command may open it before any call of ours.
    const element = this.options.element();
    if (element) this.bind(element);
  }

  hostDisconnected(): void {
    if (!this.shown) return;
    this.finish('disconnect', false);
  }

  /**
   * Opens the overlay (again: focus moves in again), after the host drew it: the host renders its content from
   * its own state, which `isOpen` is already true for.
   */
  async open(): Promise<void> {
    if (!this.shown) this.begin();
    await this.host.updateComplete;
    const element = this.options.element();
    if (!element || !this.shown) return;
    this.bind(element);
    if (element instanceof HTMLDialogElement) {
      if (!element.open) element.showModal();
    } else if (!element.matches(':popover-open')) {
      element.showPopover();
    }
    this.enter(element);
  }

  /**
   * Asks to close, for `reason`: closes unless `closeRequested` refuses. Returns whether it closed (true when it
   * was not open).
   */
  requestClose(reason: OverlayCloseReason): boolean {
    if (!this.shown) return true;
    if (this.options.closeRequested?.(reason) === false) return false;
    this.close(reason);
    return true;
  }

  /** Closes at once, without asking; focus goes back when it was inside the overlay (or lost). */
  close(reason: OverlayCloseReason = 'api'): void {
    if (this.shown) this.finish(reason, true);
  }

  private finish(reason: OverlayCloseReason, moveFocus: boolean): void {
    const element = this.options.element();
    // Read before the overlay hides: a control the agent clicked outside it keeps its focus.
    const returning = moveFocus && (focusIsLost() || (element !== null && element !== undefined && composedContains(element, deepActiveElement())));
    this.shown = false;
    removeLayer(this.layer);
    if (element instanceof HTMLDialogElement) {
      if (element.open) element.close();
    } else if (element?.matches(':popover-open')) {
      element.hidePopover();
    }
    const invoker = this.invoker;
    this.invoker = undefined;
    if (returning) {
      const destination = this.options.returnFocus?.() ?? invoker;
      const usable = destination && !(element && composedContains(element, destination)) ? destination : undefined;
      focusFirstAvailable(usable, this.options.fallbackFocus?.());
    }
    this.options.closed?.(reason);
    this.host.requestUpdate();
  }

  /** Open in our books, from now on: what has focus is where it goes back. */
  private begin(): void {
    this.invoker = deepActiveElement();
    this.shown = true;
    this.options.opened?.();
    this.host.requestUpdate();
  }

  /** On the stack, and focus in. */
  private enter(element: HTMLElement): void {
    if (this.options.escape !== 'content') pushLayer(this.layer);
    const target = this.options.initialFocus ? this.options.initialFocus(element) : element.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    target?.focus();
  }

  private bind(element: HTMLElement): void {
    if (this.bound.has(element)) return;
    this.bound.add(element);
    if (element instanceof HTMLDialogElement) {
      element.addEventListener('keydown', this.handleKeydown);
      element.addEventListener('cancel', this.handleCancel);
      element.addEventListener('close', this.handleDialogClose);
      element.addEventListener('click', this.handleClick);
    } else {
      element.addEventListener('toggle', this.handleToggle as EventListener);
    }
  }

  /** Tab wraps around inside a modal instead of leaving for the browser's own UI (see wrapFocus). */
  private readonly handleKeydown = (event: KeyboardEvent) => {
    wrapFocus(event, event.currentTarget as HTMLElement);
  };

  /** A close request the platform makes itself (a device's back gesture): asked, as Escape is. */
  private readonly handleCancel = (event: Event) => {
    event.preventDefault();
    this.requestClose('escape');
  };

  /** The platform closed the dialog (a close request it would not let us refuse, a `method="dialog"` form): follow it. */
  private readonly handleDialogClose = (event: Event) => {
    const dialog = event.currentTarget as HTMLDialogElement;
    // Not open in our books: our own close. Open again on screen: a close from before the last open().
    if (this.shown && !dialog.open && dialog === this.options.element()) this.finish('platform', true);
  };

  /** A click on the backdrop (outside the dialog's box; the dialog itself is the target) asks to close. */
  private readonly handleClick = (event: MouseEvent) => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog || !this.shown || this.options.backdrop === 'none') return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.requestClose('backdrop');
  };

  /** A popover its command opened, or a click elsewhere closed. */
  private readonly handleToggle = (event: ToggleEvent) => {
    const popover = event.currentTarget as HTMLElement;
    if (popover !== this.options.element()) return;
    const showing = popover.matches(':popover-open');
    if (showing && !this.shown) {
      this.begin();
      this.enter(popover);
    } else if (!showing && this.shown) {
      this.finish('light-dismiss', true);
    }
  };
}
