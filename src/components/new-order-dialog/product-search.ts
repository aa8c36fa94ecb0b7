/**
 * The product search of <new-order-dialog>: the box's text through the shared `DebouncedInput` (a pause in
 * typing commits it), Escape in the box with text emptying it at once (a layer of the shared dismiss stack, so
 * that Escape does not reach the dialog), and a `@lit/task` that asks the adapter for the committed text. A new
 * text aborts the request in flight, so the last search wins; a swapped adapter (a new start) asks again.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../adapter/adapter-error.js';
import { DebouncedInput } from '../../controllers/debounced-input.js';
import { failureMessage } from '../../internal/failure.js';
import { EscapeLayer } from '../../internal/overlay/index.js';
import type { Catalog, Product } from '../../model/catalog.js';
import type { OrderStart } from './order-catalogs.js';

/** Milliseconds of typing pause before a product search runs. */
const SEARCH_DEBOUNCE = 250;

export interface ProductSearchOptions {
  /** Who orders and where, once known. */
  start(): OrderStart | undefined;
  /** The catalog searched: the one the order is in. */
  catalog(): Catalog | undefined;
  /** A search failed (the message), or answered (empty): the dialog's status line says so. */
  notice(text: string): void;
  /** The search box, once drawn. */
  field(): Element | null | undefined;
}

/** `[session, start, catalog, text]`; no text is no search (the whole catalog shows). */
type SearchArgs = readonly [number, OrderStart | undefined, Catalog | undefined, string | undefined];

interface SearchResult {
  session: number;
  products: Product[];
}

export class ProductSearch {
  /** The search box: `draft` is what it shows. */
  readonly input: DebouncedInput;
  private readonly task: Task<SearchArgs, SearchResult>;
  /** Escape in the box with text empties it, as a native search box does; only the next Escape reaches the dialog. */
  private readonly escape: EscapeLayer;
  /** The text searched for; undefined until the agent types, and again after a reset. */
  private committed: string | undefined;
  /** Bumped by a reset: results of an earlier session are not shown, and its request in flight is aborted. */
  private session = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ProductSearchOptions,
  ) {
    this.input = new DebouncedInput(host, {
      delay: () => SEARCH_DEBOUNCE,
      commit: (text) => {
        this.committed = text;
        host.requestUpdate();
      },
    });
    this.escape = new EscapeLayer(host, { active: () => this.input.draft !== '', element: options.field, dismiss: () => this.reset() });
    this.task = new Task(host, {
      task: (args, { signal }) => search(args, signal),
      args: () => [this.session, options.start(), options.catalog(), this.committed] as const,
      onComplete: () => options.notice(''),
      onError: (error) => {
        if (!isAbortError(error)) options.notice(failureMessage(error));
      },
    });
  }

  /** The products found, or undefined when the whole catalog shows (no search yet, or reset since). */
  get results(): Product[] | undefined {
    const value = this.task.value;
    return this.committed !== undefined && value?.session === this.session ? value.products : undefined;
  }

  get searching(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /**
   * Empties the box and drops any search waiting or running: a search belongs to the catalog (and customer) it
   * started in. The whole catalog shows again.
   */
  reset(): void {
    this.input.reset();
    this.committed = undefined;
    this.session++;
    this.host.requestUpdate();
  }
}

async function search([session, start, catalog, text]: SearchArgs, signal: AbortSignal): Promise<SearchResult | typeof initialState> {
  if (text === undefined || !start || !catalog) return initialState;
  const trimmed = text.trim();
  const products = await start.adapter.listProducts({ catalog, country: start.country, customerId: start.customer.id, ...(trimmed ? { search: trimmed } : {}) }, signal);
  return { session, products };
}
