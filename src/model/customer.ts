/**
 * The partner's business relationship with a customer. The list is open: an adapter may return a
 * relationship this library does not know yet, and it is shown and sorted as its raw value.
 */
export type KnownRelationship = 'cloud-reseller' | 'indirect-reseller' | 'advisor' | 'none';
export type Relationship = KnownRelationship | (string & {});

/** Every relationship this library knows, in the order the list sorts and filters them. */
export const KNOWN_RELATIONSHIPS: readonly KnownRelationship[] = [
  'cloud-reseller',
  'indirect-reseller',
  'advisor',
  'none',
];

/** The indirect reseller through which an indirect customer came. */
export interface IndirectReseller {
  id: string;
  name: string;
}

/** One row of the customer list. The same customer appears once per relationship. */
export interface CustomerRow {
  /** The customer's Microsoft ID (its tenant ID, a GUID). */
  id: string;
  /** The billing ("friendly") company name. */
  companyName: string;
  /** The primary domain, e.g. `contoso.onmicrosoft.com`. */
  primaryDomain: string;
  relationship: Relationship;
  indirectReseller?: IndirectReseller;
  /** Partner-defined labels. They belong to the customer, so both rows of a dual-role customer carry the same tags. */
  tags: string[];
}

/** A row's identity: Microsoft ID plus relationship, never the ID alone. */
export type RowKey = string;

// '#' never occurs in a relationship key, so the last one splits the key unambiguously.
const KEY_SEPARATOR = '#';

/** The identity of a row: a dual-role customer yields two distinct keys. */
export function rowKey(row: Pick<CustomerRow, 'id' | 'relationship'>): RowKey {
  return `${row.id}${KEY_SEPARATOR}${row.relationship}`;
}

/** Splits a key made by {@link rowKey} back into its customer ID and relationship. */
export function parseRowKey(key: RowKey): { id: string; relationship: Relationship } {
  const at = key.lastIndexOf(KEY_SEPARATOR);
  if (at < 0) throw new TypeError(`Not a row key: ${JSON.stringify(key)}`);
  return { id: key.slice(0, at), relationship: key.slice(at + 1) };
}

/** Tags can be managed only where the partner resells to the customer (not advisor or none). */
export function isResellerRelationship(relationship: Relationship): boolean {
  return relationship !== 'advisor' && relationship !== 'none';
}

/**
 * A deep copy of a row's fields, so callers can never mutate an adapter's stored row. Only the row's own
 * fields are copied: whatever else an object carries (a store's caches, a host's extras) stays behind.
 */
export function copyRow(row: CustomerRow): CustomerRow {
  const copy: CustomerRow = { id: row.id, companyName: row.companyName, primaryDomain: row.primaryDomain, relationship: row.relationship, tags: [...row.tags] };
  if (row.indirectReseller) copy.indirectReseller = { id: row.indirectReseller.id, name: row.indirectReseller.name };
  return copy;
}

/** Gives a customer's loaded rows (both of a dual-role one) a new company name; whether any row changed. */
export function renameCustomerRows(rows: readonly CustomerRow[], customerId: string, companyName: string): boolean {
  let changed = false;
  for (const row of rows) {
    if (row.id !== customerId || row.companyName === companyName) continue;
    row.companyName = companyName;
    changed = true;
  }
  return changed;
}
