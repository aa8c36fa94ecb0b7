/**
 * The partner-center-style REST wire format (SPEC §2, "REST API modelled"): resources and their mapping to
 * the domain model. The RestAdapter decodes with it and the mock API encodes with it, so they cannot drift.
 */
import { OPERATION_STATUSES, type ActivityRecord, type OperationStatus } from '../../model/activity.js';
import type { Address, BillingProfile } from '../../model/billing.js';
import { CATALOG_TARGET_VIEW, CATALOGS, type Catalog, type Order, type OrderLineItem, type Product, type Sku } from '../../model/catalog.js';
import type { CustomerRow, Relationship } from '../../model/customer.js';
import { array, badResponse, number, object, optionalString, string, strings, type Json } from './decode.js';

export interface RestLink {
  uri: string;
  method: 'GET';
  headers: { key: string; value: string }[];
}

export interface RestCollection<T> {
  totalCount: number;
  items: T[];
  links?: { next?: RestLink };
  attributes: { objectType: 'Collection' };
}

export interface RestCustomer {
  id: string;
  companyProfile: { tenantId: string; domain: string; companyName: string };
  relationshipToPartner: string;
  associatedPartnerId?: string;
  indirectReseller?: { id: string; name: string };
  tags: string[];
  attributes: { objectType: 'Customer' };
}

export interface RestError {
  code: string;
  description: string;
  details?: unknown;
}

export const CONTINUATION_HEADER = 'MS-ContinuationToken';
export const REQUEST_ID_HEADER = 'MS-RequestId';

// ---- customers

/**
 * A direct (tier 1) relationship is `reseller` with no associated partner; an indirect one carries the
 * indirect reseller in `associatedPartnerId`. So one customer can come back twice, differing only there.
 */
export function customerToRest(row: CustomerRow): RestCustomer {
  const resource: RestCustomer = {
    id: row.id,
    companyProfile: { tenantId: row.id, domain: row.primaryDomain, companyName: row.companyName },
    relationshipToPartner: row.relationship === 'cloud-reseller' || row.relationship === 'indirect-reseller' ? 'reseller' : row.relationship,
    tags: [...row.tags],
    attributes: { objectType: 'Customer' },
  };
  if (row.relationship === 'indirect-reseller') {
    const reseller = row.indirectReseller ?? { id: 'unknown', name: '' };
    resource.associatedPartnerId = reseller.id;
    resource.indirectReseller = { ...reseller };
  }
  return resource;
}

export function customerFromRest(value: unknown, path: string): CustomerRow {
  const json = object(value, path);
  const profile = object(json.companyProfile, `${path}.companyProfile`);
  const relationshipToPartner = string(json, 'relationshipToPartner', path);
  const associatedPartnerId = optionalString(json, 'associatedPartnerId', path);
  const row: CustomerRow = {
    id: string(json, 'id', path),
    companyName: string(profile, 'companyName', `${path}.companyProfile`),
    primaryDomain: string(profile, 'domain', `${path}.companyProfile`),
    relationship: relationshipFromRest(relationshipToPartner, associatedPartnerId),
    tags: json.tags === undefined ? [] : strings(json, 'tags', path),
  };
  if (associatedPartnerId !== undefined) {
    const reseller = json.indirectReseller === undefined ? undefined : object(json.indirectReseller, `${path}.indirectReseller`);
    row.indirectReseller = {
      id: associatedPartnerId,
      name: reseller ? string(reseller, 'name', `${path}.indirectReseller`) : '',
    };
  }
  return row;
}

function relationshipFromRest(relationshipToPartner: string, associatedPartnerId: string | undefined): Relationship {
  const value = relationshipToPartner.toLowerCase();
  if (value === 'reseller') return associatedPartnerId ? 'indirect-reseller' : 'cloud-reseller';
  return value;
}

export function collection<T>(items: T[], totalCount: number, next?: RestLink): RestCollection<T> {
  const result: RestCollection<T> = { totalCount, items, attributes: { objectType: 'Collection' } };
  if (next) result.links = { next };
  return result;
}

export function collectionFromRest<T>(value: unknown, path: string, item: (value: unknown, path: string) => T): { items: T[]; totalCount: number; next?: RestLink } {
  const json = object(value, path);
  const items = array(json.items, `${path}.items`).map((entry, index) => item(entry, `${path}.items[${index}]`));
  const totalCount = json.totalCount === undefined ? items.length : number(json, 'totalCount', path);
  const links = json.links === undefined ? undefined : object(json.links, `${path}.links`);
  if (!links?.next) return { items, totalCount };
  const next = object(links.next, `${path}.links.next`);
  const headers = array(next.headers ?? [], `${path}.links.next.headers`).map((header, index) => {
    const entry = object(header, `${path}.links.next.headers[${index}]`);
    return { key: string(entry, 'key', `${path}.links.next.headers[${index}]`), value: string(entry, 'value', `${path}.links.next.headers[${index}]`) };
  });
  return { items, totalCount, next: { uri: string(next, 'uri', `${path}.links.next`), method: 'GET', headers } };
}

