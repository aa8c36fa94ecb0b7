/** A whole dataset: customer rows, the partner's tag set, the product catalog and the activity history. */
import type { ActivityRecord } from '../../src/model/activity.js';
import type { Catalog, Product } from '../../src/model/catalog.js';
import type { CustomerRow } from '../../src/model/customer.js';
import { generateActivity } from './activity.js';
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
  /** The last 90 days of changes before `now`, newest first (see `DatasetOptions.activityRecords`). */
  activity: ActivityRecord[];
}

export function generateDataset(options?: DatasetOptions): Dataset {
  const resolved = resolveOptions(options);
  const customers = generateCustomers(resolved);
  const tags = datasetTags(resolved);
  const products = generateProducts(resolved.seed);
  return {
    customers,
    tags,
    products,
    catalogRefusals: generateCatalogRefusals(customers),
    activity: datasetActivity(resolved, customers, tags, products),
  };
}

/** The partner's tag set of a dataset: known before any row is generated. */
export function datasetTags({ hostile }: Pick<Required<DatasetOptions>, 'hostile'>): string[] {
  return hostile ? [...PARTNER_TAGS, ...HOSTILE_TAGS] : [...PARTNER_TAGS];
}

/** The activity history of a dataset, over all of its customers. */
export function datasetActivity(
  { seed, hostile, now, activityRecords }: Required<DatasetOptions>,
  customers: readonly CustomerRow[],
  tags: readonly string[],
  products: readonly Product[],
): ActivityRecord[] {
  return generateActivity({ customers, tags, products, seed, hostile, now, count: activityRecords });
}

export const MARKETPLACE_REFUSAL = 'Marketplace offers are not available to customers who buy through an indirect reseller.';

/**
 * Customers who buy through an indirect reseller (and have no direct relationship) may not buy Marketplace
 * offers: a refused catalog to show in the order dialog, the way the partner center refuses a targetView.
 * Works on any run of rows that keeps each customer's rows together, such as a `CustomerStream` chunk.
 */
export function generateCatalogRefusals(customers: readonly CustomerRow[]): Record<string, Partial<Record<Catalog, string>>> {
  const direct = new Set(customers.filter((row) => row.relationship === 'cloud-reseller').map((row) => row.id));
  const refusals: Record<string, Partial<Record<Catalog, string>>> = {};
  for (const row of customers) {
    if (row.relationship === 'indirect-reseller' && !direct.has(row.id)) refusals[row.id] = { marketplace: MARKETPLACE_REFUSAL };
  }
  return refusals;
}
