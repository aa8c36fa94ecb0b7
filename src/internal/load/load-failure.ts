/**
 * The one load-failure view: what could not be loaded, the failure in one sentence (`failureMessage`), the
 * request details in a disclosure (`failureDetails`), a throttled load's countdown, and Retry. Every element
 * that loads draws its failure through this, so a fix to the view lands everywhere at once.
 *
 * Retry goes with the view as the load starts again; a `FocusKeeper` (src/controllers/focus-keeper.ts) on the
 * element then puts focus on the element's named destination rather than letting it fall to `<body>`.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { isAdapterError } from '../../adapter/adapter-error.js';
import { failureDetails, failureMessage } from '../failure.js';

export interface LoadFailure {
  error: unknown;
  /** The first sentence: what could not be done ("The customers could not be loaded."). */
  what: string;
  retry: () => void;
  /** A later page failed: the rows loaded so far stay, the message sits under them. */
  partial?: boolean;
  /** Seconds until a throttled load retries by itself. */
  countdown?: number;
  /**
   * The view's part name, which is public styling API: `state` beside a grid (the default), `message` in a
   * form or a popover, as each element documented it.
   */
  part?: string;
  /** Classes the element's stylesheet already targets (default `state`, beside a grid). */
  classes?: string;
}

export function renderLoadFailure({ error, what, retry, partial = false, countdown = 0, part = 'state', classes = 'state' }: LoadFailure): TemplateResult {
  const details = failureDetails(error);
  return html`<div class="${classes} error ${partial ? 'partial' : ''}" part=${part} role="alert">
    <p>${what} <span dir="auto">${failureMessage(error)}</span></p>
    ${isAdapterError(error, 'throttled') && countdown > 0 ? html`<p>${msg(str`Retrying in ${countdown} s…`)}</p>` : nothing}
    ${details ? html`<details class="details"><summary>${msg('Details')}</summary><code dir="ltr">${details}</code></details>` : nothing}
    <button type="button" part="command" class="command" @click=${retry}>${msg('Retry')}</button>
  </div>`;
}
