/**
 * <export-button> over a source that counts no totals (Partner Center: a page's `totalCount` counts that page):
 * progress counts the rows written, the bar shows no percentage until the total is known, and the file and the
 * final message hold every customer.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/export-button/export-button.js';
import type { ExportButton, ExportProgressEvent } from '../../../src/components/export-button/export-button.js';
import { fileSaver } from '../../../src/internal/export/save-file.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { parseCsv } from '../../../src/model/csv.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { click } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';

describe('<export-button> over a source that counts no totals', () => {
  const originalSaveAs = fileSaver.saveAs;
  let saved: Blob[];
  beforeEach(() => {
    saved = [];
    fileSaver.saveAs = (blob) => saved.push(blob);
  });
  afterEach(() => {
    fileSaver.saveAs = originalSaveAs;
  });

  it('counts rows written, shows no percentage before the total is known, and ends on the count of the file', async function () {
    this.timeout(30_000);
    const adapter = MemoryAdapter.partnerCenterLike({ ...generateDataset({ rows: 1234, seed: 5 }), maxPageSize: 100, latencyMs: 60 });
    const element = await fixture<ExportButton>(html`<export-button .adapter=${adapter}></export-button>`);
    const progress: (number | undefined)[][] = [];
    element.addEventListener('export-progress', (event) => progress.push([(event as ExportProgressEvent).rows, (event as ExportProgressEvent).total]));
    const texts = new Set<string>();
    const bars: { value: string | null; max: string | null }[] = [];
    const observer = new MutationObserver(() => {
      const text = element.shadowRoot!.querySelector('.progress-text')?.textContent?.trim();
      const bar = element.shadowRoot!.querySelector('progress');
      if (text) texts.add(text);
      if (bar) bars.push({ value: bar.getAttribute('value'), max: bar.getAttribute('max') });
    });
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await click(element.shadowRoot!.querySelector('[part=button]')!);
    await waitUntil(() => saved.length === 1, 'the file was saved', { timeout: 20_000 });
    observer.disconnect();

    expect(texts.has('300 customers written…'), [...texts].join(' | ')).to.equal(true);
    // "N of M" and a filled bar only once the last page said the total.
    expect([...texts].filter((text) => / of /.test(text)), 'no "N of M" while the total is unknown').to.deep.equal(texts.has('Exporting 1,234 of 1,234 customers…') ? ['Exporting 1,234 of 1,234 customers…'] : []);
    expect(bars.some((bar) => bar.value === null && bar.max === null), 'an indeterminate bar while unknown').to.equal(true);
    expect(bars.every((bar) => (bar.value === null && bar.max === null) || (bar.value === '1234' && bar.max === '1234')), 'no percentage of a page count').to.equal(true);
    expect(progress.slice(0, -1).every(([, total]) => total === undefined), 'no page count reported as the total').to.equal(true);
    expect(progress.at(-1)).to.deep.equal([1234, 1234]);
    const rows = parseCsv((await saved[0]!.text()).replace(/^\uFEFF/, ''));
    expect(rows.length - 1, 'every customer in the file').to.equal(1234);
    await waitUntil(() => /^Saved Customers\.csv: 1,234 rows/.test(element.shadowRoot!.querySelector('[part=message]')?.textContent?.trim() ?? ''), 'the final count');
  });
});
