/**
 * Loading through `@lit/task`, one way for every element: the task draws its own states through
 * `task.render({ pending, complete, error })` with the shared failure view, and compares its arguments with
 * `loadArgsEqual` (src/controllers/load-args.ts, re-exported here), so an equal selection or query does not
 * load again (no JSON round trip) while a swapped adapter always does.
 */
import type { Task } from '@lit/task';
import { loadArgsEqual } from '../../controllers/load-args.js';
import { renderLoadFailure, type LoadFailure } from './load-failure.js';

export { loadArgsEqual };

export interface LoadView<R> {
  /** While the task runs, and before its first run. */
  pending(): unknown;
  /** The loaded value. */
  complete(value: R): unknown;
  /** The failure view's sentence, Retry and styling hooks (the error is the task's). Retry defaults to `task.run()`. */
  failure: Omit<LoadFailure, 'error' | 'retry'> & { retry?: () => void };
}

/**
 * What a load draws in each state: `pending` before the first run and while running, `complete` with the value,
 * the shared failure view with Retry on a failure.
 *
 * @example
 * renderLoad(this.dataTask, {
 *   pending: () => html`<p part="message" role="status">${msg('Loading tags…')}</p>`,
 *   complete: (tags) => this.renderChecklist(tags),
 *   failure: { what: msg('The tags could not be loaded.'), part: 'message', classes: 'message' },
 * })
 */
export function renderLoad<T extends ReadonlyArray<unknown>, R>(task: Task<T, R>, view: LoadView<R>): unknown {
  const { retry = () => void task.run(), ...failure } = view.failure;
  return task.render({
    initial: view.pending,
    pending: view.pending,
    complete: view.complete,
    error: (error) => renderLoadFailure({ ...failure, error, retry }),
  });
}
