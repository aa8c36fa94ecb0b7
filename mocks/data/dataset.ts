/** A whole dataset: customer rows, the partner's tag set and the product catalog. */
import type { Product } from '../../src/model/catalog.js';
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
}

export function generateDataset(options?: DatasetOptions): Dataset {
  const resolved = resolveOptions(options);
  return {
    customers: generateCustomers(resolved),
    tags: resolved.hostile ? [...PARTNER_TAGS, ...HOSTILE_TAGS] : [...PARTNER_TAGS],
    products: generateProducts(resolved.seed),
  };
}
