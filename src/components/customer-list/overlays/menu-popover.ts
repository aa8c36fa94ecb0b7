/**
 * What the list's menus (Columns, Views) share: a native `popover` that its command opens and closes
 * (`popovertarget`; Escape and a click elsewhere close it too), focus moved in when it opens, and focus given back
 * to the command when it closes with focus inside (or dropped to the page), never taken from a control the agent
 * clicked elsewhere.
 */
import type { ReactiveControllerHost } from 'lit';

export abstract class MenuPopover {
  isOpen = false;
  /** Bumped on every change of what the menu shows, for the host's render guard. */
  version = 0;

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    /** The popover's id (the command's `popovertarget`). */
    private readonly id: string,
    /** The command's `data-command`. */
    private readonly command: string,
    private readonly root: () => ShadowRoot | null,
  ) {}

  /** Where focus goes when the menu opens. */
  protected abstract firstFocus(popover: HTMLElement): HTMLElement | null;

  /** The menu opened (before focus moves in). */
  protected opened(): void {}

  /** The menu closed: drop what it was in the middle of. */
  protected closed(): void {}

  protected changed(): void {
    this.version++;
    this.host.requestUpdate();
  }

  protected readonly handleToggle = (event: ToggleEvent): void => {
    this.isOpen = event.newState === 'open';
    const popover = event.target as HTMLElement;
    if (this.isOpen) {
      this.opened();
      this.firstFocus(popover)?.focus();
    } else {
      this.closed();
      const active = this.root()?.activeElement;
      if ((active && popover.contains(active)) || document.activeElement === document.body) this.invoker()?.focus();
    }
    this.changed();
  };

  protected popover(): HTMLElement | null | undefined {
    return this.root()?.querySelector<HTMLElement>(`#${this.id}`);
  }

  protected invoker(): HTMLElement | null | undefined {
    return this.root()?.querySelector<HTMLElement>(`[data-command=${this.command}]`);
  }
}
