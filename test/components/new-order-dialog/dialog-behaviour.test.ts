/** <new-order-dialog>: focus, keyboard, closing with confirmation, the list's New order, the REST API, axe. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import type { NewOrderDialog } from '../../../src/components/new-order-dialog/new-order-dialog.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { contractFixture, IDS, OFFERS } from '../../../src/testing/index.js';
import { button as listButton, clickCheckbox, dataRows, mountList, selectedRows } from '../customer-list/list-harness.js';
import { nextEvent } from '../../support/browser/element.js';
import { click, expectFocusNotLost, press, tabTo, type } from '../../support/browser/input.js';
import {
  addToOrder, button, JOURNEY_TIMEOUT, cartHeading, catalogButton, catalogsLoaded, CONTOSO10, chooseCatalog, clickButton, expectFocusOn, heading, mountDialog,
  laterStepsDrawn, openDialog, pickQuantity, productRadio, settle, shadow, stepHeading, text, typeIn,
} from './dialog-harness.js';

const BASIC = 'Microsoft 365 Business Basic';
const isOpen = (dialog: NewOrderDialog) => shadow(dialog).querySelector('dialog')!.open;
const prompt = (dialog: NewOrderDialog) => shadow(dialog).querySelector('[role=alertdialog]');

const productTitles = (dialog: NewOrderDialog) => [...shadow(dialog).querySelectorAll('.product strong')].map((title) => title.textContent ?? '');
const searchBox = (dialog: NewOrderDialog) => shadow(dialog).querySelector<HTMLInputElement>('[part=product-search]')!;

/** A button inside another element's shadow root that opens the dialog, as a host's own toolbar would have. */
async function triggerInShadowRoot(): Promise<{ host: HTMLElement; trigger: HTMLButtonElement; dialog: NewOrderDialog }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<button>Order for this customer</button>';
  const trigger = root.querySelector('button')!;
  const dialog = await mountDialog();
  trigger.addEventListener('click', () => void dialog.show({ customer: CONTOSO10 }));
  return { host, trigger, dialog };
}

/** Opens the dialog from the trigger with the mouse and waits for the catalogs. */
async function openFrom(trigger: HTMLButtonElement, dialog: NewOrderDialog): Promise<void> {
  await click(trigger);
  await waitUntil(() => isOpen(dialog), 'dialog did not open', { timeout: 20_000 });
  await catalogsLoaded(dialog);
}

/** A dialog opened from a trigger, with one line in the cart: closing it asks first. */
async function withCart() {
  const { trigger, dialog } = await triggerInShadowRoot();
  await openFrom(trigger, dialog);
  await chooseCatalog(dialog, 'Online Services');
  await addToOrder(dialog, BASIC, '5');
  return { trigger, dialog };
}

describe('<new-order-dialog> focus and keyboard', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('returns focus to the control that opened it, even inside another shadow root', async () => {
    const { host, trigger, dialog } = await triggerInShadowRoot();
    await openFrom(trigger, dialog);
    expectFocusOn(stepHeading(dialog), 'opening');
    await clickButton(dialog, 'Cancel');
    expect(isOpen(dialog)).to.equal(false);
    expect(host.shadowRoot!.activeElement === trigger, 'focus is back on the trigger').to.equal(true);
    expectFocusOn(trigger, 'Cancel');
  });

  it('keeps Tab inside the modal dialog, never on <body> or the page behind it', async () => {
    const { trigger, dialog } = await triggerInShadowRoot();
    await openFrom(trigger, dialog);
    const visited = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await press('Tab');
      expectFocusNotLost(`Tab ${i + 1}`);
      expect(document.activeElement === dialog, `Tab ${i + 1} stayed in the dialog`).to.equal(true);
      visited.add(shadow(dialog).activeElement?.textContent?.trim() ?? '');
    }
    expect(visited).to.include('Cancel');
  });

  it('wraps Tab from the last control to the first and Shift+Tab back, on the catalog step (regression: Tab went to <body>)', async () => {
    const { trigger, dialog } = await triggerInShadowRoot();
    await openFrom(trigger, dialog);
    const first = button(dialog, 'Cancel')!;
    const last = catalogButton(dialog, 'Online Services');
    await tabTo(last);
    await press('Tab');
    expectFocusOn(first, 'Tab on the last catalog');
    await press('Shift+Tab');
    expectFocusOn(last, 'Shift+Tab on Cancel');
  });

  it('wraps Tab on the products step with a cart, both ways (regression: Tab went to <body>)', async () => {
    const { dialog } = await withCart();
    const first = button(dialog, 'Cancel')!;
    const last = shadow(dialog).querySelector<HTMLButtonElement>('[data-action=review]')!;
    await tabTo(last);
    await press('Tab');
    expectFocusOn(first, 'Tab on Review order');
    await press('Shift+Tab');
    expectFocusOn(last, 'Shift+Tab on Cancel');
    await press('Shift+Tab');
    expectFocusOn(button(dialog, 'Back'), 'Shift+Tab inside the dialog keeps the browser\'s order');
  });

  it('goes from catalog to submitted with the keyboard alone', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const dialog = await openDialog(CONTOSO10, adapter);
    await tabTo(catalogButton(dialog, 'Online Services'));
    await press('Enter');
    await settle(dialog);
    expect(heading(dialog)).to.equal('Products');
    await laterStepsDrawn(dialog);
    const radio = productRadio(dialog, BASIC);
    await tabTo(radio);
    await press(' ');
    await settle(dialog);
    expect(radio.checked, 'Space checks the product').to.equal(true);
    await tabTo(pickQuantity(dialog));
    await press('ControlOrMeta+a');
    await type('12');
    await press('Enter');
    await settle(dialog);
    expect(text(dialog)).to.include('In this order: 1');
    expectFocusOn(cartHeading(dialog), 'Enter in Quantity');
    await tabTo(shadow(dialog).querySelector<HTMLButtonElement>('[data-action=review]')!);
    await press('Enter');
    await settle(dialog);
    expect(heading(dialog)).to.equal('Review');
    expectFocusOn(stepHeading(dialog), 'Review order');
    await tabTo(shadow(dialog).querySelector<HTMLButtonElement>('[data-action=submit]')!);
    const created = nextEvent(dialog, 'order-create');
    await press('Enter');
    expect((await created).order.lineItems[0]!.quantity).to.equal(12);
    await settle(dialog);
    expectFocusOn(stepHeading(dialog), 'submitting');
  });
});

