/** One customer's order: steps, the product being configured, the carts of each catalog and the submit plan. */
import { expect } from '@open-wc/testing';
import type { Order, Product } from '../../src/model/catalog.js';
import type { CustomerRow } from '../../src/model/customer.js';
import { OrderFlow } from '../../src/model/order-flow.js';

const customer: CustomerRow = { id: 'c1', companyName: 'Contoso', primaryDomain: 'contoso.onmicrosoft.com', relationship: 'cloud-reseller', tags: [] };
const product: Product = {
  id: 'P1',
  title: 'Backup',
  description: 'SaaS backup',
  catalog: 'marketplace',
  skus: [
    { id: 'S1', title: 'Standard', minimumQuantity: 5, maximumQuantity: 500, billingCycles: ['monthly', 'annual'], termDurations: ['P1M', 'P1Y'], catalogItemId: 'P1:S1:A' },
    { id: 'S2', title: 'Premium', minimumQuantity: 1, maximumQuantity: 10, billingCycles: ['annual'], termDurations: ['P1Y'], catalogItemId: 'P1:S2:A' },
  ],
};

/** A flow in the Marketplace catalog with one line of `quantity` added. */
function withOneLine(quantity = '25'): OrderFlow {
  const flow = new OrderFlow(customer);
  flow.chooseCatalog('marketplace');
  flow.choose(product);
  flow.updatePick({ quantity });
  flow.addPick();
  return flow;
}

describe('order flow', () => {
  it('picks a product with its first SKU and adds it, leaving nothing picked', () => {
    const flow = new OrderFlow(customer);
    flow.chooseCatalog('marketplace');
    flow.choose(product);
    expect([flow.pick?.sku.id, flow.pick?.quantity]).to.deep.equal(['S1', '5']);
    const added = flow.addPick();
    expect(added?.product.id).to.equal('P1');
    expect(flow.cart.map((line) => line.quantity)).to.deep.equal(['5']);
    expect(flow.pick).to.equal(undefined);
  });

  it('keeps a refused quantity as the pick\'s problem until the quantity is typed again', () => {
    const flow = new OrderFlow(customer);
    flow.chooseCatalog('marketplace');
    flow.choose(product);
    flow.updatePick({ quantity: '4' });
    expect(flow.addPick()).to.equal(undefined);
    expect(flow.pickProblem?.code).to.equal('quantity-below-minimum');
    expect(flow.cart).to.have.length(0);
    flow.updatePick({ friendlyName: 'Sales' });
    expect(flow.pickProblem?.code, 'a change other than the quantity').to.equal('quantity-below-minimum');
    flow.updatePick({ quantity: '6' });
    expect(flow.pickProblem).to.equal(undefined);
  });

  it('changes the picked SKU, keeping what the new SKU allows', () => {
    const flow = new OrderFlow(customer);
    flow.chooseCatalog('marketplace');
    flow.choose(product);
    flow.updatePick({ quantity: '8', termDuration: 'P1Y' });
    flow.chooseSku('S2');
    expect([flow.pick?.sku.id, flow.pick?.quantity, flow.pick?.termDuration, flow.pick?.billingCycle]).to.deep.equal(['S2', '8', 'P1Y', 'annual']);
    flow.chooseSku('no-such-sku');
    expect(flow.pick?.sku.id).to.equal('S2');
  });

  it('does not go to an empty review, and goes back to products when the review is emptied', () => {
    const flow = new OrderFlow(customer);
    flow.chooseCatalog('marketplace');
    expect(flow.goTo('review')).to.equal(false);
    expect(flow.step).to.equal('products');
    flow.choose(product);
    flow.addPick();
    expect(flow.goTo('review')).to.equal(true);
    expect(flow.removeLine(0)?.product.id).to.equal('P1');
    expect(flow.step).to.equal('products');
    expect(flow.removeLine(0), 'no such line').to.equal(undefined);
  });

  it('keeps one cart per catalog', () => {
    const flow = withOneLine();
    flow.chooseCatalog('software');
    expect(flow.cart).to.have.length(0);
    expect(flow.cartSize('marketplace')).to.equal(1);
    flow.chooseCatalog('marketplace');
    expect(flow.cart).to.have.length(1);
    expect(flow.unsaved).to.equal(true);
  });

  it('plans a submit that points at the first bad quantity, and sends nothing from an empty cart', () => {
    const flow = withOneLine();
    flow.updateLine(0, { quantity: '501' });
    expect(flow.planSubmit()).to.deep.equal({ kind: 'invalid', line: 0 });
    const empty = new OrderFlow(customer);
    empty.chooseCatalog('marketplace');
    expect(empty.planSubmit()).to.deep.equal({ kind: 'invalid', line: -1 });
    expect(new OrderFlow(customer).planSubmit(), 'no catalog chosen').to.equal(undefined);
  });

  it('plans the same idempotency key for the same order, a new one for a changed order, and nothing while sending', () => {
    const flow = withOneLine();
    const first = flow.planSubmit();
    const again = flow.planSubmit();
    if (first?.kind !== 'send' || again?.kind !== 'send') throw new Error('expected orders to send');
    expect(first.order.lineItems).to.deep.equal([{ lineItemNumber: 0, offerId: 'P1:S1:A', quantity: 25, termDuration: 'P1M', billingCycle: 'monthly' }]);
    expect(again.idempotencyKey).to.equal(first.idempotencyKey);
    flow.updateLine(0, { quantity: '26' });
    const changed = flow.planSubmit();
    expect(changed?.kind === 'send' && changed.idempotencyKey).not.to.equal(first.idempotencyKey);
    flow.submitState = { kind: 'sending' };
    expect(flow.planSubmit()).to.equal(undefined);
  });

  it('keeps the cart as sent while the order is on its way', () => {
    const flow = withOneLine();
    flow.submitState = { kind: 'sending' };
    flow.updateLine(0, { quantity: '30' });
    expect(flow.removeLine(0)).to.equal(undefined);
    flow.choose(product);
    expect(flow.addPick()).to.equal(undefined);
    expect(flow.goTo('products')).to.equal(false);
    expect(flow.cart.map((line) => line.quantity)).to.deep.equal(['25']);
  });

  it('shows a submitted order, then starts over with that catalog\'s cart done and the others kept', () => {
    const flow = withOneLine();
    flow.chooseCatalog('software');
    flow.choose({ ...product, id: 'P9', catalog: 'software' });
    flow.addPick();
    flow.chooseCatalog('marketplace');
    const plan = flow.planSubmit();
    if (plan?.kind !== 'send') throw new Error('expected an order to send');
    const created: Order = { id: 'o1', customerId: customer.id, catalog: 'marketplace', status: 'completed', creationDate: '2026-12-06T00:00:00Z', lineItems: plan.order.lineItems };
    flow.submitted(plan, created);
    expect([flow.step, flow.unsaved]).to.deep.equal(['submitted', false]);
    expect(flow.submitState.kind === 'done' && flow.submitState.lines).to.deep.equal(plan.lines);
    flow.startOver();
    expect([flow.step, flow.catalog, flow.cartSize('marketplace'), flow.cartSize('software')]).to.deep.equal(['catalog', undefined, 0, 1]);
  });
});
