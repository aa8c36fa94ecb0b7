/** The shared modal and popover controller, through real input on small fixture elements. */
import { expect, fixture, html } from '@open-wc/testing';
import { click, expectFocused, expectFocusNotLost, press, tabTo } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import type { DialogFixture, PopoverFixture } from './fixtures.js';
import { inside } from './fixtures.js';

async function openDialog(): Promise<DialogFixture> {
  const host = await fixture<DialogFixture>(html`<overlay-dialog-fixture></overlay-dialog-fixture>`);
  await click(inside(host, '#open'));
  await waitUntil(() => inside<HTMLDialogElement>(host, 'dialog').open && host.shadowRoot!.activeElement?.id === 'title', 'the dialog opened with focus on its title');
  return host;
}

describe('OverlayController: a modal dialog', () => {
  it('opens modally with focus on its heading', async () => {
    const host = await openDialog();
    expect(inside(host, 'dialog').matches(':modal')).to.equal(true);
    expectFocused(inside(host, 'h2'), 'the heading takes focus');
  });

  it('closes with Escape through a request, then tells, and gives focus back to its invoker', async () => {
    const host = await openDialog();
    await press('Escape');
    await waitUntil(() => !inside<HTMLDialogElement>(host, 'dialog').open, 'Escape closed the dialog');
    expect(host.log).to.deep.equal(['request:escape', 'closed:escape']);
    expectFocused(inside(host, '#open'), 'focus is back on the button that opened it');
  });

  it('stays open, focus inside, when the request is refused (Escape and its Close button)', async () => {
    const host = await openDialog();
    host.refuse = true;
    await press('Escape');
    await click(inside(host, '#close'));
    expect(host.log).to.deep.equal(['request:escape', 'request:button']);
    expect(inside<HTMLDialogElement>(host, 'dialog').open).to.equal(true);
    expect(host.overlay.isOpen).to.equal(true);
    expectFocused(inside(host, '#close'), 'focus stays on the control used');
  });

  it('asks to close on a click on its backdrop, not on a click inside', async () => {
    const host = await openDialog();
    const dialog = inside<HTMLDialogElement>(host, 'dialog');
    await click(inside(host, 'h2'));
    expect(host.log).to.deep.equal([]);
    await click(dialog, { offset: { x: -8, y: 8 } });
    await waitUntil(() => !dialog.open, 'the backdrop click closed the dialog');
    expect(host.log).to.deep.equal(['request:backdrop', 'closed:backdrop']);
    expectFocused(inside(host, '#open'));
  });

  it('keeps Tab inside: from its last control Tab goes to the first, Shift+Tab back', async () => {
    const host = await openDialog();
    const close = inside(host, '#close');
    await tabTo(close);
    await press('Tab');
    expectFocused(inside(host, '#field'), 'Tab from the last control wraps to the first');
    await press('Shift+Tab');
    expectFocused(close, 'Shift+Tab from the first control wraps to the last');
  });

  it('follows the platform closing the dialog itself (a method="dialog" form), focus back to the invoker', async () => {
    const host = await openDialog();
    await click(inside(host, '#done'));
    await waitUntil(() => host.log.includes('closed:platform'), 'the platform close was noticed');
    expect(host.overlay.isOpen).to.equal(false);
    expect(host.log).to.deep.equal(['closed:platform'], 'nothing was asked: the platform did not ask either');
    expectFocused(inside(host, '#open'));
  });

  it('stays open when opened again before the close event of the previous close arrived', async () => {
    const host = await openDialog();
    const dialog = inside<HTMLDialogElement>(host, 'dialog');
    const closeEvent = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
    host.overlay.close();
    const reopened = host.overlay.open();
    await reopened;
    await closeEvent;
    await host.updateComplete;
    expect(dialog.open, 'the dialog is still shown').to.equal(true);
    expect(host.overlay.isOpen).to.equal(true);
    expect(host.log).to.deep.equal(['closed:api']);
    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape still closes the dialog opened again');
  });

  it('gives focus to the fallback when its invoker is gone, never to <body>', async () => {
    const host = await openDialog();
    inside(host, '#open').remove();
    await press('Escape');
    await waitUntil(() => !host.overlay.isOpen);
    expectFocusNotLost('closing with the invoker gone');
    expectFocused(inside(host, '#fallback'));
  });

  it('leaves the dismiss stack when its host leaves the page', async () => {
    const host = await openDialog();
    const parent = host.parentElement!;
    host.remove();
    expect(host.overlay.isOpen).to.equal(false);
    expect(host.log).to.deep.equal(['closed:disconnect']);
    // With the layer gone, an Escape reaches the page again.
    const input = document.createElement('input');
    parent.append(input);
    let seen = false;
    input.addEventListener('keydown', (event) => (seen = event.key === 'Escape'));
    await click(input);
    await press('Escape');
    expect(seen, 'the Escape reached the page').to.equal(true);
  });
});

describe('OverlayController: a popover', () => {
  async function openMenu(): Promise<PopoverFixture> {
    const host = await fixture<PopoverFixture>(html`<overlay-popover-fixture></overlay-popover-fixture>`);
    await click(inside(host, '#command'));
    await waitUntil(() => host.shadowRoot!.activeElement?.id === 'item', 'the menu opened with focus on its item');
    return host;
  }

  it('notices its command opening it, and moves focus in', async () => {
    const host = await openMenu();
    expect(inside(host, '#menu').matches(':popover-open')).to.equal(true);
    expect(host.log).to.deep.equal(['opened']);
  });

  it('closes with Escape through a request, focus back to its command', async () => {
    const host = await openMenu();
    await press('Escape');
    await waitUntil(() => !inside(host, '#menu').matches(':popover-open'));
    expect(host.log).to.deep.equal(['opened', 'request:escape', 'closed:escape']);
    expectFocused(inside(host, '#command'));
  });

  it('follows a click elsewhere closing it, and leaves focus on the control clicked', async () => {
    const host = await openMenu();
    await click(inside(host, '#outside'));
    await waitUntil(() => host.log.includes('closed:light-dismiss'), 'the light dismiss was noticed');
    expect(host.overlay.isOpen).to.equal(false);
    expectFocused(inside(host, '#outside'), 'the clicked control keeps focus');
  });
});
