/** One "Discard?" question: focus on Keep editing, Escape backs out of it only, focus back, never to <body>. */
import { expect, fixture, html } from '@open-wc/testing';
import { click, expectFocused, press, type } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import type { DialogFixture, EditorFixture } from './fixtures.js';
import { inside } from './fixtures.js';

async function askInDialog(): Promise<DialogFixture> {
  const host = await fixture<DialogFixture>(html`<overlay-dialog-fixture></overlay-dialog-fixture>`);
  host.unsaved = true;
  await click(inside(host, '#open'));
  await waitUntil(() => host.overlay.isOpen);
  await click(inside(host, '#field'));
  await type('edit');
  await press('Escape');
  await waitUntil(() => host.shadowRoot!.activeElement?.matches('[data-action=keep]'), 'Keep editing has focus');
  return host;
}

describe('DiscardPrompt', () => {
  it('shows the caller\'s words as an alert dialog with Keep editing focused', async () => {
    const host = await askInDialog();
    const prompt = inside(host, '[role=alertdialog]');
    expect(prompt.textContent).to.contain('Discard your changes?');
    expect(prompt.textContent).to.contain('Your edits will be lost.');
    expect(inside(host, '[data-action=discard]').textContent?.trim()).to.equal('Discard');
    expect(host.log).to.deep.equal(['request:escape']);
  });

  it('Escape backs out of the question only, focus back on the field that had it', async () => {
    const host = await askInDialog();
    await press('Escape');
    await waitUntil(() => !host.prompt.showing);
    expect(host.log).to.deep.equal(['request:escape', 'kept']);
    expect(inside<HTMLDialogElement>(host, 'dialog').open, 'the dialog stays open').to.equal(true);
    expectFocused(inside(host, '#field'));
    expect(inside<HTMLInputElement>(host, '#field').value).to.equal('edit');
  });

  it('Discard runs the caller\'s discard (here: closes), focus back to the invoker', async () => {
    const host = await askInDialog();
    await click(inside(host, '[data-action=discard]'));
    await waitUntil(() => !host.overlay.isOpen);
    expect(host.log).to.deep.equal(['request:escape', 'discarded', 'closed:discard']);
    expectFocused(inside(host, '#open'));
  });

  it('Keep editing gives focus to the fallback when what had it is gone', async () => {
    const host = await askInDialog();
    inside(host, '#field').remove();
    await click(inside(host, '[data-action=keep]'));
    await waitUntil(() => !host.prompt.showing);
    expectFocused(inside(host, 'h2'), 'the fallback (the heading) has focus');
  });

  it('a question outside any overlay: Escape from inside backs out of it, focus back to Cancel', async () => {
    const editor = await fixture<EditorFixture>(html`<overlay-editor-fixture></overlay-editor-fixture>`);
    await click(inside(editor, '#cancel'));
    await waitUntil(() => editor.shadowRoot!.activeElement?.matches('[data-action=keep]'));
    await press('Escape');
    await waitUntil(() => !editor.prompt.showing);
    expect(editor.log).to.deep.equal(['kept']);
    expectFocused(inside(editor, '#cancel'));
  });
});
