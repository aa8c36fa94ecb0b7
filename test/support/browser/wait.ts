/**
 * Waiting for what the page draws a moment after an action (a render, a debounced search, a response). Every
 * browser test waits through this, not through `@open-wc/testing`'s `waitUntil` directly, whose 1 s default limit
 * a busy two-core machine overruns (CI's often is, with a second run beside it). The limit only bounds a hang:
 * a wait ends as soon as its condition holds, so a generous one costs a passing test nothing.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** How long a condition may take to hold before the wait fails, unless a test says otherwise. */
export const WAIT_LIMIT_MS = 20_000;

export interface WaitOptions {
  /** Milliseconds between two checks; default 20. */
  interval?: number;
  /** Milliseconds before the wait fails with `message`; default {@link WAIT_LIMIT_MS}. */
  timeout?: number;
}

/** Resolves once `predicate` returns something truthy; fails with `Timeout: <message>` after the limit. */
export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, { interval = 20, timeout = WAIT_LIMIT_MS }: WaitOptions = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval, timeout });
}

/** Resolves with what `get` returns once it is truthy (an element drawn, a value arrived); fails like {@link waitUntil}. */
export async function waitFor<T>(get: () => T | null | undefined | false, message?: string, options?: WaitOptions): Promise<T> {
  let found: T | null | undefined | false;
  await waitUntil(() => (found = get()), message, options);
  return found as T;
}
