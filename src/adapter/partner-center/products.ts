/**
 * A catalog's products with their SKUs and availabilities: target view → products → SKUs → availabilities, the
 * three documented levels (see catalog.ts), walked once per catalog, country and customer and then kept: a
 * catalog changes rarely and the order dialog asks for it on every open and every search.
 */
import type { Catalog, Product } from '../../model/catalog.js';
import { queryString } from './api-url.js';
import { availabilityFrom, inCatalog, PARTNER_CENTER_TARGET_VIEW, productFrom, productOf, skuFrom, skusOf, type ProductResource, type SkuResource } from './catalog.js';
import { collectionFrom, linkHeaders, type Collection, type Link } from './paging.js';
import type { Operation, Transport } from './transport.js';

/** Calls in flight at once while walking SKUs: few, since Partner Center throttles per partner. */
const CONCURRENCY = 4;
/** A collection that never stops sending next links is a broken server, not a long catalog. */
const MAX_PAGES = 1000;

export interface CatalogKey {
  catalog: Catalog;
  country: string;
  customerId?: string | undefined;
}

export class ProductCatalog {
  private readonly cache = new Map<string, Product[]>();

  constructor(private readonly transport: Transport) {}

  /** The catalog's purchasable products, each with at least one purchasable SKU, from the cache when walked before. */
  async products(key: CatalogKey, operation: Operation): Promise<Product[]> {
    const id = JSON.stringify([key.catalog, key.country, key.customerId ?? '']);
    let products = this.cache.get(id);
    if (!products) {
      products = await this.walk(key, operation);
      this.cache.set(id, products);
    }
    return products;
  }

  private async walk({ catalog, country, customerId }: CatalogKey, operation: Operation): Promise<Product[]> {
    const { urls } = this.transport;
    const targetView = PARTNER_CENTER_TARGET_VIEW[catalog];
    // By customer, the documented calls take no country (get-a-list-of-products-by-customer.md).
    const customer = customerId === undefined ? '' : `/customers/${encodeURIComponent(customerId)}`;
    const countryQuery = customerId === undefined ? queryString({ country }) : '';
    const first = urls.api(`${customer}/products`, customerId === undefined ? queryString({ country, targetView }) : queryString({ targetView }));
    const resources = (await this.all(operation, first, productFrom)).filter((product) => inCatalog(catalog, product));
    const products = await mapLimit(resources, CONCURRENCY, async (product: ProductResource) => {
      const skusUrl = this.follow(product.skusLink) ?? urls.api(`${customer}/products/${encodeURIComponent(product.id)}/skus`, countryQuery);
      const skus = await this.all(operation, skusUrl, skuFrom);
      const offers = await mapLimit(skus, CONCURRENCY, async (sku: SkuResource) => {
        const path = `${customer}/products/${encodeURIComponent(product.id)}/skus/${encodeURIComponent(sku.id)}/availabilities`;
        const availabilities = await this.all(operation, this.follow(sku.availabilitiesLink) ?? urls.api(path, countryQuery), availabilityFrom);
        return skusOf(sku, availabilities);
      });
      return productOf(product, catalog, offers.flat());
    });
    return products.filter((product) => product.skus.length > 0);
  }

  private follow(link: Link | undefined): string | undefined {
    return link && this.transport.urls.link(link.uri);
  }

  /** Every item of a collection, following its next links. */
  private async all<T>(operation: Operation, url: string, item: (value: unknown, path: string) => T): Promise<T[]> {
    const items: T[] = [];
    let next: { url: string; headers?: Record<string, string> } | undefined = { url };
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const collection: Collection<T> = collectionFrom(await this.transport.get(operation, next.url, next.headers), 'collection', item);
      items.push(...collection.items);
      next = collection.next && { url: this.transport.urls.link(collection.next.uri), headers: linkHeaders(collection.next) };
    }
    return items;
  }
}

async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < items.length) {
      const index = nextIndex++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Case-insensitive match on a product's title or one of its SKUs' titles, as every adapter searches (whole products). */
export function searchProducts(products: readonly Product[], search: string | undefined): Product[] {
  const text = search?.trim().toLowerCase();
  const matches = (title: string) => !text || title.toLowerCase().includes(text);
  return products.filter((product) => matches(product.title) || product.skus.some((sku) => matches(sku.title))).map((product) => structuredClone(product));
}
