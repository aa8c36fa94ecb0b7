/** <new-order-dialog>: each step, validation, several lines, review edits and submitting. */
import { expect, waitUntil } from '@open-wc/testing';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { ListProductsRequest } from '../../../src/adapter/customer-adapter.js';
import type { Product } from '../../../src/model/catalog.js';
import type { NewOrderDialog } from '../../../src/components/new-order-dialog/new-order-dialog.js';
import { contractFixture, IDS, OFFERS } from '../../adapter/contract-fixture.js';
import { nextEvent } from '../../support/element.js';
import {
  addToOrder, button, catalogButton, CONTOSO10, choose, chooseCatalog, heading, openDialog, OrderRecordingAdapter,
  pickProduct, pickQuantity, SAKURA, selectIn, settle, shadow, text, typeInto,
} from './dialog-harness.js';

const BASIC = 'Microsoft 365 Business Basic';

async function inReview(adapter = new OrderRecordingAdapter(contractFixture())) {
  const dialog = await openDialog(CONTOSO10, adapter);
  await chooseCatalog(dialog, 'Online Services');
  await addToOrder(dialog, BASIC, '25');
  button(dialog, 'Review order')!.click();
  await settle(dialog);
  return { dialog, adapter };
}

describe('<new-order-dialog> steps', () => {
  it('opens modal on the catalog step, saying for whom, with the step heading focused', async () => {
    const dialog = await openDialog();
    const native = shadow(dialog).querySelector('dialog')!;
    expect(native.matches(':modal')).to.equal(true);
    expect(text(dialog)).to.include('For Contoso 10 Pharma · contoso10.onmicrosoft.com · Cloud Reseller');
    expect(shadow(dialog).querySelector('[aria-current=step]')!.textContent).to.equal('Catalog');
    expect(shadow(dialog).activeElement).to.equal(shadow(dialog).querySelector('.step-heading'));
    expect([...shadow(dialog).querySelectorAll('[part=catalog] strong')].map((name) => name.textContent)).to.deep.equal(['Azure', 'Marketplace', 'Software', 'Online Services']);
    expect(catalogButton(dialog, 'Azure').textContent).to.include('Azure plans and reservations');
  });

  it('moves to products, focusing the step heading and marking the step current', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    expect(heading(dialog)).to.equal('Products');
    expect(shadow(dialog).querySelector('[aria-current=step]')!.textContent).to.equal('Products');
    expect(shadow(dialog).activeElement).to.equal(shadow(dialog).querySelector('.step-heading'));
    expect(text(dialog)).to.include(BASIC);
  });

  it('shows a catalog the customer may not buy from as unavailable, with the reason, and keeps the others', async () => {
    const dialog = await openDialog(SAKURA);
    const marketplace = catalogButton(dialog, 'Marketplace');
    expect(marketplace.getAttribute('aria-disabled')).to.equal('true');
    expect(marketplace.textContent).to.include('Unavailable: Marketplace offers are not available through this indirect reseller.');
    marketplace.click();
    await settle(dialog);
    expect(heading(dialog)).to.equal('Catalog');
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
    const signals: AbortSignal[] = [];
    class Spy extends MemoryAdapter {
      override async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
        if (request.search) signals.push(signal!);
        await new Promise((resolve) => setTimeout(resolve, 40));
        return super.listProducts(request, signal);
      }
    }
    const dialog = await openDialog(CONTOSO10, new Spy(contractFixture()));
    await chooseCatalog(dialog, 'Marketplace');
    const box = shadow(dialog).querySelector<HTMLInputElement>('[part=product-search]')!;
    await typeInto(box, 'back');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await typeInto(box, 'zzz');
    await new Promise((resolve) => setTimeout(resolve, 260));
    await waitUntil(() => text(dialog).includes('No products match this search.'), 'search did not finish', { timeout: 3000 });
    expect(signals).to.have.length(2);
    await typeInto(box, 'backup');
    await new Promise((resolve) => setTimeout(resolve, 270));
    await typeInto(box, 'backu');
    await new Promise((resolve) => setTimeout(resolve, 270));
    expect(signals[2]!.aborted, 'the earlier search was aborted by the later one').to.equal(true);
    await waitUntil(() => text(dialog).includes('Contoso Backup for Microsoft 365'), 'search did not find', { timeout: 3000 });
  });
});

