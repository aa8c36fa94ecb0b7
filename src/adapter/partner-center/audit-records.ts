/**
 * Audit records as documented (develop/get-a-record-of-partner-center-activity-by-user.md, auditing-resources.md):
 * `GET /v1/auditrecords?startDate=&endDate=&filter=` with ONE filter (CompanyName/substring, CustomerId/equals
 * or ResourceType/equals). A record has no `id` and no `originalCorrelationId`, and a `customizedData` value may
 * be `null` (`{"key":"PartnerOnRecord-0","value":null}`).
 */
import { OPERATION_STATUSES, type ActivityQuery, type ActivityRecord, type OperationStatus } from '../../model/activity.js';
import { activityMatcher } from '../../model/activity-order.js';
import { array, object, optionalString, string, type Json } from '../rest/decode.js';
import { queryString } from './api-url.js';

interface AuditFilter {
  Field: 'CustomerId' | 'ResourceType' | 'CompanyName';
  Value: string;
  Operator: 'equals' | 'substring';
}

/**
 * The one filter sent: the most selective the query has (a customer, then a resource type, then a company name).
 * Whatever else the query asks is evaluated here, over the records the service answers (see {@link auditMatcher}).
 */
export function auditFilter(query: ActivityQuery): AuditFilter | undefined {
  if (query.customerId) return { Field: 'CustomerId', Value: query.customerId, Operator: 'equals' };
  if (query.resourceType) return { Field: 'ResourceType', Value: query.resourceType, Operator: 'equals' };
  if (query.customerName?.trim()) return { Field: 'CompanyName', Value: query.customerName.trim(), Operator: 'substring' };
  return undefined;
}

/** `startDate`/`endDate` are dates (yyyy-mm-dd); the exact bounds of a date-time period are checked client-side. */
export function auditQuery(query: ActivityQuery): string {
  const filter = auditFilter(query);
  return queryString({ startDate: query.from.slice(0, 10), endDate: query.to.slice(0, 10), filter: filter && JSON.stringify(filter) });
}

/** Every criterion of the query, period included, as the model states them. */
export function auditMatcher(query: ActivityQuery): (record: ActivityRecord) => boolean {
  return activityMatcher(query);
}

export function auditRecordFrom(value: unknown, path: string): ActivityRecord {
  const json = object(value, path);
  const status = string(json, 'operationStatus', path).toLowerCase();
  const record: ActivityRecord = {
    id: optionalString(json, 'id', path) ?? derivedKey(json),
    operationDate: string(json, 'operationDate', path),
    operationType: string(json, 'operationType', path),
    // An unknown status is shown as still in progress rather than failing the whole page.
    operationStatus: ((OPERATION_STATUSES as readonly string[]).includes(status) ? status : 'progress') as OperationStatus,
    customerId: optionalString(json, 'customerId', path) ?? '',
    customerName: optionalString(json, 'customerName', path) ?? '',
    resourceType: optionalString(json, 'resourceType', path) ?? '',
    userPrincipalName: optionalString(json, 'userPrincipalName', path) ?? optionalString(json, 'applicationId', path) ?? '',
    customizedData: customizedData(json.customizedData, `${path}.customizedData`),
    originalCorrelationId: optionalString(json, 'originalCorrelationId', path) ?? '',
  };
  const oldValue = optionalString(json, 'resourceOldValue', path);
  if (oldValue !== undefined) record.resourceOldValue = oldValue;
  const newValue = optionalString(json, 'resourceNewValue', path);
  if (newValue !== undefined) record.resourceNewValue = newValue;
  return record;
}

/** `null` values kept as empty text, so the pair (and its key) still shows. */
function customizedData(value: unknown, path: string): { key: string; value: string }[] {
  if (value === undefined || value === null) return [];
  return array(value, path).map((entry, index) => {
    const pair = object(entry, `${path}[${index}]`);
    return { key: string(pair, 'key', `${path}[${index}]`), value: optionalString(pair, 'value', `${path}[${index}]`) ?? '' };
  });
}

/**
 * A key for a record that has none: the same record gives the same key on every read (a hash of what the service
 * sent, whose fields come in the same order each time), so a list keyed by it keeps its rows across reloads.
 */
export function derivedKey(json: Json): string {
  const text = JSON.stringify(json);
  return `audit-${String(json.operationDate ?? '')}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
