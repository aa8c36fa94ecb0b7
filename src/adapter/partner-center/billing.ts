/**
 * The customer's billing profile as documented (develop/get-all-of-a-customer-s-billing-profiles.md,
 * update-a-customer-s-billing-profile.md, utility-resources.md "Address"): the contact's first and last name
 * appear at the top and in `defaultAddress`; the phone number only in `defaultAddress`; there is no
 * `addressLine3`. A PUT sends "the full resource": the one read, with the edits merged in, so fields this library
 * does not know (`id`, `links`, whatever the service adds) go back as they came.
 */
import type { Address, BillingProfile } from '../../model/billing.js';
import { object, type Json } from '../rest/decode.js';
import { describeValue } from '../describe-value.js';
import { badResponse } from '../rest/decode.js';

export type RawProfile = Json;

export function billingProfileFrom(value: unknown, path: string): BillingProfile {
  const json = object(value, path);
  const addressPath = `${path}.defaultAddress`;
  const address = object(json.defaultAddress, addressPath);
  const defaultAddress: Address = {
    country: text(address, 'country', addressPath),
    city: text(address, 'city', addressPath),
    addressLine1: text(address, 'addressLine1', addressPath),
  };
  for (const key of ['region', 'state', 'addressLine2', 'postalCode'] as const) {
    const field = optionalText(address, key, addressPath);
    if (field !== undefined) defaultAddress[key] = field;
  }
  const profile: BillingProfile = {
    firstName: optionalText(json, 'firstName', path) ?? optionalText(address, 'firstName', addressPath) ?? '',
    lastName: optionalText(json, 'lastName', path) ?? optionalText(address, 'lastName', addressPath) ?? '',
    email: text(json, 'email', path),
    culture: text(json, 'culture', path),
    language: text(json, 'language', path),
    companyName: text(json, 'companyName', path),
    defaultAddress,
    etag: text(object(json.attributes, `${path}.attributes`), 'etag', `${path}.attributes`),
  };
  const phoneNumber = optionalText(address, 'phoneNumber', addressPath);
  if (phoneNumber !== undefined) profile.phoneNumber = phoneNumber;
  return profile;
}

/**
 * The PUT body: `raw` (the resource as read) with `profile`'s fields written over it. A field the agent left
 * empty that the resource had goes back as `null`, as the documented request sends `"Region": null`.
 */
export function billingProfileBody(raw: RawProfile, profile: BillingProfile): RawProfile {
  const address: Json = { ...(typeof raw.defaultAddress === 'object' && raw.defaultAddress !== null ? (raw.defaultAddress as Json) : {}) };
  const { defaultAddress, etag, phoneNumber, ...top } = profile;
  const body: Json = { ...raw, ...top };
  const edits: Record<string, string | undefined> = {
    country: defaultAddress.country,
    region: defaultAddress.region,
    city: defaultAddress.city,
    state: defaultAddress.state,
    addressLine1: defaultAddress.addressLine1,
    addressLine2: defaultAddress.addressLine2,
    postalCode: defaultAddress.postalCode,
    // The contact lives in the address too; the top-level names and the address names are one contact.
    firstName: profile.firstName,
    lastName: profile.lastName,
    phoneNumber,
  };
  for (const [key, value] of Object.entries(edits)) {
    if (value !== undefined && value !== '') address[key] = value;
    else if (key in address) address[key] = null;
  }
  body.defaultAddress = address;
  const attributes = typeof raw.attributes === 'object' && raw.attributes !== null ? (raw.attributes as Json) : {};
  body.attributes = { ...attributes, etag, objectType: attributes.objectType ?? 'CustomerBillingProfile' };
  return body;
}

/** The `If-Match` value: the etag quoted, as the documentation writes `If-Match: "<ETag>"`. */
export function ifMatch(etag: string): string {
  return /^(W\/)?".*"$/.test(etag) ? etag : `"${etag}"`;
}

function text(json: Json, key: string, path: string): string {
  return optionalText(json, key, path) ?? '';
}

/** A string, or `undefined` for absent and `null` (the documented request carries `null`s). */
function optionalText(json: Json, key: string, path: string): string | undefined {
  const value = json[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badResponse(`${path}.${key} must be a string, got ${describeValue(value)}`);
  return value;
}
