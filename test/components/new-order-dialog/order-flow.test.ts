/** <new-order-dialog>: each step, validation, several lines, review edits and submitting. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { ListProductsRequest } from '../../../src/adapter/customer-adapter.js';
import type { Product } from '../../../src/model/catalog.js';
import type { BillingProfile } from '../../../src/model/billing.js';
import { contractFixture, IDS, OFFERS } from '../../../src/testing/index.js';
import { nextEvent } from '../../support/browser/element.js';
import { click, press } from '../../support/browser/input.js';
import {
  addToOrder, button, JOURNEY_TIMEOUT, cartHeading, catalogButton, catalogsLoaded, chooseCatalog, chooseIn, clickButton, CONTOSO10, expectFocusOn, heading,
  mountDialog, openDialog, OrderRecordingAdapter, pasteIn, pickProduct, pickQuantity, SAKURA, selectIn, settle, shadow, shownOption,
  stepHeading, text, typeIn,
} from './dialog-harness.js';

const BASIC = 'Microsoft 365 Business Basic';

/**
 * A MemoryAdapter that records product requests: each search with its text, signal and whether it has ended,
 * how many calls are still running, and a hold that keeps product answers back until the test releases them.
 */
class SearchSpy extends MemoryAdapter {
  readonly searches: { text: string; signal: AbortSignal; settled: boolean }[] = [];
  listed = 0;
  pending = 0;
  private gate: Promise<void> | undefined;

