/** <new-order-dialog>: focus, keyboard, closing with confirmation, the list's New order, the REST API, axe. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewOrderDialog } from '../../../src/components/new-order-dialog/new-order-dialog.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { contractFixture, IDS, OFFERS } from '../../adapter/contract-fixture.js';
import { button as listButton, checkbox, dataRows, mountList } from '../customer-list/list-harness.js';
import { nextEvent } from '../../support/element.js';
import { addToOrder, button, catalogButton, catalogsLoaded, CONTOSO10, chooseCatalog, heading, openDialog, settle, shadow, text } from './dialog-harness.js';

const BASIC = 'Microsoft 365 Business Basic';
const isOpen = (dialog: NewOrderDialog) => shadow(dialog).querySelector('dialog')!.open;

/** A button inside another element's shadow root, as a host's own toolbar would have. */
async function triggerInShadowRoot(): Promise<{ host: HTMLElement; trigger: HTMLButtonElement }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<button>Order for this customer</button>';
  return { host, trigger: root.querySelector('button')! };
}

describe('<new-order-dialog> focus and keyboard', () => {
  it('returns focus to the control that opened it, even inside another shadow root', async () => {
    const { host, trigger } = await triggerInShadowRoot();
    trigger.focus();
    const dialog = await openDialog();
    expect(host.shadowRoot!.activeElement).not.to.equal(trigger);
    button(dialog, 'Cancel')!.click();
    await settle(dialog);
    expect(isOpen(dialog)).to.equal(false);
    expect(host.shadowRoot!.activeElement === trigger, 'focus is back on the trigger').to.equal(true);
  });

  it('keeps Tab inside the modal dialog (the platform may hand focus to the browser\'s own controls, never to the page)', async () => {
    const { trigger } = await triggerInShadowRoot();
    trigger.focus();
    const dialog = await openDialog();
    const visited = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await sendKeys({ press: 'Tab' });
      const active = document.activeElement;
      // body: focus went to the browser's own UI for one step, as modal dialogs allow.
      expect(active === dialog || active === document.body, `Tab ${i + 1} stayed off the page behind the dialog`).to.equal(true);
      if (active === dialog) visited.add(shadow(dialog).activeElement?.textContent?.trim() ?? '');
    }
    expect(visited).to.include('Cancel');
  });

  it('goes from catalog to submitted with the keyboard alone', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const dialog = await openDialog(CONTOSO10, adapter);
    catalogButton(dialog, 'Online Services').focus();
    await sendKeys({ press: 'Enter' });
    await settle(dialog);
    expect(heading(dialog)).to.equal('Products');
    shadow(dialog).querySelector<HTMLInputElement>('.product input')!.focus();
    await sendKeys({ press: 'Space' });
    await settle(dialog);
    const quantity = shadow(dialog).querySelector<HTMLInputElement>('.fields .quantity')!;
    quantity.focus();
    quantity.select();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    await settle(dialog);
    expect(text(dialog)).to.include('In this order: 1');
    shadow(dialog).querySelector<HTMLButtonElement>('[data-action=review]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(dialog);
    expect(heading(dialog)).to.equal('Review');
    shadow(dialog).querySelector<HTMLButtonElement>('[data-action=submit]')!.focus();
    const created = nextEvent(dialog, 'order-create');
    await sendKeys({ press: 'Enter' });
    expect((await created).order.lineItems[0]!.quantity).to.equal(12);
  });
});

