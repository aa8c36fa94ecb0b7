/**
 * What the contract suites share: the factory a host passes, the checks of a rejection, the page walk that checks
 * every page of every list, and a billing profile that passes validation.
 */
import { AdapterError, type AdapterErrorKind } from '../adapter/adapter-error.js';
import type { AgentRole, CustomerAdapter, ListCustomersRequest } from '../adapter/customer-adapter.js';
import { capabilitiesOf, type AdapterCapabilities } from '../adapter/capabilities.js';
import type { BillingProfile } from '../model/billing.js';
import type { CustomerRow } from '../model/customer.js';
import type { ContractFixture } from './contract-fixture.js';
import { check } from './hooks.js';

export interface FactoryOptions {
  agentRole: AgentRole;
  /** The data source's clock (a server's, for a remote one): activity dates and the 90-day retention. */
  now?: () => Date;
}

export type AdapterFactory = (fixture: ContractFixture, options: FactoryOptions) => CustomerAdapter | Promise<CustomerAdapter>;

export interface ContractOptions {
  /** The `userPrincipalName` an admin agent's changes are recorded under; checked when given. */
  actingUser?: string;
  /** What the adapter states; read from an adapter the factory makes when not given (a synchronous factory). */
  capabilities?: AdapterCapabilities;
  /**
   * Whether tag changes show in the source's activity records. `false` for tags kept in a store apart from
   * the source (`withTagStore`): the source never hears of them. Default `true`.
   */
  tagActivity?: boolean;
}

/** Rejects with an AdapterError of this kind (and code, when given); returns it for further checks. */
export async function expectAdapterError(promise: Promise<unknown>, kind: AdapterErrorKind, code?: string): Promise<AdapterError> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  check(error instanceof AdapterError, `expected an AdapterError of kind ${kind}, got ${described(error)}`);
  check(error.kind === kind, `expected an AdapterError of kind ${kind}, got kind ${error.kind}: ${error.message}`);
  if (code !== undefined) check(error.code === code, `expected an AdapterError with code ${code}, got code ${String(error.code)}: ${error.message}`);
  check(typeof error.message === 'string' && error.message !== '', 'an AdapterError states its reason');
  return error;
}

export async function expectAbortError(promise: Promise<unknown>): Promise<void> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  check(error instanceof DOMException && error.name === 'AbortError', `expected an AbortError, got ${described(error)}`);
}

function described(value: unknown): string {
  if (value === undefined) return 'no error (it resolved)';
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

/** Walks every page of a query, as the export does. */
export async function walkAll(adapter: CustomerAdapter, request: ListCustomersRequest): Promise<{ rows: CustomerRow[]; pages: number; totalCount: number }> {
  const { items, pages, totalCount } = await walkPages(request.pageSize, undefined, (continuationToken) => adapter.listCustomers({ ...request, continuationToken }), capabilitiesOf(adapter).totals);
  return { rows: items, pages, totalCount };
}

/**
 * Walks pages from a token (or the start) until none follows, checking what every page of every list must be.
 * With `totals` (the source counts) every page states the same total; without, each page's `totalCount` is its
 * own count, and the total returned is the count the walk ends on.
 */
export async function walkPages<T>(
  pageSize: number,
  start: string | undefined,
  fetchPage: (continuationToken: string | undefined) => Promise<{ items: T[]; totalCount: number; continuationToken?: string }>,
  totals = true,
): Promise<{ items: T[]; pages: number; totalCount: number }> {
  const items: T[] = [];
  let pages = 0;
  let totalCount = -1;
  let continuationToken = start;
  do {
    const page = await fetchPage(continuationToken);
    pages++;
    check(page.items.length <= pageSize, `a page never exceeds pageSize: ${page.items.length} items in a page of ${pageSize}`);
    if (page.continuationToken) check(page.items.length > 0, 'a page before the last is not empty');
    if (!totals) check(page.totalCount === page.items.length, `a source without totals counts the page: totalCount ${page.totalCount}, ${page.items.length} items`);
    else if (totalCount >= 0) check(page.totalCount === totalCount, `totalCount is the same on every page: ${page.totalCount} after ${totalCount}`);
    totalCount = totals ? page.totalCount : items.length + page.items.length;
    items.push(...page.items);
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return { items, pages, totalCount };
}

/** A profile that passes validation, built on a fetched one so its etag is current. */
export function validProfile(profile: BillingProfile): BillingProfile {
  return {
    ...profile,
    firstName: profile.firstName || 'Jan',
    lastName: profile.lastName || 'Kowalski',
    email: profile.email || 'jan.kowalski@example.com',
    defaultAddress: { ...profile.defaultAddress, country: 'PL', city: 'Łódź', addressLine1: 'ul. Piotrkowska 1', postalCode: '90-001' },
  };
}
