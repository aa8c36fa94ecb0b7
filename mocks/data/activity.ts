/**
 * A seeded activity history for a dataset: the last 90 days of changes to its customers, by several agents,
 * in every status and every known operation type, with old and new values as JSON text. Records are built
 * with the entries MemoryAdapter records live changes with, so generated and live records look alike; and
 * each customer's history is a chain that ends at its current state (the newest billing change's new value
 * is the profile the form shows, the newest tag change's new tags are the tags the list shows).
 */
import {
  billingProfileUpdated,
  customerTagsUpdated,
  orderCreated,
  tagCreated,
  tagDeleted,
  tagRenamed,
} from '../../src/adapter/memory/activity-entries.js';
import type { ActivityEntry } from '../../src/adapter/memory/activity-log.js';
import { KNOWN_OPERATION_TYPES, type ActivityRecord, type KnownOperationType, type OperationStatus } from '../../src/model/activity.js';
import { sortActivity } from '../../src/model/activity-order.js';
import type { BillingProfile } from '../../src/model/billing.js';
import type { Order, Product } from '../../src/model/catalog.js';
import type { CustomerRow } from '../../src/model/customer.js';
import { generateBillingProfile } from './billing-profiles.js';
import { COUNTRY_DATA, PROFILE_COUNTRIES } from './countries.js';
import { HOSTILE_NAMES } from './hostile.js';
import { combineSeeds, Random, WeightedChoice } from './random.js';

export interface ActivityOptions {
  customers: readonly CustomerRow[];
  /** The partner's tag set: what tag operations name. */
  tags: readonly string[];
  products: readonly Product[];
  seed: number;
  hostile: boolean;
  count: number;
  /** The history ends here and reaches back 90 days. */
  now: Date;
}

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 90;
/** Customers with a history get about this many records each. */
const RECORDS_PER_CUSTOMER = 3;
// Keeps the activity stream apart from the customers' and the catalog's streams of the same seed.
const ACTIVITY_STREAM = 0xac71_0001;

const ADMIN_AGENTS = ['megan.bowen@partner.example', 'alex.wilber@partner.example', 'zofia.nowak@partner.example', 'admin@partner.example'];
const SALES_AGENTS = ['lidia.holloway@partner.example', 'grady.archie@partner.example', 'kenji.sato@partner.example', 'sales@partner.example'];
/** Only admin agents manage tags and customers; orders and billing are anyone's. */
const ADMIN_ONLY: ReadonlySet<KnownOperationType> = new Set(['update_customer_tags', 'create_tag', 'rename_tag', 'delete_tag', 'add_customer', 'delete_customer_user']);
const PARTNER_WIDE: ReadonlySet<KnownOperationType> = new Set(['create_tag', 'rename_tag', 'delete_tag']);

const OPERATIONS = new WeightedChoice<KnownOperationType>([
  ['create_order', 30],
  ['update_customer_billing_profile', 25],
  ['update_customer_tags', 25],
  ['delete_customer_user', 8],
  ['add_customer', 5],
  ['create_tag', 3],
  ['rename_tag', 2],
  ['delete_tag', 2],
]);
const STATUSES = new WeightedChoice<OperationStatus>([
  ['succeeded', 92],
  ['failed', 6],
  ['progress', 2],
]);

/** The first records, so even a small history shows every operation type and every status. */
const LEADING: readonly (readonly [KnownOperationType, OperationStatus])[] = [
  ...KNOWN_OPERATION_TYPES.map((type) => [type, 'succeeded'] as const),
  ['create_order', 'progress'],
  ['update_customer_billing_profile', 'failed'],
  ['create_order', 'failed'],
  ['update_customer_tags', 'failed'],
];

const ERROR_CODES: Readonly<Partial<Record<KnownOperationType, readonly string[]>>> = {
  create_order: ['quantity-above-maximum', 'catalog-refused', 'payment-declined'],
  update_customer_billing_profile: ['stale-etag', 'invalid-postal-code'],
  update_customer_tags: ['too-many', 'no-reseller-relationship'],
};

