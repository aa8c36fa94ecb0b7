/** <new-order-dialog> when answers are slow: results stay with the flow that asked, nothing is dropped in silence. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { OrderCreateEvent, OrderErrorEvent } from '../../../src/components/new-order-dialog/new-order-dialog.events.js';
import type { CustomerRow } from '../../../src/model/customer.js';
import { contractFixture } from '../../../src/testing/index.js';
import { nextEvent } from '../../support/browser/element.js';
import { press } from '../../support/browser/input.js';
import {
  addToOrder, button, JOURNEY_TIMEOUT, catalogButton, catalogsLoaded, chooseCatalog, clickButton, CONTOSO10, heading, mountDialog, OrderRecordingAdapter, pickProduct,
  pickQuantity, SAKURA, selectIn, settle, shadow, text, typeIn,
} from './dialog-harness.js';

const BASIC = 'Microsoft 365 Business Basic';

/** An adapter whose next order waits until the test lets it through. */
function gatedAdapter(): { adapter: OrderRecordingAdapter; answer: () => void } {
  const adapter = new OrderRecordingAdapter(contractFixture());
  let answer!: () => void;
  adapter.gate = new Promise((resolve) => (answer = resolve));
  return { adapter, answer };
}

async function submitFor(customer: CustomerRow, adapter: OrderRecordingAdapter) {
  const dialog = await mountDialog(adapter);
  await dialog.show({ customer });
  await catalogsLoaded(dialog);
  await chooseCatalog(dialog, 'Online Services');
  await addToOrder(dialog, BASIC, '3');
  await clickButton(dialog, 'Review order');
  await clickButton(dialog, 'Submit order');
  return dialog;
}