  /** Holds every product answer from now on until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise((resolve) => (release = resolve));
    return () => {
      this.gate = undefined;
      release();
    };
  }

  override async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
    const search = request.search ? { text: request.search, signal: signal!, settled: false } : undefined;
    if (search) this.searches.push(search);
    this.listed++;
    this.pending++;
    try {
      await this.gate;
      return await super.listProducts(request, signal);
    } finally {
      this.pending--;
      if (search) search.settled = true;
    }
  }

  override async getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile> {
    this.pending++;
    try {
      return await super.getBillingProfile(customerId, signal);
    } finally {
      this.pending--;
    }
  }
}

async function inReview(adapter = new OrderRecordingAdapter(contractFixture())) {
  const dialog = await openDialog(CONTOSO10, adapter);
  await chooseCatalog(dialog, 'Online Services');
  await addToOrder(dialog, BASIC, '25');
  await clickButton(dialog, 'Review order');
  return { dialog, adapter };
}

describe('<new-order-dialog> steps', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('opens modal on the catalog step, saying for whom, with the step heading focused', async () => {
    const dialog = await openDialog();
    const native = shadow(dialog).querySelector('dialog')!;
    expect(native.matches(':modal')).to.equal(true);
    expect(text(dialog)).to.include('For Contoso 10 Pharma · contoso10.onmicrosoft.com · Cloud Reseller');
    expect(shadow(dialog).querySelector('[aria-current=step]')!.textContent).to.equal('Catalog');
    expectFocusOn(stepHeading(dialog), 'opening');
    expect([...shadow(dialog).querySelectorAll('[part=catalog] strong')].map((name) => name.textContent)).to.deep.equal(['Azure', 'Marketplace', 'Software', 'Online Services']);
    expect(catalogButton(dialog, 'Azure').textContent).to.include('Azure plans and reservations');
  });

  it('moves to products, focusing the step heading and marking the step current', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    expect(heading(dialog)).to.equal('Products');
    expect(shadow(dialog).querySelector('[aria-current=step]')!.textContent).to.equal('Products');
    expectFocusOn(stepHeading(dialog), 'choosing a catalog');
    expect(text(dialog)).to.include(BASIC);
  });

  it('shows a catalog the customer may not buy from as unavailable, with the reason, and keeps the others', async () => {
    const dialog = await openDialog(SAKURA);
    const marketplace = catalogButton(dialog, 'Marketplace');
    expect(marketplace.getAttribute('aria-disabled')).to.equal('true');
    expect(marketplace.textContent).to.include('Unavailable: Marketplace offers are not available through this indirect reseller.');
    await click(marketplace);
    await settle(dialog);
    expect(heading(dialog)).to.equal('Catalog');
    expectFocusOn(marketplace, 'clicking an unavailable catalog');
    await chooseCatalog(dialog, 'Software');
    expect(heading(dialog)).to.equal('Products');
  });

  it('says so when a catalog offers nothing', async () => {
    const data = contractFixture();
    const dialog = await openDialog(CONTOSO10, new MemoryAdapter({ ...data, products: data.products.filter((product) => product.catalog !== 'software') }));
    expect(catalogButton(dialog, 'Software').textContent).to.include('No products are offered in this catalog.');
    expect(catalogButton(dialog, 'Software').getAttribute('aria-disabled')).to.equal('true');
  });

  it('searches products as the agent types, aborting the stale request', async () => {
    const adapter = new SearchSpy(contractFixture());
    const dialog = await openDialog(CONTOSO10, adapter);
    await chooseCatalog(dialog, 'Marketplace');
    const box = shadow(dialog).querySelector<HTMLInputElement>('[part=product-search]')!;
    // Each text goes in with one input event, so each makes exactly one search however slowly keys would arrive.
    await pasteIn(dialog, box, 'back');
    await waitUntil(() => adapter.searches.length === 1 && adapter.searches[0]!.settled, 'the first search did not finish', { timeout: 20_000 });
    await pasteIn(dialog, box, 'zzz');
    await waitUntil(() => text(dialog).includes('No products match this search.'), 'search did not finish', { timeout: 20_000 });
    expect(adapter.searches.map((search) => search.text)).to.deep.equal(['back', 'zzz']);
    expect(box.value).to.equal('zzz');
    // The answer to "backup" is held until "backu" has gone out: the later search must abort it in flight.
    const release = adapter.hold();
    await pasteIn(dialog, box, 'backup');
    await waitUntil(() => adapter.searches.length === 3, 'the search for "backup" did not go out', { timeout: 20_000 });
    await pasteIn(dialog, box, 'backu');
    await waitUntil(() => adapter.searches.length === 4, 'the search for "backu" did not go out', { timeout: 20_000 });
    expect(adapter.searches[2]!.signal.aborted, 'the earlier search was aborted by the later one').to.equal(true);
    release();
    await waitUntil(() => text(dialog).includes('Contoso Backup for Microsoft 365'), 'search did not find', { timeout: 20_000 });
    expect(adapter.searches.map((search) => search.text)).to.deep.equal(['back', 'zzz', 'backup', 'backu']);
    expectFocusOn(box, 'searching');
  });
});

describe('<new-order-dialog> interrupted loads and searches', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('loads the catalogs again when it was closed while they were loading', async () => {
    const adapter = new SearchSpy({ ...contractFixture(), latencyMs: 60 });
    const dialog = await mountDialog(adapter);
    await dialog.show({ customer: CONTOSO10 });
    dialog.close();
    // The load cut short has run out (aborted) before the dialog opens again.
    await waitUntil(() => adapter.pending === 0, 'the interrupted load did not end', { timeout: 20_000 });
    await dialog.show();
    await waitUntil(() => catalogButton(dialog, 'Azure').getAttribute('aria-disabled') === 'false', 'catalogs stayed loading', { timeout: 20_000 });
  });

  it('drops a search started in one catalog when the agent goes back and picks another', async () => {
    const adapter = new SearchSpy({ ...contractFixture(), latencyMs: 120 });
    const dialog = await openDialog(CONTOSO10, adapter);
    await chooseCatalog(dialog, 'Online Services');
    await pasteIn(dialog, shadow(dialog).querySelector<HTMLInputElement>('[part=product-search]')!, 'Basic');
    await waitUntil(() => adapter.searches.length === 1, 'the search did not go out', { timeout: 20_000 });
    await clickButton(dialog, 'Back');
    expect(heading(dialog)).to.equal('Catalog');
    expectFocusOn(stepHeading(dialog), 'Back');
    await chooseCatalog(dialog, 'Azure');
    // The stale search's answer (or its abort) has come back before the products are read.
    await waitUntil(() => adapter.pending === 0, 'the stale search did not end', { timeout: 20_000 });
    await settle(dialog);
    expect([...shadow(dialog).querySelectorAll('.product strong')].map((title) => title.textContent)).to.deep.equal(['Azure plan']);
  });

  it('shows loading in the muted color, not as an error', async () => {
    const adapter = new SearchSpy(contractFixture());
    // The catalogs are held until the test has looked: "loading" cannot end under a slow test machine.
    const release = adapter.hold();
    const dialog = await mountDialog(adapter);
    await dialog.show({ customer: CONTOSO10 });
    await waitUntil(() => adapter.listed >= 4, 'the catalogs were not asked', { timeout: 20_000 });
    await settle(dialog);
    expect(shadow(dialog).querySelector('[part=catalog] .error') === null, 'no catalog status in the error color').to.equal(true);
    expect(catalogButton(dialog, 'Azure').textContent).to.include('Loading products…');
    release();
    await catalogsLoaded(dialog);
  });
});

describe('<new-order-dialog> quantities', function () {
  this.timeout(JOURNEY_TIMEOUT);
  const cases: [string, string, string][] = [
    ['below the minimum', '2', 'The quantity must be at least 5 for this product.'],
    ['above the maximum', '501', 'The quantity can be at most 500 for this product.'],
    ['not a whole number', '7.5', 'The quantity must be a whole number from 5 to 500.'],
    ['missing', '', 'Enter a quantity from 5 to 500.'],
  ];
  for (const [what, quantity, message] of cases) {
    it(`refuses a quantity ${what} with a specific message`, async () => {
      const dialog = await openDialog();
      await chooseCatalog(dialog, 'Marketplace');
      await pickProduct(dialog, 'Contoso Backup for Microsoft 365', quantity);
      expect(pickQuantity(dialog).value).to.equal(quantity);
      await clickButton(dialog, 'Add to order');
      const input = pickQuantity(dialog);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(dialog).getElementById(input.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(message);
      expect(text(dialog)).to.include('In this order: 0');
      expectFocusOn(button(dialog, 'Add to order'), 'a refused Add to order');
    });
  }

  it('starts at the SKU\'s minimum and its first term and cycle', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Marketplace');
    await pickProduct(dialog, 'Contoso Backup for Microsoft 365');
    expect(pickQuantity(dialog).value).to.equal('5');
    expect(shownOption(selectIn(shadow(dialog), 'Term'))).to.equal('1 month');
    expect(shownOption(selectIn(shadow(dialog), 'Billing cycle'))).to.equal('Monthly');
  });

  describe('changing the SKU (defect 12)', () => {
    const SUITE = 'Contoso Suite';
    /** The fixture's catalog plus a product with two SKUs of different ranges, terms and cycles. */
    async function withSuite() {
      const data = contractFixture();
      data.products.push({
        id: 'SUITE0000001', title: SUITE, description: 'Two editions.', catalog: 'online-services',
        skus: [
          { id: 'std', title: 'Standard', minimumQuantity: 1, maximumQuantity: 300, billingCycles: ['monthly', 'annual'], termDurations: ['P1M', 'P1Y'], catalogItemId: 'SUITE0000001:std:0001' },
          { id: 'ent', title: 'Enterprise', minimumQuantity: 10, maximumQuantity: 50, billingCycles: ['triennial', 'annual'], termDurations: ['P3Y', 'P1Y'], catalogItemId: 'SUITE0000001:ent:0001' },
        ],
      });
      const dialog = await openDialog(CONTOSO10, new MemoryAdapter(data));
      await chooseCatalog(dialog, 'Online Services');
      await pickProduct(dialog, SUITE);
      const options = () => shadow(dialog).querySelector<HTMLElement>('.fields')!;
      const drawn = () => [pickQuantity(dialog).value, shownOption(selectIn(options(), 'SKU')), shownOption(selectIn(options(), 'Term')), shownOption(selectIn(options(), 'Billing cycle'))];
      return { dialog, options, drawn };
    }

