/**
 * The state behind the mock REST API: a MemoryAdapter (so the mock and MemoryAdapter share one set of rules),
 * the fault plan, and a log of the requests that reached it.
 */
import type { AgentRole } from '../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { ActivityRecord } from '../../src/model/activity.js';
import type { CustomerRow } from '../../src/model/customer.js';
import type { Catalog, Product } from '../../src/model/catalog.js';
import { DEFAULT_ROWS, DEFAULT_SEED, generateBillingProfile, generateProducts, type DatasetOptions } from '../data/index.js';
import { DatasetLoader } from '../dataset-loader.js';
import { LoadingAdapter } from '../loading-adapter.js';
import { MOCK_USERS } from './auth.js';
import { FaultPlan, type MockFaults } from './faults.js';
import type { MockRoute } from './routes.js';

export interface MockData {
  customers: CustomerRow[];
  tags?: string[];
  products?: Product[];
  /** Catalogs refused to some customers (403 for that targetView): by Microsoft ID, catalog and reason. */
  catalogRefusals?: Record<string, Partial<Record<Catalog, string>>>;
  /** Activity records to start with; changes made through the API add their own. */
  activity?: ActivityRecord[];
}

/** What the handlers serve from: the explicit data's adapter, or a generated dataset's while it loads. */
export type MockStore = MemoryAdapter | LoadingAdapter;

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v1/customers?size=500`. */
  url: string;
  route: MockRoute;
  headers: Record<string, string>;
  status: number;
  /** Milliseconds the answer was held back by the `latencyMs` fault (0 without one). */
  latencyMs: number;
}

export interface MockApiOptions extends Omit<DatasetOptions, 'now'> {
  /** Explicit data instead of a generated dataset. */
  data?: MockData;
  /** The role of requests without an Authorization header. Default `admin-agent`. */
  defaultRole?: AgentRole;
  /**
   * The server's clock: dates of new orders and activity records, the 90-day retention and the default period
   * of `GET /v1/auditrecords`; a generated activity history ends at its time when its last row is generated.
   * Default: the real time.
   */
  now?: () => Date;
}

export class MockApi {
  readonly requests: RecordedRequest[] = [];
  readonly faults = new FaultPlan();
  defaultRole: AgentRole = 'admin-agent';
  private adapter: MockStore | undefined;
  private options: MockApiOptions = {};

  /** The server's time (see `MockApiOptions.now`). */
  readonly now = (): Date => this.options.now?.() ?? new Date();

  /**
   * Replaces the data (a generated dataset by default: 1000 rows, seed 1, with its activity history) and
   * clears faults and the log.
   */
  reset(options: MockApiOptions = {}): void {
    if (this.adapter instanceof LoadingAdapter) this.adapter.loader.stop();
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

  /**
   * The data, as the given agent sees it, acting as that agent's user (`MOCK_USERS`). Built on first use, so
   * importing the mocks costs nothing. A generated dataset loads a slice at a time (see `DatasetLoader`); its
   * first rows are served at once, anything that needs every row waits for them.
   */
  as(role: AgentRole): MockStore {
    this.adapter ??= this.build();
    return this.adapter.forRole(role, MOCK_USERS[role]);
  }

  private build(): MockStore {
    const { data, rows = DEFAULT_ROWS, seed = DEFAULT_SEED, hostile = false, activityRecords } = this.options;
    if (!data) {
      // The generated activity history ends at the server's time when the last row is in.
      return new LoadingAdapter(new DatasetLoader({ rows, seed, hostile, now: this.now, ...(activityRecords === undefined ? {} : { activityRecords }) }));
    }
    return new MemoryAdapter({
      customers: data.customers,
      ...(data.tags ? { tags: data.tags } : {}),
      products: data.products ?? generateProducts(seed),
      ...(data.catalogRefusals ? { catalogRefusals: data.catalogRefusals } : {}),
      ...(data.activity ? { activity: data.activity } : {}),
      billingProfile: (row) => generateBillingProfile(row, seed),
      now: this.now,
    });
  }
}

/** The one mock API that handlers, stories and tests share. */
export const mockApi = new MockApi();
