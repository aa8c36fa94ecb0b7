/**
 * What one of the list's commands opens (a menu, a side panel, the Manage tags popover, a composed dialog), loaded
 * through the shared LazyPart on the command's first use, so the list's first load carries none of it (SPEC §4):
 *
 * - the pointer over the command or focus on it starts the load (`prefetch`), so an agent rarely waits;
 * - while it loads the command is busy (`aria-busy`), and a click then is not dropped: what the agent asked for
 *   opens once the part arrives, as it would have at once;
 * - a failed load draws the shared failure view in a popover where the part would have opened, focus on its
 *   Retry, which loads again and then does what the agent asked; Escape closes the view (the dismiss stack) and
 *   focus goes back to the command.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { LazyPart } from '../../../controllers/lazy-part.js';
import { renderLoadFailure } from '../../../internal/load/load-failure.js';
import { OverlayController } from '../../../internal/overlay/overlay-controller.js';

export interface LazyOpenerOptions<T> {
  /** Loads the part (its module, the element it shows) and builds it for this list. */
  load(): Promise<T>;
  /** The command's `data-command`: focus goes back to it, and the failure view opens under it. */
  command: string;
  /** The command's visible name, for the failure view's first sentence. */
  label(): string;
  /**
   * What a prefetch loads (default: the whole part). A part that brings a composed element prefetches only the
   * list's own module: a host that cancels the command's request must not get the element registered.
   */
  prefetch?(): Promise<unknown>;
}

export class LazyOpener<T> {
  private readonly part: LazyPart<T>;
  private readonly failure: OverlayController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LazyOpenerOptions<T>,
  ) {
    this.part = new LazyPart(host, options.load);
    this.failure = new OverlayController(host, {
      element: () => this.host.shadowRoot?.querySelector<HTMLElement>(`.load-failure-popover[data-for=${options.command}]`),
      initialFocus: (view) => view.querySelector<HTMLElement>('button'),
      returnFocus: () => this.host.shadowRoot?.querySelector<HTMLElement>(`[data-command=${options.command}]`),
    });
  }

  /** The part, once loaded. */
  get value(): T | undefined {
    return this.part.value;
  }

  /**
   * The agent asked for the part and it is loading: the command is busy. A prefetch alone is not shown (the agent
   * asked for nothing yet), and draws nothing again.
   */
  get busy(): boolean {
    return this.part.waiting && this.part.pending;
  }

  /**
   * Starts loading ahead of the click (pointer over the command, focus on it); a failure is left to the click,
   * and after one only the click or Retry loads again (LazyPart.prefetch): focus coming back to the command from
   * the failure view fetches nothing.
   */
  prefetch(): void {
    if (this.part.value !== undefined) return;
    this.part.prefetch(this.options.prefetch);
  }

  /**
   * Does `action` with the part: at once when it is loaded, else once it arrives and the list has drawn it. Of
   * several clicks while it loads, the last one counts. A failed load opens the failure view.
   */
  async open(action: (part: T) => unknown): Promise<void> {
    const loaded = this.part.value;
    if (loaded !== undefined) return void (await action(loaded));
    await this.opened(
      this.part.when(async (part) => {
        // Not busy any more, and the part drawn, before the action looks for it.
        this.host.requestUpdate();
        await this.host.updateComplete;
        // The list may have left the page while the part loaded: there is nothing to open any more.
        if (this.host.isConnected) await action(part);
      }),
    );
  }

  /** `when()` or `retry()` resolved: false is a failed load while the agent's action waited, which opens the failure view. */
  private async opened(done: Promise<boolean>): Promise<void> {
    if (!(await done) && this.host.isConnected) await this.failure.open();
  }

  /**
   * The part as `draw` draws it once loaded (drawn again only when `deps` change, when given), and the failure
   * view while the last load failed.
   */
  render(draw: (part: T) => unknown, deps?: unknown[]): TemplateResult {
    const part = this.part.value;
    const drawn = part === undefined ? nothing : deps ? guard([...deps, part], () => draw(part)) : draw(part);
    return html`${drawn}${this.renderFailure()}`;
  }

  /** The failure view, while the last load failed (a popover, shown by `open`). */
  private renderFailure(): TemplateResult | typeof nothing {
    const error = this.part.error;
    if (error === undefined) return nothing;
    const command = this.options.label();
    const what = msg(str`${command} could not be opened.`);
    return html`<div
      popover
      class="load-failure-popover"
      data-for=${this.options.command}
      .style=${`position-anchor:--${this.options.command}-command`}
      role="dialog"
      aria-label=${what}
    >
      ${renderLoadFailure({ error, what, retry: this.retry, part: 'message', classes: 'message' })}
    </div>`;
  }

  /** Retry: the view goes (focus back on the command, which is busy again), and the agent's action runs on arrival. */
  private readonly retry = () => {
    this.failure.close();
    void this.opened(this.part.retry());
  };
}
