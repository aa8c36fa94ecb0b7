/**
 * Customers as documented: `GET /v1/customers?size=&filter=` (develop/get-a-list-of-customers.md,
 * get-a-customer-by-name.md, get-customers-of-an-indirect-reseller.md) and `GET /v1/customers/{id}`
 * (get-a-customer-by-id.md), decoded into rows.
 */
import type { CustomerRow, Relationship } from '../../model/customer.js';
import type { CustomerQuery } from '../../model/query.js';
import { object, optionalString, string } from '../rest/decode.js';
import { queryString } from './api-url.js';

/** "This API pulls up to 500 records" (PartnerCenterSamples/Partner-Center-SDK-Samples#5). */
export const MAX_CUSTOMER_PAGE = 500;

/** The one documented filter: `starts_with`, case-insensitive, on one field (develop/get-a-customer-by-name.md:61-111). */
export interface CustomerFilter {
  Field: 'CompanyName' | 'Domain' | 'IndirectReseller';
  Value: string;
  Operator: 'starts_with';
}

/** The filter a query maps to; `undefined` for none. The capability check has refused a query asking for more. */
export function customerFilter(query: CustomerQuery): CustomerFilter | undefined {
  const text = query.search?.text.trim();
  if (query.search && text) return { Field: query.search.field === 'primaryDomain' ? 'Domain' : 'CompanyName', Value: text, Operator: 'starts_with' };
  if (query.indirectResellerId !== undefined) return { Field: 'IndirectReseller', Value: query.indirectResellerId, Operator: 'starts_with' };
  return undefined;
}

export function customersQuery(size: number, filter: CustomerFilter | undefined): string {
  return queryString({ size: String(Math.min(size, MAX_CUSTOMER_PAGE)), filter: filter && JSON.stringify(filter) });
}

/**
 * A Customer resource as a row. `relationshipToPartner` is one of none, reseller, advisor, syndication or
 * microsoft_support; an indirect customer carries its reseller's id in `associatedPartnerId` and nothing else of
 * it (develop/customer-resources.md), so the reseller's name is left empty rather than invented. Under an
 * IndirectReseller filter the documented answer leaves `associatedPartnerId` out (get-customers-of-an-indirect-
 * reseller.md), yet the filter says whose customers these are: `resellerId` gives that id.
 */
export function customerFrom(value: unknown, path: string, resellerId?: string): CustomerRow {
  const json = object(value, path);
  const profile = object(json.companyProfile, `${path}.companyProfile`);
  const associatedPartnerId = optionalString(json, 'associatedPartnerId', path) ?? resellerId;
  const row: CustomerRow = {
    id: string(json, 'id', path),
    companyName: optionalString(profile, 'companyName', `${path}.companyProfile`) ?? '',
    primaryDomain: optionalString(profile, 'domain', `${path}.companyProfile`) ?? '',
    relationship: relationshipFrom(string(json, 'relationshipToPartner', path), associatedPartnerId),
    tags: [],
  };
  if (row.relationship === 'indirect-reseller' && associatedPartnerId) row.indirectReseller = { id: associatedPartnerId, name: '' };
  return row;
}

function relationshipFrom(relationshipToPartner: string, associatedPartnerId: string | undefined): Relationship {
  const value = relationshipToPartner.toLowerCase();
  if (value === 'reseller') return associatedPartnerId ? 'indirect-reseller' : 'cloud-reseller';
  return value;
}
