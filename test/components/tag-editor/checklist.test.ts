/** <tag-editor>'s tri-state checklist over a selection, and saving it as one bulk request. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { TagsAssignErrorEvent, TagsAssignEvent, TagsAssignStartEvent, type TagEditorCloseEvent, type TagEditorDiscardEvent } from '../../../src/components/tag-editor/tag-editor.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { button, clickButton, clickTag, deepActiveElement, expectFocusOn, filterInput, focusedTag, mountEditor, nextEvent, pressIn, RecordingAdapter, rows, settle, shadow, states, storedTags, tagBox, text, typeInFilter, visibleTags } from './editor-harness.js';
import { click, expectFocusNotLost, pressRepeatedly } from '../../support/browser/input.js';

const CONTOSO_DIRECT: [string, 'cloud-reseller'] = [IDS.contoso, 'cloud-reseller'];
const CONTOSO_INDIRECT: [string, 'indirect-reseller'] = [IDS.contoso, 'indirect-reseller'];
const CONTOSO10: [string, 'cloud-reseller'] = [IDS.contoso10, 'cloud-reseller'];

async function twoCustomers(adapter = new RecordingAdapter(contractFixture())) {
  // Contoso carries VIP and EDU, Contoso 10 only VIP.
  const editor = await mountEditor({ adapter, selection: rows(CONTOSO_DIRECT, CONTOSO10) });
  return { editor, adapter };
}

describe('<tag-editor> checklist', () => {
  it('checks a tag every selected customer carries, leaves it mixed when some do, unchecked when none', async () => {
    const { editor } = await twoCustomers();
    expect(states(editor)).to.deep.equal({ EDU: 'mixed', Gov: 'false', Polska: 'false', Unused: 'false', VIP: 'true', 日本: 'false' });
    expect(tagBox(editor, 'EDU').querySelector('[part=count]')!.textContent).to.equal('1 of 2');
    expect(tagBox(editor, 'VIP').querySelector('[part=count]')!.textContent).to.equal('2 of 2');
    expect(text(editor)).to.include('Selected customers: 2.');
  });

  it('counts a dual-role customer once: its tags belong to the customer, not the row', async () => {
    const editor = await mountEditor({ selection: rows(CONTOSO_DIRECT, CONTOSO_INDIRECT) });
    expect(text(editor)).to.include('Selected customers: 1.');
    expect(states(editor)).to.include({ VIP: 'true', EDU: 'true', Gov: 'false' });
  });

  it('counts a select-all stored as a query through the adapter, not from loaded rows', async () => {
    const editor = await mountEditor({ selection: { mode: 'all', query: { search: { field: 'companyName', text: 'Contoso' } }, excludedKeys: [] } });
    // Contoso (both rows), Contoso 10 and Contoso 9: three customers, VIP on two, EDU on one.
    expect(text(editor)).to.include('Selected customers: 3.');
    expect(states(editor)).to.include({ VIP: 'mixed', EDU: 'mixed', Gov: 'false' });
    expect(tagBox(editor, 'VIP').querySelector('[part=count]')!.textContent).to.equal('2 of 3');
  });

  it('cycles a mixed tag through all, none and back to mixed, saying what a save will do', async () => {
    const { editor } = await twoCustomers();
    const edu = () => tagBox(editor, 'EDU');
    const drawn = () => [edu().getAttribute('aria-checked'), edu().querySelector('.box')!.textContent, edu().innerText.includes('will be added'), edu().innerText.includes('will be removed')];
    await clickTag(editor, 'EDU');
    expect(drawn()).to.deep.equal(['true', '✓', true, false]);
    expect(focusedTag(), 'the clicked checkbox takes focus').to.equal('EDU');
    await clickTag(editor, 'EDU');
    expect(drawn()).to.deep.equal(['false', '', false, true]);
    await clickTag(editor, 'EDU');
    expect(drawn()).to.deep.equal(['mixed', '–', false, false]);
    expect(editor.dirty).to.equal(false);
  });

  it('toggles a tag that is not mixed between checked and unchecked', async () => {
    const { editor } = await twoCustomers();
    await clickTag(editor, 'Gov');
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('true');
    expect(tagBox(editor, 'Gov').querySelector('.box')!.textContent).to.equal('✓');
    await clickTag(editor, 'Gov');
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
    expect(tagBox(editor, 'Gov').querySelector('.box')!.textContent).to.equal('');
  });

  it('saves every change as one bulk request and tells the page', async () => {
    const { editor, adapter } = await twoCustomers();
    await clickTag(editor, 'Gov');
    await clickTag(editor, 'VIP');
    await clickTag(editor, 'EDU');
    const started = nextEvent(editor, TagsAssignStartEvent.eventName);
    const assigned = nextEvent(editor, TagsAssignEvent.eventName);
    await clickButton(editor, 'Save');
    expect((await started).add).to.have.members(['EDU', 'Gov']);
    const event = await assigned;
    expect(adapter.assignCalls).to.have.length(1);
    expect(adapter.assignCalls[0]).to.deep.equal({ target: rows(CONTOSO_DIRECT, CONTOSO10), add: ['EDU', 'Gov'], remove: ['VIP'] });
    expect(event.result).to.deep.equal({ updatedCustomers: 2, skippedCustomerIds: [] });
    expect(await storedTags(adapter, IDS.contoso10)).to.deep.equal([['EDU', 'Gov']]);
    await settle(editor);
    expect(states(editor)).to.include({ EDU: 'true', Gov: 'true', VIP: 'false' });
    expect(text(editor)).to.include('Tags saved. Customers updated: 2.');
  });

  it('tags both rows of a dual-role customer when one of its rows is selected', async () => {
    const adapter = new RecordingAdapter(contractFixture());
    const editor = await mountEditor({ adapter, selection: rows(CONTOSO_INDIRECT) });
    await clickTag(editor, 'Gov');
    const assigned = nextEvent(editor, TagsAssignEvent.eventName);
    await clickButton(editor, 'Save');
    await assigned;
    expect(await storedTags(adapter, IDS.contoso)).to.deep.equal([
      ['VIP', 'EDU', 'Gov'],
      ['VIP', 'EDU', 'Gov'],
    ]);
  });

  it('leaves out, and says so, customers the partner has no reseller relationship with', async () => {
    const adapter = new RecordingAdapter(contractFixture());
    const editor = await mountEditor({ adapter, selection: rows([IDS.adatum, 'advisor'], [IDS.northwind, 'cloud-reseller']) });
    expect(text(editor)).to.include('Left out, as tags need a reseller relationship with the customer: 1.');
    expect(tagBox(editor, 'EDU').getAttribute('aria-checked'), 'counted over the customers a save reaches').to.equal('true');
    await clickTag(editor, 'VIP');
    const assigned = nextEvent(editor, TagsAssignEvent.eventName);
    await clickButton(editor, 'Save');
    expect((await assigned).result.skippedCustomerIds).to.deep.equal([IDS.adatum]);
  });

  it('is read-only when no selected customer can carry tags', async () => {
    const editor = await mountEditor({ selection: rows([IDS.adatum, 'advisor'], [IDS.fabrikam, 'none']) });
    expect(text(editor)).to.include('None of them can carry tags');
    await clickTag(editor, 'VIP');
    await pressIn(editor, ' ');
    expect(tagBox(editor, 'VIP').getAttribute('aria-checked')).to.equal('false');
    expect(tagBox(editor, 'VIP').querySelector('.box')!.textContent).to.equal('');
    expect(tagBox(editor, 'VIP').getAttribute('aria-readonly')).to.equal('true');
    expect(button(editor, 'Save') === undefined).to.equal(true);
  });

  it('filters the list as the agent types', async () => {
    const { editor } = await twoCustomers();
    await typeInFilter(editor, 'u');
    expect(visibleTags(editor)).to.deep.equal(['EDU', 'Unused']);
    expect(filterInput(editor).value).to.equal('u');
    await typeInFilter(editor, 'ZZ');
    expect(visibleTags(editor)).to.deep.equal([]);
    expect(text(editor)).to.include('No tag matches “\u2068ZZ\u2069”. Press Enter to create it.');
  });

  it('keeps every choice and says why when the save fails, and saves on the next try', async () => {
    const { editor, adapter } = await twoCustomers();
    adapter.failWith = new AdapterError('server', 'The service is unavailable', { status: 500 });
    await clickTag(editor, 'Gov');
    const failed = nextEvent(editor, TagsAssignErrorEvent.eventName);
    await clickButton(editor, 'Save');
    expect((await failed).error).to.be.instanceOf(AdapterError);
    await editor.updateComplete;
    const alert = shadow(editor).querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('The tags were not saved; nothing changed.');
    expect(alert.textContent, 'one sentence for a failing server, in every element').to.include('The service failed to answer. Try again in a moment.');
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked'), 'the choice is kept').to.equal('true');
    expect(await storedTags(adapter, IDS.contoso10)).to.deep.equal([['VIP']]);
    expectFocusOn(button(editor, 'Save'), 'focus stays on Save to try again');
    adapter.failWith = undefined;
    const assigned = nextEvent(editor, TagsAssignEvent.eventName);
    await clickButton(editor, 'Save');
    await assigned;
    expect(await storedTags(adapter, IDS.contoso10)).to.deep.equal([['VIP', 'Gov']]);
  });

  it('sends one request however often Save is clicked while it runs', async () => {
    const { editor, adapter } = await twoCustomers();
    let open!: () => void;
    adapter.gate = new Promise((resolve) => (open = resolve));
    await clickTag(editor, 'Gov');
    await clickButton(editor, 'Save');
    const saving = button(editor, 'Saving…')!;
    expect(saving.getAttribute('aria-disabled')).to.equal('true');
    await click(saving);
    await click(saving, { double: true });
    const assigned = nextEvent(editor, TagsAssignEvent.eventName);
    open();
    await assigned;
    expect(adapter.assignCalls).to.have.length(1);
  });

  it('discards every change with Cancel', async () => {
    const { editor, adapter } = await twoCustomers();
    await clickTag(editor, 'Gov');
    const closed = nextEvent(editor, 'tag-editor-close');
    await clickButton(editor, 'Cancel');
    expect((await closed).reason).to.equal('cancel');
    await editor.updateComplete;
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
    expect(adapter.assignCalls).to.have.length(0);
  });

  it('asks before discarding with tag-editor-discard, and a host that cancels it keeps the choices', async () => {
    const { editor, adapter } = await twoCustomers();
    await clickTag(editor, 'Gov');
    const asked: string[] = [];
    let closes = 0;
    editor.addEventListener('tag-editor-close', () => closes++);
    const keep = (event: Event) => {
      asked.push((event as TagEditorDiscardEvent).reason);
      event.preventDefault();
    };
    editor.addEventListener('tag-editor-discard', keep);
    await clickButton(editor, 'Cancel');
    await editor.updateComplete;
    expect(asked).to.deep.equal(['cancel']);
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked'), 'the choice is kept').to.equal('true');
    expect(closes, 'no close after a cancelled discard').to.equal(0);
    expectFocusNotLost('a cancelled discard');
    editor.removeEventListener('tag-editor-discard', keep);
    const closed = nextEvent(editor, 'tag-editor-close');
    await clickButton(editor, 'Cancel');
    expect((await closed).reason).to.equal('cancel');
    await editor.updateComplete;
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
    expect(adapter.assignCalls).to.have.length(0);
  });
});

describe('<tag-editor> keyboard', () => {
  it('moves with the arrow keys, toggles with Space and saves with Enter', async () => {
    const { editor, adapter } = await twoCustomers();
    await click(filterInput(editor));
    await pressIn(editor, 'ArrowDown');
    expect(focusedTag()).to.equal('EDU');
    await pressIn(editor, 'ArrowDown');
    expect(focusedTag()).to.equal('Gov');
    await pressIn(editor, ' ');
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('true');
    expect(focusedTag(), 'Space leaves focus on the tag').to.equal('Gov');
    await pressIn(editor, 'End');
    expect(focusedTag()).to.equal('日本');
    await pressIn(editor, 'Home');
    expect(focusedTag()).to.equal('EDU');
    await pressIn(editor, 'ArrowUp');
    expectFocusOn(filterInput(editor), 'ArrowUp from the first tag');
    await pressIn(editor, 'ArrowDown');
    const assigned = nextEvent(editor, TagsAssignEvent.eventName);
    await pressIn(editor, 'Enter');
    await assigned;
    expect(adapter.assignCalls[0]!.add).to.deep.equal(['Gov']);
  });

  it('keeps one tab stop in the list: the tag last focused', async () => {
    const { editor } = await twoCustomers();
    const tabbable = () => [...shadow(editor).querySelectorAll<HTMLElement>('[role=checkbox]')].filter((item) => item.tabIndex === 0).map((item) => item.dataset.tag);
    expect(tabbable()).to.deep.equal(['EDU']);
    await click(filterInput(editor));
    await pressRepeatedly('ArrowDown', 3);
    await editor.updateComplete;
    expect(focusedTag()).to.equal('Polska');
    expect(tabbable()).to.deep.equal(['Polska']);
    // Out of the list and back in with Tab: the one stop in the list is the tag last focused.
    await pressIn(editor, 'Shift+Tab');
    expectFocusOn(filterInput(editor), 'Shift+Tab from the list');
    await pressIn(editor, 'Tab');
    expect(focusedTag()).to.equal('Polska');
  });

  it('keeps focus on its tag when a reload takes away a tag above it (items are drawn by position)', async () => {
    const { editor, adapter } = await twoCustomers();
    await click(filterInput(editor));
    await pressIn(editor, 'ArrowDown');
    await pressIn(editor, 'ArrowDown');
    expect(focusedTag()).to.equal('Gov');
    // Another agent deletes a tag listed above the focused one; the page asks the editor to load again.
    await adapter.deleteTag('EDU');
    editor.reload();
    await waitUntil(() => !visibleTags(editor).includes('EDU'), 'the reload drew the tags without EDU');
    await editor.updateComplete;
    expect(focusedTag(), 'focus stays with the tag, not with the place it was drawn at').to.equal('Gov');
  });

  it('clears the filter with the first Escape, then discards and closes with the next', async () => {
    const { editor } = await twoCustomers();
    await clickTag(editor, 'Gov');
    await typeInFilter(editor, 'Go');
    let closed = 0;
    editor.addEventListener('tag-editor-close', (event) => (closed += (event as TagEditorCloseEvent).reason === 'escape' ? 1 : 0));
    await pressIn(editor, 'Escape');
    expect(filterInput(editor).value).to.equal('');
    expect(visibleTags(editor)).to.have.length(6);
    expect(closed).to.equal(0);
    expectFocusOn(filterInput(editor), 'the first Escape');
    await pressIn(editor, 'Escape');
    expect(closed).to.equal(1);
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
  });

  it('takes focus in its filter box, even when focused before the tags arrived', async () => {
    const adapter = new RecordingAdapter({ ...contractFixture(), latencyMs: 30 });
    const { fixture, html } = await import('@open-wc/testing');
    const editor = await fixture<HTMLElement>(html`<tag-editor .adapter=${adapter} agent-role="admin-agent" .selection=${rows(CONTOSO10)}></tag-editor>`);
    // The element's focus() is what is tested here: a host calls it as soon as it opens the editor.
    editor.focus();
    await waitUntil(() => deepActiveElement()?.getAttribute('part') === 'filter-input', 'focus did not reach the filter box', { timeout: 20_000 });
  });
});
