/** <tag-editor>: creating tags with the tag rules, the 150-tag limit, and renaming and deleting in manage mode. */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { TagCreateEvent, TagDeleteEvent, TagRenameEvent, TagsAssignErrorEvent } from '../../../src/components/tag-editor/tag-editor.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { contractFixture, IDS } from '../../adapter/contract-fixture.js';
import { nextEvent, button, filterInput, key, mountEditor, rows, settle, shadow, states, tagBox, text, type, visibleTags } from './editor-harness.js';

async function editorFor(adapter = new MemoryAdapter(contractFixture())) {
  const editor = await mountEditor({ adapter, selection: rows([IDS.contoso10, 'cloud-reseller']) });
  return { editor, adapter };
}

async function enter(editor: TagEditor, value: string): Promise<void> {
  await type(editor, value);
  key(filterInput(editor), 'Enter');
  await settle(editor);
}

function describedMessage(editor: TagEditor): string {
  const id = filterInput(editor).getAttribute('aria-describedby')!;
  return shadow(editor).getElementById(id)!.textContent!.trim();
}

describe('<tag-editor> creating tags', () => {
  it('creates the typed tag on Enter when none matches, and checks it for the selection', async () => {
    const { editor, adapter } = await editorFor();
    const created = nextEvent(editor, TagCreateEvent.eventName);
    await enter(editor, '  Partner of the year  ');
    expect((await created).tag).to.equal('Partner of the year');
    expect(await adapter.listTags()).to.include('Partner of the year');
    expect(tagBox(editor, 'Partner of the year').getAttribute('aria-checked')).to.equal('true');
    expect(filterInput(editor).value).to.equal('');
    expect(describedMessage(editor)).to.equal('Created the tag “\u2068Partner of the year\u2069” and checked it.');
  });

  it('creates a tag whose name only starts like an existing one', async () => {
    const { editor } = await editorFor();
    await enter(editor, 'VIP Gold');
    expect(visibleTags(editor)).to.include.members(['VIP', 'VIP Gold']);
  });

  it('offers a Create button for the pointer', async () => {
    const { editor, adapter } = await editorFor();
    await type(editor, 'Hosting');
    button(editor, 'Create tag “\u2068Hosting\u2069”')!.click();
    await settle(editor);
    expect(await adapter.listTags()).to.include('Hosting');
  });

  const refusals: [string, string, string][] = [
    ['only white space', '   ', 'A tag needs at least one character other than spaces.'],
    ['a control character', 'Line\u0007bell', 'A tag cannot contain control characters such as tabs or line breaks.'],
    ['a tab', 'Tab\there', 'A tag cannot contain control characters such as tabs or line breaks.'],
    ['51 characters', 'x'.repeat(51), 'A tag can be at most 50 characters long; this one has 51.'],
    ['51 emoji (code points, not UTF-16 units)', '🎉'.repeat(51), 'A tag can be at most 50 characters long; this one has 51.'],
    ['another case of an existing tag', 'vip', 'The tag “\u2068VIP\u2069” already exists (tags ignore case).'],
    ['a duplicate folding ß to SS', 'edu', 'The tag “\u2068EDU\u2069” already exists (tags ignore case).'],
  ];
  for (const [what, name, message] of refusals) {
    it(`refuses ${what} with a specific message next to the box`, async () => {
      const { editor, adapter } = await editorFor();
      const before = await adapter.listTags();
      await enter(editor, name);
      expect(describedMessage(editor)).to.equal(message);
      expect(filterInput(editor).getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(editor).querySelector('#notice')!.getAttribute('role')).to.equal('alert');
      expect(await adapter.listTags(), 'nothing was created').to.deep.equal(before);
      expect(filterInput(editor).value, 'the text is kept to fix').to.equal(name);
    });
  }

  it('says a name is too long while typing, before Enter', async () => {
    const { editor } = await editorFor();
    await type(editor, 'y'.repeat(51));
    expect(describedMessage(editor)).to.equal('A tag can be at most 50 characters long; this one has 51.');
    await type(editor, 'y'.repeat(50));
    expect(describedMessage(editor)).to.equal('');
    expect(filterInput(editor).getAttribute('aria-invalid')).to.equal('false');
  });

  it('accepts exactly 50 code points', async () => {
    const { editor, adapter } = await editorFor();
    const fifty = 'ż'.repeat(49) + '🎉';
    await enter(editor, fifty);
    expect(await adapter.listTags()).to.include(fifty);
  });
});