    it('keeps the typed quantity, term and billing cycle when the new SKU allows them', async () => {
      const { dialog, options, drawn } = await withSuite();
      await typeIn(dialog, pickQuantity(dialog), '25');
      await chooseIn(dialog, selectIn(options(), 'Term'), 'P1Y');
      await chooseIn(dialog, selectIn(options(), 'Billing cycle'), 'annual');
      await chooseIn(dialog, selectIn(options(), 'SKU'), 'ent');
      expect(drawn()).to.deep.equal(['25', 'Enterprise', '1 year', 'Annual']);
      expect(shadow(dialog).querySelector('#pick-quantity')!.textContent!.trim()).to.equal('From 10 to 50.');
      await clickButton(dialog, 'Add to order');
      expect(text(dialog)).to.include(`${SUITE} — Enterprise × 25`);
    });

    it('falls back to the new SKU\'s minimum, first term and first cycle when it does not allow the chosen ones', async () => {
      const { dialog, options, drawn } = await withSuite();
      await typeIn(dialog, pickQuantity(dialog), '80');
      await chooseIn(dialog, selectIn(options(), 'SKU'), 'ent');
      expect(drawn()).to.deep.equal(['10', 'Enterprise', '3 years', 'Every 3 years']);
      await typeIn(dialog, pickQuantity(dialog), '40');
      await chooseIn(dialog, selectIn(options(), 'SKU'), 'std');
      expect(drawn()).to.deep.equal(['40', 'Standard', '1 month', 'Monthly']);
    });
  });
});

