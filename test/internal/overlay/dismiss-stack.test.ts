/** One Escape listener: the topmost layer only, across nested shadow roots; scoped and refusing layers. */
import { expect, fixture, html } from '@open-wc/testing';
import { click, expectFocused, press } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { hasLayer, pushLayer } from '../../../src/internal/overlay/index.js';
import type { DialogFixture, EditorFixture, PanelFixture } from './fixtures.js';
import { inside } from './fixtures.js';

describe('dismiss stack', () => {
  it('Escape with a rename field open in a dialog ends the rename only; the next Escape closes the dialog', async () => {
    const host = await fixture<DialogFixture>(html`<overlay-dialog-fixture></overlay-dialog-fixture>`);
    await click(inside(host, '#open'));
    await waitUntil(() => host.overlay.isOpen);
    await click(inside(host, '[data-action=rename]'));
    await waitUntil(() => host.shadowRoot!.activeElement === inside(host, '.rename input'), 'the rename field has focus');
    await press('Escape');
    await waitUntil(() => host.shadowRoot!.activeElement?.matches('[data-action=rename]'), 'focus is back on Rename');
    expect(host.log).to.deep.equal(['rename-ended']);
    expect(inside<HTMLDialogElement>(host, 'dialog').open, 'the dialog is still open').to.equal(true);
    await press('Escape');
    await waitUntil(() => !host.overlay.isOpen);
    expect(host.log).to.deep.equal(['rename-ended', 'request:escape', 'closed:escape']);
  });

  it('gives an Escape from a question in an inner shadow root to the question, not the panel around it', async () => {
    const panel = await fixture<PanelFixture>(html`<overlay-panel-fixture></overlay-panel-fixture>`);
    await click(inside(panel, '#open'));
    await waitUntil(() => panel.overlay.isOpen && panel.editor?.shadowRoot);
    const editor = panel.editor;
    await click(inside(editor, '#cancel'));
    await waitUntil(() => editor.shadowRoot!.activeElement?.matches('[data-action=keep]'), 'Keep editing has focus');
    await press('Escape');
    await waitUntil(() => !editor.prompt.showing, 'the question went');
    expect(editor.log).to.deep.equal(['kept']);
    expect(panel.log).to.deep.equal([], 'the panel was not asked to close');
    expect(inside<HTMLDialogElement>(panel, 'dialog').open).to.equal(true);
    expectFocused(inside(editor, '#cancel'), 'focus is back where it was before the question');
    await press('Escape');
    await waitUntil(() => !panel.overlay.isOpen, 'the next Escape closes the panel');
    expect(panel.log).to.deep.equal(['request:escape', 'closed:escape']);
  });

  it('an inline mode on the Escape\'s path wins over a layer pushed after it elsewhere', async () => {
    const host = await fixture<DialogFixture>(html`<overlay-dialog-fixture></overlay-dialog-fixture>`);
    await click(inside(host, '#open'));
    await waitUntil(() => host.overlay.isOpen);
    await click(inside(host, '[data-action=rename]'));
    await waitUntil(() => host.shadowRoot!.activeElement === inside(host, '.rename input'));
    // Another overlay's layer, pushed later, on an element the Escape does not come from.
    const elsewhere = document.createElement('div');
    host.after(elsewhere);
    let outerAsked = false;
    const remove = pushLayer({ element: () => elsewhere, dismiss: () => void (outerAsked = true) });
    try {
      await press('Escape');
      await waitUntil(() => host.log.includes('rename-ended'), 'the rename ended');
      expect(outerAsked, 'the later layer off the path was not dismissed').to.equal(false);
    } finally {
      remove();
    }
  });

  it('a scoped layer takes no Escape from outside its element', async () => {
    const editor = await fixture(html`<div><overlay-editor-fixture></overlay-editor-fixture><input aria-label="Elsewhere" /></div>`);
    const form = editor.querySelector('overlay-editor-fixture') as EditorFixture;
    await click(inside(form, '#cancel'));
    await waitUntil(() => form.prompt.showing);
    const elsewhere = editor.querySelector('input')!;
    let reached = false;
    elsewhere.addEventListener('keydown', (event) => (reached = event.key === 'Escape'));
    await click(elsewhere);
    await press('Escape');
    expect(reached, 'the Escape reached the control outside').to.equal(true);
    expect(form.prompt.showing, 'the question still shows').to.equal(true);
    expect(form.log).to.deep.equal([]);
  });

  it('a layer that refuses stays, and the Escape goes no further', async () => {
    const host = await fixture<DialogFixture>(html`<overlay-dialog-fixture></overlay-dialog-fixture>`);
    await click(inside(host, '#open'));
    await waitUntil(() => host.overlay.isOpen && host.shadowRoot!.activeElement?.id === 'title');
    let asked = 0;
    const field = inside(host, '#field');
    const remove = pushLayer({ element: () => field, scoped: true, dismiss: () => (asked++, false) });
    try {
      await click(field);
      await press('Escape');
      expect(asked).to.equal(1);
      expect(host.log).to.deep.equal([], 'the dialog beneath was not asked');
      expect(host.overlay.isOpen).to.equal(true);
    } finally {
      remove();
    }
    expect(hasLayer({ element: () => field, dismiss: () => undefined })).to.equal(false);
  });
});
