import { validateBillingProfile, type BillingProfile } from '../model/billing.js';
import { checkActivityPeriod, checkListActivityRequest, checkListCustomersRequest } from './check-request.js';
import { isCatalog, validateOrder, type Catalog, type Order, type OrderRequest, type Product } from '../model/catalog.js';
import { isCountryCode } from '../model/countries.js';
import type { ActivityRecord } from '../model/activity.js';
import { copyRow, isResellerRelationship, type CustomerRow } from '../model/customer.js';
import type { Selection } from '../model/selection.js';
import { applyTagChanges, checkTagName, findTag, tagKey } from '../model/tags.js';
import { tagRuleError as tagAdapterError } from './tag-stores/tag-errors.js';
import { AdapterError, throwIfAborted } from './adapter-error.js';
import { capabilitiesOf, PARTNER_CENTER_CAPABILITIES, type AdapterCapabilities } from './capabilities.js';
import { checkActivityQuerySupported, checkCustomerQuerySupported, checkOffsetSupported, checkTagsSupported } from './capability-checks.js';
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
} from './customer-adapter.js';
import { delay } from './delay.js';
import { billingProfileUpdated, customerTagsUpdated, orderCreated, tagCreated, tagDeleted, tagRenamed } from './memory/activity-entries.js';
import { copyActivityRecord, type ActivityEntry } from './memory/activity-log.js';
import { copyBillingProfile } from './memory/default-billing-profile.js';
import { MemoryState, type MemoryStateOptions } from './memory/memory-state.js';

export interface MemoryAdapterOptions extends MemoryStateOptions {
  /** The signed-in agent; a sales agent is refused tag changes with a `forbidden` error. Default `admin-agent`. */
  agentRole?: AgentRole;
  /** Simulated latency of every call, in milliseconds (abortable). Default 0. */
  latencyMs?: number;
  /**
   * Who acts through this adapter: the `userPrincipalName` of the activity records its changes add.
   * Default by role: `admin@partner.example` or `sales@partner.example`.
   */
  userPrincipalName?: string;
  /**
   * Capabilities to switch off, to play a limited source such as Partner Center (see
   * {@link MemoryAdapter.partnerCenterLike}); the rest stay on. The adapter then really is that source: it
   * refuses a sort, search or filter it does not honour with kind `invalid` and code `unsupported`; with
   * `totals: false` a page's `totalCount` is the number of items in that page; with `tags: false` rows carry
   * no tags and every tag method is refused the same way; with `offsetPaging: false` a page `offset` is refused.
   * Default: everything honoured, offset paging included.
   */
  capabilities?: Partial<AdapterCapabilities>;
}

/** The acting user of an adapter given no `userPrincipalName`. */
export const DEFAULT_USER_PRINCIPAL_NAMES: Readonly<Record<AgentRole, string>> = {
  'admin-agent': 'admin@partner.example',
  'sales-agent': 'sales@partner.example',
};

/**
 * A `CustomerAdapter` over data held in memory: the default for demos, tests and hosts that load their data
 * themselves. It enforces the same rules as the partner-center API: tag rules and roles, etags, catalog limits.
 *
 * @example
 * const adapter = new MemoryAdapter({ customers: rows, agentRole: 'sales-agent' });
 * const { items, totalCount } = await adapter.listCustomers({ pageSize: 100 });
 */
export class MemoryAdapter implements CustomerAdapter {
  /**
   * An adapter that honours what Partner Center's API does and no more (`PARTNER_CENTER_CAPABILITIES`): no
   * sort, no totals, no tags, one search or filter per query, one activity filter. For stories and tests of
   * every element against such a source.
   */
  static partnerCenterLike(options: Omit<MemoryAdapterOptions, 'capabilities'> = {}): MemoryAdapter {
    return new MemoryAdapter({ ...options, capabilities: PARTNER_CENTER_CAPABILITIES });
  }

  /** What this adapter honours: everything, unless the `capabilities` option switched some of it off. */
  readonly capabilities: AdapterCapabilities;
  agentRole: AgentRole;
  latencyMs: number;
  /** Who acts through this adapter, for the activity log; `undefined` means the default of its role. */
  userPrincipalName: string | undefined;
  private data: MemoryState;

  constructor(options: MemoryAdapterOptions = {}) {
    this.data = new MemoryState(options);
    // Memory can start a page at any row: offset paging is on unless the options switch it off.
    this.capabilities = capabilitiesOf({ capabilities: { ...options.capabilities, offsetPaging: options.capabilities?.offsetPaging ?? true } });
    this.agentRole = options.agentRole ?? 'admin-agent';
    this.latencyMs = options.latencyMs ?? 0;
    this.userPrincipalName = options.userPrincipalName;
  }

