/**
 * Products, SKUs and availabilities: develop/get-a-list-of-products.md (and by customer), get-a-list-of-skus-for-a-
 * product.md, get-a-list-of-availabilities-for-a-sku.md (and by customer).
 */
import { HttpResponse } from 'msw';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import { CATALOGS, type Catalog, type Product } from '../../src/model/catalog.js';
import type { MockStore } from '../api/mock-api.js';
import { pcError, PARENT_PRODUCT_NOT_FOUND, TARGET_VIEW_NOT_ALLOWED } from './errors.js';
import { BadRequest, type Handler } from './route.js';
import { pcAvailability, pcCollection, pcProduct, pcSku } from './shapes.js';


/** The documented target views and the catalogs of ours each holds; the other documented views are empty here. */
const TARGET_VIEWS: Record<string, readonly Catalog[]> = {
  Azure: [], AzureReservations: [], AzureReservationsVM: [], AzureReservationsSQL: [], AzureReservationsCosmosDb: [],
  MicrosoftAzure: ['azure'],
  OnlineServices: ['online-services', 'marketplace'],
  Software: ['software'], SoftwareSUSELinux: [], SoftwarePerpetual: [], SoftwareSubscriptions: [],
};

function catalogsOf(url: URL): readonly Catalog[] {
  const view = url.searchParams.get('targetView');
  if (view === null) throw new BadRequest('targetView is required');
  const catalogs = TARGET_VIEWS[view];
  if (!catalogs) throw new BadRequest(`Unknown targetView ${JSON.stringify(view)}`);
  return catalogs;
}

function countryOf(url: URL): string {
  const country = url.searchParams.get('country');
  if (!country) throw new BadRequest('country is required');
  return country;
}

/** The products of some catalogs a customer (or anyone) may buy; a view whose every catalog is refused is 403. */
export async function productsOf(store: MockStore, catalogs: readonly Catalog[], country: string, customerId?: string): Promise<Product[]> {
  const products: Product[] = [];
  let refusal: AdapterError | undefined;
  for (const catalog of catalogs) {
    try {
      products.push(...(await store.listProducts({ catalog, country, ...(customerId === undefined ? {} : { customerId }) })));
    } catch (error) {
      if (!(error instanceof AdapterError) || error.kind !== 'forbidden') throw error;
      refusal = error;
    }
  }
  if (refusal && products.length === 0) throw new AdapterError('forbidden', refusal.message, { status: 403, code: String(TARGET_VIEW_NOT_ALLOWED) });
  return products;
}

/** A customer's country is theirs; the by-customer routes take none (get-a-list-of-products-by-customer.md). */
export const CUSTOMER_COUNTRY = 'US';

async function findProduct(store: MockStore, productId: string, country: string, customerId?: string): Promise<Product> {
  const products = await productsOf(store, CATALOGS, country, customerId).catch(() => [] as Product[]);
  const product = products.find((candidate) => candidate.id === productId);
  if (!product) throw new AdapterError('not-found', 'The parent product was not found.', { status: 404, code: String(PARENT_PRODUCT_NOT_FOUND) });
  return product;
}

export const listProducts: Handler = async ({ url, store }) => {
  const country = countryOf(url);
  const products = await productsOf(store, catalogsOf(url), country);
  return HttpResponse.json(pcCollection(products.map((product) => pcProduct(product, `/products/${product.id}/skus?country=${country}`)), url.pathname + url.search));
};

export const listCustomerProducts: Handler = async ({ url, params, store }) => {
  const customer = `/customers/${params.id}`;
  const products = await productsOf(store, catalogsOf(url), CUSTOMER_COUNTRY, params.id);
  return HttpResponse.json(pcCollection(products.map((product) => pcProduct(product, `${customer}/products/${product.id}/skus`)), url.pathname + url.search));
};

export const listSkus: Handler = async ({ url, params, store }) => {
  const customerId = params.id;
  const country = customerId === undefined ? countryOf(url) : CUSTOMER_COUNTRY;
  const product = await findProduct(store, params.productId!, country, customerId);
  const prefix = customerId === undefined ? '' : `/customers/${customerId}`;
  const query = customerId === undefined ? `?country=${country}` : '';
  const skus = product.skus.map((sku) => pcSku(product, sku, `${prefix}/products/${product.id}/skus/${sku.id}/availabilities${query}`));
  return HttpResponse.json(pcCollection(skus, url.pathname + url.search));
};

export const listAvailabilities: Handler = async ({ url, params, store }) => {
  const customerId = params.id;
  const country = customerId === undefined ? countryOf(url) : CUSTOMER_COUNTRY;
  const product = await findProduct(store, params.productId!, country, customerId);
  const sku = product.skus.find((candidate) => candidate.id === params.skuId);
  if (!sku) return pcError(404, 404, `SKU ${params.skuId} of product ${product.id} was not found`);
  return HttpResponse.json(pcCollection([pcAvailability(product, sku, country)], url.pathname + url.search));
};
