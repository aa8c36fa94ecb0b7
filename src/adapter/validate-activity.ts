import { OPERATION_STATUSES, type ActivityRecord } from '../model/activity.js';
import { describeValue } from './describe-value.js';

const STRING_FIELDS = ['id', 'operationDate', 'operationType', 'customerId', 'customerName', 'resourceType', 'userPrincipalName', 'originalCorrelationId'] as const;

/**
 * Checks activity records handed to an adapter by a host, as `validateRows` checks rows: a malformed record
 * fails at once with a message naming it and the field, not later as an empty cell or a sort that is wrong.
 */
export function validateActivity(records: unknown): ActivityRecord[] {
  if (!Array.isArray(records)) throw new TypeError(`activity must be an array, got ${describeValue(records)}`);
  const ids = new Set<string>();
  records.forEach((value: unknown, index) => {
    const where = `activity[${index}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${where} must be an object, got ${describeValue(value)}`);
    const record = value as Record<string, unknown>;
    for (const field of STRING_FIELDS) {
      if (typeof record[field] !== 'string') throw new TypeError(`${where}.${field} must be a string, got ${describeValue(record[field])}`);
    }
    for (const field of ['resourceOldValue', 'resourceNewValue'] as const) {
      if (record[field] !== undefined && typeof record[field] !== 'string') throw new TypeError(`${where}.${field} must be JSON text (a string) when present, got ${describeValue(record[field])}`);
    }
    if (Number.isNaN(Date.parse(record.operationDate as string))) throw new TypeError(`${where}.operationDate is not a date: ${JSON.stringify((record.operationDate as string).slice(0, 40))}`);
    if (!(OPERATION_STATUSES as readonly unknown[]).includes(record.operationStatus)) {
      throw new TypeError(`${where}.operationStatus must be one of ${OPERATION_STATUSES.join(', ')}, got ${JSON.stringify(record.operationStatus)}`);
    }
    const data = record.customizedData;
    if (!Array.isArray(data) || data.some((entry) => typeof entry?.key !== 'string' || typeof entry?.value !== 'string')) {
      throw new TypeError(`${where}.customizedData must be an array of { key: string, value: string }`);
    }
    if (ids.has(record.id as string)) throw new TypeError(`${where} repeats id ${record.id as string}`);
    ids.add(record.id as string);
  });
  return records as ActivityRecord[];
}
