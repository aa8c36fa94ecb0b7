/** <tag-editor>: creating tags with the tag rules, the 150-tag limit, and renaming and deleting in manage mode. */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { TagCreateEvent, TagDeleteEvent, TagRenameEvent, TagsAssignErrorEvent } from '../../../src/components/tag-editor/tag-editor.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { button, clickButton, enterManageMode, clickTag, enterTag, expectFocusOn, filterInput, mountEditor, nextEvent, pasteInto, rows, settle, shadow, states, tagBox, text, typeInFilter, visibleTags } from './editor-harness.js';
import { click, isFullyVisible, press, typeInto } from '../../support/browser/input.js';

async function editorFor(adapter = new MemoryAdapter(contractFixture())) {
  const editor = await mountEditor({ adapter, selection: rows([IDS.contoso10, 'cloud-reseller']) });
  return { editor, adapter };
}

const renameInput = (editor: TagEditor) => shadow(editor).querySelector<HTMLInputElement>('[part=rename-input]')!;

function describedMessage(editor: TagEditor): string {
  const id = filterInput(editor).getAttribute('aria-describedby')!;
  return shadow(editor).getElementById(id)!.textContent!.trim();
}

describe('<tag-editor> creating tags', () => {
  it('creates the typed tag on Enter when none matches, and checks it for the selection', async () => {
    const { editor, adapter } = await editorFor();
    const created = nextEvent(editor, TagCreateEvent.eventName);
    await enterTag(editor, '  Partner of the year  ');
    expect((await created).tag).to.equal('Partner of the year');
    expect(await adapter.listTags()).to.include('Partner of the year');
    expect(tagBox(editor, 'Partner of the year').getAttribute('aria-checked')).to.equal('true');
    expect(filterInput(editor).value).to.equal('');
    expect(describedMessage(editor)).to.equal('Created the tag “\u2068Partner of the year\u2069” and checked it.');
    expectFocusOn(filterInput(editor), 'focus stays in the box, ready for the next name');
  });

  it('keeps focus in the box while the create request runs and after it, ready for the next name', async () => {
    let finish!: () => void;
    class SlowCreate extends MemoryAdapter {
      override async createTag(name: string, signal?: AbortSignal): Promise<string> {
        await new Promise<void>((resolve) => (finish = resolve));
        return super.createTag(name, signal);
      }
    }
    const { editor, adapter } = await editorFor(new SlowCreate(contractFixture()));
    await typeInFilter(editor, 'Renewal Q4');
    await press('Enter');
    await settle(editor);
    expectFocusOn(filterInput(editor), 'while the tag is created after Enter in the box');
    expect(filterInput(editor).getAttribute('aria-busy'), 'the request is running').to.equal('true');
    finish();
    await settle(editor);
    expectFocusOn(filterInput(editor), 'after the create');
    expect(filterInput(editor).getAttribute('aria-busy')).to.equal('false');
    expect(await adapter.listTags()).to.include('Renewal Q4');
    expect(tagBox(editor, 'Renewal Q4').getAttribute('aria-checked')).to.equal('true');
    // The next name goes straight in, with no click.
    await press('x');
    await settle(editor);
    expect(filterInput(editor).value).to.equal('x');
  });

  it('puts focus in the box for the next name after a create with the Create button', async () => {
    const { editor, adapter } = await editorFor();
    await typeInFilter(editor, 'Hosting');
    await clickButton(editor, 'Create tag “\u2068Hosting\u2069”');
    await settle(editor);
    expect(await adapter.listTags()).to.include('Hosting');
    expect(button(editor, /^Create tag/) === undefined, 'the button went with the name').to.equal(true);
    expectFocusOn(filterInput(editor), 'after a create with the Create button');
  });

  it('creates a tag whose name only starts like an existing one', async () => {
    const { editor } = await editorFor();
    await enterTag(editor, 'VIP Gold');
    expect(visibleTags(editor)).to.include.members(['VIP', 'VIP Gold']);
  });

  it('offers a Create button for the pointer', async () => {
    const { editor, adapter } = await editorFor();
    await typeInFilter(editor, 'Hosting');
    expect(text(editor)).to.include('No tag matches “\u2068Hosting\u2069”. Press Enter to create it.');
    await clickButton(editor, 'Create tag “\u2068Hosting\u2069”');
    await settle(editor);
    expect(await adapter.listTags()).to.include('Hosting');
    expect(tagBox(editor, 'Hosting').getAttribute('aria-checked')).to.equal('true');
  });

  const refusals: [string, string, string][] = [
    ['only white space', '   ', 'A tag needs at least one character other than spaces.'],
    ['a control character', 'Line\u0007bell', 'A tag cannot contain control characters such as tabs or line breaks.'],
    ['a tab (pasted)', 'Tab\there', 'A tag cannot contain control characters such as tabs or line breaks.'],
    ['51 characters', 'x'.repeat(51), 'A tag can be at most 50 characters long; this one has 51.'],
    ['51 emoji (code points, not UTF-16 units)', '🎉'.repeat(51), 'A tag can be at most 50 characters long; this one has 51.'],
    ['another case of an existing tag', 'vip', 'The tag “\u2068VIP\u2069” already exists (tags ignore case).'],
    ['a duplicate folding ß to SS', 'edu', 'The tag “\u2068EDU\u2069” already exists (tags ignore case).'],
    ['a name differing only in runs of white space', 'Tier  1', 'The tag “\u2068Tier 1\u2069” already exists (tags ignore case).'],
  ];
  for (const [what, name, message] of refusals) {
    it(`refuses ${what} with a specific message next to the box`, async () => {
      const { editor, adapter } = await editorFor(new MemoryAdapter({ ...contractFixture(), tags: [...contractFixture().tags, 'Tier 1'] }));
      const before = await adapter.listTags();
      // Tab moves focus rather than typing a tab: a person gets one into the box only by pasting it.
      if (name.includes('\t')) await pasteInto(filterInput(editor), name);
      else await typeInFilter(editor, name);
      await press('Enter');
      await settle(editor);
      expect(describedMessage(editor)).to.equal(message);
      expect(filterInput(editor).getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(editor).querySelector('#notice')!.getAttribute('role')).to.equal('alert');
      expect(await adapter.listTags(), 'nothing was created').to.deep.equal(before);
      expect(filterInput(editor).value, 'the text is kept to fix').to.equal(name);
    });
  }

  it('says a name is too long while typing, before Enter, and offers nothing else', async () => {
    const { editor } = await editorFor();
    await typeInFilter(editor, 'y'.repeat(50));
    expect(describedMessage(editor)).to.equal('');
    expect(text(editor)).to.include('Press Enter to create it.');
    await press('y');
    await settle(editor);
    expect(filterInput(editor).value).to.have.length(51);
    expect(describedMessage(editor)).to.equal('A tag can be at most 50 characters long; this one has 51.');
    expect(filterInput(editor).getAttribute('aria-invalid')).to.equal('true');
    // Only the error: no hint to press Enter and no button offering to create a tag that cannot exist.
    expect(text(editor)).not.to.include('No tag matches');
    expect(text(editor)).not.to.include('Press Enter');
    expect(button(editor, /^Create tag/) === undefined, 'no Create button').to.equal(true);
    await press('Backspace');
    await settle(editor);
    expect(describedMessage(editor)).to.equal('');
    expect(filterInput(editor).getAttribute('aria-invalid')).to.equal('false');
    expect(button(editor, /^Create tag/)).not.to.equal(undefined);
  });

  it('refuses, with real keys, a name that differs from a tag only in runs of white space', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), tags: [...contractFixture().tags, 'Tier 1'] });
    const { editor } = await editorFor(adapter);
    await typeInFilter(editor, 'Tier  1');
    expect(filterInput(editor).value, 'both spaces typed').to.equal('Tier  1');
    expect(visibleTags(editor), 'the filter finds the stored spelling').to.deep.equal(['Tier 1']);
    expect(button(editor, /^Create tag/) === undefined, 'no Create button for a tag that exists').to.equal(true);
    await press('Enter');
    await settle(editor);
    expect(describedMessage(editor)).to.equal('The tag “\u2068Tier 1\u2069” already exists (tags ignore case).');
    expect((await adapter.listTags()).filter((tag) => tag.startsWith('Tier'))).to.deep.equal(['Tier 1']);
  });

  it('accepts exactly 50 code points', async () => {
    const { editor, adapter } = await editorFor();
    const fifty = 'ż'.repeat(49) + '🎉';
    await enterTag(editor, fifty);
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
    await enterTag(editor, 'One too many');
    expect(describedMessage(editor)).to.equal('A customer can carry at most 150 tags; some selected customers would have more.');
    expect(await adapter.listTags()).not.to.include('One too many');
  });

  it('refuses to check a tag none of the selection carries', async () => {
    const { editor } = await editorFor(crowded());
    await clickTag(editor, 'Gov');
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
    expect(describedMessage(editor)).to.equal('A customer can carry at most 150 tags; some selected customers would have more.');
  });

  it('lets the agent remove one and add another in the same save', async () => {
    const { editor } = await editorFor(crowded());
    await clickTag(editor, 'VIP');
    await clickTag(editor, 'Gov');
    expect(states(editor)).to.include({ VIP: 'false', Gov: 'true' });
    expect(describedMessage(editor)).to.equal('');
  });

  it('shows the adapter\'s refusal when a mixed tag takes a customer past the limit', async () => {
    const adapter = crowded();
    const editor = await mountEditor({ adapter, selection: rows([IDS.contoso10, 'cloud-reseller'], [IDS.northwind, 'cloud-reseller']) });
    // EDU is on Northwind only: checking it for both adds a 151st tag to Contoso 10; only the adapter can tell.
    await clickTag(editor, 'EDU');
    const failed = nextEvent(editor, TagsAssignErrorEvent.eventName);
    await clickButton(editor, 'Save');
    await failed;
    await editor.updateComplete;
    expect(shadow(editor).querySelector('[role=alert]')!.textContent).to.include('A customer can carry at most 150 tags');
  });
});

