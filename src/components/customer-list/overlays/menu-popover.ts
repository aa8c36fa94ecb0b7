/**
 * What the list's menus (Columns, Views) share: a native `popover` that its command opens and closes
 * (`popovertarget`; a click elsewhere closes it too), Escape through the shared dismiss stack, focus moved in when
 * it opens, and focus given back to the command when it closes with focus inside (or dropped to the page), never
 * taken from a control the agent clicked elsewhere: all through the shared OverlayController.
 */
import type { ReactiveControllerHost } from 'lit';
import { OverlayController } from '../../../internal/overlay/overlay-controller.js';

export abstract class MenuPopover {
  /** Bumped on every change of what the menu shows, for the host's render guard. */
  version = 0;
  protected readonly overlay: OverlayController;

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    /** The popover's id (the command's `popovertarget`). */
    private readonly id: string,
    /** The command's `data-command`. */
    private readonly command: string,
    private readonly root: () => ShadowRoot | null,
  ) {
    this.overlay = new OverlayController(host, {
      element: () => this.popover(),
      initialFocus: (popover) => this.firstFocus(popover),
      returnFocus: () => this.invoker(),
      opened: () => {
        this.opened();
        this.version++;
      },
      closed: () => {
        this.closed();
        this.changed();
      },
    });
  }

  get isOpen(): boolean {
    return this.overlay.isOpen;
  }

  /**
   * Opens the menu from code: its first open, which the command asked for before the menu was loaded (later
   * clicks open it through `popovertarget`).
   */
  open(): Promise<void> {
    return this.overlay.open();
  }

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

  protected popover(): HTMLElement | null | undefined {
    return this.root()?.querySelector<HTMLElement>(`#${this.id}`);
  }

  protected invoker(): HTMLElement | null | undefined {
    return this.root()?.querySelector<HTMLElement>(`[data-command=${this.command}]`);
  }
}
