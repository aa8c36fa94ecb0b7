/**
 * A `<select>` whose choice acts only when the agent means it to (WCAG 3.2.2 On Input). In Chromium and Firefox
 * an arrow key, Home, End, Page Up/Down or a typed letter on a closed drop-down changes its value and fires
 * `change` at once, so a filter bound to `change` would run a query (and add a chip) for every option the agent
 * merely passes on the way to the one they want. Here those keys only browse: Enter, or focus leaving the
 * control, applies the option shown, and Escape puts back the one in effect. A pick from the popup (mouse, or
 * the popup's own keyboard) fires `change` with no browsing key before it and applies at once, as one action.
 * While the agent browses, the control is a scoped layer on the dismiss stack: Escape puts its value back and
 * goes no further (a menu or panel around it stays open; the next Escape closes that).
 *
 * @example
 * ```ts
 * private readonly relationship = new DeliberateSelect({
 *   applied: () => this.host.relationshipFilter,
 *   commit: (value) => (this.host.relationshipFilter = value),
 * });
 * // html`<select @keydown=${this.relationship.handleKeydown} @change=${this.relationship.handleChange}
 * //   @focusout=${this.relationship.handleFocusOut} @pointerdown=${this.relationship.handlePointerDown}>`
 * ```
 */

export interface DeliberateSelectOptions {
  /** The value in effect: what Escape puts back, and what a commit is compared with. */
  applied(): string;
  /** Applies a value the agent chose; runs once per choice, never for a value already in effect. */
  commit(value: string): void;
}

import { pushLayer } from '../internal/overlay/dismiss-stack.js';

/** Keys with which a closed drop-down steps through its options (and changes its value) without opening. */
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export class DeliberateSelect {
  /** While the agent steps through the options from the keyboard (the value shown is not chosen yet): takes the layer off. */
  private stopBrowsing: (() => void) | undefined;

  constructor(private readonly options: DeliberateSelectOptions) {}

  readonly handleKeydown = (event: KeyboardEvent): void => {
    const select = event.currentTarget as HTMLSelectElement;
    // Alt+Arrow opens the popup (and F4, Space); the choice made there fires change as a pick.
    if (event.altKey || event.ctrlKey || event.metaKey) {
      this.endBrowsing();
    } else if (BROWSING_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' ')) {
      this.startBrowsing(select);
    } else if (event.key === 'Enter' && this.browsing) {
      // The popup would open on Enter on some platforms; this Enter is the choice instead.
      event.preventDefault();
      this.apply(select);
    } else if (event.key !== 'Tab' && event.key !== 'Shift') {
      this.endBrowsing();
    }
  };

  readonly handleChange = (event: Event): void => {
    if (!this.browsing) this.apply(event.currentTarget as HTMLSelectElement);
  };

  /** Leaving the control after browsing to an option chooses it, as leaving a text box commits its text. */
  readonly handleFocusOut = (event: FocusEvent): void => {
    if (this.browsing) this.apply(event.currentTarget as HTMLSelectElement);
  };

  /** The mouse opens the popup: what it picks there is a choice, whatever keys were pressed before. */
  readonly handlePointerDown = (): void => {
    this.endBrowsing();
  };

  private get browsing(): boolean {
    return this.stopBrowsing !== undefined;
  }

  /** Escape from the control while browsing (through the dismiss stack) puts back the option in effect. */
  private startBrowsing(select: HTMLSelectElement): void {
    if (this.browsing) return;
    this.stopBrowsing = pushLayer({
      element: () => select,
      scoped: true,
      dismiss: () => {
        this.endBrowsing();
        select.value = this.options.applied();
      },
    });
  }

  private endBrowsing(): void {
    this.stopBrowsing?.();
    this.stopBrowsing = undefined;
  }

  private apply(select: HTMLSelectElement): void {
    this.endBrowsing();
    const value = select.value;
    if (value !== this.options.applied()) this.options.commit(value);
    // A drop-down that adds (the Tag filter) goes back to its prompt; one that sets shows what is now in effect.
    select.value = this.options.applied();
  }
}
