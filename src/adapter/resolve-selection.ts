/**
 * The rows a selection stands for, fetched through the adapter: a select-all walks its query page by page,
 * a pick of rows looks each customer up by Microsoft ID. Works for rows never loaded in the list.
 */
import { parseRowKey, rowKey, type CustomerRow } from '../model/customer.js';
import type { Selection } from '../model/selection.js';
import { throwIfAborted } from './adapter-error.js';
import type { CustomerAdapter } from './customer-adapter.js';

export interface ResolveSelectionOptions {
  signal?: AbortSignal;
  /** Rows per request. Default 500. */
  pageSize?: number;
  /** Stop after this many rows (a guard for huge select-alls). Default: no limit. */
  limit?: number;
}

export async function resolveSelection(adapter: CustomerAdapter, selection: Selection, options: ResolveSelectionOptions = {}): Promise<CustomerRow[]> {
  const { signal, pageSize = 500, limit = Infinity } = options;
  const rows: CustomerRow[] = [];
  if (selection.mode === 'all') {
    const excluded = new Set(selection.excludedKeys);
    let continuationToken: string | undefined;
    do {
      const page = await adapter.listCustomers({ ...selection.query, pageSize, ...(continuationToken ? { continuationToken } : {}) }, signal);
      for (const row of page.items) if (!excluded.has(rowKey(row)) && rows.length < limit) rows.push(row);
      continuationToken = rows.length < limit ? page.continuationToken : undefined;
    } while (continuationToken);
    return rows;
  }
  const wanted = new Set(selection.keys);
  const ids = [...new Set(selection.keys.map((key) => parseRowKey(key).id))];
  for (const id of ids) {
    throwIfAborted(signal);
    if (rows.length >= limit) break;
    // A Microsoft ID search is exact and returns every relationship of the customer: keep the selected ones.
    const page = await adapter.listCustomers({ search: { field: 'id', text: id }, pageSize: 10 }, signal);
    for (const row of page.items) if (wanted.has(rowKey(row)) && rows.length < limit) rows.push(row);
  }
  return rows;
}
