/**
 * The domain model in Partner Center's documented shapes, written for the mock from the documentation pages
 * named on each function, not from the adapter (the mock imports nothing of src/adapter/partner-center/, so the
 * two cannot agree by sharing a mistake).
 */
import type { ActivityRecord } from '../../src/model/activity.js';
import type { Address, BillingProfile } from '../../src/model/billing.js';
import type { Catalog, Order, Product, Sku } from '../../src/model/catalog.js';
import type { CustomerRow } from '../../src/model/customer.js';

type Json = Record<string, unknown>;

const link = (uri: string) => ({ uri, method: 'GET', headers: [] as { key: string; value: string }[] });

/** develop/get-a-list-of-customers.md:150-190, customer-resources.md: no tags, no reseller name. */
export function pcCustomer(row: CustomerRow): Json {
  const customer: Json = {
    id: row.id,
    companyProfile: {
      tenantId: row.id,
      domain: row.primaryDomain,
      companyName: row.companyName,
      links: { self: link(`/customers/${row.id}/profiles/company`) },
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    relationshipToPartner: row.relationship === 'cloud-reseller' || row.relationship === 'indirect-reseller' ? 'reseller' : row.relationship,
    links: { self: link(`/customers/${row.id}`) },
    attributes: { objectType: 'Customer' },
  };
  if (row.relationship === 'indirect-reseller' && row.indirectReseller) customer.associatedPartnerId = row.indirectReseller.id;
  return customer;
}

/** develop/get-all-of-a-customer-s-billing-profiles.md:96-124: the contact's names and phone in `defaultAddress`. */
export function pcBillingProfile(customerId: string, profile: BillingProfile): Json {
  const address: Json = { country: profile.defaultAddress.country };
  if (profile.defaultAddress.region) address.region = profile.defaultAddress.region;
  address.city = profile.defaultAddress.city;
  if (profile.defaultAddress.state) address.state = profile.defaultAddress.state;
  address.addressLine1 = profile.defaultAddress.addressLine1;
  if (profile.defaultAddress.addressLine2) address.addressLine2 = profile.defaultAddress.addressLine2;
  if (profile.defaultAddress.postalCode) address.postalCode = profile.defaultAddress.postalCode;
  address.firstName = profile.firstName;
  address.lastName = profile.lastName;
  if (profile.phoneNumber) address.phoneNumber = profile.phoneNumber;
  return {
    id: billingProfileId(customerId),
    firstName: profile.firstName,
    lastName: profile.lastName,
    email: profile.email,
    culture: profile.culture,
    language: profile.language,
    companyName: profile.companyName,
    defaultAddress: address,
    links: { self: link(`/v1/customers/${customerId}/profiles/billing`) },
    attributes: { etag: profile.etag, objectType: 'CustomerBillingProfile' },
  };
}

/** A stable id per customer's profile (the documentation shows a GUID of its own). */
export function billingProfileId(customerId: string): string {
  return `b${customerId.slice(1)}`;
}

/** develop/update-a-customer-s-billing-profile.md:82-113: the PUT's body back into the model (no addressLine3). */
export function billingProfileFromPc(body: Json, etag: string): BillingProfile {
  const address = (body.defaultAddress ?? {}) as Json;
  const text = (json: Json, key: string) => (typeof json[key] === 'string' ? (json[key] as string) : undefined);
  const defaultAddress: Address = { country: text(address, 'country') ?? '', city: text(address, 'city') ?? '', addressLine1: text(address, 'addressLine1') ?? '' };
  for (const key of ['region', 'state', 'addressLine2', 'postalCode'] as const) {
    const value = text(address, key);
    if (value !== undefined) defaultAddress[key] = value;
  }
  const profile: BillingProfile = {
    firstName: text(body, 'firstName') ?? text(address, 'firstName') ?? '',
    lastName: text(body, 'lastName') ?? text(address, 'lastName') ?? '',
    email: text(body, 'email') ?? '',
    culture: text(body, 'culture') ?? '',
    language: text(body, 'language') ?? '',
    companyName: text(body, 'companyName') ?? '',
    defaultAddress,
    etag,
  };
  const phoneNumber = text(address, 'phoneNumber');
  if (phoneNumber !== undefined) profile.phoneNumber = phoneNumber;
  return profile;
}

/** develop/get-a-list-of-products.md:180-209: no SKUs inside; `isMicrosoftProduct` tells marketplace offers apart. */
export function pcProduct(product: Product, skusUri: string): Json {
  return {
    id: product.id,
    title: product.title,
    description: product.description,
    productType: { id: PRODUCT_TYPE[product.catalog], displayName: PRODUCT_TYPE[product.catalog] },
    isMicrosoftProduct: product.catalog !== 'marketplace',
    publisherName: product.catalog === 'marketplace' ? 'Contoso ISV' : 'Microsoft',
    links: { skus: link(skusUri), self: link(`/products/${product.id}`) },
    attributes: { objectType: 'Product' },
  };
}

const PRODUCT_TYPE: Record<Catalog, string> = { azure: 'Azure', marketplace: 'OnlineServices', 'online-services': 'OnlineServices', software: 'Software' };

/** develop/get-a-list-of-skus-for-a-product.md:201-243: no terms, no offer id; `one_time` spelt the API's way. */
export function pcSku(product: Product, sku: Sku, availabilitiesUri: string): Json {
  return {
    id: sku.id,
    productId: product.id,
    title: sku.title,
    ...(sku.description ? { description: sku.description } : {}),
    minimumQuantity: sku.minimumQuantity,
    maximumQuantity: sku.maximumQuantity,
    isTrial: false,
    supportedBillingCycles: sku.billingCycles.map(pcBillingCycle),
    purchasePrerequisites: [],
    provisioningVariables: [],
    dynamicAttributes: {},
    links: { availabilities: link(availabilitiesUri), self: link(`/products/${product.id}/skus/${sku.id}`) },
    attributes: { objectType: 'Sku' },
  };
}

/** develop/get-a-list-of-availabilities-for-a-sku.md:161-187: the offer id (`catalogItemId`) and the terms. */
export function pcAvailability(product: Product, sku: Sku, country: string): Json {
  const availabilityId = sku.catalogItemId.split(':')[2] ?? sku.catalogItemId;
  return {
    id: availabilityId,
    productId: product.id,
    skuId: sku.id,
    catalogItemId: sku.catalogItemId,
    defaultCurrency: { code: 'USD', symbol: '$' },
    segment: 'commercial',
    country,
    isPurchasable: true,
    isRenewable: true,
    terms: sku.termDurations.map((duration) => ({ duration, description: TERM_DESCRIPTION[duration] ?? duration })),
    links: { self: link(`/products/${product.id}/skus/${sku.id}/availabilities/${availabilityId}`) },
    attributes: { objectType: 'Availability' },
  };
}

const TERM_DESCRIPTION: Record<string, string> = { P1M: '1 Month', P1Y: '1 Year', P3Y: '3 Years' };

export function pcBillingCycle(cycle: string): string {
  return cycle === 'one-time' ? 'one_time' : cycle;
}

export function modelBillingCycle(cycle: string): string {
  return cycle.toLowerCase() === 'one_time' ? 'one-time' : cycle.toLowerCase();
}

/** develop/create-an-order.md:186-222: `201` with the order, status `pending`; no `targetView`. */
export function pcOrder(order: Order, billingCycle: string | undefined): Json {
  return {
    id: order.id,
    referenceCustomerId: order.customerId,
    billingCycle: billingCycle ?? 'none',
    currencyCode: 'USD',
    lineItems: order.lineItems.map((line) => ({
      lineItemNumber: line.lineItemNumber,
      offerId: line.offerId,
      ...(line.friendlyName === undefined ? {} : { friendlyName: line.friendlyName }),
      quantity: line.quantity,
      ...(line.termDuration === undefined ? {} : { termDuration: line.termDuration }),
      links: { sku: link(`/products/${line.offerId.split(':').slice(0, 2).join('/skus/')}`) },
    })),
    creationDate: order.creationDate,
    status: order.status,
    links: {
      provisioningStatus: link(`/customers/${order.customerId}/orders/${order.id}/provisioningstatus`),
      self: link(`/customers/${order.customerId}/orders/${order.id}`),
    },
    attributes: { objectType: 'Order' },
  };
}

/**
 * develop/get-a-record-of-partner-center-activity-by-user.md:157-217, auditing-resources.md: no `id`, no
 * `originalCorrelationId`; an empty customized value is sent as `null`, as the documented `PartnerOnRecord-0` is.
 */
export function pcAuditRecord(record: ActivityRecord, partnerId: string): Json {
  const json: Json = {
    partnerId,
    customerId: record.customerId,
    customerName: record.customerName,
    userPrincipalName: record.userPrincipalName,
    applicationId: 'Partner Center Native App',
    resourceType: record.resourceType,
  };
  if (record.resourceOldValue !== undefined) json.resourceOldValue = record.resourceOldValue;
  if (record.resourceNewValue !== undefined) json.resourceNewValue = record.resourceNewValue;
  json.operationType = record.operationType;
  json.operationDate = record.operationDate;
  json.operationStatus = record.operationStatus;
  json.customizedData = record.customizedData.map(({ key, value }) => ({ key, value: value === '' ? null : value }));
  json.attributes = { objectType: 'AuditRecord' };
  return json;
}

/** develop/get-a-list-of-customers.md:148-190: a Collection whose `totalCount` counts this page. */
export function pcCollection(items: unknown[], selfUri: string, next?: { uri: string; token: string }): Json {
  const links: Json = { self: link(selfUri) };
  if (next) links.next = { uri: next.uri, method: 'GET', headers: [{ key: 'MS-ContinuationToken', value: next.token }] };
  const collection: Json = { totalCount: items.length, items, links, attributes: { objectType: 'Collection' } };
  if (next) collection.continuationToken = next.token;
  return collection;
}