  /**
   * The same data seen by another agent: changes through either adapter show in both, and in one activity
   * log. A server uses this to serve each request as its caller, without racing on one shared `agentRole`.
   */
  forRole(agentRole: AgentRole, userPrincipalName?: string): MemoryAdapter {
    const view = Object.create(MemoryAdapter.prototype) as MemoryAdapter;
    view.data = this.data;
    Object.assign(view, { capabilities: this.capabilities });
    view.agentRole = agentRole;
    view.latencyMs = this.latencyMs;
    view.userPrincipalName = userPrincipalName;
    return view;
  }

  /**
   * Adds rows after those given so far, e.g. a large dataset handed over in chunks, so that no single step
   * holds the page for long. Validated like the `customers` option (a row may add a customer's second
   * relationship, not repeat one); with no `tags` option, their tags join the tag set. Lists started before
   * see the rows on their next first page.
   *
   * @example
   * const adapter = new MemoryAdapter({ tags });
   * for (const chunk of chunks) {
   *   adapter.addCustomers(chunk);
   *   await new Promise((resolve) => setTimeout(resolve));
   * }
   */
  addCustomers(rows: readonly CustomerRow[], catalogRefusals?: Readonly<Record<string, Partial<Record<Catalog, string>>>>): void {
    this.data.addCustomers(rows, catalogRefusals);
  }

  /** Adds records to the activity history, as the `activity` option gives them (validated the same way). */
  addActivity(records: readonly ActivityRecord[]): void {
    this.data.activity.add(records);
  }

