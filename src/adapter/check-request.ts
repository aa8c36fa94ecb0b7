/**
 * Checks list requests before any work or any network request, the same way in every adapter (the contract
 * suite holds them to it): a bad page size or a search longer than any value it could match is `invalid`,
 * said plainly, never a 20 kB URL sent to the server.
 */
import { ACTIVITY_RETENTION_DAYS, daysAgo, periodProblem } from '../model/activity.js';
import { isSearchTooLong, MAX_SEARCH_LENGTH } from '../model/query.js';
import { AdapterError } from './adapter-error.js';
import type { ListActivityRequest, ListCustomersRequest } from './customer-adapter.js';

export function checkListCustomersRequest({ pageSize, search }: ListCustomersRequest): void {
  checkPageSize(pageSize);
  if (search && isSearchTooLong(search.text)) {
    throw new AdapterError('invalid', `The search text is longer than ${MAX_SEARCH_LENGTH} characters`, { code: 'search-too-long', status: 400 });
  }
}

/**
 * What both adapters check of a `listActivity` request before asking anyone. The period is not among them:
 * whether it reaches back too far depends on the server's clock, so the server (or MemoryAdapter) decides it
 * with {@link checkActivityPeriod}.
 */
export function checkListActivityRequest({ pageSize, customerName }: ListActivityRequest): void {
  checkPageSize(pageSize);
  if (customerName && isSearchTooLong(customerName)) {
    throw new AdapterError('invalid', `The customer name filter is longer than ${MAX_SEARCH_LENGTH} characters`, { code: 'search-too-long', status: 400 });
  }
}

/** Refuses a period the model finds wrong (unreadable, backwards, older than 90 days) as `invalid` with its code. */
export function checkActivityPeriod(from: string, to: string, now: Date): void {
  // A host calling from plain JavaScript may pass anything; it cannot be read as a date either.
  const problem = typeof from === 'string' && typeof to === 'string' ? periodProblem(from, to, now) : 'bad-date';
  if (problem === undefined) return;
  const message = {
    'bad-date': `The period's dates cannot be read (from ${JSON.stringify(String(from).slice(0, 40))}, to ${JSON.stringify(String(to).slice(0, 40))}); use ISO dates such as 2026-11-20`,
    'start-after-end': `The period starts (${from}) after it ends (${to})`,
    'older-than-retention': `Activity records are kept for ${ACTIVITY_RETENTION_DAYS} days: a period cannot start before ${daysAgo(ACTIVITY_RETENTION_DAYS, now)}`,
  }[problem];
  throw new AdapterError('invalid', message, { code: problem, status: 400 });
}

function checkPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new AdapterError('invalid', `pageSize must be a positive whole number, got ${String(pageSize)}`, { code: 'bad-page-size' });
  }
}
