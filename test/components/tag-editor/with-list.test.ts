/** <tag-editor> as <customer-list>'s Manage tags popover: optimistic chips, rollback, focus, and the mock API. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import '../../../src/components/tag-editor/tag-editor.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import { tagKey } from '../../../src/model/tags.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import type { Selection } from '../../../src/model/selection.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { button as listButton, cellText, clickCheckbox, rowTags, dataRows, mountList, selectedRows, settle as settleList, shadow as listShadow } from '../customer-list/list-harness.js';
import { click, isFullyVisible, press, typeInto } from '../../support/browser/input.js';
import { button, clickButton, enterManageMode, clickTag, enterTag, expectFocusOn, filterInput, mountEditor, typeInFilter, nextEvent, RecordingAdapter, rows, settle, shadow, tagBox, text, waitForTags } from './editor-harness.js';

/** A save's target with its keys sorted, to compare with the rows a person ticked. */
function sortedTarget(target: Selection): Selection {
  return target.mode === 'some' ? { mode: 'some', keys: [...target.keys].sort() } : target;
}

const FIRST_THREE = sortedTarget(rows([IDS.contoso10, 'cloud-reseller'], [IDS.contoso9, 'indirect-reseller'], [IDS.acontoso, 'cloud-reseller']));

function rowOf(list: CustomerList, name: string, relationship?: string): HTMLElement {
  const row = dataRows(list).find((candidate) => candidate.querySelector('a')?.textContent === name && (!relationship || cellText(candidate, 'relationship').startsWith(relationship)));
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

const tagsOf = (list: CustomerList, name: string, relationship?: string) => rowTags(rowOf(list, name, relationship)).join(' ');

async function openEditor(list: CustomerList, ...names: string[]): Promise<TagEditor> {
  for (const name of names) await clickCheckbox(list, rowOf(list, name));
  await click(listButton(list, 'Manage tags')!);
  await waitUntil(() => listShadow(list).querySelector('tag-editor'), 'no editor opened', { timeout: 20_000 });
  const editor = listShadow(list).querySelector<TagEditor>('tag-editor')!;
  await waitForTags(editor);
  return editor;
}

const popover = (list: CustomerList) => listShadow(list).querySelector<HTMLElement>('[part=tag-popover]')!;

describe('<customer-list> Manage tags with <tag-editor>', () => {
  it('opens the editor in a popover for the selection, with focus in its filter box', async () => {
    const list = await mountList();
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    await settle(editor);
    expect(popover(list).matches(':popover-open')).to.equal(true);
    expect(listButton(list, 'Manage tags')!.getAttribute('aria-expanded')).to.equal('true');
    expectFocusOn(filterInput(editor), 'opening the editor');
    expect(editor.selection).to.deep.equal(list.selection);
  });

  it('closes on Escape and gives focus back to Manage tags', async () => {
    const list = await mountList();
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    await settle(editor);
    await press('Escape');
    await list.updateComplete;
    expect(popover(list).matches(':popover-open')).to.equal(false);
    expect(listShadow(list).querySelector('tag-editor') === null).to.equal(true);
    expectFocusOn(listButton(list, 'Manage tags'), 'Escape');
    expect(listButton(list, 'Manage tags')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('lets a host cancel the request and show its own editor', async () => {
    const list = await mountList();
    list.addEventListener('manage-tags-request', (event) => event.preventDefault());
    await clickCheckbox(list, rowOf(list, 'Contoso 10 Pharma'));
    await click(listButton(list, 'Manage tags')!);
    await list.updateComplete;
    expect(listShadow(list).querySelector('tag-editor') === null).to.equal(true);
  });

  it('shows a save in the Tags column at once, on both rows of a dual-role customer, and keeps it', async () => {
    const adapter = new RecordingAdapter(contractFixture());
    let open!: () => void;
    adapter.gate = new Promise((resolve) => (open = resolve));
    const list = await mountList({ adapter });
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    await clickCheckbox(list, rowOf(list, 'Contoso Ltd', 'Cloud Reseller'));
    await settle(editor);
    expect(selectedRows(list)).to.have.length(2);
    await clickTag(editor, 'Gov');
    await clickButton(editor, 'Save');
    // The save's code loads on first need (prefetched by the first changed tag): the request goes once it is here.
    await waitUntil(() => adapter.assignCalls.length === 1, 'Save sent nothing');
    await list.updateComplete;
    // The request is still waiting: what shows is the optimistic change.
    expect(adapter.assignCalls).to.have.length(1);
    expect(tagsOf(list, 'Contoso 10 Pharma')).to.equal('VIP Gov');
    expect(tagsOf(list, 'Contoso Ltd', 'Cloud Reseller')).to.equal('VIP EDU Gov');
    expect(tagsOf(list, 'Contoso Ltd', 'Indirect Reseller')).to.equal('VIP EDU Gov');
    open();
    await nextEvent(list, 'tags-assign');
    await list.updateComplete;
    expect(tagsOf(list, 'Contoso Ltd', 'Indirect Reseller')).to.equal('VIP EDU Gov');
    expect(popover(list).matches(':popover-open'), 'a save closes the popover').to.equal(false);
    expectFocusOn(listButton(list, 'Manage tags'), 'a save closing the popover');
  });

  it('puts the chips back and keeps the editor open with the error when the save fails', async () => {
    const adapter = new RecordingAdapter(contractFixture());
    adapter.failWith = new AdapterError('server', 'Internal server error', { status: 500 });
    const list = await mountList({ adapter });
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    await clickTag(editor, 'VIP');
    const failed = nextEvent(list, 'tags-assign-error');
    await clickButton(editor, 'Save');
    await failed;
    await list.updateComplete;
    await editor.updateComplete;
    expect(tagsOf(list, 'Contoso 10 Pharma')).to.equal('VIP');
    expect(popover(list).matches(':popover-open')).to.equal(true);
    expect(shadow(editor).querySelector('[role=alert]')!.textContent).to.include('The service failed to answer.');
    expect(tagBox(editor, 'VIP').getAttribute('aria-checked')).to.equal('false');
  });

  it('follows a rename and a delete in the Tags column and the tag filter', async () => {
    const list = await mountList();
    const editor = await openEditor(list, 'Northwind Traders');
    list.tagFilter = ['EDU'];
    await settleList(list);
    await enterManageMode(editor);
    await clickButton(editor, 'Rename tag EDU');
    const renamed = nextEvent(list, 'tag-rename');
    await typeInto(shadow(editor).querySelector<HTMLInputElement>('[part=rename-input]')!, 'Education');
    await press('Enter');
    await renamed;
    await settleList(list);
    expect(list.tagFilter).to.deep.equal(['Education']);
    expect(tagsOf(list, 'Northwind Traders')).to.equal('Education');
    await clickButton(editor, 'Delete tag VIP');
    await settle(editor);
    const deleted = nextEvent(list, 'tag-delete');
    await click(shadow(editor).querySelector<HTMLButtonElement>('[data-action=confirm-delete]')!);
    await deleted;
    await settleList(list);
    expect(tagsOf(list, 'Contoso Ltd', 'Cloud Reseller')).to.equal('Education');
  });

  it('keeps a 50-character tag with no space inside the popover: no sideways scroll, heading and Save in view', async () => {
    const long = 'RenewalQ4EMEAStrategicAccountsMigrationPlanFY2026X';
    const list = await mountList();
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    const box = popover(list);
    const expectInside = (state: string) => {
      expect(box.scrollWidth, `${state}: the popover is ${box.clientWidth}px wide, its content ${box.scrollWidth}px`).to.be.at.most(box.clientWidth);
      expect(isFullyVisible(shadow(editor).querySelector('[part=heading]')!, box), `${state}: the heading is not cut off`).to.equal(true);
      expect(isFullyVisible(box, undefined, 'block'), `${state}: the popover (${box.getBoundingClientRect().top.toFixed(0)}–${box.getBoundingClientRect().bottom.toFixed(0)}) runs past the viewport's ${innerHeight}px`).to.equal(true);
      expect(isFullyVisible(button(editor, 'Save')!, box), `${state}: Save fully inside the popover`).to.equal(true);
    };
    await typeInFilter(editor, long);
    expectInside('typed, with its Create button');
    await press('Enter');
    await settle(editor);
    expect(tagBox(editor, long).getAttribute('aria-checked')).to.equal('true');
    expectInside('created and checked');
    await enterManageMode(editor);
    expectInside('manage mode');
  });

  it('stays "Saving…" when the selection changes during a save, and never sends that save to the new selection', async () => {
    const adapter = new RecordingAdapter(contractFixture());
    let answer!: () => void;
    const list = await mountList({ adapter });
    const editor = await openEditor(list, 'Contoso 10 Pharma', 'Contoso 9 Labs', 'Acontoso Foods');
    await clickTag(editor, 'Gov');
    adapter.gate = new Promise((resolve) => (answer = resolve));
    // The new selection's count is slow too, as every answer is with latency=3000.
    let counted!: () => void;
    adapter.countGate = new Promise((resolve) => (counted = resolve));
    await clickButton(editor, 'Save');
    await clickCheckbox(list, rowOf(list, 'Northwind Traders'));
    await editor.updateComplete;
    const save = () => button(editor, /^(Save|Saving…)$/)!;
    expect(save().textContent!.trim(), 'the save is still in flight').to.equal('Saving…');
    expect(save().getAttribute('aria-disabled')).to.equal('true');
    await click(save());
    await editor.updateComplete;
    expect(adapter.assignCalls, 'a second click on Save sends nothing').to.have.length(1);
    const assigned = nextEvent(list, 'tags-assign');
    answer();
    counted();
    await assigned;
    expect(adapter.assignCalls.map((call) => sortedTarget(call.target))).to.deep.equal([FIRST_THREE]);
    expect(tagsOf(list, 'Northwind Traders'), 'the fourth row never got the tag').to.equal('EDU');
  });

  it('re-counts the editor for a changed selection before Save can act, and Save acts on the selection it shows', async () => {
    const adapter = new RecordingAdapter(contractFixture());
    const list = await mountList({ adapter });
    const editor = await openEditor(list, 'Contoso 10 Pharma', 'Contoso 9 Labs', 'Acontoso Foods');
    await clickTag(editor, 'Gov');
    let counted!: () => void;
    adapter.countGate = new Promise((resolve) => (counted = resolve));
    await clickCheckbox(list, rowOf(list, 'Northwind Traders'));
    await editor.updateComplete;
    expect(button(editor, 'Save')!.getAttribute('aria-disabled'), 'Save waits for the new count').to.equal('true');
    expect(text(editor), 'no count of the old selection is shown for the new one').to.not.contain('of 3');
    await click(button(editor, 'Save')!);
    await editor.updateComplete;
    expect(adapter.assignCalls, 'Save did nothing while counting').to.have.length(0);
    counted();
    await waitUntil(() => text(editor).includes('Selected customers: 4.'), 'the new selection was not counted', { timeout: 20_000 });
    expect(text(editor)).to.not.contain('will be added');
    await clickTag(editor, 'EDU');
    await clickButton(editor, 'Save');
    await waitUntil(() => adapter.assignCalls.length === 1, 'Save sent nothing', { timeout: 20_000 });
    expect(sortedTarget(adapter.assignCalls[0]!.target)).to.deep.equal(sortedTarget(rows([IDS.contoso10, 'cloud-reseller'], [IDS.contoso9, 'indirect-reseller'], [IDS.acontoso, 'cloud-reseller'], [IDS.northwind, 'cloud-reseller'])));
    expect(adapter.assignCalls[0]!.add).to.deep.equal(['EDU']);
  });

  it('shows the count of the selection it edits when an older count answers last', async () => {
    const adapter = new RecordingAdapter(contractFixture());
    const list = await mountList({ adapter });
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    let firstCounted!: () => void;
    adapter.countGate = new Promise((resolve) => (firstCounted = resolve));
    await clickCheckbox(list, rowOf(list, 'Contoso 9 Labs'));
    let secondCounted!: () => void;
    adapter.countGate = new Promise((resolve) => (secondCounted = resolve));
    await clickCheckbox(list, rowOf(list, 'Acontoso Foods'));
    secondCounted();
    await waitUntil(() => text(editor).includes('Selected customers: 3.'), 'the last selection was not counted', { timeout: 20_000 });
    firstCounted();
    await settle(editor);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(text(editor), 'the late count for two rows never lands').to.contain('Selected customers: 3.');
    expect(tagBox(editor, 'Gov').querySelector('[part=count]')!.textContent).to.equal('1 of 3');
  });

  it('offers no Manage tags to a sales agent', async () => {
    const list = await mountList({ role: 'sales-agent' });
    expect(listButton(list, 'Manage tags') === undefined).to.equal(true);
  });
});

describe('<customer-list> and <tag-editor> over the mock REST API', () => {
  before(async () => {
    await startMockWorker();
  });

  beforeEach(() => {
    mockApi.reset({ data: contractFixture() });
  });

  const restAdapter = () => new RestAdapter({ headers: mockAuthHeaders('admin-agent'), retry: { retries: 0 } });

  it('sends one bulk request per save, and the API stores it', async () => {
    const list = await mountList({ adapter: restAdapter() });
    const editor = await openEditor(list, 'Contoso 10 Pharma', 'Northwind Traders');
    mockApi.requests.length = 0;
    await clickTag(editor, 'Gov');
    await clickTag(editor, 'EDU');
    await enterTag(editor, 'Renewal Q3');
    await waitUntil(() => shadow(editor).querySelector('[data-tag="Renewal Q3"]'), 'tag not created', { timeout: 20_000 });
    expectFocusOn(filterInput(editor), 'focus stays in the box after the create');
    const assigned = nextEvent(list, 'tags-assign');
    await clickButton(editor, 'Save');
    await assigned;
    const writes = mockApi.requests.filter((request) => request.method !== 'GET' && request.route !== 'count-tags');
    expect(writes.map((request) => `${request.method} ${request.url} ${request.status}`)).to.deep.equal(['POST /v1/tags 201', 'POST /v1/customers/tags 200']);
    const stored = await mockApi.as('admin-agent').listCustomers({ search: { field: 'id', text: IDS.northwind }, pageSize: 10 });
    expect(stored.items[0]!.tags).to.deep.equal(['EDU', 'Gov', 'Renewal Q3']);
    await list.updateComplete;
    expect(tagsOf(list, 'Northwind Traders')).to.equal('EDU Gov Renewal Q3');
  });

  it('refuses a tag that differs from a stored one only in runs of white space, and creates nothing', async () => {
    const list = await mountList({ adapter: restAdapter() });
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    await enterTag(editor, 'Tier 1');
    await enterTag(editor, 'tier  1');
    expect(shadow(editor).querySelector('#notice')!.textContent!.trim()).to.equal('The tag “\u2068Tier 1\u2069” already exists (tags ignore case).');
    expect(mockApi.requests.filter((request) => request.route === 'tags' && request.method === 'POST').map((request) => request.status)).to.deep.equal([201]);
    expect((await mockApi.as('admin-agent').listTags()).filter((tag) => tagKey(tag) === 'tier 1')).to.deep.equal(['Tier 1']);
  });

  it('says as many customers before a delete as after it, on the generated dataset with dual-role customers', async () => {
    mockApi.reset();
    const api = mockApi.as('admin-agent');
    const carrying = (await api.listCustomers({ tags: ['Renewal Q4'], pageSize: 10_000 })).items;
    const customers = new Set(carrying.map((row) => row.id)).size;
    expect(carrying.length, 'some carriers are dual-role: more rows than customers').to.be.greaterThan(customers);
    const editor = await mountEditor({ adapter: restAdapter() });
    await enterManageMode(editor);
    await clickButton(editor, 'Delete tag Renewal Q4');
    await waitUntil(() => /Customers carrying it: \d+/.test(text(editor)), 'the carriers were not counted', { timeout: 20_000 });
    const asked = /Customers carrying it: ([\d,]+)\./.exec(text(editor))![1];
    const deleted = nextEvent(editor, 'tag-delete');
    await click(shadow(editor).querySelector<HTMLButtonElement>('[data-action=confirm-delete]')!);
    expect((await deleted).removedFrom).to.equal(customers);
    await settle(editor);
    const told = /Customers that carried it: ([\d,]+)\./.exec(text(editor))![1];
    expect({ asked, told }).to.deep.equal({ asked: String(customers), told: String(customers) });
  });

  it('rolls the chips back when the API answers 500', async () => {
    const list = await mountList({ adapter: restAdapter() });
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    mockApi.configure({ status: { 'assign-tags': 500 } });
    await clickTag(editor, 'Gov');
    const failed = nextEvent(list, 'tags-assign-error');
    await clickButton(editor, 'Save');
    await failed;
    await list.updateComplete;
    expect(tagsOf(list, 'Contoso 10 Pharma')).to.equal('VIP');
    expect(mockApi.requests.filter((request) => request.route === 'assign-tags').map((request) => request.status)).to.deep.equal([500]);
    const stored = await mockApi.as('admin-agent').listCustomers({ search: { field: 'id', text: IDS.contoso10 }, pageSize: 10 });
    expect(stored.items[0]!.tags).to.deep.equal(['VIP']);
  });

  it('undoes and announces a save that fails after the popover was closed with Escape (regression: the rows kept the tags, silently)', async () => {
    const list = await mountList({ adapter: restAdapter() });
    const editor = await openEditor(list, 'Contoso 10 Pharma', 'Northwind Traders');
    mockApi.configure({ latencyMs: 600, status: { 'assign-tags': 500 } });
    await clickTag(editor, 'Gov');
    await clickTag(editor, 'EDU');
    const failed = nextEvent(list, 'tags-assign-error');
    await clickButton(editor, 'Save');
    // Shown as the save starts (its code loads on first need), long before the 600 ms answer.
    await waitUntil(() => mockApi.requests.some((request) => request.route === 'assign-tags') || tagsOf(list, 'Northwind Traders').includes('Gov'), 'the save did not start');
    await list.updateComplete;
    expect(tagsOf(list, 'Northwind Traders'), 'shown at once').to.contain('Gov');
    await press('Escape');
    await list.updateComplete;
    expect(popover(list).matches(':popover-open')).to.equal(false);
    await failed;
    await list.updateComplete;
    expect(tagsOf(list, 'Contoso 10 Pharma'), 'every row is put back').to.equal('VIP');
    expect(tagsOf(list, 'Northwind Traders')).to.not.contain('Gov');
    const announcement = listShadow(list).querySelector('[part=announcement]')!;
    expect(announcement.getAttribute('role')).to.equal('alert');
    expect(announcement.textContent).to.contain('Tags not saved for 2 selected customers').and.to.contain('Gov').and.to.contain('EDU');
    const stored = await mockApi.as('admin-agent').listCustomers({ search: { field: 'id', text: IDS.contoso10 }, pageSize: 10 });
    expect(stored.items[0]!.tags, 'the server holds none of them').to.deep.equal(['VIP']);
    await click(listButton(list, 'Dismiss')!);
    await list.updateComplete;
    expect(announcement.textContent!.trim()).to.equal('');
  });
});
