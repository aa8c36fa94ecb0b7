/** Billing profile and its validation: SPEC §1 "Billing profile". */
import { isCountryCode } from './countries.js';

export interface Address {
  /** ISO 3166-1 alpha-2 country code, e.g. `US`. */
  country: string;
  region?: string;
  city: string;
  state?: string;
  addressLine1: string;
  addressLine2?: string;
  addressLine3?: string;
  postalCode?: string;
}

export interface BillingProfile {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string;
  /** A BCP 47 culture, e.g. `en-US`. */
  culture: string;
  /** A language code, e.g. `en`. */
  language: string;
  companyName: string;
  defaultAddress: Address;
  /** Opaque version tag; an update must carry the current one. */
  etag: string;
}

/** The editable part of a profile: everything but the etag. */
export type BillingProfileFields = Omit<BillingProfile, 'etag'>;

export type BillingField =
  | Exclude<keyof BillingProfileFields, 'defaultAddress'>
  | `defaultAddress.${keyof Address}`;

export type BillingErrorCode =
  | 'required'
  | 'company-name-too-short'
  | 'company-name-no-letters'
  | 'email-malformed'
  | 'phone-malformed'
  | 'too-long'
  | 'control-character'
  | 'country-unknown';

export interface BillingFieldError {
  field: BillingField;
  code: BillingErrorCode;
  message: string;
}

/** Countries whose address rules are known; `postalCode` says whether the country uses one. */
export const BILLING_COUNTRIES: Readonly<Record<string, { postalCode: boolean; state: boolean }>> = {
  US: { postalCode: true, state: true },
  PL: { postalCode: true, state: false },
  GB: { postalCode: true, state: false },
  DE: { postalCode: true, state: false },
  JP: { postalCode: true, state: true },
  IE: { postalCode: false, state: false },
  AE: { postalCode: false, state: false },
};

/** Length limits of the partner center's billing profile fields. */
export const BILLING_MAX_LENGTH: Readonly<Partial<Record<BillingField, number>>> = {
  companyName: 100,
  firstName: 50,
  lastName: 50,
  email: 100,
  phoneNumber: 25,
  'defaultAddress.city': 50,
  'defaultAddress.state': 50,
  'defaultAddress.region': 50,
  'defaultAddress.addressLine1': 100,
  'defaultAddress.addressLine2': 100,
  'defaultAddress.addressLine3': 100,
  'defaultAddress.postalCode': 20,
};

// Letters or digits in any script: a company name made only of punctuation or spaces is refused.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Deliberately loose: one @, no spaces, a dot in the domain. Real validation is the mail itself.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const PHONE = /^\+?[\d\s().-]{3,}$/u;

/** A copy of the profile with one field set. */
export function withFieldValue<T extends BillingProfileFields>(profile: T, field: BillingField, value: string): T {
  if (field.startsWith('defaultAddress.')) {
    return { ...profile, defaultAddress: { ...profile.defaultAddress, [field.slice('defaultAddress.'.length)]: value } };
  }
  return { ...profile, [field]: value };
}

export function fieldValue(profile: BillingProfileFields, field: BillingField): string | undefined {
  if (field.startsWith('defaultAddress.')) {
    return profile.defaultAddress[field.slice('defaultAddress.'.length) as keyof Address];
  }
  return profile[field as Exclude<BillingField, `defaultAddress.${string}`>];
}

/** The fields a country's addresses need (unknown countries: the strictest rules, a postal code included). */
export function requiredFields(country: string): BillingField[] {
  const rules = BILLING_COUNTRIES[country];
  const fields: BillingField[] = [
    'companyName',
    'email',
    'defaultAddress.country',
    'defaultAddress.city',
    'defaultAddress.addressLine1',
  ];
  if (rules?.postalCode ?? true) fields.push('defaultAddress.postalCode');
  if (rules?.state) fields.push('defaultAddress.state');
  return fields;
}

