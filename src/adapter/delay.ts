import { abortError } from './adapter-error.js';

/**
 * Waits `ms` milliseconds, rejecting with an `AbortError` as soon as the signal aborts (at once when it already
 * has: a rejected promise, never a synchronous throw, so `delay(…).catch(…)` sees it).
 */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
