/**
 * Every element registered under another name (acme-*) and none under its default: the list still composes
 * the others and every command works (regression: it looked them up by their default tags and lost them).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/browser/wait.js';
import { BillingProfileForm, CustomerList, ExportButton, NewOrderDialog, TagEditor } from '../../src/index.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { contractFixture } from '../../src/testing/index.js';
import { click } from '../support/browser/input.js';

// Not the list's test harness: it registers <customer-list> under its default tag.
const button = (list: CustomerList, label: string) => [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === label)!;
const firstCheckbox = (list: CustomerList) => list.shadowRoot!.querySelector<HTMLInputElement>('.data-row input[type=checkbox]')!;

before(() => {
  for (const element of [CustomerList, ExportButton, TagEditor, NewOrderDialog, BillingProfileForm]) element.define(`acme-${element.defaultTag}`);
});

async function mount(): Promise<CustomerList> {
  const list = await fixture<CustomerList>(html`<acme-customer-list .adapter=${new MemoryAdapter(contractFixture())} agent-role="admin-agent" search-debounce="0"></acme-customer-list>`);
  await waitUntil(() => list.shadowRoot!.querySelector('.data-row a'), 'rows rendered');
  await list.updateComplete;
  return list;
}

describe('elements registered only under acme-* names', () => {
  it('are not registered under their default tags on this page', () => {
    for (const tag of ['customer-list', 'tag-editor', 'new-order-dialog', 'billing-profile-form', 'export-button']) expect(customElements.get(tag) === undefined, tag).to.equal(true);
  });

  it('compose each other: Export customers is the acme export button', async () => {
    const list = await mount();
    const exporter = list.shadowRoot!.querySelector('acme-export-button');
    expect(exporter instanceof ExportButton).to.equal(true);
  });

  it('open the acme order dialog from New order', async () => {
    const list = await mount();
    await click(firstCheckbox(list));
    await click(button(list, 'New order'));
    const dialog = list.shadowRoot!.querySelector<NewOrderDialog>('acme-new-order-dialog')!;
    await waitUntil(() => dialog.open, 'the dialog opened');
    expect(dialog instanceof NewOrderDialog).to.equal(true);
  });

  it('open the acme tag editor from Manage tags', async () => {
    const list = await mount();
    await click(firstCheckbox(list));
    await click(button(list, 'Manage tags'));
    await waitUntil(() => list.shadowRoot!.querySelector('acme-tag-editor'), 'the editor opened');
    expect(list.shadowRoot!.querySelector('[part=tag-popover]')!.matches(':popover-open')).to.equal(true);
  });

  it('open the acme billing form from Billing information', async () => {
    const list = await mount();
    await click(firstCheckbox(list));
    await click(button(list, 'Billing information'));
    await waitUntil(() => list.shadowRoot!.querySelector('acme-billing-profile-form'), 'the form opened');
    expect(list.shadowRoot!.querySelector<HTMLDialogElement>('[part=billing-panel]')!.open).to.equal(true);
  });

  it('render a standalone acme element as usual', async () => {
    const editor = await fixture<TagEditor>(html`<acme-tag-editor .adapter=${new MemoryAdapter(contractFixture())}></acme-tag-editor>`);
    await waitUntil(() => editor.shadowRoot!.querySelector('[role=checkbox]'), 'tags listed');
  });
});
