/** <tag-editor>'s tri-state checklist over a selection, and saving it as one bulk request. */
import { expect } from '@open-wc/testing';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { TagsAssignErrorEvent, TagsAssignEvent, TagsAssignStartEvent, type TagEditorCloseEvent } from '../../../src/components/tag-editor/tag-editor.js';
import { contractFixture, IDS } from '../../adapter/contract-fixture.js';
import { nextEvent, button, filterInput, key, mountEditor, RecordingAdapter, rows, settle, shadow, states, storedTags, tagBox, text, type, visibleTags } from './editor-harness.js';

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
    edu().click();
    await editor.updateComplete;
    expect(edu().getAttribute('aria-checked')).to.equal('true');
    expect(edu().textContent).to.include('will be added');
    edu().click();
    await editor.updateComplete;
    expect(edu().getAttribute('aria-checked')).to.equal('false');
    expect(edu().textContent).to.include('will be removed');
    edu().click();
    await editor.updateComplete;
    expect(edu().getAttribute('aria-checked')).to.equal('mixed');
    expect(edu().textContent).not.to.include('will be');
    expect(editor.dirty).to.equal(false);
  });

  it('toggles a tag that is not mixed between checked and unchecked', async () => {
    const { editor } = await twoCustomers();
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('true');
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
  });

  it('saves every change as one bulk request and tells the page', async () => {
    const { editor, adapter } = await twoCustomers();
    tagBox(editor, 'Gov').click();
    tagBox(editor, 'VIP').click();
    tagBox(editor, 'EDU').click();
    await editor.updateComplete;
    const started = nextEvent(editor, TagsAssignStartEvent.eventName);
    const assigned = nextEvent(editor, TagsAssignEvent.eventName);
    button(editor, 'Save')!.click();
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
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    button(editor, 'Save')!.click();
    await nextEvent(editor, TagsAssignEvent.eventName);
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
    tagBox(editor, 'VIP').click();
    await editor.updateComplete;
    button(editor, 'Save')!.click();
    expect((await nextEvent(editor, TagsAssignEvent.eventName)).result.skippedCustomerIds).to.deep.equal([IDS.adatum]);
  });

  it('is read-only when no selected customer can carry tags', async () => {
    const editor = await mountEditor({ selection: rows([IDS.adatum, 'advisor'], [IDS.fabrikam, 'none']) });
    expect(text(editor)).to.include('None of them can carry tags');
    tagBox(editor, 'VIP').click();
    await editor.updateComplete;
    expect(tagBox(editor, 'VIP').getAttribute('aria-checked')).to.equal('false');
    expect(tagBox(editor, 'VIP').getAttribute('aria-readonly')).to.equal('true');
    expect(button(editor, 'Save') === undefined).to.equal(true);
  });

  it('filters the list as the agent types', async () => {
    const { editor } = await twoCustomers();
    await type(editor, 'u');
    expect(visibleTags(editor)).to.deep.equal(['EDU', 'Unused']);
    await type(editor, 'ZZ');
    expect(visibleTags(editor)).to.deep.equal([]);
    expect(text(editor)).to.include('No tag matches “\u2068ZZ\u2069”. Press Enter to create it.');
  });

  it('keeps every choice and says why when the save fails, and saves on the next try', async () => {
    const { editor, adapter } = await twoCustomers();
    adapter.failWith = new AdapterError('server', 'The service is unavailable', { status: 500 });
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    const failed = nextEvent(editor, TagsAssignErrorEvent.eventName);
    button(editor, 'Save')!.click();
    expect((await failed).error).to.be.instanceOf(AdapterError);
    await editor.updateComplete;
    const alert = shadow(editor).querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('The tags were not saved; nothing changed.');
    expect(alert.textContent).to.include('The service is unavailable');
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked'), 'the choice is kept').to.equal('true');
    expect(await storedTags(adapter, IDS.contoso10)).to.deep.equal([['VIP']]);
    adapter.failWith = undefined;
    button(editor, 'Save')!.click();
    await nextEvent(editor, TagsAssignEvent.eventName);
    expect(await storedTags(adapter, IDS.contoso10)).to.deep.equal([['VIP', 'Gov']]);
  });

  it('sends one request however often Save is clicked while it runs', async () => {
    const { editor, adapter } = await twoCustomers();
    let open!: () => void;
    adapter.gate = new Promise((resolve) => (open = resolve));
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    button(editor, 'Save')!.click();
    await editor.updateComplete;
    button(editor, 'Saving…')!.click();
    button(editor, 'Saving…')!.click();
    open();
    await nextEvent(editor, TagsAssignEvent.eventName);
    expect(adapter.assignCalls).to.have.length(1);
  });

  it('discards every change with Cancel', async () => {
    const { editor, adapter } = await twoCustomers();
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    const closed = nextEvent(editor, 'tag-editor-close');
    button(editor, 'Cancel')!.click();
    expect((await closed).reason).to.equal('cancel');
    await editor.updateComplete;
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
    expect(adapter.assignCalls).to.have.length(0);
  });
});