// ---- billing profiles

export interface RestBillingProfile extends Omit<BillingProfile, 'etag'> {
  attributes: { etag: string; objectType: 'CustomerBillingProfile' };
}

export function billingProfileToRest(profile: BillingProfile): RestBillingProfile {
  const { etag, ...fields } = profile;
  return { ...fields, defaultAddress: { ...fields.defaultAddress }, attributes: { etag, objectType: 'CustomerBillingProfile' } };
}

export function billingProfileFromRest(value: unknown, path: string): BillingProfile {
  const json = object(value, path);
  const address = object(json.defaultAddress, `${path}.defaultAddress`);
  const addressPath = `${path}.defaultAddress`;
  const defaultAddress: Address = {
    country: string(address, 'country', addressPath),
    city: string(address, 'city', addressPath),
    addressLine1: string(address, 'addressLine1', addressPath),
  };
  for (const key of ['region', 'state', 'addressLine2', 'addressLine3', 'postalCode'] as const) {
    const field = optionalString(address, key, addressPath);
    if (field !== undefined) defaultAddress[key] = field;
  }
  const profile: BillingProfile = {
    firstName: string(json, 'firstName', path),
    lastName: string(json, 'lastName', path),
    email: string(json, 'email', path),
    culture: string(json, 'culture', path),
    language: string(json, 'language', path),
    companyName: string(json, 'companyName', path),
    defaultAddress,
    etag: string(object(json.attributes, `${path}.attributes`), 'etag', `${path}.attributes`),
  };
  const phoneNumber = optionalString(json, 'phoneNumber', path);
  if (phoneNumber !== undefined) profile.phoneNumber = phoneNumber;
  return profile;
}

/** The `If-Match` value of an etag: quoted, as HTTP wants entity tags, unless it already is. */
export function ifMatch(etag: string): string {
  return /^(W\/)?".*"$/.test(etag) ? etag : `"${etag}"`;
}

/** The etag inside an `If-Match` header, unquoted. */
export function etagFromIfMatch(header: string): string {
  return header.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}

// ---- products and orders

export function catalogFromTargetView(targetView: string): Catalog | undefined {
  return CATALOGS.find((catalog) => CATALOG_TARGET_VIEW[catalog].toLowerCase() === targetView.toLowerCase());
}

export interface RestSku extends Omit<Sku, 'billingCycles' | 'catalogItemId'> {
  supportedBillingCycles: string[];
  availability: { catalogItemId: string };
}

export interface RestProduct {
  id: string;
  title: string;
  description: string;
  productType: { id: string };
  skus: RestSku[];
}

export function productToRest(product: Product): RestProduct {
  return {
    id: product.id,
    title: product.title,
    description: product.description,
    productType: { id: CATALOG_TARGET_VIEW[product.catalog] },
    skus: product.skus.map(({ billingCycles, catalogItemId, ...sku }) => ({
      ...sku,
      termDurations: [...sku.termDurations],
      supportedBillingCycles: [...billingCycles],
      availability: { catalogItemId },
    })),
  };
}

export function productFromRest(value: unknown, path: string): Product {
  const json = object(value, path);
  const targetView = string(object(json.productType, `${path}.productType`), 'id', `${path}.productType`);
  const catalog = catalogFromTargetView(targetView);
  if (!catalog) throw badResponse(`${path}.productType.id is not a known catalog: ${JSON.stringify(targetView)}`);
  return {
    id: string(json, 'id', path),
    title: string(json, 'title', path),
    description: optionalString(json, 'description', path) ?? '',
    catalog,
    skus: array(json.skus, `${path}.skus`).map((entry, index) => skuFromRest(entry, `${path}.skus[${index}]`)),
  };
}

function skuFromRest(value: unknown, path: string): Sku {
  const json = object(value, path);
  const sku: Sku = {
    id: string(json, 'id', path),
    title: string(json, 'title', path),
    minimumQuantity: number(json, 'minimumQuantity', path),
    maximumQuantity: number(json, 'maximumQuantity', path),
    billingCycles: strings(json, 'supportedBillingCycles', path),
    termDurations: strings(json, 'termDurations', path),
    catalogItemId: string(object(json.availability, `${path}.availability`), 'catalogItemId', `${path}.availability`),
  };
  const description = optionalString(json, 'description', path);
  if (description !== undefined) sku.description = description;
  return sku;
}

export interface RestOrderRequest {
  referenceCustomerId: string;
  targetView: string;
  lineItems: OrderLineItem[];
}

export interface RestOrder extends RestOrderRequest {
  id: string;
  creationDate: string;
  status: string;
  attributes: { objectType: 'Order' };
}

