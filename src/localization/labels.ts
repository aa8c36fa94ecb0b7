/** Display labels of domain values. Functions, not constants: `msg()` must run at render time to follow the locale. */
import { msg } from '@lit/localize';
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