describe('<tag-editor> keyboard', () => {
  it('moves with the arrow keys, toggles with Space and saves with Enter', async () => {
    const { editor, adapter } = await twoCustomers();
    const active = () => (shadow(editor).activeElement as HTMLElement | null)?.dataset.tag;
    filterInput(editor).focus();
    key(filterInput(editor), 'ArrowDown');
    await editor.updateComplete;
    expect(active()).to.equal('EDU');
    key(shadow(editor).activeElement!, 'ArrowDown');
    await editor.updateComplete;
    expect(active()).to.equal('Gov');
    key(shadow(editor).activeElement!, ' ');
    await editor.updateComplete;
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('true');
    key(shadow(editor).activeElement!, 'End');
    await editor.updateComplete;
    expect(active()).to.equal('日本');
    key(shadow(editor).activeElement!, 'Home');
    await editor.updateComplete;
    expect(active()).to.equal('EDU');
    key(shadow(editor).activeElement!, 'ArrowUp');
    await editor.updateComplete;
    expect(shadow(editor).activeElement).to.equal(filterInput(editor));
    key(filterInput(editor), 'ArrowDown');
    await editor.updateComplete;
    key(shadow(editor).activeElement!, 'Enter');
    await nextEvent(editor, TagsAssignEvent.eventName);
    expect(adapter.assignCalls[0]!.add).to.deep.equal(['Gov']);
  });

  it('keeps one tab stop in the list: the tag last focused', async () => {
    const { editor } = await twoCustomers();
    const tabbable = () => [...shadow(editor).querySelectorAll<HTMLElement>('[role=checkbox]')].filter((item) => item.tabIndex === 0).map((item) => item.dataset.tag);
    expect(tabbable()).to.deep.equal(['EDU']);
    tagBox(editor, 'Polska').focus();
    await editor.updateComplete;
    expect(tabbable()).to.deep.equal(['Polska']);
  });

  it('clears the filter with the first Escape, then discards and closes with the next', async () => {
    const { editor } = await twoCustomers();
    tagBox(editor, 'Gov').click();
    await type(editor, 'Go');
    let closed = 0;
    editor.addEventListener('tag-editor-close', (event) => (closed += (event as TagEditorCloseEvent).reason === 'escape' ? 1 : 0));
    key(filterInput(editor), 'Escape');
    await editor.updateComplete;
    expect(filterInput(editor).value).to.equal('');
    expect(closed).to.equal(0);
    key(filterInput(editor), 'Escape');
    await editor.updateComplete;
    expect(closed).to.equal(1);
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
  });

  it('takes focus in its filter box, even when focused before the tags arrived', async () => {
    const adapter = new RecordingAdapter({ ...contractFixture(), latencyMs: 30 });
    const { fixture, html } = await import('@open-wc/testing');
    const editor = await fixture<HTMLElement>(html`<tag-editor .adapter=${adapter} agent-role="admin-agent" .selection=${rows(CONTOSO10)}></tag-editor>`);
    editor.focus();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(editor.shadowRoot!.activeElement?.getAttribute('part')).to.equal('filter-input');
  });
});
