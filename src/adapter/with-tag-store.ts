/**
 * Tags kept in a {@link TagStore}, joined to any customer source: the one place where a store meets an adapter,
 * so every source (Partner Center, MemoryAdapter playing it, a host's own) gets tags the same way.
 */
import { ForwardingAdapter } from './forwarding-adapter.js';
import { isResellerRelationship, type CustomerRow } from '../model/customer.js';
import { sortSpecs, type CustomerQuery } from '../model/query.js';
import type { Selection } from '../model/selection.js';
import { tagKey } from '../model/tags.js';
import { AdapterError, throwIfAborted } from './adapter-error.js';
import { capabilitiesOf, type AdapterCapabilities } from './capabilities.js';
import { UNSUPPORTED } from './capability-checks.js';
import type {
  AgentRole,
  AssignTagsRequest,
  AssignTagsResult,
  CustomerAdapter,
  CustomerPage,
  ListCustomersRequest,
  TagCounts,
} from './customer-adapter.js';
import { resolveSelection } from './resolve-selection.js';
import type { TagStore } from './tag-store.js';
import { isTaggedPageToken, TaggedPages } from './tag-stores/tagged-pages.js';

export interface WithTagStoreOptions {
  /**
   * The signed-in agent: a sales agent is refused tag changes (`forbidden`), as every adapter refuses them.
   * Default: the source's own `agentRole` when it has one (MemoryAdapter does), else `admin-agent`.
   */
  agentRole?: AgentRole;
}

/**
 * A `CustomerAdapter` whose tags live in `store`, whatever `source` keeps:
 * - rows carry the store's tags, joined by Microsoft ID with one `tagsOf` call per page;
 * - the tag methods are the store's; `assignTags` and `countTags` resolve their selection through the source
 *   (a select-all query is walked page by page, picked rows are looked up by ID, so rows never loaded count) and
 *   only customers with a reseller relationship are tagged or counted eligible, the others reported in
 *   `skippedCustomerIds`;
 * - a tag filter is answered from `store.customersWithTags`, each customer looked up through the source by ID.
 *   The query's other criteria (a search, a relationship) are then evaluated over the looked-up rows here, so a
 *   tag filter combines with one of them even over a source with `combinedCriteria: false`; a sort is applied
 *   the same way. Over a source that counts totals, every tagged customer is looked up at the first page, so the
 *   total is true; over one that does not (`totals: false`), IDs are looked up a page at a time.
 *
 * Its capabilities are the source's, with `tags: true` and the `tags` filter added; sorting by tags is not
 * offered (the source cannot sort by tags it does not keep).
 *
 * @example
 * const adapter = withTagStore(MemoryAdapter.partnerCenterLike({ customers }), new IndexedDbTagStore({ partnerId }));
 * list.adapter = adapter;
 */
export function withTagStore(source: CustomerAdapter, store: TagStore, options: WithTagStoreOptions = {}): CustomerAdapter {
  return new TagStoreAdapter(source, store, options);
}

class TagStoreAdapter extends ForwardingAdapter {
  readonly capabilities: AdapterCapabilities;
  private readonly tagged: TaggedPages;

  constructor(
    source: CustomerAdapter,
    private readonly store: TagStore,
    private readonly options: WithTagStoreOptions,
  ) {
    super(source);
    const stated = capabilitiesOf(source);
    this.capabilities = {
      ...stated,
      tags: true,
      filters: [...stated.filters.filter((filter) => filter !== 'tags'), 'tags'],
      sortColumns: stated.sortColumns.filter((column) => column !== 'tags'),
    };
    this.tagged = new TaggedPages((id, signal) => this.lookUp(id, signal), stated.totals);
  }

  /** The agent whose tag changes are checked: the option, else the source's own, else an admin. */
  private get agentRole(): AgentRole {
    return this.options.agentRole ?? (this.source as { agentRole?: AgentRole }).agentRole ?? 'admin-agent';
  }

