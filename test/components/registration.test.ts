/** Registering the elements: default tags, other names, and a second copy of the library on one page. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { BillingProfileForm, CustomerList, ExportButton, NewOrderDialog, TagEditor } from '../../src/index.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { contractFixture } from '../../src/testing/index.js';
import { waitForRowsOf } from './customer-list/list-harness.js';

const CLASSES = { 'customer-list': CustomerList, 'export-button': ExportButton, 'tag-editor': TagEditor, 'new-order-dialog': NewOrderDialog, 'billing-profile-form': BillingProfileForm };

describe('element registration', () => {
  it('registers every element under its default tag', () => {
    for (const [tag, element] of Object.entries(CLASSES)) {
      expect(element.defaultTag).to.equal(tag);
      expect(customElements.get(tag) === element, `<${tag}>`).to.equal(true);
    }
  });

  it('registers an element under another name for a host whose page already uses the default', async () => {
    CustomerList.define('acme-customer-list');
    CustomerList.define('acme-customer-list');
    const Other = customElements.get('acme-customer-list')!;
    expect(Other === CustomerList, 'a subclass, as one class registers once').to.equal(false);
    const list = await fixture<CustomerList>(html`<acme-customer-list .adapter=${new MemoryAdapter(contractFixture())}></acme-customer-list>`);
    expect(list instanceof CustomerList).to.equal(true);
    await waitForRowsOf(list);
    expect(list.totalCount).to.equal(contractFixture().customers.length);
  });

  it('lets a second copy of the library load on the same page: nothing throws, one warning', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // The one-script bundle is a second, separately built copy of every element class.
      const bundle: string = '/dist/customer-list-elements.bundle.js';
      await import(/* @vite-ignore */ bundle);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('customer-list') === CustomerList, 'the first definition stays').to.equal(true);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('already defined by another script');
  });
});