describe('<new-order-dialog> closing', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('closes at once on Escape when nothing would be lost, giving focus back to the trigger', async () => {
    const { trigger, dialog } = await triggerInShadowRoot();
    await openFrom(trigger, dialog);
    const closing = nextEvent(dialog, 'order-dialog-close');
    await press('Escape');
    const event = await closing;
    expect([event.reason, event.unsaved]).to.deep.equal(['escape', false]);
    await settle(dialog);
    expect(isOpen(dialog)).to.equal(false);
    expectFocusOn(trigger, 'Escape');
  });

  it('asks "Discard this order?" with a cart, and Escape backs out one layer at a time, focus going back to where it was', async () => {
    const { trigger, dialog } = await withCart();
    const review = shadow(dialog).querySelector<HTMLButtonElement>('[data-action=review]')!;
    await tabTo(review);
    const closing = nextEvent(dialog, 'order-dialog-close');
    await press('Escape');
    expect((await closing).unsaved).to.equal(true);
    await settle(dialog);
    expect(prompt(dialog)!.textContent).to.include('Discard this order?');
    expectFocusOn(button(dialog, 'Keep editing'), 'the prompt opening');
    await press('Escape');
    await settle(dialog);
    expect(prompt(dialog) === null, 'the prompt is gone').to.equal(true);
    expect(isOpen(dialog)).to.equal(true);
    expect(text(dialog)).to.include('In this order: 1');
    expectFocusOn(review, 'Escape on the prompt');
    await press('Escape');
    await settle(dialog);
    expectFocusOn(button(dialog, 'Keep editing'), 'the prompt opening again');
    await press('Tab');
    expectFocusOn(button(dialog, 'Discard'), 'Tab in the prompt');
    await press('Enter');
    await settle(dialog);
    expect(isOpen(dialog)).to.equal(false);
    expectFocusOn(trigger, 'Discard');
  });

  it('gives focus back to Cancel after Cancel and Keep editing, and to the trigger after Cancel and Discard', async () => {
    const { trigger, dialog } = await withCart();
    await clickButton(dialog, 'Cancel');
    expect(prompt(dialog)!.textContent).to.include('Discard this order?');
    expectFocusOn(button(dialog, 'Keep editing'), 'Cancel with a cart');
    await clickButton(dialog, 'Keep editing');
    expect(prompt(dialog) === null, 'the prompt is gone').to.equal(true);
    expectFocusOn(button(dialog, 'Cancel'), 'Keep editing');
    await clickButton(dialog, 'Cancel');
    await clickButton(dialog, 'Discard');
    expect(isOpen(dialog)).to.equal(false);
    expectFocusOn(trigger, 'Discard');
    await openFrom(trigger, dialog);
    expect(heading(dialog)).to.equal('Catalog');
    expect(text(dialog)).not.to.include('In this order');
  });

  it('gives focus to the step heading after Keep editing when the control that asked to close is gone', async () => {
    const { dialog } = await withCart();
    const remove = button(dialog, `Remove ${BASIC} (${BASIC})`)!;
    await tabTo(remove);
    await press('Escape');
    await settle(dialog);
    expectFocusOn(button(dialog, 'Keep editing'), 'Escape with a cart');
    await clickButton(dialog, 'Back');
    expect(remove.isConnected, 'Back removed the Remove button that asked').to.equal(false);
    await clickButton(dialog, 'Keep editing');
    expect(prompt(dialog) === null, 'the prompt is gone').to.equal(true);
    expect(heading(dialog)).to.equal('Catalog');
    expectFocusOn(stepHeading(dialog), 'Keep editing');
  });

  it('clears a typed product search on the first Escape, focus staying in the box, and closes on the next (regression: Escape closed the dialog)', async () => {
    const { trigger, dialog } = await triggerInShadowRoot();
    await openFrom(trigger, dialog);
    await chooseCatalog(dialog, 'Online Services');
    const box = searchBox(dialog);
    await typeIn(dialog, box, 'zzz');
    await waitUntil(() => text(dialog).includes('No products match this search.'), 'the search did not run', { timeout: 20_000 });
    await press('Escape');
    await settle(dialog);
    expect(isOpen(dialog), 'the first Escape keeps the dialog open').to.equal(true);
    expect(box.value).to.equal('');
    expectFocusOn(box, 'Escape in a search box with text');
    await waitUntil(() => productTitles(dialog).includes(BASIC), 'the whole catalog did not come back', { timeout: 20_000 });
    await press('Escape');
    await settle(dialog);
    expect(isOpen(dialog), 'the next Escape closes').to.equal(false);
    expectFocusOn(trigger, 'Escape in an empty search box');
  });

  it('clears a typed product search on the first Escape with a cart, and asks "Discard this order?" only on the next (regression: the first Escape asked)', async () => {
    const { dialog } = await withCart();
    const box = searchBox(dialog);
    await typeIn(dialog, box, 'zzz');
    await waitUntil(() => text(dialog).includes('No products match this search.'), 'the search did not run', { timeout: 20_000 });
    await press('Escape');
    await settle(dialog);
    expect(prompt(dialog) === null, 'no discard question yet').to.equal(true);
    expect(box.value).to.equal('');
    expectFocusOn(box, 'Escape in a search box with text');
    await waitUntil(() => productTitles(dialog).includes(BASIC), 'the whole catalog did not come back', { timeout: 20_000 });
    await press('Escape');
    await settle(dialog);
    expect(prompt(dialog)!.textContent).to.include('Discard this order?');
    expect(text(dialog)).to.include('In this order: 1');
  });

  it('lets the page keep it open by cancelling order-dialog-close', async () => {
    const dialog = await openDialog();
    dialog.addEventListener('order-dialog-close', (event) => event.preventDefault());
    await press('Escape');
    await settle(dialog);
    expect(isOpen(dialog)).to.equal(true);
    expectFocusOn(stepHeading(dialog), 'a refused Escape');
  });

  it('treats a click on the backdrop as a close request', async () => {
    const { trigger, dialog } = await triggerInShadowRoot();
    await openFrom(trigger, dialog);
    const native = shadow(dialog).querySelector('dialog')!;
    const box = native.getBoundingClientRect();
    expect(box.left > 4 && box.top > 4, 'the backdrop shows around the dialog').to.equal(true);
    const closing = nextEvent(dialog, 'order-dialog-close');
    // The page's corner, outside the dialog's box: only its backdrop is drawn there.
    await click(native, { offset: { x: 2 - box.left, y: 2 - box.top } });
    expect((await closing).reason).to.equal('backdrop');
    await settle(dialog);
    expect(isOpen(dialog)).to.equal(false);
    expectFocusOn(trigger, 'a click on the backdrop');
  });

  it('keeps the cart for the next show() after a discard-free close, and starts over after a submitted order', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '5');
    dialog.close();
    await dialog.show();
    await settle(dialog);
    expect(text(dialog)).to.include('In this order: 1');
    await clickButton(dialog, 'Review order');
    const created = nextEvent(dialog, 'order-create');
    await clickButton(dialog, 'Submit order');
    await created;
    await settle(dialog);
    dialog.close();
    await dialog.show();
    await catalogsLoaded(dialog);
    expect(heading(dialog)).to.equal('Catalog');
    expect(text(dialog)).not.to.include('In this order');
  });
});

