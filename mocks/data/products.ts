/** The product catalog with partner-center-style IDs, deterministic per seed and independent of `rows`. */
import { CATALOGS, type Catalog, type Product, type Sku } from '../../src/model/catalog.js';
import { DEFAULT_SEED } from './options.js';
import { PRODUCT_CATALOG, type SkuTemplate } from './product-catalog.js';
import { Random, combineSeeds } from './random.js';

/** The fixed beginnings of real product and availability IDs in each catalog. */
const ID_PREFIX: Readonly<Record<Catalog, string>> = {
  azure: 'DZH318Z0',
  marketplace: 'DZH318Z0',
  software: 'DG7GMGF0',
  'online-services': 'CFQ7TTC0',
};

// Digits and consonants, as in "CFQ7TTC0LH18".
const ID_CHARACTERS = '0123456789BCDFGHJKLMNPQRSTVWXZ';

// Keeps the catalog's stream apart from the customers' stream of the same seed.
const CATALOG_STREAM = 0xca7a1096;

/** Issues 12-character IDs (prefix plus four random characters), never the same one twice. */
class IdIssuer {
  private readonly issued = new Set<string>();

  constructor(private readonly random: Random) {}

  next(prefix: string): string {
    for (;;) {
      let id = prefix;
      for (let i = 0; i < 4; i++) id += ID_CHARACTERS[this.random.int(0, ID_CHARACTERS.length - 1)];
      if (!this.issued.has(id)) {
        this.issued.add(id);
        return id;
      }
    }
  }
}

function toSku(template: SkuTemplate, productId: string, index: number, availabilityId: string): Sku {
  const skuId = String(index + 1).padStart(4, '0');
  const sku: Sku = {
    id: `${productId}:${skuId}`,
    title: template.title,
    minimumQuantity: template.minimumQuantity,
    maximumQuantity: template.maximumQuantity,
    billingCycles: [...template.billingCycles],
    termDurations: [...template.termDurations],
    // productId:skuId:availabilityId, as the partner center forms it; unique because productId is.
    catalogItemId: `${productId}:${skuId}:${availabilityId}`,
  };
  if (template.description !== undefined) sku.description = template.description;
  return sku;
}

/** Every catalog's products (6–15 each, 1–4 SKUs per product), in catalog order. */
export function generateProducts(seed: number = DEFAULT_SEED): Product[] {
  const random = new Random(combineSeeds(seed >>> 0, CATALOG_STREAM));
  const productIds = new IdIssuer(random);
  const availabilityIds = new IdIssuer(random);
  const products: Product[] = [];
  for (const catalog of CATALOGS) {
    const prefix = ID_PREFIX[catalog];
    for (const template of PRODUCT_CATALOG[catalog]) {
      const id = productIds.next(prefix);
      products.push({
        id,
        title: template.title,
        description: template.description,
        catalog,
        skus: template.skus.map((sku, index) => toSku(sku, id, index, availabilityIds.next(prefix))),
      });
    }
  }
  return products;
}