describe('<tag-editor> and the 150-tag limit', () => {
  /** Contoso 10 already carries 149 tags plus VIP: 150, the most a customer can carry. */
  function crowded(): MemoryAdapter {
    const data = contractFixture();
    const many = Array.from({ length: 149 }, (_, i) => `Tag ${String(i).padStart(3, '0')}`);
    data.tags.push(...many);
    const contoso10 = data.customers.find((row) => row.id === IDS.contoso10)!;
    contoso10.tags.push(...many);
    return new MemoryAdapter(data);
  }

  it('refuses to create and check a tag for a customer that already carries 150', async () => {
    const { editor, adapter } = await editorFor(crowded());
    await enter(editor, 'One too many');
    expect(describedMessage(editor)).to.equal('A customer can carry at most 150 tags; some selected customers would have more.');
    expect(await adapter.listTags()).not.to.include('One too many');
  });

  it('refuses to check a tag none of the selection carries', async () => {
    const { editor } = await editorFor(crowded());
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
    expect(describedMessage(editor)).to.equal('A customer can carry at most 150 tags; some selected customers would have more.');
  });

  it('lets the agent remove one and add another in the same save', async () => {
    const { editor } = await editorFor(crowded());
    tagBox(editor, 'VIP').click();
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    expect(states(editor)).to.include({ VIP: 'false', Gov: 'true' });
    expect(describedMessage(editor)).to.equal('');
  });

  it('shows the adapter\'s refusal when a mixed tag takes a customer past the limit', async () => {
    const adapter = crowded();
    const editor = await mountEditor({ adapter, selection: rows([IDS.contoso10, 'cloud-reseller'], [IDS.northwind, 'cloud-reseller']) });
    // EDU is on Northwind only: checking it for both adds a 151st tag to Contoso 10; only the adapter can tell.
    tagBox(editor, 'EDU').click();
    await editor.updateComplete;
    button(editor, 'Save')!.click();
    await nextEvent(editor, TagsAssignErrorEvent.eventName);
    await editor.updateComplete;
    expect(shadow(editor).querySelector('[role=alert]')!.textContent).to.include('A customer can carry at most 150 tags');
  });
});

describe('<tag-editor> manage mode', () => {
  async function managing() {
    const { editor, adapter } = await editorFor();
    button(editor, 'Rename or delete tags')!.click();
    await editor.updateComplete;
    return { editor, adapter };
  }

  it('renames a tag everywhere and keeps its checkbox state', async () => {
    const { editor, adapter } = await managing();
    button(editor, 'Rename tag VIP')!.click();
    await editor.updateComplete;
    const input = shadow(editor).querySelector<HTMLInputElement>('[part=rename-input]')!;
    expect(shadow(editor).activeElement).to.equal(input);
    input.value = 'Key account';
    input.dispatchEvent(new InputEvent('input'));
    const renamed = nextEvent(editor, TagRenameEvent.eventName);
    key(input, 'Enter');
    const event = await renamed;
    expect([event.from, event.to]).to.deep.equal(['VIP', 'Key account']);
    expect(await adapter.listTags()).to.include('Key account').and.not.include('VIP');
    await settle(editor);
    expect((shadow(editor).activeElement as HTMLElement).getAttribute('aria-label')).to.equal('Rename tag Key account');
    button(editor, 'Done')!.click();
    await editor.updateComplete;
    expect(tagBox(editor, 'Key account').getAttribute('aria-checked')).to.equal('true');
  });

  it('refuses a rename onto another tag\'s name, case-insensitively', async () => {
    const { editor, adapter } = await managing();
    button(editor, 'Rename tag VIP')!.click();
    await editor.updateComplete;
    const input = shadow(editor).querySelector<HTMLInputElement>('[part=rename-input]')!;
    input.value = 'edu';
    input.dispatchEvent(new InputEvent('input'));
    key(input, 'Enter');
    await settle(editor);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(editor).getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.include('already exists');
    expect(await adapter.listTags()).to.include('VIP');
  });

  it('Escape leaves a rename without leaving manage mode', async () => {
    const { editor } = await managing();
    button(editor, 'Rename tag VIP')!.click();
    await editor.updateComplete;
    key(shadow(editor).querySelector('[part=rename-input]')!, 'Escape');
    await settle(editor);
    expect(shadow(editor).querySelector('[part=rename-input]') === null).to.equal(true);
    expect((shadow(editor).activeElement as HTMLElement).getAttribute('aria-label')).to.equal('Rename tag VIP');
  });

  it('asks before deleting, saying how many customers carry the tag', async () => {
    const { editor, adapter } = await managing();
    button(editor, 'Delete tag VIP')!.click();
    await settle(editor);
    expect(text(editor)).to.include('Delete the tag “\u2068VIP\u2069”? Customers carrying it: 2.');
    const deleted = nextEvent(editor, TagDeleteEvent.eventName);
    shadow(editor).querySelector<HTMLButtonElement>('[data-action=confirm-delete]')!.click();
    const event = await deleted;
    expect([event.tag, event.removedFrom]).to.deep.equal(['VIP', 2]);
    expect(await adapter.listTags()).not.to.include('VIP');
    await settle(editor);
    expect(visibleTags(editor)).not.to.include('VIP');
    expect(text(editor)).to.include('Customers that carried it: 2.');
  });

  it('keeps the tag when the agent chooses Keep', async () => {
    const { editor, adapter } = await managing();
    button(editor, 'Delete tag Unused')!.click();
    await settle(editor);
    expect(text(editor)).to.include('No customer carries it.');
    button(editor, 'Keep')!.click();
    await settle(editor);
    expect(await adapter.listTags()).to.include('Unused');
    expect(visibleTags(editor)).to.include('Unused');
  });
});
