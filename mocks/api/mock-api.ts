/**
 * The state behind the mock REST API: a MemoryAdapter (so the mock and MemoryAdapter share one set of rules),
 * the fault plan, and a log of the requests that reached it.
 */
import type { AgentRole } from '../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CustomerRow } from '../../src/model/customer.js';
import type { Catalog, Product } from '../../src/model/catalog.js';
import { DEFAULT_ROWS, DEFAULT_SEED, generateBillingProfile, generateDataset, generateProducts, type DatasetOptions } from '../data/index.js';
import { FaultPlan, type MockFaults } from './faults.js';
import type { MockRoute } from './routes.js';

export interface MockData {
  customers: CustomerRow[];
  tags?: string[];
  products?: Product[];
  /** Catalogs refused to some customers (403 for that targetView): by Microsoft ID, catalog and reason. */
  catalogRefusals?: Record<string, Partial<Record<Catalog, string>>>;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v1/customers?size=500`. */
  url: string;
  route: MockRoute;
  headers: Record<string, string>;
  status: number;
}

export interface MockApiOptions extends DatasetOptions {
  /** Explicit data instead of a generated dataset. */
  data?: MockData;
  /** The role of requests without an Authorization header. Default `admin-agent`. */
  defaultRole?: AgentRole;
}

export class MockApi {
  readonly requests: RecordedRequest[] = [];
  readonly faults = new FaultPlan();
  defaultRole: AgentRole = 'admin-agent';
  private adapter: MemoryAdapter | undefined;
  private options: MockApiOptions = {};

  /** Replaces the data (a generated dataset by default: 1000 rows, seed 1) and clears faults and the log. */
  reset(options: MockApiOptions = {}): void {
    this.options = options;
    this.adapter = undefined;
    this.defaultRole = options.defaultRole ?? 'admin-agent';
    this.faults.reset();
    this.requests.length = 0;
  }

  /** Adds faults to the current ones; `reset()` clears them. */
  configure(faults: MockFaults): void {
    this.faults.configure(faults);
  }

  /** The data, as the given agent sees it. Built on first use, so importing the mocks costs nothing. */
  as(role: AgentRole): MemoryAdapter {
    this.adapter ??= this.build();
    return this.adapter.forRole(role);
  }

  private build(): MemoryAdapter {
    const { data, rows = DEFAULT_ROWS, seed = DEFAULT_SEED, hostile = false } = this.options;
    const source = data ?? generateDataset({ rows, seed, hostile });
    return new MemoryAdapter({
      customers: source.customers,
      ...(source.tags ? { tags: source.tags } : {}),
      products: source.products ?? generateProducts(seed),
      ...(source.catalogRefusals ? { catalogRefusals: source.catalogRefusals } : {}),
      billingProfile: (row) => generateBillingProfile(row, seed),
    });
  }
}

/** The one mock API that handlers, stories and tests share. */
export const mockApi = new MockApi();
