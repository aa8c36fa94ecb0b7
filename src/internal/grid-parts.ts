/**
 * Pieces every windowed grid of this library draws the same way: which row indexes to render, the loading
 * skeleton, and a load failure with Retry, the throttling countdown and the request details in a disclosure.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { isAdapterError } from '../adapter/adapter-error.js';
import type { RowWindow } from '../controllers/windowing.js';
import { failureDetails, failureMessage } from './failure.js';

/**
 * The rows to render: the window's, in ascending order, plus the focused row when it is scrolled away, so it
 * stays rendered (and focused) wherever it is. Keyed by index and ascending, no kept node ever moves in the
 * DOM, which would drop its focus.
 */
export function windowIndexes(view: RowWindow, focused: number, rowCount: number): number[] {
  const indexes: number[] = [];
  if (focused >= 0 && focused < view.start) indexes.push(focused);
  for (let index = view.start; index < view.end; index++) indexes.push(index);
  if (focused >= view.end && focused < rowCount) indexes.push(focused);
  return indexes;
}

/** Placeholder rows while the first page loads, announced once. */
export function renderSkeleton(label: string): TemplateResult {
  return html`<div class="state skeletons" part="state" role="status" aria-live="polite">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: 6 }, () => html`<div class="skeleton-row" aria-hidden="true"><span class="skeleton"></span></div>`)}
  </div>`;
}

export interface LoadFailure {
  error: unknown;
  /** The first sentence: what could not be done ("The customers could not be loaded."). */
  what: string;
  retry: () => void;
  /** A later page failed: the rows loaded so far stay, the message sits under them. */
  partial?: boolean;
  /** Seconds until a throttled load retries by itself. */
  countdown?: number;
}

export function renderLoadFailure({ error, what, retry, partial = false, countdown = 0 }: LoadFailure): TemplateResult {
  const details = failureDetails(error);
  return html`<div class="state error ${partial ? 'partial' : ''}" part="state" role="alert">
    <p>${what} <span dir="auto">${failureMessage(error)}</span></p>
    ${isAdapterError(error, 'throttled') && countdown > 0 ? html`<p>${msg(str`Retrying in ${countdown} s…`)}</p>` : nothing}
    ${details ? html`<details class="details"><summary>${msg('Details')}</summary><code dir="ltr">${details}</code></details>` : nothing}
    <button type="button" part="command" class="command" @click=${retry}>${msg('Retry')}</button>
  </div>`;
}