describe('<new-order-dialog> on a slow network', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('never shows an order in another customer\'s dialog, and shows it to its own customer next time (regression: B\'s dialog showed A\'s order)', async () => {
    const { adapter, answer } = gatedAdapter();
    const dialog = await submitFor(CONTOSO10, adapter);
    expect(text(dialog)).to.contain('Submitting…');
    const created = nextEvent(dialog, 'order-create') as Promise<OrderCreateEvent>;
    // The host closes the dialog anyway and opens it for another customer while A's order is on its way.
    dialog.close();
    await dialog.show({ customer: SAKURA });
    await catalogsLoaded(dialog);
    expect(text(dialog)).to.contain(SAKURA.companyName);
    answer();
    const { order } = await created;
    await settle(dialog);
    expect(order.customerId, 'the answer is reported, for A').to.equal(CONTOSO10.id);
    expect(heading(dialog), 'B\'s dialog is not switched to Submitted').to.equal('Catalog');
    expect(text(dialog)).to.not.contain(order.id);
    dialog.close();
    await dialog.show({ customer: CONTOSO10 });
    await settle(dialog);
    expect(heading(dialog), 'A\'s dialog shows its order').to.equal('Submitted');
    expect(shadow(dialog).querySelector('[data-field=id]')!.textContent).to.equal(order.id);
    expect(adapter.orderCalls.map((call) => call.order.customerId)).to.deep.equal([CONTOSO10.id]);
  });

  it('cannot be discarded while the order is being submitted, and says so (regression: "Discard this order?" during a submit)', async () => {
    const { adapter, answer } = gatedAdapter();
    const dialog = await submitFor(CONTOSO10, adapter);
    const cancel = button(dialog, 'Cancel')!;
    expect(cancel.getAttribute('aria-disabled')).to.equal('true');
    expect(text(dialog)).to.contain('Submitting the order. It cannot be cancelled now');
    await press('Escape');
    await settle(dialog);
    expect(dialog.open, 'Escape does not close it').to.equal(true);
    expect(shadow(dialog).querySelector('[role=alertdialog]') === null, 'no discard question').to.equal(true);
    expect(text(dialog)).to.contain('The order is being submitted and cannot be cancelled.');
    answer();
    await waitUntil(() => heading(dialog) === 'Submitted', 'the answer shows', { timeout: 20_000 });
    expect(adapter.orderCalls).to.have.length(1);
  });

  it('keeps the cart read-only while it is submitted, and shows the lines the server took (regression: a quantity typed during the submit was dropped in silence)', async () => {
    const { adapter, answer } = gatedAdapter();
    const dialog = await submitFor(CONTOSO10, adapter);
    expect(text(dialog)).to.contain('Submitting…');
    const row = shadow(dialog).querySelector<HTMLElement>('[data-line="0"]')!;
    const quantity = row.querySelector<HTMLInputElement>('.quantity')!;
    await typeIn(dialog, quantity, '50');
    expect(quantity.value, 'the quantity cannot be edited while the order is on its way').to.equal('3');
    expect(selectIn(row, 'Term').disabled, 'nor the term').to.equal(true);
    expect(selectIn(row, 'Billing cycle').disabled, 'nor the billing cycle').to.equal(true);
    answer();
    await waitUntil(() => heading(dialog) === 'Submitted', 'the answer shows', { timeout: 20_000 });
    expect(adapter.orderCalls.map((call) => call.order.lineItems.map((line) => line.quantity))).to.deep.equal([[3]]);
    const lines = [...shadow(dialog).querySelectorAll<HTMLElement>('[part=order-lines] li')].map((line) => line.innerText.replace(/\s+/g, ' ').trim());
    expect(lines).to.deep.equal([`${BASIC} — ${BASIC} × 3 · 1 month · Monthly`]);
  });

  it('cannot go back, add or remove while the order is submitted, and the Submitted step shows only what was ordered (regression: a product added meanwhile was announced but never ordered)', async () => {
    const { adapter, answer } = gatedAdapter();
    const dialog = await submitFor(CONTOSO10, adapter);
    await clickButton(dialog, 'Back to products');
    expect(heading(dialog), 'Back does not leave the order being sent').to.equal('Review');
    expect(button(dialog, 'Back to products')!.getAttribute('aria-disabled')).to.equal('true');
    await clickButton(dialog, `Remove ${BASIC} (${BASIC})`);
    expect(shadow(dialog).querySelectorAll('tbody tr'), 'Remove does not take a line out of the order being sent').to.have.length(1);
    expect(text(dialog)).to.contain('Submitting…');
    answer();
    await waitUntil(() => heading(dialog) === 'Submitted', 'the answer shows', { timeout: 20_000 });
    expect(adapter.orderCalls.map((call) => call.order.lineItems.length)).to.deep.equal([1]);
    expect(shadow(dialog).querySelectorAll('[part=order-lines] li')).to.have.length(1);
    expect(text(dialog)).to.not.contain('Added');
    expect(text(dialog)).to.not.contain('Removed');
  });

  it('drops "cannot be cancelled" once the order is submitted (regression: an Escape during the submit left it on the Submitted step)', async () => {
    const { adapter, answer } = gatedAdapter();
    const dialog = await submitFor(CONTOSO10, adapter);
    await press('Escape');
    await settle(dialog);
    expect(text(dialog)).to.contain('The order is being submitted and cannot be cancelled.');
    answer();
    await waitUntil(() => heading(dialog) === 'Submitted', 'the answer shows', { timeout: 20_000 });
    expect(text(dialog)).to.not.contain('cannot be cancelled');
    expect(adapter.orderCalls).to.have.length(1);
  });

  it('reports a failure that arrives after a close, shows it on the next opening and retries with the same idempotency key', async () => {
    const { adapter, answer } = gatedAdapter();
    adapter.failures.push(new AdapterError('server', 'The server failed (HTTP 500)', { status: 500 }));
    const dialog = await submitFor(CONTOSO10, adapter);
    const failed = nextEvent(dialog, 'order-error') as Promise<OrderErrorEvent>;
    dialog.close();
    answer();
    const event = await failed;
    expect(event.order.customerId).to.equal(CONTOSO10.id);
    await dialog.show({ customer: CONTOSO10 });
    await settle(dialog);
    expect(heading(dialog)).to.equal('Review');
    expect(text(dialog)).to.contain('The order was not submitted; your choices are kept.');
    adapter.gate = undefined;
    await clickButton(dialog, 'Retry');
    await waitUntil(() => heading(dialog) === 'Submitted', 'the retry went through', { timeout: 20_000 });
    const [first, second] = adapter.orderCalls;
    expect(second!.options.idempotencyKey).to.equal(first!.options.idempotencyKey);
  });

  it('keeps one cart per catalog: going to another catalog and back loses nothing (regression: the cart was emptied silently)', async () => {
    const dialog = await mountDialog();
    await dialog.show({ customer: CONTOSO10 });
    await catalogsLoaded(dialog);
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '3');
    expect(text(dialog)).to.contain('In this order: 1');
    await clickButton(dialog, 'Back');
    expect(catalogButton(dialog, 'Online Services').textContent).to.contain('In this order: 1');
    await chooseCatalog(dialog, 'Software');
    expect(text(dialog)).to.contain('In this order: 0');
    await clickButton(dialog, 'Back');
    await chooseCatalog(dialog, 'Online Services');
    expect(text(dialog)).to.contain('In this order: 1');
  });

  it('takes a quantity only as whole digits and shows it formatted (regression: "1e2" was accepted as 100)', async () => {
    const dialog = await mountDialog();
    await dialog.show({ customer: CONTOSO10 });
    await catalogsLoaded(dialog);
    await chooseCatalog(dialog, 'Online Services');
    for (const typed of ['1e2', '0x10', '+5', '١٢']) {
      await pickProduct(dialog, BASIC, typed);
      await clickButton(dialog, 'Add to order');
      expect(pickQuantity(dialog).getAttribute('aria-invalid'), typed).to.equal('true');
      expect(text(dialog), typed).to.contain('In this order: 0');
    }
    await pickProduct(dialog, BASIC, '250');
    await clickButton(dialog, 'Add to order');
    expect(shadow(dialog).querySelector('[part=cart] li')!.textContent).to.contain('× 250');
  });

  it('keeps the header to a few lines for a 10 000-character name, the whole name in its tooltip (regression: a 2 497 px header)', async () => {
    const long = { ...CONTOSO10, companyName: `${'Long '.repeat(1999)}Corp.` };
    const dialog = await mountDialog();
    await dialog.show({ customer: long });
    await catalogsLoaded(dialog);
    const customer = shadow(dialog).querySelector<HTMLElement>('[part=customer]')!;
    expect(customer.getBoundingClientRect().height).to.be.below(80);
    expect(customer.title).to.contain(long.companyName);
    expect(catalogButton(dialog, 'Azure').getBoundingClientRect().top, 'the flow starts on screen').to.be.below(innerHeight);
  });
});
