/**
 * <new-order-dialog> tells the page before it closes (`order-dialog-close`, cancelable) and after
 * (`order-dialog-closed`, focus already back), and Retry after a failed start keeps focus in the dialog.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { OrderDialogClosedEvent } from '../../../src/components/new-order-dialog/new-order-dialog.events.js';
import type { NewOrderDialog } from '../../../src/components/new-order-dialog/new-order-dialog.js';
import { contractFixture } from '../../../src/testing/index.js';
import { deepActiveElement } from '../../../src/internal/focus.js';
import { click, press, tabTo } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { addToOrder, button, catalogsLoaded, chooseCatalog, clickButton, CONTOSO10, expectFocusOn, JOURNEY_TIMEOUT, mountDialog, settle, shadow, stepHeading } from './dialog-harness.js';

const isOpen = (dialog: NewOrderDialog) => shadow(dialog).querySelector('dialog')!.open;

/** A dialog opened with the mouse from a button on the page; records each `order-dialog-closed` with where focus was then. */
async function openFromTrigger() {
  const trigger = await fixture<HTMLButtonElement>(html`<button>New order</button>`);
  const dialog = await mountDialog();
  trigger.addEventListener('click', () => void dialog.show({ customer: CONTOSO10 }));
  const notices: { reason: string; focus: Element | undefined; open: boolean }[] = [];
  dialog.addEventListener('order-dialog-closed', (event: OrderDialogClosedEvent) => notices.push({ reason: event.reason, focus: deepActiveElement(), open: isOpen(dialog) }));
  await click(trigger);
  await waitUntil(() => isOpen(dialog), 'the dialog did not open', { timeout: 20_000 });
  await catalogsLoaded(dialog);
  return { trigger, dialog, notices };
}

describe('<new-order-dialog> close notice', function () {
  this.timeout(JOURNEY_TIMEOUT);

  it('tells order-dialog-closed once closed, with the reason, focus already back on the trigger', async () => {
    const { trigger, dialog, notices } = await openFromTrigger();
    await press('Escape');
    await settle(dialog);
    expect(notices).to.deep.equal([{ reason: 'escape', focus: trigger, open: false }]);
    await click(trigger);
    await waitUntil(() => isOpen(dialog), 'the dialog did not open again', { timeout: 20_000 });
    await clickButton(dialog, 'Cancel');
    expect(notices.map((notice) => notice.reason)).to.deep.equal(['escape', 'cancel']);
    expectFocusOn(trigger, 'Cancel');
  });

  it('tells nothing when the page refuses the close or "Discard this order?" is asked, and `discard` after Discard', async () => {
    const { trigger, dialog, notices } = await openFromTrigger();
    const refuse = (event: Event) => event.preventDefault();
    dialog.addEventListener('order-dialog-close', refuse);
    await press('Escape');
    await settle(dialog);
    expect(isOpen(dialog)).to.equal(true);
    dialog.removeEventListener('order-dialog-close', refuse);
    await chooseCatalog(dialog, 'Online Services');
    await addToOrder(dialog, 'Microsoft 365 Business Basic', '5');
    await clickButton(dialog, 'Cancel');
    expectFocusOn(button(dialog, 'Keep editing'), 'Cancel with a cart');
    expect(notices, 'nothing closed yet').to.deep.equal([]);
    await clickButton(dialog, 'Discard');
    expect(notices).to.deep.equal([{ reason: 'discard', focus: trigger, open: false }]);
  });

  it('tells `api` after close()', async () => {
    const { trigger, dialog, notices } = await openFromTrigger();
    dialog.close();
    await settle(dialog);
    expect(notices).to.deep.equal([{ reason: 'api', focus: trigger, open: false }]);
  });
});

describe('<new-order-dialog> Retry after a failed start', function () {
  this.timeout(JOURNEY_TIMEOUT);

  it('keeps focus in the dialog when Retry is pressed with the keyboard and goes with its message', async () => {
    const dialog = await mountDialog(new MemoryAdapter(contractFixture()), 'no-such-id');
    await dialog.show();
    await waitUntil(() => button(dialog, 'Retry'), 'the failure did not show', { timeout: 20_000 });
    const retry = button(dialog, 'Retry')!;
    await tabTo(retry);
    await press('Enter');
    await settle(dialog);
    expect(retry.isConnected, 'Retry went with its message').to.equal(false);
    expectFocusOn(stepHeading(dialog), 'Enter on Retry');
    await waitUntil(() => button(dialog, 'Retry'), 'the failure did not show again', { timeout: 20_000 });
  });
});
