import { expect } from '@open-wc/testing';
import {
  CATALOGS,
  CATALOG_TARGET_VIEW,
  checkQuantity,
  findOffer,
  isCatalog,
  validateOrder,
  type OrderLineItem,
  type OrderRequest,
  type Product,
  type Sku,
} from '../../src/model/catalog.js';

const e3: Sku = {
  id: 'sku-e3',
  title: 'Office 365 E3',
  minimumQuantity: 1,
  maximumQuantity: 300,
  billingCycles: ['monthly', 'annual'],
  termDurations: ['P1M', 'P1Y'],
  catalogItemId: 'CFQ7TTC0LF8R:0001:CFQ7TTC0LF8S',
};
const e5: Sku = {
  id: 'sku-e5',
  title: 'Office 365 E5',
  minimumQuantity: 5,
  maximumQuantity: 10,
  billingCycles: ['annual'],
  termDurations: ['P1Y', 'P3Y'],
  catalogItemId: 'CFQ7TTC0LF8R:0002:CFQ7TTC0LF8T',
};
const azurePlan: Sku = {
  id: 'sku-azure',
  title: 'Azure plan',
  minimumQuantity: 1,
  maximumQuantity: 1,
  billingCycles: ['monthly'],
  termDurations: [],
  catalogItemId: 'DZH318Z0BPS6:0001:DZH318Z0BPS7',
};

const office: Product = { id: 'CFQ7TTC0LF8R', title: 'Office 365', description: 'Productivity', catalog: 'online-services', skus: [e3, e5] };
const azure: Product = { id: 'DZH318Z0BPS6', title: 'Azure plan', description: 'Azure', catalog: 'azure', skus: [azurePlan] };
const PRODUCTS = [office, azure];

function order(...lineItems: OrderLineItem[]): OrderRequest {
  return { customerId: '8f3c1d7e-2b4a-4c6d-9e0f-1a2b3c4d5e6f', catalog: 'online-services', lineItems };
}

function line(lineItemNumber: number, offerId: string, quantity: number, extra: Partial<OrderLineItem> = {}): OrderLineItem {
  return { lineItemNumber, offerId, quantity, ...extra };
}

describe('catalogs', () => {
  it('are azure, marketplace, software and online-services', () => {
    expect(CATALOGS).to.deep.equal(['azure', 'marketplace', 'software', 'online-services']);
  });

  it('map to the REST targetView values Azure, MarketplaceSaaS, Software, OnlineServices', () => {
    expect(CATALOGS.map((catalog) => CATALOG_TARGET_VIEW[catalog])).to.deep.equal([
      'Azure',
      'MarketplaceSaaS',
      'Software',
      'OnlineServices',
    ]);
  });
});

describe('isCatalog', () => {
  it('accepts each known catalog', () => {
    expect(CATALOGS.map(isCatalog)).to.deep.equal([true, true, true, true]);
  });

  it('refuses a targetView spelling that is not a catalog ID', () => {
    expect(isCatalog('MarketplaceSaaS')).to.equal(false);
  });

  it('refuses a different case', () => {
    expect(isCatalog('Azure')).to.equal(false);
  });

  it('refuses non-strings', () => {
    expect([undefined, null, 1, {}, ['azure']].map(isCatalog)).to.deep.equal([false, false, false, false, false]);
  });
});

describe('findOffer', () => {
  it('finds the SKU by its catalogItemId, with its product', () => {
    expect(findOffer(PRODUCTS, e5.catalogItemId)).to.deep.equal({ product: office, sku: e5 });
  });

  it('finds a SKU in a later product', () => {
    expect(findOffer(PRODUCTS, azurePlan.catalogItemId)).to.deep.equal({ product: azure, sku: azurePlan });
  });

  it('does not find a SKU by its own ID', () => {
    expect(findOffer(PRODUCTS, 'sku-e3')).to.equal(undefined);
  });

  it('returns undefined for an unknown offer', () => {
    expect(findOffer(PRODUCTS, 'NOPE:0001:NOPE')).to.equal(undefined);
  });
});

describe('checkQuantity', () => {
  it('accepts the minimum', () => {
    expect(checkQuantity(e5, 5)).to.equal(undefined);
  });

  it('accepts the maximum', () => {
    expect(checkQuantity(e5, 10)).to.equal(undefined);
  });

  it('refuses one below the minimum, naming the minimum', () => {
    expect(checkQuantity(e5, 4)).to.deep.equal({ code: 'quantity-below-minimum', message: 'Quantity must be at least 5' });
  });

  it('refuses one above the maximum, naming the maximum', () => {
    expect(checkQuantity(e5, 11)).to.deep.equal({ code: 'quantity-above-maximum', message: 'Quantity must be at most 10' });
  });

  it('refuses a fractional quantity', () => {
    expect(checkQuantity(e5, 5.5)).to.deep.equal({ code: 'quantity-not-integer', message: 'Quantity must be a whole number' });
  });

  it('refuses NaN as not a whole number', () => {
    expect(checkQuantity(e3, Number.NaN)?.code).to.equal('quantity-not-integer');
  });

  it('refuses infinity as not a whole number', () => {
    expect(checkQuantity(e3, Number.POSITIVE_INFINITY)?.code).to.equal('quantity-not-integer');
  });

  it('refuses zero when the minimum is one', () => {
    expect(checkQuantity(e3, 0)?.code).to.equal('quantity-below-minimum');
  });
});