  override async listCustomers(request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> {
    if (request.tags?.length || isTaggedPageToken(request.continuationToken)) {
      return this.tagged.page(request, () => this.store.customersWithTags(request.tags ?? [], signal), signal);
    }
    // The source's tags, if it keeps any, are not this adapter's: never filter or sort by them there.
    if (sortSpecs(request.sort).some((spec) => spec.column === 'tags')) {
      throw new AdapterError('invalid', 'This data source cannot sort by tags', { code: UNSUPPORTED });
    }
    const { tags: _ignored, ...query } = request;
    const page = await this.source.listCustomers(query, signal);
    return { ...page, items: await this.joinTags(page.items, signal) };
  }

  override listTags(signal?: AbortSignal): Promise<string[]> {
    return this.store.listTags(signal);
  }

  override async createTag(name: string, signal?: AbortSignal): Promise<string> {
    this.checkMayChangeTags(signal);
    return this.store.createTag(name, signal);
  }

  override async renameTag(from: string, to: string, signal?: AbortSignal): Promise<string> {
    this.checkMayChangeTags(signal);
    return this.store.renameTag(from, to, signal);
  }

  override async deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }> {
    this.checkMayChangeTags(signal);
    return this.store.deleteTag(name, signal);
  }

  override async assignTags(request: AssignTagsRequest, signal?: AbortSignal): Promise<AssignTagsResult> {
    this.checkMayChangeTags(signal);
    const { eligible, skipped } = eligibility(await this.rowsOf(request.target, signal));
    const { updatedCustomers } = await this.store.assignTags({ customerIds: eligible, add: request.add, remove: request.remove }, signal);
    return { updatedCustomers, skippedCustomerIds: skipped };
  }

  override async countTags(target: Selection, signal?: AbortSignal): Promise<TagCounts> {
    const rows = await this.rowsOf(target, signal);
    const set = await this.store.listTags(signal);
    const spelling = new Map(set.map((tag) => [tagKey(tag), tag]));
    const byTag: Record<string, number> = Object.fromEntries(set.map((tag) => [tag, 0]));
    const carriers: Record<string, number> = { ...byTag };
    const { eligible, skipped } = eligibility(rows);
    const tagsById = new Map(rows.map((row) => [row.id, row.tags]));
    const eligibleIds = new Set(eligible);
    let mostTags = 0;
    for (const [id, tags] of tagsById) {
      const carried = [...new Set(tags.map(tagKey))].flatMap((key) => spelling.get(key) ?? []);
      for (const tag of carried) carriers[tag]!++;
      if (!eligibleIds.has(id)) continue;
      mostTags = Math.max(mostTags, carried.length);
      for (const tag of carried) byTag[tag]!++;
    }
    return { selected: eligible.length + skipped.length, eligible: eligible.length, byTag, carriers, mostTags };
  }

  /** The rows a selection stands for, with the store's tags (a select-all over a tag filter goes through the store). */
  private rowsOf(target: Selection, signal?: AbortSignal): Promise<CustomerRow[]> {
    return resolveSelection(this, target, { signal });
  }

  /** One customer's rows from the source, with the store's tags. */
  private async lookUp(customerId: string, signal?: AbortSignal): Promise<CustomerRow[]> {
    const page = await this.source.listCustomers({ search: { field: 'id', text: customerId }, pageSize: 10 } satisfies CustomerQuery & { pageSize: number }, signal);
    return this.joinTags(page.items, signal);
  }

  private async joinTags(rows: CustomerRow[], signal?: AbortSignal): Promise<CustomerRow[]> {
    if (!rows.length) return rows;
    const tags = await this.store.tagsOf([...new Set(rows.map((row) => row.id))], signal);
    return rows.map((row) => ({ ...row, tags: [...(tags.get(row.id) ?? [])] }));
  }

  private checkMayChangeTags(signal?: AbortSignal): void {
    throwIfAborted(signal);
    if (this.agentRole !== 'admin-agent') throw new AdapterError('forbidden', 'Only admin agents can manage tags', { status: 403, code: 'role' });
  }
}

/**
 * The distinct customers of some rows, split by whether the partner may tag them: a reseller relationship on
 * any of the customer's rows (SPEC §1 "Tags"), as every adapter decides.
 */
function eligibility(rows: readonly CustomerRow[]): { eligible: string[]; skipped: string[] } {
  const reseller = new Map<string, boolean>();
  for (const row of rows) reseller.set(row.id, (reseller.get(row.id) ?? false) || isResellerRelationship(row.relationship));
  const eligible: string[] = [];
  const skipped: string[] = [];
  for (const [id, may] of reseller) (may ? eligible : skipped).push(id);
  return { eligible, skipped };
}