describe('<new-order-dialog> interrupted loads and searches', () => {
  it('loads the catalogs again when it was closed while they were loading', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), latencyMs: 60 });
    const { fixture, html } = await import('@open-wc/testing');
    const dialog = await fixture<NewOrderDialog>(html`<new-order-dialog .adapter=${adapter} country="US"></new-order-dialog>`);
    await dialog.show({ customer: CONTOSO10 });
    dialog.close();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await dialog.show();
    await waitUntil(() => catalogButton(dialog, 'Azure').getAttribute('aria-disabled') === 'false', 'catalogs stayed loading', { timeout: 3000 });
  });

  it('drops a search started in one catalog when the agent goes back and picks another', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), latencyMs: 120 });
    const dialog = await openDialog(CONTOSO10, adapter);
    await chooseCatalog(dialog, 'Online Services');
    await typeInto(shadow(dialog).querySelector<HTMLInputElement>('[part=product-search]')!, 'Basic');
    await new Promise((resolve) => setTimeout(resolve, 300));
    button(dialog, 'Back')!.click();
    await settle(dialog);
    await chooseCatalog(dialog, 'Azure');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle(dialog);
    expect([...shadow(dialog).querySelectorAll('.product strong')].map((title) => title.textContent)).to.deep.equal(['Azure plan']);
  });

  it('shows loading in the muted color, not as an error', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), latencyMs: 200 });
    const { fixture, html } = await import('@open-wc/testing');
    const dialog = await fixture<NewOrderDialog>(html`<new-order-dialog .adapter=${adapter} country="US"></new-order-dialog>`);
    await dialog.show({ customer: CONTOSO10 });
    await settle(dialog);
    expect(shadow(dialog).querySelector('[part=catalog] .error') === null, 'no catalog status in the error color').to.equal(true);
    expect(catalogButton(dialog, 'Azure').textContent).to.include('Loading products…');
  });
});

describe('<new-order-dialog> quantities', () => {
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
      button(dialog, 'Add to order')!.click();
      await settle(dialog);
      const input = pickQuantity(dialog);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(dialog).getElementById(input.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(message);
      expect(text(dialog)).to.include('In this order: 0');
    });
  }

  it('starts at the SKU\'s minimum and its first term and cycle', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Marketplace');
    await pickProduct(dialog, 'Contoso Backup for Microsoft 365');
    expect(pickQuantity(dialog).value).to.equal('5');
    expect(selectIn(shadow(dialog), 'Term').value).to.equal('P1M');
    expect(selectIn(shadow(dialog), 'Billing cycle').value).to.equal('monthly');
  });
});

describe('<new-order-dialog> cart and review', () => {
  it('adds several lines and removes one', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '10');
    await pickProduct(dialog, BASIC, '3');
    await choose(selectIn(shadow(dialog), 'Term'), 'P1Y', dialog);
    button(dialog, 'Add to order')!.click();
    await settle(dialog);
    expect(text(dialog)).to.include('In this order: 2');
    button(dialog, `Remove ${BASIC} (${BASIC})`)!.click();
    await settle(dialog);
    expect(text(dialog)).to.include('In this order: 1');
    expect(text(dialog)).to.include('× 3');
  });

  it('edits lines in place on the review step and blocks a submit with a bad quantity', async () => {
    const { dialog, adapter } = await inReview();
    const row = shadow(dialog).querySelector<HTMLElement>('[data-line="0"]')!;
    const quantity = row.querySelector<HTMLInputElement>('.quantity')!;
    await typeInto(quantity, '301');
    expect(row.textContent).to.include('The quantity can be at most 300 for this product.');
    button(dialog, 'Submit order')!.click();
    await settle(dialog);
    expect(adapter.orderCalls).to.have.length(0);
    expect(shadow(dialog).activeElement).to.equal(quantity);
    await typeInto(quantity, '30');
    await choose(selectIn(row, 'Term'), 'P1Y', dialog);
    await choose(selectIn(row, 'Billing cycle'), 'annual', dialog);
    await typeInto(row.querySelector<HTMLInputElement>(`[aria-label="Friendly name of ${BASIC} (${BASIC})"]`)!, '  Sales team ');
    button(dialog, 'Submit order')!.click();
    await nextEvent(dialog, 'order-create');
    expect(adapter.orderCalls[0]!.order.lineItems).to.deep.equal([
      { lineItemNumber: 0, offerId: OFFERS.businessBasic, quantity: 30, friendlyName: 'Sales team', termDuration: 'P1Y', billingCycle: 'annual' },
    ]);
  });

  it('submits several lines numbered 0..n-1 with each SKU\'s catalog item as the offer', async () => {
    const adapter = new OrderRecordingAdapter(contractFixture());
    const dialog = await openDialog(CONTOSO10, adapter);
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '10');
    await addToOrder(dialog, BASIC, '20');
    await addToOrder(dialog, BASIC, '30');
    button(dialog, 'Review order')!.click();
    await settle(dialog);
    const created = nextEvent(dialog, 'order-create');
    button(dialog, 'Submit order')!.click();
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
    expect(shadow(dialog).querySelector('[data-field=id]')!.textContent).to.equal(order.id);
    expect(shadow(dialog).querySelector('[data-field=status]')!.textContent).to.equal('Completed');
    expect(shadow(dialog).querySelector('[data-field=created]')!.textContent).to.match(/\d{4}/);
    button(dialog, 'Start another order')!.click();
    await settle(dialog);
    expect(heading(dialog)).to.equal('Catalog');
  });

  it('lets the page veto a submit with order-submit', async () => {
    const { dialog, adapter } = await inReview();
    dialog.addEventListener('order-submit', (event) => event.preventDefault());
    button(dialog, 'Submit order')!.click();
    await settle(dialog);
    expect(adapter.orderCalls).to.have.length(0);
  });
});

