/**
 * Where a partner's tags live when the customer source keeps none (Partner Center keeps its tags in its own web
 * UI, not in its API), or when a host keeps them apart from its customers. A store knows customers only by
 * Microsoft ID: which rows a selection stands for, and which of them a partner may tag (a reseller
 * relationship), is the adapter's business, so one store serves every adapter.
 *
 * Every method takes an `AbortSignal` and rejects with an `AbortError` once it is aborted, or with an
 * `AdapterError` on failure (`invalid` with a `TagError` code for a broken tag rule, `not-found` for an unknown
 * tag), as the adapter's own tag methods do. The rules of the model hold in every store: names are trimmed,
 * compared case-insensitively, at most 50 characters (`TAG_MAX_LENGTH`), and a customer carries at most 150
 * tags (`MAX_TAGS_PER_CUSTOMER`).
 */

/** A change of tags on some customers, applied as one: all of it or, on failure, none of it. */
export interface TagAssignment {
  /** Microsoft IDs of the customers to change (each once; both rows of a dual-role customer share their tags). */
  customerIds: readonly string[];
  /** Tags to add; each must be in the partner's set. */
  add: readonly string[];
  /** Tags to remove; a customer without one of them is left as it is. */
  remove: readonly string[];
}

export interface TagStore {
  /** The partner's tag set, sorted for display. */
  listTags(signal?: AbortSignal): Promise<string[]>;
  /** Adds a tag to the set; returns its stored (trimmed) spelling. A duplicate is `invalid` with code `duplicate`. */
  createTag(name: string, signal?: AbortSignal): Promise<string>;
  /** Renames a tag in the set and on every customer carrying it; returns the new stored spelling. */
  renameTag(from: string, to: string, signal?: AbortSignal): Promise<string>;
  /** Removes a tag from the set and from every customer; returns how many customers carried it. */
  deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }>;
  /**
   * The tags of each given customer, in the set's spelling. A customer carrying none may be left out of the
   * map. Called once per page of rows, so a store answers a few hundred IDs in one go.
   */
  tagsOf(customerIds: readonly string[], signal?: AbortSignal): Promise<Map<string, string[]>>;
  /**
   * Microsoft IDs of the customers carrying **every** one of `tags` (case-insensitive), as a tag filter means:
   * how a tag filter works over a source that cannot filter by tag.
   */
  customersWithTags(tags: readonly string[], signal?: AbortSignal): Promise<string[]>;
  /**
   * Adds and removes tags on customers. A change that would leave a customer with more than 150 tags is refused
   * whole with kind `invalid` and code `too-many`. Returns how many customers the change reached.
   */
  assignTags(change: TagAssignment, signal?: AbortSignal): Promise<{ updatedCustomers: number }>;
}
