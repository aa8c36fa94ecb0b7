/** <tag-editor> as <customer-list>'s Manage tags popover: optimistic chips, rollback, focus, and the mock API. */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/tag-editor/tag-editor.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { RestAdapter } from '../../../src/adapter/rest/rest-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../../mocks/browser.js';
import { contractFixture, IDS } from '../../adapter/contract-fixture.js';
import { button as listButton, cellText, checkbox, dataRows, mountList, settle as settleList, shadow as listShadow } from '../customer-list/list-harness.js';
import { nextEvent, button, filterInput, key, RecordingAdapter, settle, shadow, tagBox, type, waitForTags } from './editor-harness.js';

function rowOf(list: CustomerList, name: string, relationship?: string): HTMLElement {
  const row = dataRows(list).find((candidate) => candidate.querySelector('a')?.textContent === name && (!relationship || cellText(candidate, 'relationship').startsWith(relationship)));
  if (!row) throw new Error(`no row ${name}`);
  return row;
}

const tagsOf = (list: CustomerList, name: string, relationship?: string) => cellText(rowOf(list, name, relationship), 'tags');

async function openEditor(list: CustomerList, ...names: string[]): Promise<TagEditor> {
  for (const name of names) checkbox(rowOf(list, name)).click();
  await list.updateComplete;
  listButton(list, 'Manage tags')!.click();
  await waitUntil(() => listShadow(list).querySelector('tag-editor'), 'no editor opened');
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
    expect(listShadow(list).activeElement).to.equal(editor);
    expect(shadow(editor).activeElement).to.equal(filterInput(editor));
    expect(editor.selection).to.deep.equal(list.selection);
  });

  it('closes on Escape and gives focus back to Manage tags', async () => {
    const list = await mountList();
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    await settle(editor);
    key(filterInput(editor), 'Escape');
    await list.updateComplete;
    expect(popover(list).matches(':popover-open')).to.equal(false);
    expect(listShadow(list).querySelector('tag-editor') === null).to.equal(true);
    expect(listShadow(list).activeElement).to.equal(listButton(list, 'Manage tags'));
    expect(listButton(list, 'Manage tags')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('lets a host cancel the request and show its own editor', async () => {
    const list = await mountList();
    list.addEventListener('manage-tags-request', (event) => event.preventDefault());
    checkbox(rowOf(list, 'Contoso 10 Pharma')).click();
    await list.updateComplete;
    listButton(list, 'Manage tags')!.click();
    await list.updateComplete;
    expect(listShadow(list).querySelector('tag-editor') === null).to.equal(true);
  });

  it('shows a save in the Tags column at once, on both rows of a dual-role customer, and keeps it', async () => {
    const adapter = new RecordingAdapter(contractFixture());
    let open!: () => void;
    adapter.gate = new Promise((resolve) => (open = resolve));
    const list = await mountList({ adapter });
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    checkbox(rowOf(list, 'Contoso Ltd', 'Cloud Reseller')).click();
    await settle(editor);
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    button(editor, 'Save')!.click();
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
    expect(listShadow(list).activeElement).to.equal(listButton(list, 'Manage tags'));
  });

  it('puts the chips back and keeps the editor open with the error when the save fails', async () => {
    const adapter = new RecordingAdapter(contractFixture());
    adapter.failWith = new AdapterError('server', 'Internal server error', { status: 500 });
    const list = await mountList({ adapter });
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    tagBox(editor, 'VIP').click();
    await editor.updateComplete;
    button(editor, 'Save')!.click();
    await nextEvent(list, 'tags-assign-error');
    await list.updateComplete;
    await editor.updateComplete;
    expect(tagsOf(list, 'Contoso 10 Pharma')).to.equal('VIP');
    expect(popover(list).matches(':popover-open')).to.equal(true);
    expect(shadow(editor).querySelector('[role=alert]')!.textContent).to.include('Internal server error');
    expect(tagBox(editor, 'VIP').getAttribute('aria-checked')).to.equal('false');
  });

  it('follows a rename and a delete in the Tags column and the tag filter', async () => {
    const list = await mountList();
    const editor = await openEditor(list, 'Northwind Traders');
    list.tagFilter = ['EDU'];
    await settleList(list);
    button(editor, 'Rename or delete tags')!.click();
    await editor.updateComplete;
    button(editor, 'Rename tag EDU')!.click();
    await editor.updateComplete;
    const input = shadow(editor).querySelector<HTMLInputElement>('[part=rename-input]')!;
    input.value = 'Education';
    input.dispatchEvent(new InputEvent('input'));
    key(input, 'Enter');
    await nextEvent(list, 'tag-rename');
    await settleList(list);
    expect(list.tagFilter).to.deep.equal(['Education']);
    expect(tagsOf(list, 'Northwind Traders')).to.equal('Education');
    button(editor, 'Delete tag VIP')!.click();
    await settle(editor);
    shadow(editor).querySelector<HTMLButtonElement>('[data-action=confirm-delete]')!.click();
    await nextEvent(list, 'tag-delete');
    await settleList(list);
    expect(tagsOf(list, 'Contoso Ltd', 'Cloud Reseller')).to.equal('Education');
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
    tagBox(editor, 'Gov').click();
    tagBox(editor, 'EDU').click();
    await type(editor, 'Renewal Q3');
    key(filterInput(editor), 'Enter');
    await waitUntil(() => shadow(editor).querySelector('[data-tag="Renewal Q3"]'), 'tag not created');
    button(editor, 'Save')!.click();
    await nextEvent(list, 'tags-assign');
    const writes = mockApi.requests.filter((request) => request.method !== 'GET' && request.route !== 'count-tags');
    expect(writes.map((request) => `${request.method} ${request.url} ${request.status}`)).to.deep.equal(['POST /v1/tags 201', 'POST /v1/customers/tags 200']);
    const stored = await mockApi.as('admin-agent').listCustomers({ search: { field: 'id', text: IDS.northwind }, pageSize: 10 });
    expect(stored.items[0]!.tags).to.deep.equal(['EDU', 'Gov', 'Renewal Q3']);
    await list.updateComplete;
    expect(tagsOf(list, 'Northwind Traders')).to.equal('EDU Gov Renewal Q3');
  });

  it('rolls the chips back when the API answers 500', async () => {
    const list = await mountList({ adapter: restAdapter() });
    const editor = await openEditor(list, 'Contoso 10 Pharma');
    mockApi.configure({ status: { 'assign-tags': 500 } });
    tagBox(editor, 'Gov').click();
    await editor.updateComplete;
    button(editor, 'Save')!.click();
    await nextEvent(list, 'tags-assign-error');
    await list.updateComplete;
    expect(tagsOf(list, 'Contoso 10 Pharma')).to.equal('VIP');
    expect(mockApi.requests.filter((request) => request.route === 'assign-tags').map((request) => request.status)).to.deep.equal([500]);
    const stored = await mockApi.as('admin-agent').listCustomers({ search: { field: 'id', text: IDS.contoso10 }, pageSize: 10 });
    expect(stored.items[0]!.tags).to.deep.equal(['VIP']);
  });
});
