/**
 * What an element draws where a lazy part goes: the part once it has loaded, the shared failure view with Retry
 * while its last load failed, else the element's own busy state. One function, so every lazy part reads the same
 * way to the agent and a change to that lands in every element at once.
 */
import { nothing, type TemplateResult } from 'lit';
import { renderLoadFailure, type LoadFailure } from '../internal/load/load-failure.js';
import type { LazyPart } from './lazy-part.js';

export interface LazyStates<B> {
  /** Drawn while the part is not there and no failure is shown (default: nothing). */
  busy?: B;
  /**
   * The failure view's first sentence and look (`part` and `classes` default to `message`, as in a form or a
   * popover); `retry` defaults to `part.retry()`. A falsy value draws no failure view: the failure is not the
   * agent's concern at this moment (a failed prefetch, a discarded save), and `busy` shows instead.
   */
  failure?: (Omit<LoadFailure, 'error' | 'retry'> & { retry?: () => void }) | false;
}

/**
 * @example
 * renderLazy(this.laterSteps, (steps) => steps.renderProducts(…), {
 *   busy: html`<p role="status">${msg('Loading…')}</p>`,
 *   failure: { what: msg('This step could not be loaded.') },
 * })
 */
export function renderLazy<T, D, B = typeof nothing>(part: LazyPart<T>, draw: (part: T) => D, { busy, failure }: LazyStates<B>): D | B | TemplateResult | typeof nothing {
  const { value, error } = part;
  if (value !== undefined) return draw(value);
  if (error === undefined || !failure) return busy ?? nothing;
  return renderLoadFailure({ error, part: 'message', classes: 'message', retry: () => void part.retry(), ...failure });
}
