/** Everything a MemoryAdapter holds. Role views of one adapter (`forRole`) share one of these. */
import type { ActivityRecord } from '../../model/activity.js';
import type { BillingProfile } from '../../model/billing.js';
import type { Catalog, Order, Product } from '../../model/catalog.js';
import type { CustomerRow } from '../../model/customer.js';
import { uniqueTags } from '../../model/tags.js';
import { validateRows } from '../validate-rows.js';
import { ActivityLog } from './activity-log.js';
import { minimalBillingProfile } from './default-billing-profile.js';
import { PageCursor } from './paging.js';
import { RowStore } from './row-store.js';

/** The data of a MemoryAdapter; see `MemoryAdapterOptions`. */
export interface MemoryStateOptions {
  /** The rows; validated at once (a malformed row throws a `TypeError` naming it). */
  customers?: readonly CustomerRow[];
  /** The partner's tag set. Defaults to every tag the rows carry. */
  tags?: readonly string[];
  /** The catalog `listProducts` serves and `createOrder` validates against. */
  products?: readonly Product[];
  /** Catalogs refused to some customers: by Microsoft ID, the catalog and the reason given to the agent. */
  catalogRefusals?: Readonly<Record<string, Partial<Record<Catalog, string>>>>;
  /** A customer's billing profile the first time it is read; defaults to one holding only the company name. */
  billingProfile?: (row: CustomerRow) => BillingProfile;
  /**
   * Largest page served. Default 10 000: unlike the REST API (which caps pages at 500), memory has no
   * round trip to save, so this only bounds the copy one call makes.
   */
  maxPageSize?: number;
  /** Collation locale for sorting; defaults to the browser's. */
  locale?: string;
  /**
   * Activity records to start with (validated at once, like the rows); every change made through the adapter
   * adds its own. Records older than 90 days are kept but no period can reach them.
   */
  activity?: readonly ActivityRecord[];
  /** Clock for order creation dates, activity record dates and the 90-day retention of `listActivity`. */
  now?: () => Date;
}

export class MemoryState {
  readonly store: RowStore;
  readonly cursor = new PageCursor<CustomerRow>();
  readonly activity: ActivityLog;
  readonly activityCursor = new PageCursor<ActivityRecord>('act1');
  tagSet: string[];
  readonly products: readonly Product[];
  /** Refused catalogs by Microsoft ID: a Map, as rows added in chunks add to it (see `addCustomers`). */
  readonly catalogRefusals = new Map<string, Partial<Record<Catalog, string>>>();
  readonly profiles = new Map<string, BillingProfile>();
  readonly makeProfile: (row: CustomerRow) => BillingProfile;
  /** Orders by idempotency key. */
  readonly orders = new Map<string, Order>();
  /** Every order created, oldest first. */
  readonly orderLog: Order[] = [];
  readonly maxPageSize: number;
  readonly collator: Intl.Collator;
  readonly now: () => Date;
  etagCounter = 1;
  orderCounter = 0;

  /** Whether the tag set was given; if not, it grows with the tags of added rows. */
  private readonly tagsGiven: boolean;

  constructor(options: MemoryStateOptions) {
    const customers = validateRows(options.customers ?? []);
    this.store = new RowStore(customers, options.locale);
    this.tagsGiven = options.tags !== undefined;
    this.tagSet = uniqueTags(options.tags ?? customers.flatMap((row) => row.tags));
    this.products = structuredClone(options.products ?? []) as Product[];
    this.addRefusals(options.catalogRefusals);
    this.makeProfile = options.billingProfile ?? minimalBillingProfile;
    this.maxPageSize = options.maxPageSize ?? 10_000;
    this.collator = new Intl.Collator(options.locale, { numeric: true, sensitivity: 'base' });
    this.now = options.now ?? (() => new Date());
    this.activity = new ActivityLog(options.activity);
  }

  /** See `MemoryAdapter.addCustomers`. */
  addCustomers(rows: readonly CustomerRow[], catalogRefusals?: Readonly<Record<string, Partial<Record<Catalog, string>>>>): void {
    const customers = validateRows(rows);
    this.store.append(customers);
    if (!this.tagsGiven) this.tagSet = uniqueTags([...this.tagSet, ...customers.flatMap((row) => row.tags)]);
    this.addRefusals(catalogRefusals);
  }

  /** Copies of the given refusals. */
  private addRefusals(refusals: Readonly<Record<string, Partial<Record<Catalog, string>>>> = {}): void {
    for (const id in refusals) this.catalogRefusals.set(id, { ...refusals[id] });
  }
}
