/** Display labels of domain values. Functions, not constants: `msg()` must run at render time to follow the locale. */
import { msg, str } from '@lit/localize';
import { getLocale } from './localization.js';
import type { Catalog } from '../model/catalog.js';
import type { Relationship } from '../model/customer.js';
import type { ColumnId, SearchField } from '../model/query.js';

/** A relationship as the partner center shows it, e.g. "Cloud Reseller". Unknown ones show their raw value. */
export function relationshipLabel(relationship: Relationship): string {
  switch (relationship) {
    case 'cloud-reseller':
      return msg('Cloud Reseller');
    case 'indirect-reseller':
      return msg('Indirect Reseller');
    case 'advisor':
      return msg('Advisor');
    case 'none':
      return msg('No relationship');
    default:
      return relationship;
  }
}

/** Column headers; the export's CSV header uses the same words. */
export function columnLabel(column: ColumnId): string {
  switch (column) {
    case 'id':
      return msg('Microsoft ID');
    case 'companyName':
      return msg('Company name');
    case 'primaryDomain':
      return msg('Primary domain name');
    case 'relationship':
      return msg('Relationship');
    case 'tags':
      return msg('Tags');
  }
}

export function searchFieldLabel(field: SearchField): string {
  switch (field) {
    case 'companyName':
      return msg('Company name');
    case 'primaryDomain':
      return msg('Domain');
    case 'id':
      return msg('Microsoft ID');
  }
}

export function catalogLabel(catalog: Catalog): string {
  switch (catalog) {
    case 'azure':
      return msg('Azure');
    case 'marketplace':
      return msg('Marketplace');
    case 'software':
      return msg('Software');
    case 'online-services':
      return msg('Online Services');
  }
}

/** One instance per locale: these run on every render of the list (its status line), scroll frames included. */
function perLocale<T>(make: (locale: string) => T): () => T {
  const cache = new Map<string, T>();
  return () => {
    const locale = getLocale();
    let value = cache.get(locale);
    if (!value) cache.set(locale, (value = make(locale)));
    return value;
  };
}

const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale));
export const pluralRules = perLocale((locale) => new Intl.PluralRules(locale));

/**
 * Makes the active locale's number and plural formats now. Their first construction loads the browser's locale
 * data (about 15 ms in Chromium here, `npm run bench -- --profile`): an element that will show counts calls this
 * when it connects, so that cost is not paid in the render that draws its first rows.
 */
export function prepareNumberFormats(): void {
  numberFormat();
  pluralRules();
}

/** A number in the active locale's digits and grouping. */
export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

/**
 * "1 customer", "5 customers"; in Polish "1 klient", "3 klienci", "5 klientów". lit-localize has no plural
 * syntax, so the message is chosen by the locale's plural category, one message id per category.
 */
export function customerCount(count: number): string {
  const n = formatNumber(count);
  switch (pluralRules().select(count)) {
    case 'one':
      return msg(str`${n} customer`, { id: 'customer-count-one' });
    case 'few':
      return msg(str`${n} customers`, { id: 'customer-count-few' });
    case 'many':
      return msg(str`${n} customers`, { id: 'customer-count-many' });
    default:
      return msg(str`${n} customers`, { id: 'customer-count-other' });
  }
}

/**
 * "500+ customers": the rows loaded so far of a list whose total the source does not count, more pages to come.
 * Never a bare number, which would read as the total.
 */
export function customerCountAtLeast(count: number): string {
  return msg(str`${formatNumber(count)}+ customers`, { id: 'customer-count-at-least' });
}