export function orderToRest(order: Order): RestOrder {
  return {
    id: order.id,
    referenceCustomerId: order.customerId,
    targetView: CATALOG_TARGET_VIEW[order.catalog],
    creationDate: order.creationDate,
    status: order.status,
    lineItems: order.lineItems.map((line) => ({ ...line })),
    attributes: { objectType: 'Order' },
  };
}

export function orderFromRest(value: unknown, path: string): Order {
  const json = object(value, path);
  const status = string(json, 'status', path).toLowerCase();
  if (status !== 'completed' && status !== 'pending' && status !== 'cancelled') throw badResponse(`${path}.status is not a known order status: ${JSON.stringify(status)}`);
  const catalog = catalogFromTargetView(string(json, 'targetView', path));
  if (!catalog) throw badResponse(`${path}.targetView is not a known catalog`);
  return {
    id: string(json, 'id', path),
    customerId: string(json, 'referenceCustomerId', path),
    catalog,
    status,
    creationDate: string(json, 'creationDate', path),
    lineItems: array(json.lineItems, `${path}.lineItems`).map((entry, index) => lineItemFromRest(entry, `${path}.lineItems[${index}]`)),
  };
}

function lineItemFromRest(value: unknown, path: string): OrderLineItem {
  const json = object(value, path);
  const line: OrderLineItem = { lineItemNumber: number(json, 'lineItemNumber', path), offerId: string(json, 'offerId', path), quantity: number(json, 'quantity', path) };
  for (const key of ['friendlyName', 'termDuration', 'billingCycle'] as const) {
    const field = optionalString(json, key, path);
    if (field !== undefined) line[key] = field;
  }
  return line;
}

// ---- activity (audit) records

export interface RestActivityRecord {
  id: string;
  operationDate: string;
  operationType: string;
  operationStatus: string;
  /** `null` for partner-wide operations (the tag set). */
  customerId: string | null;
  customerName: string | null;
  resourceType: string;
  userPrincipalName: string;
  resourceOldValue?: string | null;
  resourceNewValue?: string | null;
  customizedData: { key: string; value: string }[];
  originalCorrelationId: string;
  attributes: { objectType: 'AuditRecord' };
}

export function activityRecordToRest(record: ActivityRecord): RestActivityRecord {
  const resource: RestActivityRecord = {
    id: record.id,
    operationDate: record.operationDate,
    operationType: record.operationType,
    operationStatus: record.operationStatus,
    customerId: record.customerId || null,
    customerName: record.customerName || null,
    resourceType: record.resourceType,
    userPrincipalName: record.userPrincipalName,
    customizedData: record.customizedData.map((pair) => ({ key: pair.key, value: pair.value })),
    originalCorrelationId: record.originalCorrelationId,
    attributes: { objectType: 'AuditRecord' },
  };
  if (record.resourceOldValue !== undefined) resource.resourceOldValue = record.resourceOldValue;
  if (record.resourceNewValue !== undefined) resource.resourceNewValue = record.resourceNewValue;
  return resource;
}

export function activityRecordFromRest(value: unknown, path: string): ActivityRecord {
  const json = object(value, path);
  const operationDate = string(json, 'operationDate', path);
  if (Number.isNaN(Date.parse(operationDate))) throw badResponse(`${path}.operationDate is not a date: ${JSON.stringify(operationDate.slice(0, 40))}`);
  const status = string(json, 'operationStatus', path).toLowerCase();
  if (!(OPERATION_STATUSES as readonly string[]).includes(status)) throw badResponse(`${path}.operationStatus is not a known status: ${JSON.stringify(status.slice(0, 40))}`);
  const record: ActivityRecord = {
    id: string(json, 'id', path),
    operationDate,
    operationType: string(json, 'operationType', path),
    operationStatus: status as OperationStatus,
    customerId: nullableString(json, 'customerId', path),
    customerName: nullableString(json, 'customerName', path),
    resourceType: string(json, 'resourceType', path),
    userPrincipalName: string(json, 'userPrincipalName', path),
    customizedData: json.customizedData === undefined || json.customizedData === null ? [] : customizedDataFromRest(json.customizedData, `${path}.customizedData`),
    originalCorrelationId: string(json, 'originalCorrelationId', path),
  };
  const oldValue = optionalString(json, 'resourceOldValue', path);
  if (oldValue !== undefined) record.resourceOldValue = oldValue;
  const newValue = optionalString(json, 'resourceNewValue', path);
  if (newValue !== undefined) record.resourceNewValue = newValue;
  return record;
}

/** A field that must be present, as text or `null` (read as empty): the customer of a partner-wide record. */
function nullableString(json: Json, key: string, path: string): string {
  return json[key] === null ? '' : string(json, key, path);
}

function customizedDataFromRest(value: unknown, path: string): ActivityRecord['customizedData'] {
  return array(value, path).map((entry, index) => {
    const pair = object(entry, `${path}[${index}]`);
    return { key: string(pair, 'key', `${path}[${index}]`), value: string(pair, 'value', `${path}[${index}]`) };
  });
}

export type { Json };