describe('validateOrder', () => {
  it('accepts a valid order', () => {
    const valid = order(line(1, e3.catalogItemId, 25, { termDuration: 'P1Y', billingCycle: 'annual' }), line(2, e5.catalogItemId, 5));

    expect(validateOrder(valid, PRODUCTS)).to.deep.equal([]);
  });

  it('refuses an order without lines', () => {
    expect(validateOrder(order(), PRODUCTS)).to.deep.equal([{ code: 'no-lines', message: 'An order needs at least one line' }]);
  });

  it('refuses an unknown offer', () => {
    expect(validateOrder(order(line(1, 'NOPE', 1)), PRODUCTS)).to.deep.equal([
      { code: 'unknown-offer', lineItemNumber: 1, message: 'Unknown offer NOPE' },
    ]);
  });

  it('refuses an offer from another catalog', () => {
    expect(validateOrder(order(line(3, azurePlan.catalogItemId, 1)), PRODUCTS)).to.deep.equal([
      { code: 'wrong-catalog', lineItemNumber: 3, message: `Offer ${azurePlan.catalogItemId} is not in this catalog` },
    ]);
  });

  it('refuses a fractional quantity', () => {
    expect(validateOrder(order(line(1, e3.catalogItemId, 2.5)), PRODUCTS)).to.deep.equal([
      { code: 'quantity-not-integer', lineItemNumber: 1, message: 'Quantity must be a whole number' },
    ]);
  });

  it('refuses a quantity below the minimum', () => {
    expect(validateOrder(order(line(1, e5.catalogItemId, 4)), PRODUCTS)).to.deep.equal([
      { code: 'quantity-below-minimum', lineItemNumber: 1, message: 'Quantity must be at least 5' },
    ]);
  });

  it('refuses a quantity above the maximum', () => {
    expect(validateOrder(order(line(1, e5.catalogItemId, 11)), PRODUCTS)).to.deep.equal([
      { code: 'quantity-above-maximum', lineItemNumber: 1, message: 'Quantity must be at most 10' },
    ]);
  });

  it('accepts the minimum and the maximum quantity', () => {
    const bounds = order(line(1, e5.catalogItemId, 5), line(2, e5.catalogItemId, 10));

    expect(validateOrder(bounds, PRODUCTS)).to.deep.equal([]);
  });

  it('refuses a term the SKU does not offer', () => {
    expect(validateOrder(order(line(1, e3.catalogItemId, 1, { termDuration: 'P3Y' })), PRODUCTS)).to.deep.equal([
      { code: 'term-not-offered', lineItemNumber: 1, message: 'Term P3Y is not offered' },
    ]);
  });

  it('refuses a billing cycle the SKU does not offer', () => {
    expect(validateOrder(order(line(1, e5.catalogItemId, 5, { billingCycle: 'monthly' })), PRODUCTS)).to.deep.equal([
      { code: 'billing-cycle-not-offered', lineItemNumber: 1, message: 'Billing cycle monthly is not offered' },
    ]);
  });

  it('refuses a line number used twice, reporting it once on the second line', () => {
    const twice = order(line(1, e3.catalogItemId, 1), line(1, e5.catalogItemId, 5));

    expect(validateOrder(twice, PRODUCTS)).to.deep.equal([
      { code: 'duplicate-line-number', lineItemNumber: 1, message: 'Line number 1 is used twice' },
    ]);
  });

  it('reports every problem of every line, in line order', () => {
    const bad: OrderRequest = {
      ...order(
        line(1, e5.catalogItemId, 20, { termDuration: 'P1M', billingCycle: 'monthly' }),
        line(2, 'NOPE', 1),
      ),
      catalog: 'azure',
    };

    expect(validateOrder(bad, PRODUCTS).map((error) => [error.lineItemNumber, error.code])).to.deep.equal([
      [1, 'wrong-catalog'],
      [1, 'quantity-above-maximum'],
      [1, 'term-not-offered'],
      [1, 'billing-cycle-not-offered'],
      [2, 'unknown-offer'],
    ]);
  });

  it('does not check quantity, term or billing cycle of an unknown offer', () => {
    const unknown = order(line(1, 'NOPE', 0.5, { termDuration: 'P9Y', billingCycle: 'never' }));

    expect(validateOrder(unknown, PRODUCTS).map((error) => error.code)).to.deep.equal(['unknown-offer']);
  });
});

describe('line numbers and shared offer IDs', () => {
  it('refuses a negative or fractional line number', () => {
    expect(validateOrder(order(line(-1, e3.catalogItemId, 1)), PRODUCTS).map((e) => e.code)).to.deep.equal(['bad-line-number']);
    expect(validateOrder(order(line(0.5, e3.catalogItemId, 1)), PRODUCTS).map((e) => e.code)).to.deep.equal(['bad-line-number']);
  });

  it('resolves an offer ID shared by two catalogs within the catalog ordered from', () => {
    const twin: Product = { ...azure, id: 'twin', catalog: 'software', skus: [{ ...azurePlan, id: 'twin-sku', maximumQuantity: 9 }] };
    expect(findOffer([azure, twin], azurePlan.catalogItemId, 'software')?.product.id).to.equal('twin');
    expect(findOffer([azure, twin], azurePlan.catalogItemId)?.product.id).to.equal('DZH318Z0BPS6');
    const softwareOrder: OrderRequest = { ...order(line(0, azurePlan.catalogItemId, 5)), catalog: 'software' };
    expect(validateOrder(softwareOrder, [azure, twin])).to.deep.equal([]);
  });
});