describe('<new-order-dialog> failures', () => {
  const failures: [string, unknown, string][] = [
    ['a network failure', new AdapterError('network', 'The server could not be reached'), 'The server could not be reached'],
    ['a server error', new AdapterError('server', 'The server failed to answer', { status: 500 }), 'The server failed to answer'],
    ['a refusal with the server\'s message', new AdapterError('invalid', 'Quantity exceeds the tenant limit (POST …: HTTP 400)', { status: 400, reason: 'Quantity exceeds the tenant limit' }), 'Quantity exceeds the tenant limit'],
    ['throttling', new AdapterError('throttled', 'Too many requests', { status: 429, retryAfterMs: 3000 }), 'The service is busy; try again in 3 s.'],
  ];
  for (const [what, failure, message] of failures) {
    it(`keeps the cart after ${what}, says why, and Retry succeeds with the same idempotency key`, async () => {
      const adapter = new OrderRecordingAdapter(contractFixture());
      adapter.failures = [failure];
      const { dialog } = await inReview(adapter);
      button(dialog, 'Submit order')!.click();
      await settle(dialog);
      const alert = shadow(dialog).querySelector('[role=alert]')!;
      expect(alert.textContent).to.include('The order was not submitted; your choices are kept.');
      expect(alert.textContent).to.include(message);
      expect(alert.textContent).not.to.include('HTTP 400');
      expect((shadow(dialog).querySelector('[data-line="0"] .quantity') as HTMLInputElement).value).to.equal('25');
      const created = nextEvent(dialog, 'order-create');
      button(dialog, 'Retry')!.click();
      await created;
      expect(adapter.orderCalls).to.have.length(2);
      expect(adapter.orderCalls[0]!.options.idempotencyKey).to.be.a('string');
      expect(adapter.orderCalls[1]!.options.idempotencyKey).to.equal(adapter.orderCalls[0]!.options.idempotencyKey);
    });
  }

  it('sends one order however often Submit is clicked while it runs', async () => {
    const adapter = new OrderRecordingAdapter(contractFixture());
    let open!: () => void;
    adapter.gate = new Promise((resolve) => (open = resolve));
    const { dialog } = await inReview(adapter);
    button(dialog, 'Submit order')!.click();
    await settle(dialog);
    const sending = button(dialog, 'Submitting…')!;
    expect(sending.getAttribute('aria-disabled')).to.equal('true');
    sending.click();
    sending.click();
    open();
    await nextEvent(dialog, 'order-create');
    expect(adapter.orderCalls).to.have.length(1);
  });

  it('says why it cannot start when the customer is unknown, and retries', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const { fixture, html } = await import('@open-wc/testing');
    const dialog = await fixture<HTMLElement & { show(): Promise<void> }>(html`<new-order-dialog .adapter=${adapter} customer-id="no-such-id"></new-order-dialog>`);
    await dialog.show();
    await waitUntil(() => dialog.shadowRoot!.querySelector('[role=alert]'), 'no error', { timeout: 3000 });
    expect(dialog.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('No customer has the Microsoft ID no-such-id.');
  });

  it('finds a customer by its customer-id attribute and the country of its billing address', async () => {
    const requests: ListProductsRequest[] = [];
    class Spy extends MemoryAdapter {
      override async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
        requests.push(request);
        return super.listProducts(request, signal);
      }
    }
    const { fixture, html } = await import('@open-wc/testing');
    const dialog = await fixture<HTMLElement & { show(): Promise<void> }>(html`<new-order-dialog .adapter=${new Spy(contractFixture())} customer-id=${IDS.lodz}></new-order-dialog>`);
    await dialog.show();
    await waitUntil(() => requests.length === 4, 'catalogs not asked', { timeout: 3000 });
    expect(dialog.shadowRoot!.textContent).to.include('Zakłady Mięsne Łódź Sp. z o.o.');
    expect(new Set(requests.map((request) => `${request.customerId} ${request.country}`)).size).to.equal(1);
    expect(requests[0]!.customerId).to.equal(IDS.lodz);
  });
});
