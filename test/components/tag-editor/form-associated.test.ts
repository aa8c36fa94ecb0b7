/** <tag-editor> in a host form: the shared form-association suite, with how an agent edits the checklist. */
import { expect, fixture, html } from '@open-wc/testing';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { contractFixture } from '../../../src/testing/index.js';
import { describeFormAssociated } from '../../support/browser/form-associated-suite.js';
import { clickTag, pressIn, settle, states, tagBox, waitForTags } from './editor-harness.js';

async function pickerInForm(defaultValue: string[] = []) {
  const adapter = new MemoryAdapter(contractFixture());
  const form = await fixture<HTMLFormElement>(html`<form>
    <fieldset><tag-editor name="labels" agent-role="admin-agent" .adapter=${adapter} .defaultValue=${defaultValue}></tag-editor></fieldset>
    <button type="reset">Reset</button>
  </form>`);
  const element = form.querySelector<TagEditor>('tag-editor')!;
  await waitForTags(element);
  return { form, element };
}

describeFormAssociated<TagEditor>({
  tag: 'tag-editor',
  name: 'labels',
  mountInForm: (preset) => pickerInForm(preset ? ['Gov'] : []),
  entries: (form) => new FormData(form).getAll('labels'),
  settle,
  submit: {
    async fill(editor) {
      await clickTag(editor, 'VIP');
      await clickTag(editor, '日本');
    },
    expected: ['VIP', '日本'],
    drawn(editor) {
      expect(states(editor)).to.include({ VIP: 'true', 日本: 'true' });
      expect(editor.value).to.deep.equal(['VIP', '日本']);
    },
  },
  change: {
    async setByScript(editor) {
      editor.value = ['EDU'];
      await editor.updateComplete;
    },
    edit: (editor) => clickTag(editor, 'Gov'),
    after(editor) {
      expect(editor.value).to.deep.equal(['EDU', 'Gov']);
    },
  },
  reset: {
    initial: ['Gov'],
    before(editor) {
      expect(states(editor)).to.include({ Gov: 'true', VIP: 'false' });
    },
    async edit(editor) {
      await clickTag(editor, 'VIP');
      await clickTag(editor, 'Gov');
    },
    edited: ['VIP'],
    after(editor) {
      expect(states(editor)).to.include({ Gov: 'true', VIP: 'false' });
    },
  },
  disabled: {
    async tryEdit(editor) {
      await clickTag(editor, 'VIP');
      await pressIn(editor, ' ');
    },
    unchanged(editor) {
      expect(tagBox(editor, 'VIP').getAttribute('aria-checked')).to.equal('false');
      expect(tagBox(editor, 'VIP').getAttribute('aria-readonly')).to.equal('true');
    },
  },
  validity: {
    // `required` is set by the page, as on a native control; the agent then fixes it by checking a tag.
    async invalidate(editor) {
      editor.required = true;
      await editor.updateComplete;
    },
    message: 'Check at least one tag.',
    invalid(editor) {
      expect(editor.validity.valueMissing).to.equal(true);
    },
    fix: (editor) => clickTag(editor, 'EDU'),
  },
  restore: {
    state() {
      const state = new FormData();
      state.append('labels', 'EDU');
      state.append('labels', 'gov');
      return state;
    },
    restored(editor) {
      expect(editor.value).to.deep.equal(['EDU', 'Gov']);
    },
  },
});
