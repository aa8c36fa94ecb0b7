/**
 * One failure path for every element: the same sentence for the same failure wherever it happens, in the UI's
 * language, and never the request details (method, URL, status), which go to a disclosure or the console.
 */
import { msg, str } from '@lit/localize';
import { AdapterError, isAdapterError } from '../adapter/adapter-error.js';
import type { CustomerAdapter } from '../adapter/customer-adapter.js';

/** The error an element shows when it has no adapter. */
export function missingAdapterError(): AdapterError {
  return new AdapterError('invalid', msg('No data source: set the adapter property or provide one through context.'), { code: 'no-adapter' });
}

/** The adapter, or the `no-adapter` error every element reports the same way. */
export function requireAdapter(adapter: CustomerAdapter | undefined): CustomerAdapter {
  if (!adapter) throw missingAdapterError();
  return adapter;
}

/**
 * What a failure says to an agent. Throttling, a dropped connection, a lost sign-in and a failing server get
 * one sentence each; a refusal (invalid, forbidden, not found, conflict) says the server's own reason, which
 * is specific ("Tag is longer than 50 characters").
 */
export function failureMessage(error: unknown): string {
  if (!isAdapterError(error)) return error instanceof Error ? error.message : String(error);
  switch (error.kind) {
    case 'throttled':
      return error.retryAfterMs
        ? msg(str`The service is busy; try again in ${Math.ceil(error.retryAfterMs / 1000)} s.`)
        : msg('The service is busy; try again in a moment.');
    case 'network':
      return msg('The server could not be reached. Check the connection, then try again.');
    case 'unauthorized':
      return msg('You are not signed in, or your session has expired.');
    case 'server':
      return msg('The service failed to answer. Try again in a moment.');
    default:
      return error.reason;
  }
}

/** The request details behind a failure, for a disclosure or the console; empty when they add nothing. */
export function failureDetails(error: unknown): string {
  if (!(error instanceof Error)) return '';
  return error.message === failureMessage(error) ? '' : error.message;
}