describe('<new-order-dialog> cart and review', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('adds several lines and removes one', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '10');
    await pickProduct(dialog, BASIC, '3');
    await chooseIn(dialog, selectIn(shadow(dialog), 'Term'), 'P1Y');
    expect(shownOption(selectIn(shadow(dialog), 'Term'))).to.equal('1 year');
    await clickButton(dialog, 'Add to order');
    expect(text(dialog)).to.include('In this order: 2');
    await clickButton(dialog, `Remove ${BASIC} (${BASIC})`);
    expect(text(dialog)).to.include('In this order: 1');
    expect(text(dialog)).to.include('× 3');
    expect(text(dialog)).not.to.include('× 10');
  });

  it('moves focus to the cart\'s heading when Add to order is clicked, as the options that held it are gone', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '10');
    expectFocusOn(cartHeading(dialog), 'clicking Add to order');
    expect(shadow(dialog).querySelector('.fields') === null, 'the options are gone').to.equal(true);
    expect(cartHeading(dialog).textContent).to.equal('In this order: 1');
  });

  it('moves focus to the cart\'s heading when Enter in Quantity adds the product', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    await pickProduct(dialog, BASIC, '12');
    expectFocusOn(pickQuantity(dialog), 'typing the quantity');
    await press('Enter');
    await settle(dialog);
    expectFocusOn(cartHeading(dialog), 'Enter in Quantity');
    expect(cartHeading(dialog).textContent).to.equal('In this order: 1');
    expect(text(dialog)).to.include('× 12');
  });

  it('moves focus to a neighbouring Remove button, then to the cart\'s heading, as lines are removed', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '10');
    await addToOrder(dialog, BASIC, '20');
    const removeButtons = () => [...shadow(dialog).querySelectorAll<HTMLButtonElement>('[part=cart] button')];
    await click(removeButtons()[1]!);
    await settle(dialog);
    expect(text(dialog)).to.include('In this order: 1');
    expect(text(dialog)).not.to.include('× 20');
    expectFocusOn(removeButtons()[0], 'removing the last line');
    await press('Enter');
    await settle(dialog);
    expect(cartHeading(dialog).textContent).to.equal('In this order: 0');
    expectFocusOn(cartHeading(dialog), 'removing the only line');
  });

  it('edits lines in place on the review step and blocks a submit with a bad quantity', async () => {
    const { dialog, adapter } = await inReview();
    const row = shadow(dialog).querySelector<HTMLElement>('[data-line="0"]')!;
    const quantity = row.querySelector<HTMLInputElement>('.quantity')!;
    await typeIn(dialog, quantity, '301');
    expect(row.textContent).to.include('The quantity can be at most 300 for this product.');
    expect(quantity.getAttribute('aria-invalid')).to.equal('true');
    await clickButton(dialog, 'Submit order');
    expect(adapter.orderCalls).to.have.length(0);
    expectFocusOn(quantity, 'a refused submit');
    await typeIn(dialog, quantity, '30');
    await chooseIn(dialog, selectIn(row, 'Term'), 'P1Y');
    await chooseIn(dialog, selectIn(row, 'Billing cycle'), 'annual');
    expect([shownOption(selectIn(row, 'Term')), shownOption(selectIn(row, 'Billing cycle'))]).to.deep.equal(['1 year', 'Annual']);
    await typeIn(dialog, row.querySelector<HTMLInputElement>(`[aria-label="Friendly name of ${BASIC} (${BASIC})"]`)!, '  Sales team ');
    const created = nextEvent(dialog, 'order-create');
    await clickButton(dialog, 'Submit order');
    await created;
    expect(adapter.orderCalls[0]!.order.lineItems).to.deep.equal([
      { lineItemNumber: 0, offerId: OFFERS.businessBasic, quantity: 30, friendlyName: 'Sales team', termDuration: 'P1Y', billingCycle: 'annual' },
    ]);
  });

  it('moves focus to the next line\'s Remove button on review, and to the step heading when the review is emptied', async () => {
    const { dialog } = await inReview();
    await clickButton(dialog, 'Back to products');
    expectFocusOn(stepHeading(dialog), 'Back to products');
    await addToOrder(dialog, BASIC, '7');
    await clickButton(dialog, 'Review order');
    const removeButtons = () => [...shadow(dialog).querySelectorAll<HTMLButtonElement>('tbody button')];
    expect(removeButtons()).to.have.length(2);
    await click(removeButtons()[1]!);
    await settle(dialog);
    expect(shadow(dialog).querySelectorAll('tbody tr')).to.have.length(1);
    expect(shadow(dialog).querySelector<HTMLInputElement>('[data-line="0"] .quantity')!.value).to.equal('25');
    expectFocusOn(removeButtons()[0], 'removing the last line on review');
    await press('Enter');
    await settle(dialog);
    expect(heading(dialog)).to.equal('Products');
    expectFocusOn(stepHeading(dialog), 'removing the only line on review');
  });

  it('submits several lines numbered 0..n-1 with each SKU\'s catalog item as the offer', async () => {
    const adapter = new OrderRecordingAdapter(contractFixture());
    const dialog = await openDialog(CONTOSO10, adapter);
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '10');
    await addToOrder(dialog, BASIC, '20');
    await addToOrder(dialog, BASIC, '30');
    await clickButton(dialog, 'Review order');
    expectFocusOn(stepHeading(dialog), 'Review order');
    const created = nextEvent(dialog, 'order-create');
    await clickButton(dialog, 'Submit order');
    const { order } = await created;
    const sent = adapter.orderCalls[0]!.order;
    expect(sent.customerId).to.equal(IDS.contoso10);
    expect(sent.catalog).to.equal('online-services');
    expect(sent.lineItems.map((line) => [line.lineItemNumber, line.offerId, line.quantity])).to.deep.equal([
      [0, OFFERS.businessBasic, 10],
      [1, OFFERS.businessBasic, 20],
      [2, OFFERS.businessBasic, 30],
    ]);
    await settle(dialog);
    expect(heading(dialog)).to.equal('Submitted');
    expectFocusOn(stepHeading(dialog), 'a submitted order');
    expect(shadow(dialog).querySelector('[data-field=id]')!.textContent).to.equal(order.id);
    expect(shadow(dialog).querySelector('[data-field=status]')!.textContent).to.equal('Completed');
    expect(shadow(dialog).querySelector('[data-field=created]')!.textContent).to.match(/\d{4}/);
    await clickButton(dialog, 'Start another order');
    expect(heading(dialog)).to.equal('Catalog');
    expectFocusOn(stepHeading(dialog), 'Start another order');
    await catalogsLoaded(dialog);
    expect(text(dialog)).not.to.include('In this order');
  });

  it('lets the page veto a submit with order-submit', async () => {
    const { dialog, adapter } = await inReview();
    dialog.addEventListener('order-submit', (event) => event.preventDefault());
    await clickButton(dialog, 'Submit order');
    expect(adapter.orderCalls).to.have.length(0);
    expect(heading(dialog)).to.equal('Review');
  });
});