/** The order fields appear in the form, which is the order errors are reported in. */
export const BILLING_FIELDS: readonly BillingField[] = [
  'companyName',
  'firstName',
  'lastName',
  'email',
  'phoneNumber',
  'defaultAddress.country',
  'defaultAddress.region',
  'defaultAddress.state',
  'defaultAddress.city',
  'defaultAddress.addressLine1',
  'defaultAddress.addressLine2',
  'defaultAddress.addressLine3',
  'defaultAddress.postalCode',
  'culture',
  'language',
];

const CONTROL_CHARACTER = /\p{Cc}/u;

/** Every problem with a profile, at most one per field, in form order. Empty when the profile is valid. */
export function validateBillingProfile(profile: BillingProfileFields): BillingFieldError[] {
  const errors = new Map<BillingField, BillingFieldError>();
  const add = (field: BillingField, code: BillingErrorCode, message: string) => {
    if (!errors.has(field)) errors.set(field, { field, code, message });
  };
  const country = profile.defaultAddress.country.trim().toUpperCase();
  for (const field of requiredFields(country)) {
    if (!(fieldValue(profile, field) ?? '').trim()) add(field, 'required', 'This field is required');
  }
  // A tab, NUL or line break in a name or an address line breaks lists, exports and labels downstream.
  for (const field of BILLING_FIELDS) {
    if (CONTROL_CHARACTER.test(fieldValue(profile, field) ?? '')) add(field, 'control-character', 'Must not contain control characters such as tabs or line breaks');
  }
  // NFC first, so a letter typed as base + combining accent counts as the one character it looks like.
  const name = profile.companyName.trim().normalize('NFC');
  if (name && !LETTER_OR_DIGIT.test(name)) {
    add('companyName', 'company-name-no-letters', 'Company name must contain letters or digits');
  } else if (name && [...name].length < 2) {
    add('companyName', 'company-name-too-short', 'Company name must be longer than one character');
  }
  if (profile.email.trim() && !EMAIL.test(profile.email.trim())) add('email', 'email-malformed', 'Email address is not valid');
  const phone = profile.phoneNumber?.trim();
  if (phone && !PHONE.test(phone)) add('phoneNumber', 'phone-malformed', 'Phone number may contain only digits, spaces and + ( ) - .');
  if (country && !isCountryCode(country)) add('defaultAddress.country', 'country-unknown', 'Country is not a known two-letter country code');
  for (const [field, max] of Object.entries(BILLING_MAX_LENGTH) as [BillingField, number][]) {
    if ([...(fieldValue(profile, field) ?? '')].length > max) add(field, 'too-long', `At most ${max} characters`);
  }
  return BILLING_FIELDS.flatMap((field) => errors.get(field) ?? []);
}

export interface BillingMerge {
  /** The agent's edits on top of the server's current profile. */
  merged: BillingProfileFields;
  /** Fields both the agent and the other writer changed, to different values: the merge keeps the agent's. */
  conflicts: BillingField[];
  /** Fields only the other writer changed: the merge takes theirs. */
  updated: BillingField[];
}

/**
 * A three-way merge after a conflicting save. `base` is what the agent loaded, `mine` what they typed,
 * `theirs` what the server holds now. A field only one side changed takes that side's value, so a save never
 * undoes the other writer's work on fields the agent left alone; a field both changed keeps the agent's value
 * and is reported, for the agent to decide.
 */
export function mergeBillingProfiles(base: BillingProfileFields, mine: BillingProfileFields, theirs: BillingProfileFields): BillingMerge {
  let merged = mine;
  const conflicts: BillingField[] = [];
  const updated: BillingField[] = [];
  for (const field of BILLING_FIELDS) {
    const [b, m, t] = [base, mine, theirs].map((profile) => fieldValue(profile, field) ?? '');
    if (t === b || t === m) continue;
    if (m === b) {
      merged = withFieldValue(merged, field, t!);
      updated.push(field);
    } else conflicts.push(field);
  }
  return { merged, conflicts, updated };
}
