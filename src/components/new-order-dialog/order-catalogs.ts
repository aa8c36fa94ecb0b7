/**
 * What <new-order-dialog> loads before an order can start, as `@lit/task`s: who orders and in which country (the
 * start), then every catalog at once, each its own task so one refused or slow catalog leaves the others usable.
 *
 * The tasks run while the dialog is open and reload when what they depend on changes: the adapter (a swapped
 * adapter reloads, even one swapped while the dialog was closed), the customer, the country. A load cut short
 * by a close or by leaving the page starts again on the next opening.
 */
import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, isAdapterError } from '../../adapter/adapter-error.js';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import { loadArgsEqual } from '../../controllers/load-args.js';
import { failureMessage, requireAdapter } from '../../internal/failure.js';
import { CATALOGS, type Catalog, type Product } from '../../model/catalog.js';
import { isResellerRelationship, type CustomerRow } from '../../model/customer.js';

export type CatalogState = { kind: 'loading' } | { kind: 'ready'; products: Product[] } | { kind: 'refused' | 'failed'; message: string };

/** Who the order is for, where, and through which adapter: what every catalog and search request needs. */
export interface OrderStart {
  adapter: CustomerAdapter;
  customer: CustomerRow;
  country: string;
}

export interface OrderCatalogsHost extends ReactiveControllerHost {
  readonly open: boolean;
  /** The customer shown; when absent, the one whose Microsoft ID is `customerId`. */
  readonly customer?: CustomerRow;
  readonly customerId: string;
  /** ISO country; empty takes the country of the customer's billing address. */
  readonly country: string;
}

export interface OrderCatalogsOptions {
  adapter(): CustomerAdapter | undefined;
  /** A customer was found by its Microsoft ID: the dialog adopts its order as the load goes on. */
  found(customer: CustomerRow): void;
}

/**
 * `[adapter, opened, customer key, country, attempt]`, compared by `loadArgsEqual` (the adapter by identity, so a
 * swap reloads); a closed dialog keeps the arguments it last had, so nothing loads while it is closed.
 */
type StartArgs = readonly [CustomerAdapter | undefined, boolean, string, string, number];

const NEVER_OPENED: StartArgs = [undefined, false, '', '', 0];

export class OrderCatalogs implements ReactiveController {
  readonly start: Task<StartArgs, OrderStart>;
  private readonly catalogTasks: ReadonlyMap<Catalog, Task<readonly [OrderStart | undefined], CatalogState>>;
  private args: StartArgs = NEVER_OPENED;
  /** Counts restarts: a Retry, or an opening after a load was cut short, loads again with the same arguments. */
  private attempt = 0;

  constructor(
    private readonly host: OrderCatalogsHost,
    private readonly options: OrderCatalogsOptions,
  ) {
    // Registered before its tasks, so their args see the status this update gives the start.
    host.addController(this);
    this.start = new Task(host, {
      task: (args, { signal }) => this.loadStart(args, signal),
      args: () => this.startArgs(),
      argsEqual: loadArgsEqual,
    });
    this.catalogTasks = new Map(
      CATALOGS.map((catalog) => [
        catalog,
        new Task(host, {
          task: ([start], { signal }) => loadCatalog(catalog, start, signal),
          // A new start (a new object) loads every catalog again; a start still running shows them loading.
          args: () => [this.ready] as const,
        }),
      ]),
    );
  }

  /** The start, once it has completed. */
  get ready(): OrderStart | undefined {
    return this.start.status === TaskStatus.COMPLETE ? this.start.value : undefined;
  }

  /** Why the order cannot start (no customer, no adapter, a failed request); undefined while it can or is loading. */
  get failure(): unknown {
    return this.start.render({ error: (error) => (isAbortError(error) ? undefined : (error ?? new Error(String(error)))) });
  }

  catalog(catalog: Catalog): CatalogState {
    const loading: CatalogState = { kind: 'loading' };
    return this.catalogTasks.get(catalog)?.render({ initial: () => loading, pending: () => loading, complete: (state) => state, error: () => loading }) ?? loading;
  }

  /** Loads again, whatever was loaded: Retry after a failed start. */
  retry(): void {
    this.attempt++;
    this.host.requestUpdate();
  }

  /** On opening: a load that was cut short (or failed) starts again; one that completed is kept. */
  resume(): void {
    const tasks = [this.start, ...this.catalogTasks.values()];
    if (tasks.some((task) => task.status !== TaskStatus.COMPLETE)) this.retry();
  }

  /** On closing: what is loading stops; `resume()` takes it up on the next opening. */
  stop(): void {
    this.start.abort();
    for (const task of this.catalogTasks.values()) task.abort();
  }

  hostConnected(): void {
    if (this.host.open) this.resume();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private startArgs(): StartArgs {
    const host = this.host;
    // Found by its customer-id attribute, the customer keeps the key it was asked by: finding it must not load again.
    if (host.open) this.args = [this.options.adapter(), true, host.customer?.id ?? host.customerId.trim(), host.country, this.attempt];
    return this.args;
  }

  /** Finds the customer and its country. */
  private async loadStart([active, opened, , country]: StartArgs, signal: AbortSignal): Promise<OrderStart | typeof initialState> {
    if (!opened) return initialState;
    const adapter = requireAdapter(active);
    const customer = this.host.customer ?? (await lookUpCustomer(adapter, this.host.customerId, signal));
    if (!this.host.customer || this.host.customer.id !== customer.id) this.options.found(customer);
    const resolved = country || (await adapter.getBillingProfile(customer.id, signal)).defaultAddress.country || 'US';
    return { adapter, customer, country: resolved };
  }
}

async function lookUpCustomer(adapter: CustomerAdapter, customerId: string, signal: AbortSignal): Promise<CustomerRow> {
  const id = customerId.trim();
  if (!id) throw new Error(msg('No customer: set the customer-id attribute or call show({ customer }).'));
  const { items } = await adapter.listCustomers({ search: { field: 'id', text: id }, pageSize: 10 }, signal);
  const row = items.find((candidate) => isResellerRelationship(candidate.relationship)) ?? items[0];
  if (!row) throw new Error(msg(str`No customer has the Microsoft ID ${id}.`));
  return row;
}

/** One catalog's products; a refusal or failure is the catalog's state, not the task's error (that is an abort). */
async function loadCatalog(catalog: Catalog, start: OrderStart | undefined, signal: AbortSignal): Promise<CatalogState | typeof initialState> {
  if (!start) return initialState;
  try {
    return { kind: 'ready', products: await start.adapter.listProducts({ catalog, country: start.country, customerId: start.customer.id }, signal) };
  } catch (error) {
    if (isAbortError(error) || signal.aborted) throw error;
    return { kind: isAdapterError(error, 'forbidden') ? 'refused' : 'failed', message: failureMessage(error) };
  }
}
