/**
 * Keeps focus in the element when a render removes the control that held it: Retry going with its failure
 * message, a button replaced by what it opened, a form reloading under a focused field. Without this, focus
 * falls to `<body>` and a keyboard or screen-reader user starts again from the top of the page (WCAG 2.4.3).
 *
 * Each element names one destination that outlives those renders (a heading, the grid's active cell). The keeper
 * acts only when focus was inside the element before a render and nowhere after it: focus the agent moved
 * elsewhere on the page, or that another controller already placed, is left alone. Add it after the controllers
 * that place focus themselves (a grid's focus controller), so they go first.
 *
 * @example
 * private readonly focusKeeper = new FocusKeeper(this, {
 *   destination: () => this.renderRoot.querySelector<HTMLElement>('[part=heading]'),
 * });
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedContains, deepActiveElement, focusIsLost } from '../internal/focus.js';

export interface FocusKeeperOptions {
  /** Where focus goes when the control holding it disappears; it must be focusable (e.g. `tabindex="-1"`). */
  destination(): HTMLElement | null | undefined;
}

export class FocusKeeper implements ReactiveController {
  /** Focus was inside the host as this render began. */
  private focusedBefore = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FocusKeeperOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.focusedBefore = focusWithin(this.host);
  }

  hostUpdated(): void {
    if (!this.focusedBefore || focusWithin(this.host) || !focusIsLost()) return;
    // Once the update is over: focusing may make the host update again (a grid's active cell follows focus),
    // which Lit warns against inside `updated`. Still nowhere then, unless something else placed it meanwhile.
    void this.host.updateComplete.then(() => {
      if (focusIsLost()) this.options.destination()?.focus();
    });
  }

  hostDisconnected(): void {
    this.focusedBefore = false;
  }
}

/**
 * Focus is in the host or its shadow tree. `:focus-within` alone misses it on a `display: contents` host (Chromium
 * does not match it there), such as <new-order-dialog>.
 */
function focusWithin(host: HTMLElement): boolean {
  return host.matches(':focus-within') || composedContains(host, deepActiveElement());
}
