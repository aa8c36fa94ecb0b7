/**
 * A page that imports only the list (`customer-list-elements/customer-list.js`, as README's recipe, the Vue and
 * Svelte apps and React's per-element wrapper do): every command on screen does something visible. Each element
 * a command opens is loaded on first use; a host that cancels the request event runs its own flow and nothing
 * loads. This file must import no other element's module: each test file is its own page.
 */
import { expect } from '@open-wc/testing';
import { fileSaver } from '../../../src/internal/export/save-file.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { click, deepActiveElement, press } from '../../support/browser/input.js';
import { waitFor, waitUntil } from '../../support/browser/wait.js';
import { button, clickCheckbox, dataRows, mountList, shadow } from './list-harness.js';

const COMPOSED = ['tag-editor', 'new-order-dialog', 'billing-profile-form', 'export-button', 'activity-log'];
const registered = () => COMPOSED.filter((tag) => customElements.get(tag));
const saved: { blob: Blob; filename: string }[] = [];
const originalSaveAs = fileSaver.saveAs;

before(() => {
  fileSaver.saveAs = (blob, filename) => void saved.push({ blob, filename });
});
after(() => {
  fileSaver.saveAs = originalSaveAs;
});

async function selectOne(list: CustomerList): Promise<void> {
  await clickCheckbox(list, dataRows(list)[1]!);
}

/** Something drawn in the list's shadow root, visible on screen. */
function shown(list: CustomerList, selector: string): HTMLElement | null {
  const element = shadow(list).querySelector<HTMLElement>(selector);
  return element && element.getClientRects().length > 0 ? element : null;
}

describe('<customer-list> alone on the page: no dead command', () => {
  it('starts with none of the composed elements registered', () => {
    expect(registered()).to.deep.equal([]);
  });

  it('a host that cancels a request runs its own flow: nothing is loaded', async () => {
    const list = await mountList();
    await selectOne(list);
    list.addEventListener('new-order-request', (event) => event.preventDefault(), { once: true });
    list.addEventListener('export-request', (event) => event.preventDefault(), { once: true });
    await click(button(list, 'New order')!);
    await click(button(list, 'Export customers')!);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(registered()).to.deep.equal([]);
  });

  it('New order loads <new-order-dialog> on first use and opens it for the selected customer', async () => {
    const list = await mountList();
    await selectOne(list);
    await click(button(list, 'New order')!);
    const dialog = await waitFor(() => shadow(list).querySelector('[data-role=new-order-dialog]')?.shadowRoot?.querySelector<HTMLDialogElement>('dialog[open]'), 'the order dialog opened');
    expect(customElements.get('new-order-dialog')).to.not.equal(undefined);
    expect(dialog.textContent).to.contain(dataRows(list)[1]!.querySelector('a')!.textContent!.trim());
    await press('Escape');
    await waitUntil(() => !shadow(list).querySelector('[data-role=new-order-dialog]')?.shadowRoot?.querySelector('dialog[open]'), 'the dialog closed');
  });

  it('Billing information loads <billing-profile-form> and opens it in the side panel', async () => {
    const list = await mountList();
    await selectOne(list);
    await click(button(list, 'Billing information')!);
    const panel = await waitFor(() => shown(list, 'dialog.billing-panel[open]'), 'the billing panel opened');
    expect(customElements.get('billing-profile-form')).to.not.equal(undefined);
    expect(panel.querySelector('billing-profile-form')).to.not.equal(null);
    expect(deepActiveElement()?.tagName).to.equal('H2');
    await press('Escape');
  });

  it('Activity loads <activity-log> and opens it in the side panel', async () => {
    const list = await mountList();
    await selectOne(list);
    await click(button(list, 'Activity')!);
    const panel = await waitFor(() => shown(list, 'dialog.activity-panel[open]'), 'the activity panel opened');
    expect(panel.querySelector('activity-log')).to.not.equal(null);
    await press('Escape');
  });

  it('Manage tags loads <tag-editor> and opens it with focus in it', async () => {
    const list = await mountList();
    await selectOne(list);
    await click(button(list, 'Manage tags')!);
    const popover = await waitFor(() => shown(list, '.tag-popover:popover-open'), 'the tag editor opened');
    expect(popover.querySelector('tag-editor')).to.not.equal(null);
    await waitUntil(() => deepActiveElement()?.closest?.('tag-editor') !== null || popover.querySelector('tag-editor')!.matches(':focus-within'), 'focus is in the tag editor');
  });

  it('Export customers loads <export-button> in its place, focuses it and exports the full list', async () => {
    const list = await mountList();
    saved.length = 0;
    await click(button(list, 'Export customers')!);
    await waitUntil(() => saved.length === 1, 'the file was saved');
    expect(saved[0]!.filename).to.equal('Customers.csv');
    const text = await saved[0]!.blob.text();
    expect(text.trim().split('\r\n').length - 1, 'every customer').to.equal(list.totalCount);
    const exporter = shadow(list).querySelector('[part~=export]')!;
    expect(exporter.tagName).to.equal('EXPORT-BUTTON');
    expect(exporter.shadowRoot!.activeElement?.textContent?.trim(), 'focus on the export button, not on <body>').to.equal('Export customers');
  });
});
