/**
 * Text typed in a search box, committed after a pause in typing. The committed text is what a query uses; a
 * new query makes the rows controller abort the one in flight, so the last search wins. A pause cut short by
 * the element leaving the page is taken up again when it comes back, so nothing typed is dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DebouncedInputOptions {
  /** Milliseconds of typing pause before the text is committed. */
  delay(): number;
  commit(text: string): void;
  /** Whether a text may be committed at all (e.g. not longer than any value it could match). */
  accepts?(text: string): boolean;
}

export class DebouncedInput implements ReactiveController {
  /** What the box shows: the committed text, or what is being typed. */
  draft = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DebouncedInputOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.pending) this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** A keystroke: the text waits for a pause. */
  input(text: string): void {
    this.draft = text;
    this.pending = true;
    this.schedule();
    this.host.requestUpdate();
  }

  /** Enter, or the pause is over: commit now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Text that may not be committed stays pending: a text set from outside must not overwrite it.
    if (!(this.options.accepts?.(this.draft) ?? true)) return;
    this.pending = false;
    this.options.commit(this.draft);
  }

  /** The committed text was set from outside (a property, a view): the box shows it unless typing is pending. */
  follow(committed: string): void {
    if (!this.pending) this.draft = committed;
  }

  /** Clears the box and anything pending. */
  reset(text = ''): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = false;
    this.draft = text;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.delay());
  }
}
