/** The form's fields: labels, autocomplete tokens, localized validation messages and country names. */
import { msg, str } from '@lit/localize';
import { getLocale } from '../../localization/localization.js';
import { BILLING_MAX_LENGTH, type BillingField, type BillingFieldError } from '../../model/billing.js';
import { COUNTRY_CODES } from '../../model/countries.js';

export interface FieldSpec {
  field: BillingField;
  /** `autocomplete` token, so browsers and password managers fill the right values. */
  autocomplete: string;
  type?: 'email' | 'tel';
}

export const FIELD_GROUPS: readonly { legend: () => string; fields: readonly FieldSpec[] }[] = [
  {
    legend: () => msg('Company and contact'),
    fields: [
      { field: 'companyName', autocomplete: 'organization' },
      { field: 'firstName', autocomplete: 'given-name' },
      { field: 'lastName', autocomplete: 'family-name' },
      { field: 'email', autocomplete: 'email', type: 'email' },
      { field: 'phoneNumber', autocomplete: 'tel', type: 'tel' },
    ],
  },
  {
    legend: () => msg('Address'),
    fields: [
      { field: 'defaultAddress.country', autocomplete: 'country' },
      { field: 'defaultAddress.region', autocomplete: 'off' },
      { field: 'defaultAddress.state', autocomplete: 'address-level1' },
      { field: 'defaultAddress.city', autocomplete: 'address-level2' },
      { field: 'defaultAddress.addressLine1', autocomplete: 'address-line1' },
      { field: 'defaultAddress.addressLine2', autocomplete: 'address-line2' },
      { field: 'defaultAddress.addressLine3', autocomplete: 'address-line3' },
      { field: 'defaultAddress.postalCode', autocomplete: 'postal-code' },
    ],
  },
  {
    legend: () => msg('Language'),
    fields: [
      { field: 'culture', autocomplete: 'off' },
      { field: 'language', autocomplete: 'language' },
    ],
  },
];

export function fieldLabel(field: BillingField): string {
  switch (field) {
    case 'companyName':
      return msg('Company name');
    case 'firstName':
      return msg('First name');
    case 'lastName':
      return msg('Last name');
    case 'email':
      return msg('Email');
    case 'phoneNumber':
      return msg('Phone number');
    case 'defaultAddress.country':
      return msg('Country or region');
    case 'defaultAddress.region':
      return msg('Region');
    case 'defaultAddress.state':
      return msg('State or province');
    case 'defaultAddress.city':
      return msg('City');
    case 'defaultAddress.addressLine1':
      return msg('Address line 1');
    case 'defaultAddress.addressLine2':
      return msg('Address line 2');
    case 'defaultAddress.addressLine3':
      return msg('Address line 3');
    case 'defaultAddress.postalCode':
      return msg('Postal code');
    case 'culture':
      return msg('Culture (e.g. en-US)');
    case 'language':
      return msg('Language (e.g. en)');
  }
}

export function fieldErrorMessage(error: BillingFieldError): string {
  switch (error.code) {
    case 'required':
      return msg('This field is required.');
    case 'company-name-too-short':
      return msg('A company name needs more than one character.');
    case 'company-name-no-letters':
      return msg('A company name needs letters or digits, not only spaces or punctuation.');
    case 'email-malformed':
      return msg('Enter an email address like name@example.com.');
    case 'phone-malformed':
      return msg('A phone number may contain only digits, spaces and + ( ) - .');
    case 'too-long':
      return msg(str`At most ${BILLING_MAX_LENGTH[error.field] ?? 0} characters.`);
    case 'country-unknown':
      return msg('Choose a country from the list.');
    case 'control-character':
      return msg('Remove the control characters (tabs, line breaks) from this field.');
  }
}

/** An element id for a field, safe in a selector. */
export function fieldId(field: BillingField): string {
  return `field-${field.replace('.', '-')}`;
}

const countryCache = new Map<string, { code: string; name: string }[]>();

/** Every country, named in the active locale and sorted by that name. */
export function countryOptions(): { code: string; name: string }[] {
  const locale = getLocale();
  let options = countryCache.get(locale);
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(locale);
    options = [...COUNTRY_CODES].map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
    countryCache.set(locale, options);
  }
  return options;
}