describe('<new-order-dialog> closing', () => {
  it('closes at once on Escape when nothing would be lost', async () => {
    const dialog = await openDialog();
    const closing = nextEvent(dialog, 'order-dialog-close');
    await sendKeys({ press: 'Escape' });
    const event = await closing;
    expect([event.reason, event.unsaved]).to.deep.equal(['escape', false]);
    await settle(dialog);
    expect(isOpen(dialog)).to.equal(false);
  });

  it('asks "Discard this order?" with a cart, and Escape backs out one layer at a time', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '5');
    const closing = nextEvent(dialog, 'order-dialog-close');
    await sendKeys({ press: 'Escape' });
    expect((await closing).unsaved).to.equal(true);
    await settle(dialog);
    expect(shadow(dialog).querySelector('[role=alertdialog]')!.textContent).to.include('Discard this order?');
    expect(shadow(dialog).activeElement).to.equal(button(dialog, 'Keep editing'));
    await sendKeys({ press: 'Escape' });
    await settle(dialog);
    expect(shadow(dialog).querySelector('[role=alertdialog]') === null).to.equal(true);
    expect(isOpen(dialog)).to.equal(true);
    expect(text(dialog)).to.include('In this order: 1');
    button(dialog, 'Cancel')!.click();
    await settle(dialog);
    button(dialog, 'Discard')!.click();
    await settle(dialog);
    expect(isOpen(dialog)).to.equal(false);
  });

  it('lets the page keep it open by cancelling order-dialog-close', async () => {
    const dialog = await openDialog();
    dialog.addEventListener('order-dialog-close', (event) => event.preventDefault());
    await sendKeys({ press: 'Escape' });
    await settle(dialog);
    expect(isOpen(dialog)).to.equal(true);
  });

  it('treats a click on the backdrop as a close request', async () => {
    const dialog = await openDialog();
    const native = shadow(dialog).querySelector('dialog')!;
    const closing = nextEvent(dialog, 'order-dialog-close');
    native.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 2, clientY: 2 }));
    expect((await closing).reason).to.equal('backdrop');
  });

  it('keeps the cart for the next show() after a discard-free close, and starts over after a submitted order', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '5');
    dialog.close();
    await dialog.show();
    await settle(dialog);
    expect(text(dialog)).to.include('In this order: 1');
  });
});

describe('<new-order-dialog> from <customer-list>', () => {
  it('opens for the one selected row from New order and gives focus back to New order', async () => {
    await import('../../../src/components/new-order-dialog/new-order-dialog.js');
    const list = await mountList();
    const row = dataRows(list).find((candidate) => candidate.querySelector('a')?.textContent === 'Contoso 10 Pharma')!;
    checkbox(row).click();
    await list.updateComplete;
    const newOrder = listButton(list, 'New order')!;
    newOrder.focus();
    newOrder.click();
    const dialog = list.shadowRoot!.querySelector<NewOrderDialog>('new-order-dialog')!;
    await waitUntil(() => isOpen(dialog), 'dialog did not open');
    await catalogsLoaded(dialog);
    expect(text(dialog)).to.include('For Contoso 10 Pharma');
    await sendKeys({ press: 'Escape' });
    await settle(dialog);
    expect(list.shadowRoot!.activeElement === newOrder, 'focus is back on New order').to.equal(true);
  });
});

describe('<new-order-dialog> over the mock REST API', () => {
  before(async () => {
    await startMockWorker();
  });

  beforeEach(() => mockApi.reset({ data: contractFixture() }));

  it('posts the order with its lines and the idempotency key, and the API keeps it', async () => {
    const dialog = await openDialog(CONTOSO10, new RestAdapter({ headers: mockAuthHeaders('sales-agent'), retry: { retries: 0 } }));
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, BASIC, '7');
    button(dialog, 'Review order')!.click();
    await settle(dialog);
    button(dialog, 'Submit order')!.click();
    const { order } = await nextEvent(dialog, 'order-create');
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
    button(dialog, 'Review order')!.click();
    await settle(dialog);
    mockApi.configure({ status: { orders: 500 } });
    button(dialog, 'Submit order')!.click();
    await waitUntil(() => shadow(dialog).querySelector('[role=alert]'), 'no error shown', { timeout: 3000 });
    mockApi.faults.reset();
    button(dialog, 'Retry')!.click();
    await nextEvent(dialog, 'order-create');
    const posts = mockApi.requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.status)).to.deep.equal([500, 201]);
    expect(posts[1]!.headers['ms-requestid']).to.equal(posts[0]!.headers['ms-requestid']);
  });
});

describe('<new-order-dialog> with hostile product names and under axe', () => {
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
    button(dialog, 'Review order')!.click();
    await settle(dialog);
    await expect(dialog).to.be.accessible();
    button(dialog, 'Submit order')!.click();
    await nextEvent(dialog, 'order-create');
    await settle(dialog);
    await expect(dialog).to.be.accessible();
  });
});