  async listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    await this.begin(signal);
    checkListCustomersRequest(request);
    checkCustomerQuerySupported(request, this.capabilities);
    checkOffsetSupported(request, this.capabilities);
    const { pageSize } = request;
    const page = this.data.cursor.page(() => this.data.store.query(request), Math.min(pageSize, this.data.maxPageSize), request.continuationToken, request.offset);
    // A source without tags has none to show, whatever the rows it was given carried.
    const items = page.rows.map((row) => (this.capabilities.tags ? copyRow(row) : { ...copyRow(row), tags: [] }));
    const result: CustomerPage = { items, totalCount: this.capabilities.totals ? page.totalCount : items.length };
    if (page.continuationToken) result.continuationToken = page.continuationToken;
    return result;
  }

  async listTags(signal?: AbortSignal): Promise<string[]> {
    await this.begin(signal);
    checkTagsSupported(this.capabilities);
    return [...this.data.tagSet].sort(this.data.collator.compare);
  }

  async createTag(name: string, signal?: AbortSignal): Promise<string> {
    await this.beginTagChange(signal);
    const tag = checkedTag(name, this.data.tagSet);
    this.data.tagSet.push(tag);
    this.record([tagCreated(tag)]);
    return tag;
  }

  async renameTag(from: string, to: string, signal?: AbortSignal): Promise<string> {
    await this.beginTagChange(signal);
    const stored = this.existingTag(from);
    const tag = checkedTag(to, this.data.tagSet.filter((other) => other !== stored));
    const key = tagKey(stored);
    const carriers = this.carriersOf(key);
    this.data.tagSet = this.data.tagSet.map((other) => (other === stored ? tag : other));
    this.data.store.updateAll((row) => {
      const at = row.tags.findIndex((other) => tagKey(other) === key);
      if (at >= 0) row.tags[at] = tag;
      return at >= 0;
    });
    this.record([tagRenamed(stored, tag, carriers)]);
    return tag;
  }

  async deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }> {
    await this.beginTagChange(signal);
    const stored = this.existingTag(name);
    const key = tagKey(stored);
    // Counted as countTags counts `carriers`, before the change: what the confirmation said is what is removed.
    const removedFrom = this.carriersOf(key);
    this.data.tagSet = this.data.tagSet.filter((other) => other !== stored);
    this.data.store.updateAll((row) => {
      const before = row.tags.length;
      row.tags = row.tags.filter((other) => tagKey(other) !== key);
      return row.tags.length !== before;
    });
    this.record([tagDeleted(stored, removedFrom)]);
    return { removedFrom };
  }

  async assignTags(request: AssignTagsRequest, signal?: AbortSignal): Promise<AssignTagsResult> {
    await this.beginTagChange(signal);
    const add = request.add.map((name) => this.existingTag(name));
    const remove = request.remove.map((name) => findTag(this.data.tagSet, name) ?? name);
    const skippedCustomerIds: string[] = [];
    const updates = new Map<string, string[]>();
    for (const id of this.data.store.selectedCustomerIds(request.target)) {
      const rows = this.data.store.rowsOf(id);
      if (!rows.some((row) => isResellerRelationship(row.relationship))) {
        skippedCustomerIds.push(id);
        continue;
      }
      const result = applyTagChanges(rows[0]!.tags, add, remove);
      if (!result.ok) throw tagAdapterError(result.error, `customer ${id}`);
      updates.set(id, result.tags);
    }
    // Validated every customer before changing any: the assignment is all or nothing.
    const entries: ActivityEntry[] = [];
    for (const [id, tags] of updates) {
      const [row] = this.data.store.rowsOf(id);
      const entry = customerTagsUpdated(id, row!.companyName, [...row!.tags], tags);
      if (entry) entries.push(entry);
      this.data.store.updateCustomer(id, (each) => (each.tags = [...tags]));
    }
    this.record(entries);
    return { updatedCustomers: updates.size, skippedCustomerIds };
  }

  async countTags(target: Selection, signal?: AbortSignal): Promise<TagCounts> {
    await this.begin(signal);
    checkTagsSupported(this.capabilities);
    const byTag: Record<string, number> = Object.fromEntries(this.data.tagSet.map((tag) => [tag, 0]));
    const carriers: Record<string, number> = { ...byTag };
    const spelling = new Map(this.data.tagSet.map((tag) => [tagKey(tag), tag]));
    const ids = this.data.store.selectedCustomerIds(target);
    let eligible = 0;
    let mostTags = 0;
    for (const id of ids) {
      const keys = this.customerTagKeys(id);
      const carried = [...keys].flatMap((key) => spelling.get(key) ?? []);
      for (const tag of carried) carriers[tag]!++;
      // byTag is over the customers a change would reach, so "every one has it" means what a save can do.
      if (!this.data.store.rowsOf(id).some((row) => isResellerRelationship(row.relationship))) continue;
      eligible++;
      mostTags = Math.max(mostTags, keys.size);
      for (const tag of carried) byTag[tag]!++;
    }
    return { selected: ids.length, eligible, byTag, carriers, mostTags };
  }

  async getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile> {
    await this.begin(signal);
    return copyBillingProfile(this.profileOf(customerId));
  }

  async updateBillingProfile(customerId: string, profile: BillingProfile, signal?: AbortSignal): Promise<BillingProfile> {
    await this.begin(signal);
    const current = this.profileOf(customerId);
    if (profile.etag !== current.etag) {
      throw new AdapterError('conflict', 'The billing profile was changed by someone else. Review the current values and save again.', {
        status: 412,
        code: 'stale-etag',
        details: { current: copyBillingProfile(current) },
      });
    }
    const fieldErrors = validateBillingProfile(profile);
    if (fieldErrors.length) {
      throw new AdapterError('invalid', fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '), {
        status: 400,
        code: fieldErrors[0]!.code,
        details: { fieldErrors },
      });
    }
    const saved = copyBillingProfile({ ...profile, etag: `${++this.data.etagCounter}-${customerId.slice(0, 8)}` });
    this.data.profiles.set(customerId, saved);
    if (saved.companyName !== current.companyName) {
      // The billing ("friendly") name is the one the customer list shows.
      this.data.store.updateCustomer(customerId, (row) => (row.companyName = saved.companyName));
    }
    this.record([billingProfileUpdated(customerId, current, saved)]);
    return copyBillingProfile(saved);
  }

  async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
    await this.begin(signal);
    if (!isCatalog(request.catalog)) throw new AdapterError('invalid', `Unknown catalog ${JSON.stringify(request.catalog)}`, { code: 'bad-catalog' });
    if (!isCountryCode(String(request.country).toUpperCase())) {
      throw new AdapterError('invalid', `country must be an ISO 3166 two-letter code, got ${JSON.stringify(request.country)}`, { code: 'bad-country' });
    }
    if (request.customerId !== undefined) {
      if (!this.data.store.rowsOf(request.customerId).length) throw notFound('Customer', request.customerId);
      const refusal = this.data.catalogRefusals.get(request.customerId)?.[request.catalog];
      if (refusal !== undefined) throw new AdapterError('forbidden', refusal, { status: 403, code: 'catalog-refused' });
    }
    const needle = request.search?.trim().toLowerCase() ?? '';
    const matches = (text: string) => text.toLowerCase().includes(needle);
    return this.data.products
      .filter((product) => product.catalog === request.catalog)
      .filter((product) => !needle || matches(product.title) || product.skus.some((sku) => matches(sku.title)))
      .map((product) => structuredClone(product));
  }

  async createOrder(order: OrderRequest, signal?: AbortSignal, options: CreateOrderOptions = {}): Promise<Order> {
    await this.begin(signal);
    const key = options.idempotencyKey;
    const earlier = key === undefined ? undefined : this.data.orders.get(key);
    if (earlier) return structuredClone(earlier);
    if (!this.data.store.rowsOf(order.customerId).length) throw notFound('Customer', order.customerId);
    if (!isCatalog(order.catalog)) throw new AdapterError('invalid', `Unknown catalog ${JSON.stringify(order.catalog)}`, { code: 'bad-catalog' });
    const errors = validateOrder(order, this.data.products);
    if (errors.length) {
      throw new AdapterError('invalid', errors.map((e) => e.message).join('; '), { status: 400, code: errors[0]!.code, details: { errors } });
    }
    const created: Order = {
      id: `order-${String(++this.data.orderCounter).padStart(6, '0')}`,
      customerId: order.customerId,
      catalog: order.catalog,
      // Marketplace SaaS subscriptions wait for the publisher to activate them; the rest complete at once.
      status: order.catalog === 'marketplace' ? 'pending' : 'completed',
      creationDate: this.data.now().toISOString(),
      lineItems: structuredClone(order.lineItems),
    };
    if (key !== undefined) this.data.orders.set(key, created);
    this.data.orderLog.push(created);
    this.record([orderCreated(created, this.data.store.rowsOf(order.customerId)[0]!.companyName)]);
    return structuredClone(created);
  }

  /**
   * One page of the activity records a period and filters select, newest first unless `sort: 'asc'`: the
   * history the adapter was given and every change made through it (or a view of it) since, with the acting
   * user. Admin agents only; the period may reach back 90 days from the adapter's clock.
   */
  async listActivity(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    await this.begin(signal);
    if (this.agentRole !== 'admin-agent') {
      throw new AdapterError('forbidden', 'Only admin agents can view activity records', { status: 403, code: 'role' });
    }
    checkListActivityRequest(request);
    checkActivityQuerySupported(request, this.capabilities);
    checkOffsetSupported(request, this.capabilities);
    checkActivityPeriod(request.from, request.to, this.data.now());
    const pageSize = Math.min(request.pageSize, this.data.maxPageSize);
    const page = this.data.activityCursor.page(() => this.data.activity.query(request), pageSize, request.continuationToken, request.offset);
    const items = page.rows.map(copyActivityRecord);
    const result: ActivityPage = { items, totalCount: this.capabilities.totals ? page.totalCount : items.length };
    if (page.continuationToken) result.continuationToken = page.continuationToken;
    return result;
  }

  /** A customer's orders, oldest first. Not part of the adapter contract: the mock API serves it for checks. */
  async listOrders(customerId: string, signal?: AbortSignal): Promise<Order[]> {
    await this.begin(signal);
    return this.data.orderLog.filter((order) => order.customerId === customerId).map((order) => structuredClone(order));
  }

  /** Simulated latency first, so an abort during it is honoured, then a last check before any effect. */
  private async begin(signal?: AbortSignal): Promise<void> {
    throwIfAborted(signal);
    await delay(this.latencyMs, signal);
    throwIfAborted(signal);
  }

  private async beginTagChange(signal?: AbortSignal): Promise<void> {
    await this.begin(signal);
    checkTagsSupported(this.capabilities);
    if (this.agentRole !== 'admin-agent') {
      throw new AdapterError('forbidden', 'Only admin agents can manage tags', { status: 403, code: 'role' });
    }
  }

  /** Adds the records of a change that succeeded, as this adapter's user, at the adapter's time. */
  private record(entries: readonly ActivityEntry[]): void {
    const userPrincipalName = this.userPrincipalName ?? DEFAULT_USER_PRINCIPAL_NAMES[this.agentRole];
    this.data.activity.append(entries, { now: this.data.now(), userPrincipalName });
  }

  /** How many distinct customers carry a tag (by `tagKey`), whatever their relationship. */
  private carriersOf(key: string): number {
    let count = 0;
    for (const id of this.data.store.customerIds()) if (this.customerTagKeys(id).has(key)) count++;
    return count;
  }

  /**
   * The tags a customer carries, by `tagKey`: the one definition both `countTags` and `deleteTag` count with.
   * Tags belong to the customer, so a dual-role customer's two rows count once.
   */
  private customerTagKeys(customerId: string): Set<string> {
    return new Set(this.data.store.rowsOf(customerId).flatMap((row) => row.tags.map(tagKey)));
  }

  private existingTag(name: string): string {
    const stored = findTag(this.data.tagSet, name);
    if (stored === undefined) throw notFound('Tag', name);
    return stored;
  }

  private profileOf(customerId: string): BillingProfile {
    let profile = this.data.profiles.get(customerId);
    if (!profile) {
      const row = this.data.store.rowsOf(customerId)[0];
      if (!row) throw notFound('Customer', customerId);
      profile = copyBillingProfile(this.data.makeProfile(row));
      this.data.profiles.set(customerId, profile);
    }
    return profile;
  }
}

function checkedTag(name: string, existing: readonly string[]): string {
  const check = checkTagName(name, existing);
  if (!check.ok) throw tagAdapterError(check.error);
  return check.tag;
}

function notFound(what: string, id: string): AdapterError {
  return new AdapterError('not-found', `${what} ${JSON.stringify(id)} was not found`, { status: 404, code: 'not-found' });
}
