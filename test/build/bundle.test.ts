/**
 * Loads the built one-script bundle in Chromium: a build the browser cannot parse (say, decorators left
 * uncompiled) or a bundle that still needs an import map fails here, not on a host's page.
 */
import { expect } from '@open-wc/testing';

const BUNDLE_URL = '/dist/customer-list-elements.bundle.js';

interface Manifest {
  modules: { declarations?: { customElement?: boolean; tagName?: string }[] }[];
}

describe('dist/customer-list-elements.bundle.js', () => {
  it('is self-contained: no bare module specifier is left for an import map', async () => {
    const source = await (await fetch(BUNDLE_URL)).text();
    expect(source.length, 'run `npm run build` before the tests').to.be.greaterThan(1000);
    // A specifier is a package name (`lit`, `@lit/task/x.js`): no spaces or brackets, so code that merely
    // says "from" (a property of the activity filter) is not taken for an import.
    const bareImports = source.match(/(?:\bfrom|\bimport)\s*\(?\s*["'](?![./]|data:|https?:)[@\w][\w@/.-]*["']/g) ?? [];
    expect(bareImports).to.deep.equal([]);
  });

  it('parses and runs in the browser, and its adapter works', async () => {
    const bundle = await import(/* @vite-ignore */ BUNDLE_URL);
    const adapter = new bundle.MemoryAdapter({ customers: [{ id: 'a', companyName: 'Contoso', primaryDomain: 'contoso.com', relationship: 'cloud-reseller', tags: [] }] });
    const page = await adapter.listCustomers({ pageSize: 10 });
    expect(page.totalCount).to.equal(1);
    expect(new bundle.AdapterError('throttled', 'slow down')).to.be.instanceOf(Error);
  });

  it('registers every element the manifest declares', async () => {
    await import(/* @vite-ignore */ BUNDLE_URL);
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!);
    // Never vacuous: the manifest must name the elements, and each must be registered by the bundle.
    expect(tags).to.include.members(['customer-list', 'export-button', 'tag-editor', 'new-order-dialog', 'billing-profile-form']);
    for (const tag of tags) expect(customElements.get(tag), `<${tag}> is registered`).to.be.a('function');
  });
});
