/**
 * A generated dataset poured into a MemoryAdapter a slice at a time. Generating and storing a million rows takes
 * many seconds; done in one go it froze the demo that long before its first row. Here each slice runs for a
 * few milliseconds and then gives the page back, and the rows generated first are served at once (see
 * `LoadingAdapter`). The data is the same as `generateDataset` gives: one seeded stream, however it is sliced.
 */
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapter/memory-adapter.js';
import type { CustomerRow } from '../src/model/customer.js';
import { CustomerStream } from './data/customers.js';
import { datasetActivity, datasetTags, generateCatalogRefusals } from './data/dataset.js';
import { generateBillingProfile, generateProducts, type DatasetOptions } from './data/index.js';
import { resolveOptions } from './data/options.js';

/** Rows generated per step of a slice: small enough to check the clock often, large enough to cost nothing. */
const CHUNK_ROWS = 2000;
/**
 * How long a slice may hold the page. Under a frame, so scrolling and typing stay smooth while rows arrive;
 * the first slice runs before the adapter is handed out, so it holds at least a first page of rows.
 */
const SLICE_MS = 12;

export interface DatasetLoaderOptions extends Omit<DatasetOptions, 'now'>, Pick<MemoryAdapterOptions, 'agentRole' | 'latencyMs' | 'capabilities'> {
  /** The adapter's clock; the activity history ends at its time when the last row is in. Default: the real time. */
  now?: () => Date;
}

export class DatasetLoader {
  /** The adapter the rows go into; complete once `ready` resolves. */
  readonly adapter: MemoryAdapter;
  /** Rows the dataset will have. */
  readonly totalRows: number;
  /** Resolves when every row and the activity history are in the adapter. */
  readonly ready: Promise<void>;
  private complete = false;
  private stopped = false;
  private readonly stream: CustomerStream;
  /** Every row so far: the activity history is drawn from all of them at the end. */
  private readonly rows: CustomerRow[] = [];
  private waiters: { rows: number; resolve: () => void; reject: (error: Error) => void }[] = [];

  constructor(private readonly options: DatasetLoaderOptions = {}) {
    const resolved = this.resolved();
    const { seed } = resolved;
    this.totalRows = resolved.rows;
    this.stream = new CustomerStream(resolved);
    this.adapter = new MemoryAdapter({
      tags: datasetTags(resolved),
      products: generateProducts(seed),
      billingProfile: (row) => generateBillingProfile(row, seed),
      ...(options.agentRole ? { agentRole: options.agentRole } : {}),
      ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }),
      ...(options.now ? { now: options.now } : {}),
      // A limited source to play (the demo's `adapter=limited`): what it does not do, it refuses.
      ...(options.capabilities ? { capabilities: options.capabilities } : {}),
    });
    this.slice();
    this.ready = this.complete ? Promise.resolve() : this.run();
    // Nobody may be waiting when loading stops: the refusal is for those who are.
    this.ready.catch(() => {});
  }

  /** Whether every row and the activity history are in the adapter. */
  get loaded(): boolean {
    return this.complete;
  }

  /** Rows in the adapter so far. */
  get loadedRows(): number {
    return this.stream.dealt;
  }

  /** Resolves once the adapter holds more than `rows` rows, or all of them. */
  whenRowsLoaded(rows: number): Promise<void> {
    if (this.complete || this.stream.dealt > rows) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ rows, resolve, reject }));
  }

  /** Stops loading (the dataset was replaced); whoever still waits is refused. */
  stop(): void {
    if (this.complete || this.stopped) return;
    this.stopped = true;
    for (const waiter of this.waiters) waiter.reject(stoppedError());
    this.waiters = [];
  }

  /** The dataset's options, its history ending now by the adapter's clock. */
  private resolved(): Required<DatasetOptions> {
    const { rows, seed, hostile, activityRecords, now } = this.options;
    return resolveOptions({ rows, seed, hostile, activityRecords, now: now?.() ?? new Date() });
  }

  private async run(): Promise<void> {
    while (!this.complete) {
      await new Promise((resolve) => setTimeout(resolve));
      if (this.stopped) throw stoppedError();
      this.slice();
    }
  }

  /** Generates and stores rows for up to `SLICE_MS`, and the activity history after the last row. */
  private slice(): void {
    const start = performance.now();
    while (!this.stream.done && performance.now() - start < SLICE_MS) {
      const chunk = this.stream.take(CHUNK_ROWS);
      // Chunks end between customers, so refusals (which look at all of a customer's rows) can be found per chunk.
      this.adapter.addCustomers(chunk, generateCatalogRefusals(chunk));
      for (const row of chunk) this.rows.push(row);
    }
    if (this.stream.done) {
      const resolved = this.resolved();
      this.adapter.addActivity(datasetActivity(resolved, this.rows, datasetTags(resolved), generateProducts(resolved.seed)));
      this.rows.length = 0;
      this.complete = true;
    }
    this.waiters = this.waiters.filter((waiter) => {
      const satisfied = this.complete || this.stream.dealt > waiter.rows;
      if (satisfied) waiter.resolve();
      return !satisfied;
    });
  }
}

function stoppedError(): Error {
  return new Error('The dataset was replaced before it finished loading');
}
