/**
 * The mock API in the browser, through MSW's service worker (served at /mockServiceWorker.js).
 *
 * @example
 * await startMockWorker();
 * mockApi.reset({ rows: 100_000 });
 * const adapter = new RestAdapter();
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './api/handlers.js';

export const worker = setupWorker(...handlers);

let started: Promise<unknown> | undefined;

/** Starts the worker once; later calls wait for the same start. Requests the mock does not know pass through. */
export function startMockWorker(): Promise<unknown> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  return started;
}

export { mockApi } from './api/mock-api.js';
export { mockAuthHeaders, MOCK_TOKENS, MOCK_USERS } from './api/auth.js';
