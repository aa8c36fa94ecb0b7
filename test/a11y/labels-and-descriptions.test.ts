/**
 * Names, descriptions and structure both engines read the same way: text boxes named by a visible label (not by
 * a placeholder that goes once the agent types, WCAG 2.5.3 and 3.3.2), drop-down lists pointing at their visible
 * label, waiting commands described with aria-describedby (aria-description is an ARIA 1.3 draft), and no empty
 * list for an empty cart.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/browser/wait.js';
import '../../src/define.js';
import type { ExportButton } from '../../src/components/export-button/export-button.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { generateDataset } from '../../mocks/data/index.js';
import { IDS } from '../../src/testing/index.js';
import { mountList, searchInput, shadow as listShadow } from '../components/customer-list/list-harness.js';
import { filterInput, mountEditor, rows } from '../components/tag-editor/editor-harness.js';
import { addToOrder, chooseCatalog, openDialog, pickProduct, shadow as dialogShadow } from '../components/new-order-dialog/dialog-harness.js';
import { mountForm } from '../components/billing-profile-form/form-harness.js';
import { ActivityAdapter, mountLog, record, shadow as logShadow } from '../components/activity-log/log-harness.js';
import { description, referenced } from '../support/browser/aria.js';
import { click } from '../support/browser/input.js';

const drawn = (element: Element) => element.getClientRects().length > 0 && element.getBoundingClientRect().width > 1 && element.getBoundingClientRect().height > 1;

/** The text an element shows: its text and elements, not the template's comment markers nor aria-hidden marks. */
function shownText(nodes: Iterable<Node>): string {
  return [...nodes]
    .filter((node) => node instanceof Text || (node instanceof Element && node.getAttribute('aria-hidden') !== 'true'))
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A label's own text: what it says besides the control inside it. */
function labelText(label: HTMLLabelElement, control: Element): string {
  return shownText([...label.childNodes].filter((node) => node !== control));
}

/** Fails unless `input` is named by one drawn <label> that says `name`, with no aria-label to tell another story. */
function expectVisibleLabel(input: HTMLInputElement, name: string): void {
  expect(input.hasAttribute('aria-label') || input.hasAttribute('aria-labelledby'), `${name}: named by its label, not by an attribute no one sees`).to.equal(false);
  const labels = [...(input.labels ?? [])];
  expect(labels.map((label) => labelText(label, input)), `${name}: its labels`).to.deep.equal([name]);
  expect(drawn(labels[0]!), `${name}: the label is drawn`).to.equal(true);
}

/** Fails unless every drop-down list points (aria-labelledby) at drawn text that is its label's. */
function expectSelectsPointAtTheirLabels(root: ParentNode): number {
  const selects = [...root.querySelectorAll('select')];
  for (const select of selects) {
    const label = select.labels?.[0];
    const own = label ? labelText(label, select) : '';
    const targets = referenced(select, 'aria-labelledby');
    expect(targets.length, `the drop-down list labelled "${own}" points at its label's text`).to.be.greaterThan(0);
    expect(targets.every(drawn), `the text "${own}" points at is drawn`).to.equal(true);
    expect(targets.map((target) => shownText(target.childNodes)).join(' ')).to.equal(own);
  }
  return selects.length;
}

describe('text boxes are named by a visible label', () => {
  it('the list\'s search box shows "Search customers", its name; "Starts with…" is only a hint', async () => {
    const list = await mountList();
    expectVisibleLabel(searchInput(list), 'Search customers');
  });

  it('the tag editor\'s filter shows "Filter or create tags", its name', async () => {
    const editor = await mountEditor({ selection: rows([IDS.contoso10, 'cloud-reseller']) });
    expectVisibleLabel(filterInput(editor), 'Filter or create tags');
  });

  it('the order dialog\'s product search shows "Search products", its name', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    expectVisibleLabel(dialogShadow(dialog).querySelector<HTMLInputElement>('[part=product-search]')!, 'Search products');
  });
});

describe('drop-down lists point at their visible labels', () => {
  it('in the list\'s toolbar, the order dialog, the billing form and the activity log', async () => {
    const list = await mountList();
    expect(expectSelectsPointAtTheirLabels(listShadow(list))).to.equal(3);
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    await pickProduct(dialog, 'Microsoft 365 Business Basic');
    expect(expectSelectsPointAtTheirLabels(dialogShadow(dialog).querySelector('.fields')!), 'SKU, term, billing cycle').to.equal(3);
    await addToOrder(dialog, 'Microsoft 365 Business Basic', '2');
    await click(dialogShadow(dialog).querySelector('[data-action=review]')!);
    await dialog.updateComplete;
    expect(expectSelectsPointAtTheirLabels(dialogShadow(dialog).querySelector('table')!), 'term and billing cycle of the line').to.equal(2);
    const form = await mountForm();
    expect(expectSelectsPointAtTheirLabels(form.shadowRoot!), 'country').to.equal(1);
    const log = await mountLog(new ActivityAdapter([record(0, 1)]));
    expect(expectSelectsPointAtTheirLabels(logShadow(log)), 'action').to.equal(1);
  });
});

describe('a command that waits says why in aria-describedby, never in the draft aria-description', () => {
  it('the list\'s commands', async () => {
    const list = await mountList();
    const reasons = Object.fromEntries(
      [...listShadow(list).querySelectorAll('[part=command-bar] [aria-disabled=true]')].map((command) => {
        expect(command.hasAttribute('aria-description'), command.textContent!).to.equal(false);
        return [command.textContent!.trim(), description(command)];
      }),
    );
    expect(reasons).to.deep.equal({
      'New order': 'Select exactly one customer to place an order.',
      'Billing information': 'Select exactly one customer to edit its billing information.',
      Activity: 'Select exactly one customer to see its activity.',
      'Manage tags': 'Select one or more customers to manage their tags.',
    });
  });

  it('Review order with an empty cart', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    const review = dialogShadow(dialog).querySelector('[data-action=review]')!;
    expect(review.hasAttribute('aria-description')).to.equal(false);
    expect(description(review)).to.equal('Add at least one product first.');
  });

  it('Export customers while an export runs', async () => {
    const waiting = new MemoryAdapter(generateDataset({ rows: 20, seed: 1 }));
    waiting.listCustomers = () => new Promise(() => {});
    const exporter = await fixture<ExportButton>(html`<export-button .adapter=${waiting}></export-button>`);
    const button = exporter.shadowRoot!.querySelector('[part=button]')!;
    await click(button);
    await waitUntil(() => button.getAttribute('aria-disabled') === 'true', 'the export did not start');
    expect(button.hasAttribute('aria-description')).to.equal(false);
    expect(description(button)).to.equal('An export is running; wait for it or cancel it.');
    exporter.cancel();
  });
});

describe('the order dialog\'s cart', () => {
  it('is no list while empty, and a list of its lines once a product is added', async () => {
    const dialog = await openDialog();
    await chooseCatalog(dialog, 'Online Services');
    const cart = () => dialogShadow(dialog).querySelector('[part=cart]')!;
    expect(cart().querySelector('.cart-heading')!.textContent).to.equal('In this order: 0');
    expect(cart().querySelectorAll('ul').length, 'an empty cart').to.equal(0);
    await addToOrder(dialog, 'Microsoft 365 Business Basic', '2');
    expect(cart().querySelectorAll('ul > li').length).to.equal(1);
  });
});
