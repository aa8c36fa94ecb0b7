/** <new-order-dialog> loads from the adapter it has now: a swapped adapter reloads the catalogs and the search. */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { ListProductsRequest } from '../../../src/adapter/customer-adapter.js';
import type { Product } from '../../../src/model/catalog.js';
import { contractFixture } from '../../../src/testing/index.js';
import { waitUntil } from '../../support/browser/wait.js';
import { catalogButton, catalogsLoaded, chooseCatalog, CONTOSO10, expectFocusOn, JOURNEY_TIMEOUT, mountDialog, openDialog, pasteIn, settle, shadow, stepHeading } from './dialog-harness.js';

/** A MemoryAdapter that records every product request, and how many have been answered. */
class RecordingSource extends MemoryAdapter {
  readonly requests: ListProductsRequest[] = [];
  answered = 0;

  override async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
    this.requests.push(request);
    try {
      return await super.listProducts(request, signal);
    } finally {
      this.answered++;
    }
  }
}

/**
 * Another data source: its Software catalog offers nothing, its backup product has another name, and its
 * Marketplace has a second product no backup search finds, so what the dialog shows tells which adapter it asked
 * and whether it searched.
 */
class OtherSource extends RecordingSource {
  constructor() {
    const data = contractFixture();
    const backup = data.products.find((product) => product.title === 'Contoso Backup for Microsoft 365')!;
    super({
      ...data,
      products: [
        ...data.products.filter((product) => product.catalog !== 'software' && product !== backup),
        { ...backup, title: 'Fabrikam Backup' },
        { ...backup, id: 'SAAS0000APP2', title: 'Fabrikam Firewall', description: 'Network protection.' },
      ],
    });
  }
}

const productTitles = (dialog: Parameters<typeof catalogButton>[0]) => [...shadow(dialog).querySelectorAll('.product strong')].map((title) => title.textContent);

const softwareOffersNothing = (dialog: Parameters<typeof catalogButton>[0]) => catalogButton(dialog, 'Software').textContent?.includes('No products are offered in this catalog.') ?? false;

describe('<new-order-dialog> with a swapped adapter', function () {
  this.timeout(JOURNEY_TIMEOUT);

  it('loads the catalogs again from an adapter swapped while it is open, focus staying on the step heading', async () => {
    const dialog = await openDialog(CONTOSO10);
    expect(softwareOffersNothing(dialog), 'the first adapter offers software').to.equal(false);
    const other = new OtherSource();
    dialog.adapter = other;
    await waitUntil(() => softwareOffersNothing(dialog), 'the catalogs were not loaded from the new adapter', { timeout: 20_000 });
    await catalogsLoaded(dialog);
    expect(new Set(other.requests.map((request) => request.catalog))).to.deep.equal(new Set(['azure', 'marketplace', 'software', 'online-services']));
    expectFocusOn(stepHeading(dialog), 'the adapter swap');
  });

  it('loads from an adapter swapped while it was closed when it opens again', async () => {
    const dialog = await openDialog(CONTOSO10);
    dialog.close();
    await settle(dialog);
    const other = new OtherSource();
    dialog.adapter = other;
    await settle(dialog);
    expect(other.requests, 'a closed dialog loads nothing').to.have.length(0);
    await dialog.show();
    await waitUntil(() => softwareOffersNothing(dialog), 'the catalogs were not loaded from the new adapter', { timeout: 20_000 });
    expectFocusOn(stepHeading(dialog), 'opening again');
  });

  it('asks the new adapter for the search typed, and shows its answer', async () => {
    const first = new RecordingSource(contractFixture());
    const dialog = await openDialog(CONTOSO10, first);
    await chooseCatalog(dialog, 'Marketplace');
    const box = shadow(dialog).querySelector<HTMLInputElement>('[part=product-search]')!;
    await pasteIn(dialog, box, 'backup');
    await waitUntil(() => first.requests.some((request) => request.search === 'backup') && first.answered === first.requests.length, 'the first adapter was not searched', { timeout: 20_000 });
    const other = new OtherSource();
    dialog.adapter = other;
    await waitUntil(() => productTitles(dialog).includes('Fabrikam Backup'), 'the new adapter\'s products did not show', { timeout: 20_000 });
    await waitUntil(() => other.requests.some((request) => request.catalog === 'marketplace' && request.search === 'backup') && other.answered === other.requests.length, 'the search was not asked of the new adapter', { timeout: 20_000 });
    await settle(dialog);
    expect(productTitles(dialog), 'the search\'s answer, not the whole catalog').to.deep.equal(['Fabrikam Backup']);
    expect(box.value).to.equal('backup');
    expectFocusOn(box, 'the adapter swap');
  });

  it('loads nothing before it is first opened', async () => {
    const other = new OtherSource();
    const dialog = await mountDialog(other);
    await settle(dialog);
    expect(other.requests).to.have.length(0);
    await dialog.show({ customer: CONTOSO10 });
    await catalogsLoaded(dialog);
    expect(other.requests).to.have.length(4);
  });
});
