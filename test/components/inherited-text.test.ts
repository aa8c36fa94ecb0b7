/**
 * A host page's text settings stop at every element (issue 28): a Svelte or Vue template's `#app { text-align:
 * center }` inherits through the shadow root, and without a reset on :host the list's cells, labels and status
 * lines come out centred under left-aligned headers. Each element is mounted as its own tests mount it, its inner
 * text read once, then the page around it (the fixture's wrapper div) is given unusual values of all seven
 * inherited text properties, and the same text is read again: it must not change. Comparing with the element's
 * own look, not with literal values, keeps the test independent of the design's exact values.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { mountList } from './customer-list/list-harness.js';
import { mountEditor, rows } from './tag-editor/editor-harness.js';
import { CONTOSO10, catalogsLoaded, mountDialog } from './new-order-dialog/dialog-harness.js';
import { mountForm } from './billing-profile-form/form-harness.js';
import { ActivityAdapter, mountLog, record } from './activity-log/log-harness.js';
import '../../src/components/export-button/export-button.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { contractFixture, IDS } from '../../src/testing/index.js';

/** What a host page's template might set on a container of the elements. */
const HOST_PAGE_TEXT = {
  textAlign: 'center',
  lineHeight: '3',
  letterSpacing: '4px',
  wordSpacing: '10px',
  whiteSpace: 'pre',
  textTransform: 'uppercase',
  fontStyle: 'italic',
} as const;

const PROPERTIES = ['text-align', 'line-height', 'letter-spacing', 'word-spacing', 'white-space', 'text-transform', 'font-style'] as const;

/** Representative text of an element: the first of each kind its shadow root draws. */
const TEXT = ['[role=gridcell]', '[role=columnheader]', 'label', 'legend', '[role=status]', 'button', 'h2', 'p', 'li', 'input:not([type=checkbox])'];

/** `selector → property: value` of each representative text the element draws. */
function textLook(element: HTMLElement): Record<string, string> {
  const look: Record<string, string> = {};
  for (const selector of TEXT) {
    const node = element.shadowRoot!.querySelector(selector);
    if (!node) continue;
    const style = getComputedStyle(node);
    for (const property of PROPERTIES) look[`${selector} ${property}`] = style.getPropertyValue(property);
  }
  return look;
}

/** Reads the element's text, dresses the page around it as HOST_PAGE_TEXT, and expects the same text. */
function expectUntouchedByPage(element: HTMLElement, kinds: number): void {
  const designed = textLook(element);
  const drawnKinds = new Set(Object.keys(designed).map((key) => key.split(' ')[0]));
  expect(drawnKinds.size, `kinds of text drawn: ${[...drawnKinds].join(', ')}`).to.be.at.least(kinds);
  Object.assign(element.parentElement!.style, HOST_PAGE_TEXT);
  expect(textLook(element), `text inside <${element.localName}> on a page that sets all seven`).to.deep.equal(designed);
}

describe('text settings inherited from the host page', () => {
  it('<customer-list> keeps its own: cells, headers, the status line and buttons', async () => {
    expectUntouchedByPage(await mountList(), 4);
  });

  it('an element drawn inside the list keeps the list\'s line height, not the reset\'s', async () => {
    const list = await mountList();
    const exportButton = list.shadowRoot!.querySelector<HTMLElement>('.export')!.shadowRoot!.querySelector('[part=button]')!;
    const listButton = list.shadowRoot!.querySelector('button.command')!;
    expect(getComputedStyle(exportButton).lineHeight).to.equal(getComputedStyle(listButton).lineHeight);
  });

  it('a page\'s font token still sets the line height and style the reset would', async () => {
    const editor = await mountEditor({ selection: rows([IDS.contoso10, 'cloud-reseller']) });
    editor.parentElement!.style.setProperty('--customer-list-font', 'italic 16px/2 serif');
    const label = getComputedStyle(editor.shadowRoot!.querySelector('label')!);
    expect([parseFloat(label.lineHeight) / parseFloat(label.fontSize), label.fontStyle]).to.deep.equal([2, 'italic']);
  });

  it('<tag-editor> keeps its own', async () => {
    expectUntouchedByPage(await mountEditor({ selection: rows([IDS.contoso10, 'cloud-reseller']) }), 2);
  });

  it('<new-order-dialog> keeps its own', async () => {
    const dialog = await mountDialog();
    await dialog.show({ customer: CONTOSO10 });
    await catalogsLoaded(dialog);
    expectUntouchedByPage(dialog, 3);
  });

  it('<billing-profile-form> keeps its own', async () => {
    expectUntouchedByPage(await mountForm(), 3);
  });

  it('<export-button> keeps its own', async () => {
    const button = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<export-button .adapter=${new MemoryAdapter(contractFixture())}></export-button>`);
    await button.updateComplete;
    expectUntouchedByPage(button, 1);
  });

  it('<activity-log> keeps its own', async () => {
    expectUntouchedByPage(await mountLog(new ActivityAdapter(Array.from({ length: 5 }, (_, index) => record(index, index * 20)))), 4);
  });
});