describe('<new-order-dialog> failures', function () {
  this.timeout(JOURNEY_TIMEOUT);
  const failures: [string, unknown, string][] = [
    ['a network failure', new AdapterError('network', 'The server could not be reached'), 'The server could not be reached'],
    ['a server error', new AdapterError('server', 'The server failed to answer', { status: 500 }), 'The service failed to answer. Try again in a moment.'],
    ['a refusal with the server\'s message', new AdapterError('invalid', 'Quantity exceeds the tenant limit (POST …: HTTP 400)', { status: 400, reason: 'Quantity exceeds the tenant limit' }), 'Quantity exceeds the tenant limit'],
    ['throttling', new AdapterError('throttled', 'Too many requests', { status: 429, retryAfterMs: 3000 }), 'The service is busy; try again in 3 s.'],
  ];
  for (const [what, failure, message] of failures) {
    it(`keeps the cart after ${what}, says why, and Retry succeeds with the same idempotency key`, async () => {
      const adapter = new OrderRecordingAdapter(contractFixture());
      adapter.failures = [failure];
      const { dialog } = await inReview(adapter);
      await clickButton(dialog, 'Submit order');
      await waitUntil(() => shadow(dialog).querySelector('[role=alert]'), 'the failure did not show', { timeout: 20_000 });
      const alert = shadow(dialog).querySelector('[role=alert]')!;
      expect(alert.textContent).to.include('The order was not submitted; your choices are kept.');
      expect(alert.textContent).to.include(message);
      expect(alert.textContent).not.to.include('HTTP 400');
      expect((shadow(dialog).querySelector('[data-line="0"] .quantity') as HTMLInputElement).value).to.equal('25');
      expectFocusOn(button(dialog, 'Retry'), 'a failed submit');
      const created = nextEvent(dialog, 'order-create');
      await clickButton(dialog, 'Retry');
      await created;
      expect(adapter.orderCalls).to.have.length(2);
      expect(adapter.orderCalls[0]!.options.idempotencyKey).to.be.a('string');
      expect(adapter.orderCalls[1]!.options.idempotencyKey).to.equal(adapter.orderCalls[0]!.options.idempotencyKey);
      await settle(dialog);
      expectFocusOn(stepHeading(dialog), 'a successful retry');
    });
  }

  it('sends one order however often Submit is clicked while it runs', async () => {
    const adapter = new OrderRecordingAdapter(contractFixture());
    let open!: () => void;
    adapter.gate = new Promise((resolve) => (open = resolve));
    const { dialog } = await inReview(adapter);
    await clickButton(dialog, 'Submit order');
    const sending = button(dialog, 'Submitting…')!;
    expect(sending.getAttribute('aria-disabled')).to.equal('true');
    await click(sending);
    await click(sending);
    expectFocusOn(sending, 'clicking Submitting…');
    const created = nextEvent(dialog, 'order-create');
    open();
    await created;
    expect(adapter.orderCalls).to.have.length(1);
  });

  it('says why it cannot start when the customer is unknown, and retries', async () => {
    const dialog = await mountDialog(new MemoryAdapter(contractFixture()), 'no-such-id');
    await dialog.show();
    await waitUntil(() => shadow(dialog).querySelector('[role=alert]'), 'no error', { timeout: 20_000 });
    expect(shadow(dialog).querySelector('[role=alert]')!.textContent).to.include('No customer has the Microsoft ID no-such-id.');
    await clickButton(dialog, 'Retry');
    expectFocusOn(stepHeading(dialog), 'Retry');
    await waitUntil(() => shadow(dialog).querySelector('[role=alert]'), 'no error after the retry', { timeout: 20_000 });
    expect(shadow(dialog).querySelector('[role=alert]')!.textContent).to.include('No customer has the Microsoft ID no-such-id.');
  });

  it('starts after Retry when the first start failed, with focus on the step heading', async () => {
    class FailsOnce extends MemoryAdapter {
      failed = false;
      override async getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile> {
        if (!this.failed) {
          this.failed = true;
          throw new AdapterError('network', 'The server could not be reached');
        }
        return super.getBillingProfile(customerId, signal);
      }
    }
    const dialog = await mountDialog(new FailsOnce(contractFixture()), IDS.contoso10);
    await dialog.show();
    await waitUntil(() => shadow(dialog).querySelector('[role=alert]'), 'no error', { timeout: 20_000 });
    expect(shadow(dialog).querySelector('[role=alert]')!.textContent).to.include('The server could not be reached');
    await clickButton(dialog, 'Retry');
    expectFocusOn(stepHeading(dialog), 'Retry');
    await catalogsLoaded(dialog);
    expect(catalogButton(dialog, 'Azure').getAttribute('aria-disabled')).to.equal('false');
    expectFocusOn(stepHeading(dialog), 'the catalogs loading');
  });

  it('finds a customer by its customer-id attribute and the country of its billing address', async () => {
    const requests: ListProductsRequest[] = [];
    class Spy extends MemoryAdapter {
      override async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
        requests.push(request);
        return super.listProducts(request, signal);
      }
    }
    const dialog = await mountDialog(new Spy(contractFixture()), IDS.lodz);
    await dialog.show();
    await waitUntil(() => requests.length === 4, 'catalogs not asked', { timeout: 20_000 });
    expect(shadow(dialog).textContent).to.include('Zakłady Mięsne Łódź Sp. z o.o.');
    expect(new Set(requests.map((request) => `${request.customerId} ${request.country}`)).size).to.equal(1);
    expect(requests[0]!.customerId).to.equal(IDS.lodz);
  });
});
