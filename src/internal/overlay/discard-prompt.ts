/**
 * The "Discard your changes?" question an editor asks before throwing edits away: its text given by the caller,
 * Keep editing (focused when it shows, and what Escape means) and Discard. While it shows it is a scoped layer on
 * the dismiss stack, so an Escape from inside its scope backs out of the question and of nothing else (not the
 * panel or dialog around the editor). When it goes, focus that was on its buttons (or lost) goes back to what had
 * it before the question, else to the caller's fallback: moved before the buttons leave, so it never falls to
 * `<body>` in between.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { composedContains, deepActiveElement, focusFirstAvailable, focusIsLost } from '../focus.js';
import { EscapeLayer } from './escape-layer.js';

export interface DiscardPromptOptions {
  /** Discard was chosen: throw the edits away (and close what the editor is in, if it closes). */
  discard(): void;
  /** Where focus goes when the question goes and what had focus before it is gone. */
  fallbackFocus(): HTMLElement | null | undefined;
  /** Keep editing was chosen (its button, or Escape). */
  kept?(): void;
  /**
   * Where an Escape backs out of the question from. Default: the host element. Inside the host's own modal
   * dialog give the dialog (or an element in it): the innermost layer on the Escape's path takes it, and on the
   * same element the question, pushed after the dialog, is on top.
   */
  scope?(): Element | null | undefined;
}

/** The question's words, given by the caller (through `msg()`). */
export interface DiscardPromptText {
  question: string;
  /** A sentence under the question: what would be lost. */
  detail?: string;
  keep: string;
  discard: string;
}

/**
 * @example
 * ```ts
 * private readonly discardPrompt = new DiscardPrompt(this, {
 *   discard: () => this.discardAndClose(),
 *   fallbackFocus: () => this.renderRoot.querySelector('[data-action=cancel]'),
 * });
 * // Cancel with edits: void this.discardPrompt.ask();
 * // render(): this.discardPrompt.render({ question: msg('Discard your changes?'), keep: msg('Keep editing'), discard: msg('Discard') })
 * // static styles: [..., discardPromptStyles]
 * ```
 */
export class DiscardPrompt implements ReactiveController {
  private asking = false;
  /** What had focus when the question opened: where it goes back. */
  private focusBefore: HTMLElement | undefined;
  private readonly layer: EscapeLayer;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DiscardPromptOptions,
  ) {
    host.addController(this);
    this.layer = new EscapeLayer(host, {
      active: () => this.asking,
      element: () => this.options.scope?.() ?? this.host,
      dismiss: () => this.keepEditing(),
    });
  }

  /** Whether the question shows. */
  get showing(): boolean {
    return this.asking;
  }

  hostDisconnected(): void {
    this.asking = false;
    this.focusBefore = undefined;
  }

  /** Shows the question, focus on Keep editing. Asked again while it shows: nothing changes. */
  async ask(): Promise<void> {
    if (this.asking) return;
    this.focusBefore = deepActiveElement();
    this.asking = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.asking) this.promptElement()?.querySelector<HTMLElement>('[data-action=keep]')?.focus();
  }

  /** Backs out of the question (Keep editing, Escape): the edits stay. */
  keepEditing(): void {
    if (!this.asking) return;
    this.hide();
    this.options.kept?.();
  }

  /** Takes the question away without an answer (an edit typed meanwhile, the editor reset); focus as keepEditing. */
  hide(): void {
    if (!this.asking) return;
    const prompt = this.promptElement();
    const inside = (element: HTMLElement | undefined) => prompt !== undefined && composedContains(prompt, element);
    const back = this.focusBefore;
    this.focusBefore = undefined;
    if (focusIsLost() || inside(deepActiveElement())) focusFirstAvailable(inside(back) ? undefined : back, this.options.fallbackFocus());
    this.asking = false;
    this.layer.sync();
    this.host.requestUpdate();
  }

  /** The question, where the caller places it; nothing while it does not show. Style it with `discardPromptStyles`. */
  render(text: DiscardPromptText): TemplateResult | typeof nothing {
    if (!this.asking) return nothing;
    return html`<div data-discard-prompt part="confirm" class="confirm" role="alertdialog" aria-labelledby="discard-question" aria-describedby=${text.detail ? 'discard-detail' : nothing}>
      <p id="discard-question"><strong>${text.question}</strong></p>
      ${text.detail ? html`<p id="discard-detail">${text.detail}</p>` : nothing}
      <div class="actions">
        <button type="button" part="command" class="command" data-action="keep" @click=${() => this.keepEditing()}>${text.keep}</button>
        <button type="button" part="command" class="command primary" data-action="discard" @click=${this.handleDiscard}>${text.discard}</button>
      </div>
    </div>`;
  }

  /**
   * The question as drawn, found in the host's shadow root where `render()` placed it: a query rather than the
   * `ref` directive, whose AsyncDirective machinery would add about 0.6 kB to every editor's first load.
   */
  private promptElement(): HTMLElement | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>('[data-discard-prompt]') ?? undefined;
  }

  private readonly handleDiscard = () => {
    this.hide();
    this.options.discard();
  };
}
