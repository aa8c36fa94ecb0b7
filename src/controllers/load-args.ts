/**
 * How a load's `@lit/task` compares its arguments, for every element and controller that loads: an equal
 * selection or query does not load again (compared by value, no JSON round trip), a swapped adapter always does.
 */
import { deepArrayEquals } from '@lit/task/deep-equals.js';

/**
 * A task's arguments, compared as a load needs: the first argument (the adapter, or whatever source the task
 * reads from) by identity, the rest by value (`deepArrayEquals`). By value, two adapters holding the same data
 * would compare equal and a swap would not reload; and an adapter may hold cycles, which a deep compare never
 * leaves. Pass it as the task's `argsEqual`, with the source first in `args`.
 *
 * @example
 * new Task(this, {
 *   args: () => [this.activeAdapter, this.selection] as const,
 *   argsEqual: loadArgsEqual,
 *   task: ([adapter, selection], { signal }) => requireAdapter(adapter).listTags(selection, signal),
 * });
 */
export function loadArgsEqual<T extends ReadonlyArray<unknown>>(oldArgs: T, newArgs: T): boolean {
  return oldArgs.length === newArgs.length && oldArgs[0] === newArgs[0] && deepArrayEquals(oldArgs.slice(1), newArgs.slice(1));
}
