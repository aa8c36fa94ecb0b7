import { rowKey, type CustomerRow } from '../model/customer.js';
import { describeValue } from './describe-value.js';

/**
 * Checks rows handed to an adapter by a host, so malformed data fails at once with a message naming the row
 * and field, instead of surfacing later as a blank cell or a crash deep in an element.
 */
export function validateRows(rows: unknown): CustomerRow[] {
  if (!Array.isArray(rows)) throw new TypeError(`customers must be an array, got ${describeValue(rows)}`);
  const keys = new Set<string>();
  rows.forEach((row: unknown, index) => {
    const where = `customers[${index}]`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new TypeError(`${where} must be an object, got ${describeValue(row)}`);
    const record = row as Record<string, unknown>;
    for (const field of ['id', 'companyName', 'primaryDomain', 'relationship'] as const) {
      if (typeof record[field] !== 'string') throw new TypeError(`${where}.${field} must be a string, got ${describeValue(record[field])}`);
    }
    if (!(record.id as string).trim()) throw new TypeError(`${where}.id must not be empty`);
    const tags = record.tags ?? [];
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
      throw new TypeError(`${where}.tags must be an array of strings`);
    }
    const reseller = record.indirectReseller;
    if (reseller !== undefined && (typeof reseller !== 'object' || reseller === null ||
      typeof (reseller as Record<string, unknown>).id !== 'string' || typeof (reseller as Record<string, unknown>).name !== 'string')) {
      throw new TypeError(`${where}.indirectReseller must be { id: string, name: string }`);
    }
    const key = rowKey(record as unknown as CustomerRow);
    if (keys.has(key)) {
      throw new TypeError(`${where} repeats customer ${record.id as string} with relationship ${record.relationship as string}; a row is identified by id and relationship`);
    }
    keys.add(key);
  });
  return rows as CustomerRow[];
}
