/**
 * One Tab stop for a list of focusable items (WAI-ARIA "roving tabindex"): the item last focused holds
 * `tabindex=0`, every other `-1`; ArrowDown/ArrowUp move one item, Home/End to the ends. Items are named by a
 * string key, so the Tab stop survives a re-render, a filter that hides other items and a rename. What a key
 * does besides moving (Space, Enter) is the host's. The grid has its own two-axis controller
 * (`grid-focus-controller.ts`); this one is for a single column of items.
 *
 * @example
 * private readonly roving = new RovingFocusController(this, {
 *   keys: () => this.items.map((item) => item.id),
 *   item: (key) => this.renderRoot.querySelector(`[data-key="${CSS.escape(key)}"]`),
 * });
 * // in the template: tabindex=${this.roving.tabIndex(item.id)} @focus=${() => this.roving.focused(item.id)}
 * //                  and on the list: @keydown=${(event) => this.roving.handleKey(event)}
 */
import type { ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The keys of the items drawn now, in order. */
  keys(): readonly string[];
  /** The element of an item, once rendered. */
  item(key: string): HTMLElement | null | undefined;
  /** The key of an item element a key event came from (default: its `data-key`). */
  keyOf?(target: HTMLElement): string | undefined;
  /**
   * ArrowUp on the first item: where focus goes instead (e.g. a filter box above the list). Unset, focus stays.
   */
  beforeFirst?(): void;
}

export class RovingFocusController {
  /** The item that last had focus: it holds the Tab stop while it is drawn. */
  active: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {}

  /** The item holding the list's Tab stop: the active one while it is drawn, else the first. */
  tabStop(keys: readonly string[] = this.options.keys()): string | undefined {
    return this.active !== undefined && keys.includes(this.active) ? this.active : keys[0];
  }

  /** The element holding the Tab stop, once drawn: where focus goes back into the list. */
  tabStopElement(): HTMLElement | null | undefined {
    const key = this.tabStop();
    return key === undefined ? undefined : this.options.item(key);
  }

  /** The tabindex of an item: 0 for the Tab stop, -1 for the others. */
  tabIndex(key: string, keys?: readonly string[]): number {
    return this.tabStop(keys) === key ? 0 : -1;
  }

  /** An item received focus (by key, pointer or script): it takes the Tab stop. */
  focused(key: string): void {
    if (this.active === key) return;
    this.active = key;
    // The tabindex values move with it.
    this.host.requestUpdate();
  }

  /** The active item is now called `to` (a rename): the Tab stop follows it. */
  renamed(from: string, to: string): void {
    if (this.active !== from) return;
    this.active = to;
    this.host.requestUpdate();
  }

  /** Forgets the active item unless `keep` says it still exists (the list was replaced). */
  retain(keep: (key: string) => boolean): void {
    if (this.active !== undefined && !keep(this.active)) this.active = undefined;
  }

  /** Moves focus to an item once the host has rendered it as the Tab stop. */
  async focus(key: string | undefined): Promise<void> {
    if (key === undefined) return;
    this.active = key;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.item(key)?.focus();
  }

  /** A movement key on an item: moves focus and returns true, or returns false for any other key. */
  handleKey(event: KeyboardEvent): boolean {
    const keys = this.options.keys();
    const target = event.target as HTMLElement;
    const at = keys.indexOf((this.options.keyOf ?? defaultKeyOf)(target) ?? '');
    if (at < 0) return false;
    const to = movement(event.key, at, keys.length);
    if (to === undefined) return false;
    event.preventDefault();
    if (to < 0) this.options.beforeFirst?.();
    else void this.focus(keys[to]);
    return true;
  }
}

function defaultKeyOf(target: HTMLElement): string | undefined {
  return target.dataset.key;
}

/** The index a key moves to from `at` among `count` items, -1 for "before the first", or undefined. */
function movement(key: string, at: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return Math.min(at + 1, count - 1);
    case 'ArrowUp':
      return at - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
