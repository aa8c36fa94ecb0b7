/** The form's fields: their groups, autocomplete tokens, ids, country names, and how one field is drawn. */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { getLocale } from '../../localization/localization.js';
import type { BillingField, BillingFieldError } from '../../model/billing.js';
import { COUNTRY_CODES } from '../../model/countries.js';
import { fieldErrorMessage, fieldLabel } from './billing-profile-form.messages.js';

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

/**
 * One label, its control and its message. The drop-down list also points at its label with aria-labelledby: the label names it either way, but IBM
 * Equal Access counts only that as a visible label for a <select> (the required mark is aria-hidden, so the
 * name stays the field's).
 */
export function renderField(spec: FieldSpec, value: string, required: boolean, error: BillingFieldError | undefined): TemplateResult {
  const id = fieldId(spec.field);
  const common = { id, invalid: error ? 'true' : 'false', describedBy: error ? `${id}-error` : nothing };
  const control =
    spec.field === 'defaultAddress.country'
      ? html`<select part="input" id=${common.id} name=${spec.field} aria-labelledby="${id}-label" autocomplete=${spec.autocomplete} aria-required=${required ? 'true' : 'false'} aria-invalid=${common.invalid} aria-describedby=${common.describedBy}>
          ${countryOptions().map((country) => html`<option value=${country.code} ?selected=${country.code === value}>${country.name}</option>`)}
        </select>`
      : html`<input
          part="input"
          id=${common.id}
          name=${spec.field}
          type=${spec.type ?? 'text'}
          autocomplete=${spec.autocomplete}
          dir="auto"
          spellcheck="false"
          aria-required=${required ? 'true' : 'false'}
          aria-invalid=${common.invalid}
          aria-describedby=${common.describedBy}
          .value=${live(value)}
        />`;
  return html`<div part="field" class="field">
    <label for=${id} id="${id}-label">${fieldLabel(spec.field)}${required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
    ${control}
    ${error ? html`<p part="error" class="error" id="${id}-error">${fieldErrorMessage(error)}</p>` : nothing}
  </div>`;
}
