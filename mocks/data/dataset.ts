/** A whole dataset: customer rows, the partner's tag set and the product catalog. */
import type { Catalog, Product } from '../../src/model/catalog.js';
import type { CustomerRow } from '../../src/model/customer.js';
import { generateCustomers } from './customers.js';
import { HOSTILE_TAGS } from './hostile.js';
import { resolveOptions, type DatasetOptions } from './options.js';
import { generateProducts } from './products.js';
import { PARTNER_TAGS } from './tags.js';

export interface Dataset {
  customers: CustomerRow[];
  /** The partner's full tag set, including tags no customer carries. */
  tags: string[];
  products: Product[];
  /** Catalogs refused to some customers, with the reason: by Microsoft ID. */
  catalogRefusals: Record<string, Partial<Record<Catalog, string>>>;
}

export function generateDataset(options?: DatasetOptions): Dataset {
  const resolved = resolveOptions(options);
  const customers = generateCustomers(resolved);
  return {
    customers,
    tags: resolved.hostile ? [...PARTNER_TAGS, ...HOSTILE_TAGS] : [...PARTNER_TAGS],
    products: generateProducts(resolved.seed),
    catalogRefusals: generateCatalogRefusals(customers),
  };
}

export const MARKETPLACE_REFUSAL = 'Marketplace offers are not available to customers who buy through an indirect reseller.';

/**
 * Customers who buy through an indirect reseller (and have no direct relationship) may not buy Marketplace
 * offers: a refused catalog to show in the order dialog, the way the partner center refuses a targetView.
 */
function generateCatalogRefusals(customers: readonly CustomerRow[]): Record<string, Partial<Record<Catalog, string>>> {
  const direct = new Set(customers.filter((row) => row.relationship === 'cloud-reseller').map((row) => row.id));
  const refusals: Record<string, Partial<Record<Catalog, string>>> = {};
  for (const row of customers) {
    if (row.relationship === 'indirect-reseller' && !direct.has(row.id)) refusals[row.id] = { marketplace: MARKETPLACE_REFUSAL };
  }
  return refusals;
}