describe('<tag-editor> manage mode', () => {
  async function managing(adapter?: MemoryAdapter) {
    const { editor } = await editorFor(adapter);
    await enterManageMode(editor);
    expectFocusOn(button(editor, 'Done'), 'the toggle keeps focus');
    return { editor, adapter: adapter ?? (editor.adapter as MemoryAdapter) };
  }

  it('renames a tag everywhere and keeps its checkbox state', async () => {
    const { editor, adapter } = await managing();
    await clickButton(editor, 'Rename tag VIP');
    expectFocusOn(renameInput(editor), 'Rename');
    expect(renameInput(editor).value).to.equal('VIP');
    const renamed = nextEvent(editor, TagRenameEvent.eventName);
    await typeInto(renameInput(editor), 'Key account');
    await press('Enter');
    const event = await renamed;
    expect([event.from, event.to]).to.deep.equal(['VIP', 'Key account']);
    expect(await adapter.listTags()).to.include('Key account').and.not.include('VIP');
    await settle(editor);
    expect(visibleTags(editor)).to.include('Key account').and.not.include('VIP');
    expect(text(editor)).to.include('Renamed “\u2068VIP\u2069” to “\u2068Key account\u2069”.');
    expectFocusOn(button(editor, 'Rename tag Key account'), 'after the rename');
    await clickButton(editor, 'Done');
    expect(tagBox(editor, 'Key account').getAttribute('aria-checked')).to.equal('true');
  });

  it('keeps focus in the rename box while the rename runs, and puts it on the renamed tag after', async () => {
    let finish!: () => void;
    class SlowRename extends MemoryAdapter {
      override async renameTag(from: string, to: string, signal?: AbortSignal): Promise<string> {
        await new Promise<void>((resolve) => (finish = resolve));
        return super.renameTag(from, to, signal);
      }
    }
    const { editor } = await managing(new SlowRename(contractFixture()));
    await clickButton(editor, 'Rename tag EDU');
    await typeInto(renameInput(editor), 'Education');
    await press('Enter');
    await settle(editor);
    expectFocusOn(renameInput(editor), 'while the rename runs after Enter in the rename box');
    finish();
    await settle(editor);
    expectFocusOn(button(editor, 'Rename tag Education'), 'after the rename');
  });

  it('refuses a rename onto another tag\'s name, case-insensitively', async () => {
    const { editor, adapter } = await managing();
    await clickButton(editor, 'Rename tag VIP');
    await typeInto(renameInput(editor), 'edu');
    await press('Enter');
    await settle(editor);
    const input = renameInput(editor);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(editor).getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.include('already exists');
    expectFocusOn(input, 'the name stays in the box to fix');
    expect(await adapter.listTags()).to.include('VIP');
  });

  it('Escape leaves a rename without leaving manage mode', async () => {
    const { editor } = await managing();
    await clickButton(editor, 'Rename tag VIP');
    await press('Escape');
    await settle(editor);
    expect(shadow(editor).querySelector('[part=rename-input]') === null).to.equal(true);
    expectFocusOn(button(editor, 'Rename tag VIP'), 'Escape in the rename box');
    expect(button(editor, 'Done')).not.to.equal(undefined);
  });

  it('asks before deleting, saying how many customers carry the tag', async () => {
    const { editor, adapter } = await managing();
    await clickButton(editor, 'Delete tag VIP');
    await settle(editor);
    expect(text(editor)).to.include('Delete the tag “\u2068VIP\u2069”? Customers carrying it: 2.');
    expectFocusOn(button(editor, 'Keep'), 'focus on the safe choice');
    const deleted = nextEvent(editor, TagDeleteEvent.eventName);
    await click(shadow(editor).querySelector<HTMLButtonElement>('[data-action=confirm-delete]')!);
    const event = await deleted;
    expect([event.tag, event.removedFrom]).to.deep.equal(['VIP', 2]);
    expect(await adapter.listTags()).not.to.include('VIP');
    await settle(editor);
    expect(visibleTags(editor)).not.to.include('VIP');
    expect(text(editor)).to.include('Customers that carried it: 2.');
    expectFocusOn(button(editor, 'Delete tag 日本'), 'after the delete, on the next tag');
  });

  it('says the same number of customers before and after a delete, counting each customer once', async () => {
    // Renewal Q4 is on a dual-role customer (two rows), on two single-row customers, and on an advised customer
    // and one without a relationship (tags kept from before): six rows, five customers.
    const data = contractFixture();
    const carriers = new Set<string>([IDS.contoso, IDS.contoso10, IDS.northwind, IDS.adatum, IDS.fabrikam]);
    for (const row of data.customers) if (carriers.has(row.id)) row.tags = [...row.tags, 'Renewal Q4'];
    data.tags.push('Renewal Q4');
    expect(data.customers.filter((row) => row.tags.includes('Renewal Q4'))).to.have.length(6);
    const { editor } = await managing(new MemoryAdapter(data));
    await clickButton(editor, 'Delete tag Renewal Q4');
    await settle(editor);
    const asked = /Customers carrying it: (\d+)\./.exec(text(editor))?.[1];
    const deleted = nextEvent(editor, TagDeleteEvent.eventName);
    await click(shadow(editor).querySelector<HTMLButtonElement>('[data-action=confirm-delete]')!);
    const { removedFrom } = await deleted;
    await settle(editor);
    const told = /Customers that carried it: (\d+)\./.exec(text(editor))?.[1];
    expect({ asked, told, removedFrom }).to.deep.equal({ asked: String(carriers.size), told: String(carriers.size), removedFrom: carriers.size });
  });

  it('keeps focus on a button while a delete runs, and moves it to the next tag after', async () => {
    let finish!: () => void;
    class SlowDelete extends MemoryAdapter {
      override async deleteTag(name: string, signal?: AbortSignal): Promise<{ removedFrom: number }> {
        await new Promise<void>((resolve) => (finish = resolve));
        return super.deleteTag(name, signal);
      }
    }
    const { editor } = await managing(new SlowDelete(contractFixture()));
    await clickButton(editor, 'Delete tag Polska');
    await settle(editor);
    const confirm = shadow(editor).querySelector<HTMLButtonElement>('[data-action=confirm-delete]')!;
    await click(confirm);
    await settle(editor);
    expectFocusOn(confirm, 'while the delete runs, on the Delete it pressed');
    finish();
    await settle(editor);
    expectFocusOn(button(editor, 'Delete tag Unused'), 'after the delete, on the next tag');
  });

  it('keeps the tag when the agent chooses Keep', async () => {
    const { editor, adapter } = await managing();
    await clickButton(editor, 'Delete tag Unused');
    await settle(editor);
    expect(text(editor)).to.include('No customer carries it.');
    await clickButton(editor, 'Keep');
    await settle(editor);
    expect(await adapter.listTags()).to.include('Unused');
    expect(visibleTags(editor)).to.include('Unused');
    expectFocusOn(button(editor, 'Rename tag Unused'), 'Keep');
  });
});

