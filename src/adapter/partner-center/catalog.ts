/**
 * The catalog as documented (develop/product-resources.md, get-a-list-of-products.md, get-a-list-of-skus-for-a-
 * product.md, get-a-list-of-availabilities-for-a-sku.md and their "by customer" pages): a product carries no
 * SKUs, a SKU no terms and no offer id; those live on the SKU's availabilities, so a product list is three levels
 * of calls. Here the levels are decoded and joined into the model's `Product`/`Sku`.
 */
import type { BillingCycle, Catalog, Product, Sku } from '../../model/catalog.js';
import { array, number, object, optionalString, string, type Json } from '../rest/decode.js';
import { linkFrom, type Link } from './paging.js';

/**
 * The documented `targetView` of each catalog (get-a-list-of-products.md). There is no `MarketplaceSaaS` view:
 * - `azure` → `MicrosoftAzure` ("items for Microsoft Azure subscriptions (MS-AZR-0145P) and Azure plans"; the
 *   by-customer example lists the Azure plan under it);
 * - `marketplace` → `OnlineServices` ("including commercial marketplace products"), the products whose
 *   `isMicrosoftProduct` is false;
 * - `online-services` → `OnlineServices`, the products whose `isMicrosoftProduct` is true;
 * - `software` → `Software` ("all software items").
 */
export const PARTNER_CENTER_TARGET_VIEW: Readonly<Record<Catalog, string>> = {
  azure: 'MicrosoftAzure',
  marketplace: 'OnlineServices',
  'online-services': 'OnlineServices',
  software: 'Software',
};

/** Whether a product of the catalog's target view belongs to the catalog (OnlineServices holds two of ours). */
export function inCatalog(catalog: Catalog, product: ProductResource): boolean {
  if (catalog === 'marketplace') return product.isMicrosoftProduct === false;
  if (catalog === 'online-services') return product.isMicrosoftProduct !== false;
  return true;
}

export interface ProductResource {
  id: string;
  title: string;
  description: string;
  isMicrosoftProduct?: boolean;
  skusLink?: Link;
}

export interface SkuResource {
  id: string;
  title: string;
  description?: string;
  minimumQuantity: number;
  maximumQuantity: number;
  billingCycles: BillingCycle[];
  availabilitiesLink?: Link;
}

export interface AvailabilityResource {
  id: string;
  catalogItemId: string;
  isPurchasable: boolean;
  termDurations: string[];
}

export function productFrom(value: unknown, path: string): ProductResource {
  const json = object(value, path);
  const product: ProductResource = { id: string(json, 'id', path), title: string(json, 'title', path), description: optionalString(json, 'description', path) ?? '' };
  if (typeof json.isMicrosoftProduct === 'boolean') product.isMicrosoftProduct = json.isMicrosoftProduct;
  const skus = linkOf(json, 'skus', path);
  if (skus) product.skusLink = skus;
  return product;
}

export function skuFrom(value: unknown, path: string): SkuResource {
  const json = object(value, path);
  const cycles = json.supportedBillingCycles === undefined || json.supportedBillingCycles === null ? [] : array(json.supportedBillingCycles, `${path}.supportedBillingCycles`);
  const sku: SkuResource = {
    id: string(json, 'id', path),
    title: string(json, 'title', path),
    minimumQuantity: number(json, 'minimumQuantity', path),
    maximumQuantity: number(json, 'maximumQuantity', path),
    billingCycles: cycles.map((cycle, index) => billingCycleFrom(string({ cycle }, 'cycle', `${path}.supportedBillingCycles[${index}]`))),
  };
  const description = optionalString(json, 'description', path);
  if (description !== undefined) sku.description = description;
  const availabilities = linkOf(json, 'availabilities', path);
  if (availabilities) sku.availabilitiesLink = availabilities;
  return sku;
}

export function availabilityFrom(value: unknown, path: string): AvailabilityResource {
  const json = object(value, path);
  const terms = json.terms === undefined || json.terms === null ? [] : array(json.terms, `${path}.terms`);
  return {
    id: string(json, 'id', path),
    catalogItemId: string(json, 'catalogItemId', path),
    // Absent means nothing said against buying it; only an explicit false takes it off the list.
    isPurchasable: json.isPurchasable !== false,
    termDurations: terms.map((term, index) => string(object(term, `${path}.terms[${index}]`), 'duration', `${path}.terms[${index}]`)),
  };
}

/**
 * The model's SKUs of one SKU resource: one per purchasable availability, since each availability is its own
 * offer (`catalogItemId`, the order line's `offerId`) with its own terms. A lone availability keeps the SKU's id.
 */
export function skusOf(sku: SkuResource, availabilities: readonly AvailabilityResource[]): Sku[] {
  const purchasable = availabilities.filter((availability) => availability.isPurchasable);
  return purchasable.map((availability) => {
    const result: Sku = {
      id: purchasable.length === 1 ? sku.id : `${sku.id}/${availability.id}`,
      title: sku.title,
      minimumQuantity: sku.minimumQuantity,
      maximumQuantity: sku.maximumQuantity,
      billingCycles: [...sku.billingCycles],
      termDurations: [...availability.termDurations],
      catalogItemId: availability.catalogItemId,
    };
    if (sku.description !== undefined) result.description = sku.description;
    return result;
  });
}

export function productOf(product: ProductResource, catalog: Catalog, skus: Sku[]): Product {
  return { id: product.id, title: product.title, description: product.description, catalog, skus };
}

/** The documented `BillingCycleType` names (`one_time`) as the model spells them (`one-time`), and back. */
export function billingCycleFrom(value: string): BillingCycle {
  const lower = value.toLowerCase();
  return lower === 'one_time' ? 'one-time' : lower;
}

export function billingCycleTo(value: BillingCycle): string {
  return value === 'one-time' ? 'one_time' : value;
}

function linkOf(json: Json, name: string, path: string): Link | undefined {
  if (typeof json.links !== 'object' || json.links === null) return undefined;
  const link = (json.links as Json)[name];
  return link === undefined || link === null ? undefined : linkFrom(link, `${path}.links.${name}`);
}
