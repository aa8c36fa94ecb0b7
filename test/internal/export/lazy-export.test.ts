/**
 * LazyExport on a bare host, with real input: the export's engine loads only when the agent points at, focuses or
 * presses the export command; while it loads the export reads as started; a chunk that cannot be fetched draws
 * the shared failure view, and Retry (focus kept on the command) loads it again and saves the file.
 */
import { expect, fixture, html as fixtureHtml, oneEvent } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import type { ExportCompleteEvent } from '../../../src/internal/export/export-events.js';
import { LazyExport, type ExportPart } from '../../../src/internal/export/lazy-export.js';
import { fileSaver } from '../../../src/internal/export/save-file.js';
import { click, expectFocused, expectFocusNotLost, hover, tabTo } from '../../support/browser/input.js';
import { waitFor, waitUntil } from '../../support/browser/wait.js';

/** Loads the real part when let through, or fails as a chunk that cannot be fetched while `failing`. */
class Importer {
  calls = 0;
  failing = false;
  private release: (() => void) | undefined;
  readonly load = async (): Promise<ExportPart> => {
    this.calls++;
    await new Promise<void>((resolve) => (this.release = resolve));
    if (this.failing) throw new TypeError('Failed to fetch dynamically imported module: export-part.js');
    return import('../../../src/internal/export/export-part.js');
  };
  answer(): void {
    this.release?.();
  }
}

let importer: Importer;
const ROWS = [{ name: 'Contoso' }, { name: 'Fabrikam' }];

class ExportHost extends LitElement {
  readonly exporter = new LazyExport(this, () => ({ command: this.shadowRoot!.querySelector<HTMLElement>('#export'), progress: this.shadowRoot!.querySelector('[part=progress]') }), () => importer.load());

  override render(): unknown {
    return html`<button type="button" id="other">Other</button>
      <button type="button" id="export" aria-disabled=${this.exporter.running ? 'true' : 'false'} @click=${() => void this.startExport()} @pointerenter=${() => this.exporter.prefetch()} @focus=${() => this.exporter.prefetch()}>Export</button>
      ${this.exporter.render({ progress: (rows) => `Exporting ${rows} names…`, onCancel: () => this.exporter.cancel() })}`;
  }

  private startExport(): Promise<void> {
    return this.exporter.start<{ name: string }>(undefined, () => ({
      filename: 'Names.csv',
      columns: [{ header: 'Name', value: (row) => row.name }],
      fetchPage: async () => ({ items: ROWS, totalCount: ROWS.length }),
      delimiter: ',',
      bom: false,
      pageSize: 50,
      maxLength: 1_000_000,
    }));
  }
}
customElements.define('lazy-export-host', ExportHost);

const shadow = (host: ExportHost) => host.shadowRoot!;
const exportButton = (host: ExportHost) => shadow(host).querySelector<HTMLButtonElement>('#export')!;
const text = (host: ExportHost) => shadow(host).textContent!.replace(/\s+/g, ' ').trim();

describe('LazyExport', () => {
  const saved: { blob: Blob; filename: string }[] = [];
  const original = fileSaver.saveAs;
  beforeEach(() => {
    importer = new Importer();
    saved.length = 0;
    fileSaver.saveAs = (blob, filename) => void saved.push({ blob, filename });
  });
  afterEach(() => {
    fileSaver.saveAs = original;
  });

  it('loads nothing on the first render; pointing at or focusing the command starts the load', async () => {
    const host = await fixture<ExportHost>(fixtureHtml`<lazy-export-host></lazy-export-host>`);
    expect(importer.calls, 'nothing loads on the first render').to.equal(0);
    await hover(exportButton(host));
    await waitUntil(() => importer.calls === 1, 'the pointer over the command prefetches');

    importer = new Importer();
    const other = await fixture<ExportHost>(fixtureHtml`<lazy-export-host></lazy-export-host>`);
    await tabTo(exportButton(other));
    await waitUntil(() => importer.calls === 1, 'focus on the command prefetches');
  });

  it('reads as started while the part loads, then exports as the engine does', async () => {
    const host = await fixture<ExportHost>(fixtureHtml`<lazy-export-host></lazy-export-host>`);
    const done = oneEvent(host, 'export-complete') as Promise<ExportCompleteEvent>;
    await click(exportButton(host));
    await waitUntil(() => text(host).includes('Exporting 0 names…'), 'busy while the part loads');
    expect(exportButton(host).getAttribute('aria-disabled')).to.equal('true');
    await click(exportButton(host));
    importer.answer();
    const complete = await done;
    expect([complete.rows, complete.filename]).to.deep.equal([2, 'Names.csv']);
    expect(importer.calls, 'loaded once').to.equal(1);
    expect(saved.map((file) => file.filename), 'one file, though Export was pressed twice').to.deep.equal(['Names.csv']);
    expect(await saved[0]!.blob.text()).to.equal('Name\r\nContoso\r\nFabrikam\r\n');
    await waitUntil(() => text(host).includes('Saved Names.csv'), 'the result is drawn');
  });

  it('draws the shared failure view when the part cannot be fetched; Retry keeps focus and saves the file', async () => {
    const host = await fixture<ExportHost>(fixtureHtml`<lazy-export-host></lazy-export-host>`);
    importer.failing = true;
    await click(exportButton(host));
    importer.answer();
    const alert = await waitFor(() => shadow(host).querySelector<HTMLElement>('[role=alert]'), 'the failure is drawn');
    expect(alert.textContent!.replace(/\s+/g, ' ')).to.contain('Export failed; nothing was saved. Failed to fetch dynamically imported module');
    expect(exportButton(host).getAttribute('aria-disabled'), 'the command works again').to.equal('false');
    expect(saved).to.have.length(0);

    importer.failing = false;
    const retry = [...shadow(host).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Retry')!;
    const done = oneEvent(host, 'export-complete');
    await click(retry);
    await host.updateComplete;
    expectFocusNotLost('Retry went with the failure');
    expectFocused(exportButton(host), 'focus waits on the command');
    expect(importer.calls, 'Retry loads again').to.equal(2);
    importer.answer();
    await done;
    expect(saved.map((file) => file.filename)).to.deep.equal(['Names.csv']);
    expect(shadow(host).querySelector('[role=alert]'), 'the failure is gone').to.equal(null);
  });
});
