/** <export-button> exports from the adapter in use when Export customers is clicked: a swapped one, by property or context. */
import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/export-button/export-button.js';
import type { ExportButton, ExportCompleteEvent } from '../../../src/components/export-button/export-button.js';
import { customerAdapterContext } from '../../../src/adapter/context.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { fileSaver } from '../../../src/internal/export/save-file.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { click } from '../../support/browser/input.js';

const originalSaveAs = fileSaver.saveAs;
let savedNames: string[];

beforeEach(() => {
  savedNames = [];
  fileSaver.saveAs = (_blob, filename) => savedNames.push(filename);
});

afterEach(() => {
  fileSaver.saveAs = originalSaveAs;
});

const adapterOf = (rows: number, seed: number) => new MemoryAdapter(generateDataset({ rows, seed }));

async function clickExport(element: ExportButton): Promise<ExportCompleteEvent> {
  const done = oneEvent(element, 'export-complete') as Promise<ExportCompleteEvent>;
  await click(element.shadowRoot!.querySelector('[part=button]')!);
  return done;
}

describe('<export-button> after an adapter swap', () => {
  it('exports the rows of a swapped adapter property', async () => {
    const element = await fixture<ExportButton>(html`<export-button .adapter=${adapterOf(5, 1)}></export-button>`);
    expect((await clickExport(element)).rows).to.equal(5);
    element.adapter = adapterOf(7, 2);
    await element.updateComplete;
    expect((await clickExport(element)).rows).to.equal(7);
    expect(savedNames).to.deep.equal(['Customers.csv', 'Customers.csv']);
  });

  it('exports the rows of a swapped context adapter', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const provider = new ContextProvider(host, { context: customerAdapterContext, initialValue: adapterOf(5, 1) });
    const element = document.createElement('export-button') as ExportButton;
    host.append(element);
    await element.updateComplete;
    expect((await clickExport(element)).rows).to.equal(5);
    provider.setValue(adapterOf(7, 2));
    await element.updateComplete;
    expect((await clickExport(element)).rows).to.equal(7);
  });
});