describe('<tag-editor> with long tag names', () => {
  // 50 characters, no space or hyphen: the longest valid tag, and no place for a line to break.
  const LONG = 'RenewalQ4EMEAStrategicAccountsMigrationPlanFY2026X';

  /** The editor at the popover's width, holding the long tag. */
  async function narrowWithLongTag() {
    const data = contractFixture();
    data.tags.push(LONG);
    data.customers.find((row) => row.id === IDS.contoso10)!.tags.push(LONG);
    const editor = await mountEditor({ adapter: new MemoryAdapter(data), selection: rows([IDS.contoso10, 'cloud-reseller']), width: '26rem' });
    return editor;
  }

  function expectNoSidewaysScroll(editor: TagEditor, state: string): void {
    const boxes = [editor, shadow(editor).querySelector<HTMLElement>('.editor')!, ...shadow(editor).querySelectorAll<HTMLElement>('.list')];
    for (const box of boxes) {
      expect(box.scrollWidth, `${state}: ${box.localName}.${box.className} is ${box.clientWidth}px wide but its content ${box.scrollWidth}px`).to.be.at.most(box.clientWidth);
    }
  }

  it('is a valid tag of 50 characters', () => {
    expect([...LONG]).to.have.length(50);
  });

  it('wraps a long name inside its row: no sideways scroll, and Save fully visible', async () => {
    const editor = await narrowWithLongTag();
    expect(editor.getBoundingClientRect().width).to.be.closeTo(26 * 16, 1);
    expect(visibleTags(editor)).to.include(LONG);
    expectNoSidewaysScroll(editor, 'the checklist');
    await clickTag(editor, LONG);
    expectNoSidewaysScroll(editor, 'a changed tag');
    const save = button(editor, 'Save')!;
    expect(isFullyVisible(save, editor), 'Save inside the editor').to.equal(true);
    const name = tagBox(editor, LONG).querySelector<HTMLElement>('.name')!;
    expect(name.getBoundingClientRect().right, 'the name inside its row').to.be.at.most(tagBox(editor, LONG).getBoundingClientRect().right);
  });

  it('wraps a long name in the Create button and in the messages', async () => {
    const editor = await narrowWithLongTag();
    const other = 'X'.repeat(50);
    await typeInFilter(editor, other);
    expectNoSidewaysScroll(editor, 'a long name typed');
    const create = button(editor, /^Create tag/)!;
    expect(isFullyVisible(create, editor), 'the Create button inside the editor').to.equal(true);
    await press('Enter');
    await settle(editor);
    expect(describedMessage(editor)).to.include(other);
    expectNoSidewaysScroll(editor, 'the created message');
    expect(isFullyVisible(button(editor, 'Save')!, editor)).to.equal(true);
  });

  it('wraps a long name in manage mode and in the delete question', async () => {
    const editor = await narrowWithLongTag();
    await enterManageMode(editor);
    expectNoSidewaysScroll(editor, 'manage mode');
    await clickButton(editor, `Delete tag ${LONG}`);
    await settle(editor);
    expectNoSidewaysScroll(editor, 'the delete question');
    expect(isFullyVisible(shadow(editor).querySelector('[data-action=confirm-delete]')!, editor)).to.equal(true);
    await clickButton(editor, 'Keep');
    await clickButton(editor, `Rename tag ${LONG}`);
    expectNoSidewaysScroll(editor, 'the rename box');
    expect(isFullyVisible(renameInput(editor), editor)).to.equal(true);
  });

  it('shows only the length error for 51 characters with no space', async () => {
    const editor = await narrowWithLongTag();
    await typeInFilter(editor, `${LONG}9`);
    expect(describedMessage(editor)).to.equal('A tag can be at most 50 characters long; this one has 51.');
    expect(text(editor)).not.to.include('No tag matches');
    expect(button(editor, /^Create tag/) === undefined).to.equal(true);
    expectNoSidewaysScroll(editor, 'the length error');
  });
});
