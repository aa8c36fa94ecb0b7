/**
 * The state behind the fake Partner Center: the shared mock's store (a MemoryAdapter, or a generated dataset
 * while it loads, for the domain's rules), its fault plan and clock, and a log of every request with all its
 * headers, so tests can assert what reached "Microsoft".
 */
import { MockApi, type MockApiOptions, type MockStore } from '../api/mock-api.js';
import type { AgentRole } from '../../src/adapter/customer-adapter.js';

export interface PartnerCenterRequest {
  method: string;
  /** Path and query as sent, e.g. `/partner-center/v1/customers?size=500`. */
  url: string;
  /** Every header, names in lower case. */
  headers: Record<string, string>;
  status: number;
}

export interface PartnerCenterMockOptions extends MockApiOptions {
  /**
   * How `links.next` is written: relative to `/v1` as the documentation shows (`/customers?…`, the default), or
   * with `/v1` as the service sent it from November 2021 (microsoft/Partner-Center-PowerShell#379).
   */
  nextLinks?: 'relative' | 'v1';
}

export class PartnerCenterMock {
  readonly requests: PartnerCenterRequest[] = [];
  readonly api = new MockApi();
  nextLinks: 'relative' | 'v1' = 'relative';

  /** Replaces the data (see `MockApiOptions`), clears faults and the log. */
  reset(options: PartnerCenterMockOptions = {}): void {
    const { nextLinks = 'relative', ...apiOptions } = options;
    this.api.reset(apiOptions);
    this.nextLinks = nextLinks;
    this.requests.length = 0;
  }

  /**
   * The next `requests` requests are answered `429` with `Retry-After: retryAfterSeconds` and the documented
   * body (develop/api-throttling-guidance.md).
   */
  throttle(requests: number, retryAfterSeconds = 1): void {
    this.api.configure({ throttle: { requests, retryAfterSeconds } });
  }

  store(role: AgentRole): MockStore {
    return this.api.as(role);
  }
}

/** The one fake Partner Center that the MSW handlers, stories and tests share. */
export const partnerCenterMock = new PartnerCenterMock();