const BILLING_FIELDS = ['firstName', 'lastName', 'email', 'phoneNumber', 'city', 'addressLine1', 'postalCode'] as const;
type BillingField = (typeof BILLING_FIELDS)[number];

/** One record before its values: who, what, when. */
interface Skeleton {
  /** Index into the customers with a history; -1 for a partner-wide operation. */
  subject: number;
  type: KnownOperationType;
  status: OperationStatus;
  at: number;
  userPrincipalName: string;
}

/** A customer's state, walked back in time from now as its history is filled from the newest record. */
interface CustomerState {
  row: CustomerRow;
  profile?: BillingProfile;
  tags: string[];
  alternates: number;
}

export function generateActivity(options: ActivityOptions): ActivityRecord[] {
  return new ActivityGenerator(options).generate();
}

class ActivityGenerator {
  private readonly random: Random;
  private readonly subjects: CustomerState[];
  private readonly admins: string[];
  private readonly sales: string[];
  /** Customer records dealt so far: they go round the customers in turn. */
  private dealt = 0;

  constructor(private readonly options: ActivityOptions) {
    this.random = new Random(combineSeeds(options.seed >>> 0, ACTIVITY_STREAM));
    this.subjects = this.pickSubjects();
    // A hostile dataset has an agent whose name is markup, too: it is shown and exported like any value.
    this.admins = options.hostile ? [...ADMIN_AGENTS, '<img src=x onerror=alert(1)>@partner.example'] : ADMIN_AGENTS;
    this.sales = options.hostile ? [...SALES_AGENTS, '=HYPERLINK("http://evil.example")@partner.example'] : SALES_AGENTS;
  }

  generate(): ActivityRecord[] {
    const skeletons = Array.from({ length: this.options.count }, (_, index) => this.skeleton(index));
    // Newest first, so each customer's chain of values is walked back from its current state.
    skeletons.sort((a, b) => b.at - a.at);
    return sortActivity(skeletons.map((skeleton) => this.record(skeleton)));
  }