describe('<new-order-dialog> from <customer-list>', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('opens for the one selected row from New order and gives focus back to New order', async () => {
    await import('../../../src/components/new-order-dialog/new-order-dialog.js');
    const list = await mountList();
    const row = dataRows(list).find((candidate) => candidate.querySelector('a')?.textContent === 'Contoso 10 Pharma')!;
    await clickCheckbox(list, row);
    expect(selectedRows(list)).to.deep.equal([row]);
    const newOrder = listButton(list, 'New order')!;
    await click(newOrder);
    const dialog = list.shadowRoot!.querySelector<NewOrderDialog>('new-order-dialog')!;
    await waitUntil(() => isOpen(dialog), 'dialog did not open', { timeout: 20_000 });
    await catalogsLoaded(dialog);
    expect(text(dialog)).to.include('For Contoso 10 Pharma');
    await press('Escape');
    await settle(dialog);
    expect(list.shadowRoot!.activeElement === newOrder, 'focus is back on New order').to.equal(true);
    expectFocusOn(newOrder, 'Escape');
  });
});

describe('<new-order-dialog> over the mock REST API', function () {
  this.timeout(JOURNEY_TIMEOUT);
  before(async () => {
    await startMockWorker();
  });

  beforeEach(() => mockApi.reset({ data: contractFixture() }));

  it('posts the order with its lines and the idempotency key, and the API keeps it', async () => {
    const dialog = await openDialog(CONTOSO10, new RestAdapter({ headers: mockAuthHeaders('sales-agent'), retry: { retries: 0 } }));
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '7');
    await clickButton(dialog, 'Review order');
    const created = nextEvent(dialog, 'order-create');
    await clickButton(dialog, 'Submit order');
    const { order } = await created;
    const posts = mockApi.requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => `${request.url} ${request.status}`)).to.deep.equal([`/v1/customers/${IDS.contoso10}/orders 201`]);
    expect(posts[0]!.headers['ms-requestid']).to.be.a('string').and.not.equal('');
    const stored = await (await fetch(`/v1/customers/${IDS.contoso10}/orders`, { headers: mockAuthHeaders('admin-agent') })).json();
    expect(stored.items.map((item: { id: string }) => item.id)).to.deep.equal([order.id]);
    expect(stored.items[0].lineItems).to.deep.equal([{ lineItemNumber: 0, offerId: OFFERS.businessBasic, quantity: 7, termDuration: 'P1M', billingCycle: 'monthly' }]);
  });

  it('keeps the cart when the API answers 500, and Retry sends the same order once more', async () => {
    const dialog = await openDialog(CONTOSO10, new RestAdapter({ headers: mockAuthHeaders('admin-agent'), retry: { retries: 0 } }));
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '7');
    await clickButton(dialog, 'Review order');
    mockApi.configure({ status: { orders: 500 } });
    await clickButton(dialog, 'Submit order');
    await waitUntil(() => shadow(dialog).querySelector('[role=alert]'), 'no error shown', { timeout: 20_000 });
    expect(text(dialog)).to.include(`${BASIC}`);
    expect(shadow(dialog).querySelector<HTMLInputElement>('[data-line="0"] .quantity')!.value).to.equal('7');
    mockApi.faults.reset();
    const created = nextEvent(dialog, 'order-create');
    await clickButton(dialog, 'Retry');
    await created;
    const posts = mockApi.requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.status)).to.deep.equal([500, 201]);
    expect(posts[1]!.headers['ms-requestid']).to.equal(posts[0]!.headers['ms-requestid']);
  });
});

describe('<new-order-dialog> with hostile product names and under axe', function () {
  this.timeout(JOURNEY_TIMEOUT);
  it('renders markup in product names as text', async () => {
    const data = contractFixture();
    data.products[1]!.title = '<img src=x onerror="window.__pwned=1">';
    data.products[1]!.skus[0]!.title = '\u202Eevil SKU';
    const dialog = await openDialog(CONTOSO10, new MemoryAdapter(data));
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, '<img src=x onerror="window.__pwned=1">', '3');
    expect(shadow(dialog).querySelector('img') === null).to.equal(true);
    expect(text(dialog)).to.include('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned === undefined).to.equal(true);
  });

  it('has no violations on any step', async () => {
    const dialog = await openDialog();
    await expect(dialog).to.be.accessible();
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '0');
    await expect(dialog).to.be.accessible();
    await addToOrder(dialog, BASIC, '4');
    await clickButton(dialog, 'Review order');
    await expect(dialog).to.be.accessible();
    const created = nextEvent(dialog, 'order-create');
    await clickButton(dialog, 'Submit order');
    await created;
    await settle(dialog);
    await expect(dialog).to.be.accessible();
  });
});
