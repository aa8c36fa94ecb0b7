/**
 * Holds back a change to the layout while a mouse button is down, until that press has become its click.
 * Focus leaves a text box on mousedown, so what a blur shows (a field's error) is drawn between mousedown and
 * mouseup: it pushes down what is below, and when that is the button the pointer is on, the mouseup lands
 * elsewhere and the click is lost (WCAG 3.2.1: focus alone must not change the context of what is clicked).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * @example
 * ```ts
 * private readonly pointer = new PointerReleaseController(this);
 * private handleFocusOut(event: FocusEvent) {
 *   this.pointer.afterRelease(() => this.markTouched(event.target));
 * }
 * ```
 */
export class PointerReleaseController implements ReactiveController {
  private pressed = false;
  private waiting: (() => void)[] = [];

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture on the window: the press may start anywhere, inside this element's shadow root or outside it.
    window.addEventListener('pointerdown', this.handleDown, true);
    window.addEventListener('pointerup', this.handleUp, true);
    window.addEventListener('pointercancel', this.handleUp, true);
    // A button released outside the window may never report pointerup.
    window.addEventListener('blur', this.handleUp);
  }

  hostDisconnected(): void {
    window.removeEventListener('pointerdown', this.handleDown, true);
    window.removeEventListener('pointerup', this.handleUp, true);
    window.removeEventListener('pointercancel', this.handleUp, true);
    window.removeEventListener('blur', this.handleUp);
    this.pressed = false;
    this.waiting = [];
  }

  /** Runs `change` now, or, while a mouse button is down, once it is released and its click has been handled. */
  afterRelease(change: () => void): void {
    if (this.pressed) this.waiting.push(change);
    else change();
  }

  private readonly handleDown = (event: PointerEvent) => {
    // A touch or pen tap moves focus only after it is lifted: only a mouse press holds a blur's change back.
    if (event.isPrimary && event.pointerType === 'mouse') this.pressed = true;
  };

  private readonly handleUp = () => {
    if (!this.pressed) return;
    this.pressed = false;
    // The click is dispatched in the same task as the mouseup: a task queued now runs after it.
    setTimeout(() => this.flush(), 0);
  };

  private flush(): void {
    if (this.pressed) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const change of waiting) change();
  }
}