  /**
   * Distinct customers in a seeded order, as many as get about three records each. A hostile dataset's
   * leading customers (one of each hostile name) come first, so their names are in the history.
   */
  private pickSubjects(): CustomerState[] {
    const { customers, count, hostile } = this.options;
    const seen = new Set<string>();
    const distinct: CustomerRow[] = [];
    for (const row of customers) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      distinct.push(row);
    }
    const leading = hostile ? Math.min(distinct.length, HOSTILE_NAMES.length) : 0;
    // The rest are shuffled as positions, not rows: the same draws and order, without copying a million rows
    // twice, which held the demo's page for seconds when the last of a million rows was in.
    const rest = this.random.shuffle(Int32Array.from({ length: distinct.length - leading }, (_, i) => leading + i));
    const wanted = Math.min(distinct.length, Math.ceil(count / RECORDS_PER_CUSTOMER));
    const picked = distinct.slice(0, Math.min(leading, wanted));
    for (let i = 0; picked.length < wanted; i++) picked.push(distinct[rest[i]!]!);
    return picked.map((row) => ({ row, tags: [...row.tags], alternates: 0 }));
  }

  private skeleton(index: number): Skeleton {
    const random = this.random;
    let [type, status] = LEADING[index] ?? [OPERATIONS.pick(random), STATUSES.pick(random)];
    // Without customers only the tag set can have changed.
    if (!this.subjects.length && !PARTNER_WIDE.has(type)) type = random.pick(['create_tag', 'rename_tag', 'delete_tag'] as const);
    // Only an order waits for someone else (a Marketplace publisher) to finish.
    if (status === 'progress' && type !== 'create_order') status = 'succeeded';
    const agents = ADMIN_ONLY.has(type) || random.chance(0.5) ? this.admins : this.sales;
    return {
      subject: PARTNER_WIDE.has(type) ? -1 : this.dealt++ % this.subjects.length,
      type,
      status,
      at: this.instant(),
      userPrincipalName: random.pick(agents),
    };
  }

  /** An instant in the 90 days before `now`, mostly in working hours (UTC), never after `now`. */
  private instant(): number {
    const random = this.random;
    const now = this.options.now.getTime();
    const today = now - (now % DAY_MS);
    const timeOfDay = random.chance(0.8) ? random.int(7 * 3600, 18 * 3600 - 1) * 1000 : random.int(0, DAY_MS / 1000 - 1) * 1000;
    let at = today - random.int(0, HISTORY_DAYS - 1) * DAY_MS + timeOfDay + random.int(0, 999);
    // Later today than now: the same time a day earlier, still within the 90 days.
    if (at > now) at -= DAY_MS;
    return at;
  }

  private record(skeleton: Skeleton): ActivityRecord {
    const random = this.random;
    const entry = this.entry(skeleton);
    if (skeleton.status === 'failed') {
      const codes = ERROR_CODES[skeleton.type] ?? ['internal-error'];
      entry.customizedData.push({ key: 'ErrorCode', value: random.pick(codes) });
    }
    return {
      id: random.guid(),
      operationDate: new Date(skeleton.at).toISOString(),
      operationStatus: skeleton.status,
      userPrincipalName: skeleton.userPrincipalName,
      originalCorrelationId: random.guid(),
      ...entry,
    };
  }

  private entry({ subject, type, status, at }: Skeleton): ActivityEntry {
    if (subject < 0) return this.tagSetEntry(type);
    const state = this.subjects[subject]!;
    switch (type) {
      case 'create_order':
        return this.orderEntry(state, status, at) ?? this.billingEntry(state, status === 'failed');
      case 'update_customer_billing_profile':
        return this.billingEntry(state, status === 'failed');
      case 'update_customer_tags':
        return this.tagsEntry(state, status === 'failed') ?? this.billingEntry(state, status === 'failed');
      case 'add_customer':
        return this.addCustomerEntry(state);
      default:
        return this.deleteUserEntry(state);
    }
  }

  /**
   * An order of one or two lines from the catalog. A failed one created nothing: its new value is the
   * request that was refused.
   */
  private orderEntry({ row }: CustomerState, status: OperationStatus, at: number): ActivityEntry | undefined {
    const random = this.random;
    const products = this.options.products;
    if (!products.length) return undefined;
    const catalog = random.pick(products).catalog;
    const lineItems = Array.from({ length: random.int(1, 2) }, (_, lineItemNumber) => {
      const product = random.pick(products.filter((each) => each.catalog === catalog));
      const sku = random.pick(product.skus);
      const line: Order['lineItems'][number] = {
        lineItemNumber,
        offerId: sku.catalogItemId,
        quantity: random.int(sku.minimumQuantity, Math.min(sku.maximumQuantity, sku.minimumQuantity + 49)),
        friendlyName: this.hostileOr(sku.title),
      };
      if (sku.termDurations.length) line.termDuration = random.pick(sku.termDurations);
      if (sku.billingCycles.length) line.billingCycle = random.pick(sku.billingCycles);
      return line;
    });
    if (status === 'failed') {
      return {
        operationType: 'create_order',
        resourceType: 'order',
        customerId: row.id,
        customerName: row.companyName,
        resourceNewValue: JSON.stringify({ customerId: row.id, catalog, lineItems }),
        customizedData: [{ key: 'Catalog', value: catalog }],
      };
    }
    const order: Order = {
      id: random.guid(),
      customerId: row.id,
      catalog,
      // As MemoryAdapter creates them: Marketplace subscriptions wait for the publisher.
      status: status === 'progress' || catalog === 'marketplace' ? 'pending' : 'completed',
      creationDate: new Date(at).toISOString(),
      lineItems,
    };
    return orderCreated(order, row.companyName);
  }

  /**
   * One or two fields changed. The newest change ends at the customer's current profile; each older one
   * ends where the next began. A failed change changed nothing, so the chain does not move.
   */
  private billingEntry(state: CustomerState, failed: boolean): ActivityEntry {
    state.profile ??= generateBillingProfile(state.row, this.options.seed);
    const after = state.profile;
    const other = generateBillingProfile({ ...state.row, id: `${state.row.id}#${++state.alternates}` }, this.options.seed);
    // One or two fields the other profile has otherwise (a city may well be the same); the street, if none.
    const differing = this.random.shuffle(BILLING_FIELDS.filter((field) => fieldOf(other, field) !== fieldOf(after, field)));
    const changes = differing.slice(0, this.random.int(1, 2)).map((field) => [field, this.hostileOr(fieldOf(other, field))] as const);
    if (!changes.length) changes.push(['addressLine1', `${fieldOf(after, 'addressLine1')} 1`]);
    let before: BillingProfile = { ...after, defaultAddress: { ...after.defaultAddress } };
    for (const [field, value] of changes) before = withField(before, field, value);
    if (failed) return billingProfileUpdated(state.row.id, after, before);
    state.profile = before;
    return billingProfileUpdated(state.row.id, before, after);
  }

  /**
   * A tag added or removed; older changes end where the next began. `undefined` when there is nothing to
   * change. Customers the partner only advises now may have been tagged before, as their current tags show.
   */
  private tagsEntry(state: CustomerState, failed: boolean): ActivityEntry | undefined {
    const random = this.random;
    const after = state.tags;
    const absent = this.options.tags.filter((tag) => !after.includes(tag));
    const added = after.length > 0 && (random.chance(0.6) || !absent.length);
    if (!added && !absent.length) return undefined;
    const change = random.pick(added ? after : absent);
    const before = added ? after.filter((tag) => tag !== change) : [...after, change];
    if (failed) return customerTagsUpdated(state.row.id, state.row.companyName, after, before);
    state.tags = before;
    return customerTagsUpdated(state.row.id, state.row.companyName, before, after);
  }

  private addCustomerEntry({ row }: CustomerState): ActivityEntry {
    return {
      operationType: 'add_customer',
      resourceType: 'customer',
      customerId: row.id,
      customerName: row.companyName,
      resourceNewValue: JSON.stringify({ companyName: row.companyName, primaryDomain: row.primaryDomain, relationship: row.relationship }),
      customizedData: [{ key: 'Domain', value: row.primaryDomain }],
    };
  }

  private deleteUserEntry({ row }: CustomerState): ActivityEntry {
    const random = this.random;
    const data = COUNTRY_DATA[random.pick(PROFILE_COUNTRIES)];
    const first = random.pick(data.firstNames);
    const last = random.pick(data.lastNames);
    const userPrincipalName = `${first.slug}.${last.slug}@${row.primaryDomain}`;
    return {
      operationType: 'delete_customer_user',
      resourceType: 'user',
      customerId: row.id,
      customerName: row.companyName,
      resourceOldValue: JSON.stringify({ userPrincipalName, displayName: this.hostileOr(`${first.text} ${last.text}`) }),
      customizedData: [{ key: 'UserPrincipalName', value: userPrincipalName }],
    };
  }

  private tagSetEntry(type: KnownOperationType): ActivityEntry {
    const random = this.random;
    const tag = random.pick(this.options.tags.length ? this.options.tags : ['VIP']);
    const customers = random.int(0, Math.max(0, Math.min(500, this.subjects.length)));
    if (type === 'create_tag') return tagCreated(tag);
    if (type === 'rename_tag') return tagRenamed(random.pick([`${tag} (old)`, tag.toLowerCase(), `${tag} 2025`]), tag, customers);
    return tagDeleted(random.pick(['Archived 2018', 'Promo spring', 'Pilot – ended', 'Trial']), customers);
  }

  /** In a hostile dataset, now and then a hostile value instead of the ordinary one. */
  private hostileOr(value: string): string {
    return this.options.hostile && this.random.chance(0.2) ? this.random.pick(HOSTILE_NAMES) : value;
  }
}

function fieldOf(profile: BillingProfile, field: BillingField): string {
  if (field === 'city' || field === 'addressLine1' || field === 'postalCode') return profile.defaultAddress[field] ?? '';
  return profile[field] ?? '';
}

function withField(profile: BillingProfile, field: BillingField, value: string): BillingProfile {
  if (field === 'city' || field === 'addressLine1' || field === 'postalCode') return { ...profile, defaultAddress: { ...profile.defaultAddress, [field]: value } };
  return { ...profile, [field]: value };
}
