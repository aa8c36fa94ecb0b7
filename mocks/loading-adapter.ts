/**
 * The adapter of a dataset that is still being generated (`DatasetLoader`): the list's first page, unsorted and
 * unfiltered, is the first rows generated, so it is served at once with the dataset's full count; everything
 * else (a search, a sort, the next pages, counts, changes) waits until every row is in, so a search still finds
 * rows anywhere and a count is never partial.
 */
import { throwIfAborted } from '../src/adapter/adapter-error.js';
import type {
  ActivityPage,
  AgentRole,
  AssignTagsRequest,
  AssignTagsResult,
  CreateOrderOptions,
  CustomerAdapter,
  CustomerPage,
  ListActivityRequest,
  ListCustomersRequest,
  ListProductsRequest,
  TagCounts,
} from '../src/adapter/customer-adapter.js';
import type { AdapterCapabilities } from '../src/adapter/capabilities.js';
import type { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import type { BillingProfile } from '../src/model/billing.js';
import type { Order, OrderRequest, Product } from '../src/model/catalog.js';
import { sortSpecs } from '../src/model/query.js';
import type { Selection } from '../src/model/selection.js';
import type { DatasetLoader } from './dataset-loader.js';

export class LoadingAdapter implements CustomerAdapter {
  /** @param adapter The loader's adapter, or a role view of it (`forRole`). */
  constructor(
    readonly loader: DatasetLoader,
    private readonly adapter: MemoryAdapter = loader.adapter,
  ) {}

  get agentRole(): AgentRole {
    return this.adapter.agentRole;
  }

  /** What the loaded adapter can do: a wrapper that stated nothing would claim every default for a limited one. */
  get capabilities(): AdapterCapabilities {
    return this.adapter.capabilities;
  }

  /** The same data seen by another agent (see `MemoryAdapter.forRole`). */
  forRole(agentRole: AgentRole, userPrincipalName?: string): LoadingAdapter {
    return new LoadingAdapter(this.loader, this.adapter.forRole(agentRole, userPrincipalName));
  }

  async listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    if (!this.loader.loaded && isFirstPlainPage(request)) {
      // One row past the page, so the page carries a continuation token while rows are still coming.
      await this.until(this.loader.whenRowsLoaded(request.pageSize), signal);
      if (!this.loader.loaded) {
        const page = await this.adapter.listCustomers(request, signal);
        return { ...page, totalCount: this.loader.totalRows };
      }
    }
    await this.ready(signal);
    return this.adapter.listCustomers(request, signal);
  }

  /** The tag set comes with the dataset, before its rows: no wait. */
  listTags(signal?: AbortSignal): Promise<string[]> {
    return this.adapter.listTags(signal);
  }

  async createTag(name: string, signal?: AbortSignal): Promise<string> {
    await this.ready(signal);
    return this.adapter.createTag(name, signal);
  }

  async renameTag(from: string, to: string, signal?: AbortSignal): Promise<string> {
    await this.ready(signal);
    return this.adapter.renameTag(from, to, signal);
  }

  async deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }> {
    await this.ready(signal);
    return this.adapter.deleteTag(name, signal);
  }

  async assignTags(request: AssignTagsRequest, signal?: AbortSignal): Promise<AssignTagsResult> {
    await this.ready(signal);
    return this.adapter.assignTags(request, signal);
  }

  async countTags(target: Selection, signal?: AbortSignal): Promise<TagCounts> {
    await this.ready(signal);
    return this.adapter.countTags(target, signal);
  }

  async getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile> {
    await this.ready(signal);
    return this.adapter.getBillingProfile(customerId, signal);
  }

  async updateBillingProfile(customerId: string, profile: BillingProfile, signal?: AbortSignal): Promise<BillingProfile> {
    await this.ready(signal);
    return this.adapter.updateBillingProfile(customerId, profile, signal);
  }

  async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
    await this.ready(signal);
    return this.adapter.listProducts(request, signal);
  }

  async createOrder(order: OrderRequest, signal?: AbortSignal, options?: CreateOrderOptions): Promise<Order> {
    await this.ready(signal);
    return this.adapter.createOrder(order, signal, options);
  }

  async listActivity(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    await this.ready(signal);
    return this.adapter.listActivity(request, signal);
  }

  /** See `MemoryAdapter.listOrders`. */
  async listOrders(customerId: string, signal?: AbortSignal): Promise<Order[]> {
    await this.ready(signal);
    return this.adapter.listOrders(customerId, signal);
  }

  private ready(signal: AbortSignal | undefined): Promise<void> {
    return this.until(this.loader.ready, signal);
  }

  /** Waits for the loader, but gives up when the caller aborts. */
  private async until(loaded: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
    throwIfAborted(signal);
    if (!signal) return loaded;
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<void>((resolve) => signal.addEventListener('abort', (onAbort = () => resolve()), { once: true }));
    try {
      await Promise.race([loaded, aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort!);
    }
    throwIfAborted(signal);
  }
}

/** The first page of the whole list in stored order: the rows generated first. */
function isFirstPlainPage({ continuationToken, search, tags, relationship, indirectResellerId, sort }: ListCustomersRequest): boolean {
  return continuationToken === undefined && !search?.text.trim() && !tags?.length && relationship === undefined &&
    indirectResellerId === undefined && !sortSpecs(sort).length;
}
