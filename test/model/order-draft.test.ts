import { expect } from '@open-wc/testing';
import type { Product, Sku } from '../../src/model/catalog.js';
import { firstInvalidLine, newCartLine, orderRequestOf, quantityProblem, withLineAdded, withLineChanged, withoutLine, withSku, type CartLine } from '../../src/model/order-draft.js';

const product: Product = {
  id: 'P1',
  title: 'Backup',
  description: 'SaaS backup',
  catalog: 'marketplace',
  skus: [{ id: 'S1', title: 'Standard', minimumQuantity: 5, maximumQuantity: 500, billingCycles: ['monthly', 'annual'], termDurations: ['P1M', 'P1Y'], catalogItemId: 'P1:S1:A' }],
};
const sku = product.skus[0]!;

describe('order draft', () => {
  it('starts a line at the SKU\'s minimum with its first term and billing cycle', () => {
    expect(newCartLine(product, sku)).to.deep.equal({ product, sku, quantity: '5', termDuration: 'P1M', billingCycle: 'monthly', friendlyName: '' });
  });

  it('starts at 1 when a SKU has no minimum, and leaves out terms and cycles it does not offer', () => {
    const bare = { ...sku, minimumQuantity: 0, termDurations: [], billingCycles: [] };
    expect(newCartLine(product, bare)).to.deep.equal({ product, sku: bare, quantity: '1', friendlyName: '' });
  });

  describe('changing the SKU (defect 12)', () => {
    const standard: Sku = { id: 'S1', title: 'Standard', minimumQuantity: 1, maximumQuantity: 300, billingCycles: ['monthly', 'annual'], termDurations: ['P1M', 'P1Y'], catalogItemId: 'P2:S1:A' };
    const enterprise: Sku = { id: 'S2', title: 'Enterprise', minimumQuantity: 10, maximumQuantity: 50, billingCycles: ['triennial', 'annual'], termDurations: ['P3Y', 'P1Y'], catalogItemId: 'P2:S2:A' };
    const suite: Product = { ...product, id: 'P2', skus: [standard, enterprise] };
    const typed = (quantity: string, termDuration?: string, billingCycle?: string): CartLine => ({ ...newCartLine(suite, standard), quantity, termDuration, billingCycle, friendlyName: 'Sales' });

    it('keeps the typed quantity, term and billing cycle when the new SKU allows them', () => {
      expect(withSku(typed('25', 'P1Y', 'annual'), enterprise)).to.deep.equal({ product: suite, sku: enterprise, quantity: '25', termDuration: 'P1Y', billingCycle: 'annual', friendlyName: 'Sales' });
    });

    it('falls back to the new SKU\'s minimum when the typed quantity is outside its range', () => {
      expect(withSku(typed('80', 'P1Y', 'annual'), enterprise).quantity).to.equal('10');
      expect(withSku(typed('5'), enterprise).quantity).to.equal('10');
      expect(withSku(typed(''), enterprise).quantity).to.equal('10');
      expect(withSku(typed('12.5'), enterprise).quantity).to.equal('10');
    });

    it('falls back to the new SKU\'s first term and billing cycle when it does not offer the chosen ones', () => {
      const changed = withSku(typed('20', 'P1M', 'monthly'), enterprise);
      expect([changed.termDuration, changed.billingCycle]).to.deep.equal(['P3Y', 'triennial']);
    });

    it('leaves out a term and billing cycle the new SKU does not offer at all', () => {
      const bare: Sku = { ...enterprise, termDurations: [], billingCycles: [] };
      expect(withSku(typed('20', 'P1Y', 'annual'), bare)).to.deep.equal({ product: suite, sku: bare, quantity: '20', friendlyName: 'Sales' });
    });
  });

  const problems: [string, string | undefined][] = [
    ['', 'quantity-missing'],
    ['  ', 'quantity-missing'],
    ['4', 'quantity-below-minimum'],
    ['501', 'quantity-above-maximum'],
    ['7.5', 'quantity-not-integer'],
    ['abc', 'quantity-not-integer'],
    ['5', undefined],
    ['500', undefined],
  ];
  for (const [typed, code] of problems) {
    it(`reads ${JSON.stringify(typed)} as ${code ?? 'acceptable'}`, () => {
      expect(quantityProblem(sku, typed)?.code).to.equal(code);
    });
  }

  it('numbers the lines from 0, offers each SKU\'s catalog item and drops an empty friendly name', () => {
    const lines = [
      { ...newCartLine(product, sku), quantity: '10', friendlyName: '  Sales  ' },
      { ...newCartLine(product, sku), quantity: '20', termDuration: 'P1Y', billingCycle: 'annual' },
    ];
    expect(orderRequestOf('c1', 'marketplace', lines)).to.deep.equal({
      customerId: 'c1',
      catalog: 'marketplace',
      lineItems: [
        { lineItemNumber: 0, offerId: 'P1:S1:A', quantity: 10, friendlyName: 'Sales', termDuration: 'P1M', billingCycle: 'monthly' },
        { lineItemNumber: 1, offerId: 'P1:S1:A', quantity: 20, termDuration: 'P1Y', billingCycle: 'annual' },
      ],
    });
  });

  describe('cart operations', () => {
    const first: CartLine = { ...newCartLine(product, sku), quantity: '10' };
    const second: CartLine = { ...newCartLine(product, sku), quantity: '20' };

    it('adds a picked line with its quantity trimmed, leaving the cart it was given as it was', () => {
      const cart = [first];
      expect(withLineAdded(cart, { ...second, quantity: ' 20 ' })).to.deep.equal([first, second]);
      expect(cart).to.deep.equal([first]);
    });

    it('changes one line\'s fields and no other\'s, in a new cart', () => {
      const cart = [first, second];
      const changed = withLineChanged(cart, 1, { quantity: '30', friendlyName: 'Sales' });
      expect(changed).to.deep.equal([first, { ...second, quantity: '30', friendlyName: 'Sales' }]);
      expect(changed[0]).to.equal(first);
      expect(cart[1]!.quantity).to.equal('20');
    });

    it('removes the line at an index, and nothing for an index out of range', () => {
      expect(withoutLine([first, second], 0)).to.deep.equal([second]);
      expect(withoutLine([first, second], 5)).to.deep.equal([first, second]);
    });

    it('finds the first line whose quantity its SKU refuses', () => {
      expect(firstInvalidLine([first, second])).to.equal(-1);
      expect(firstInvalidLine([first, { ...second, quantity: '4' }, { ...first, quantity: '' }])).to.equal(1);
      expect(firstInvalidLine([])).to.equal(-1);
    });
  });
});
