/** <tag-editor>'s load (Retry, an adapter swap, an equal selection) and its Escape layers on the shared dismiss stack. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import '../../../src/components/tag-editor/tag-editor.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { button as listButton, clickCheckbox, dataRows, mountList, shadow as listShadow } from '../customer-list/list-harness.js';
import { click, press } from '../../support/browser/input.js';
import { button, clickButton, enterManageMode, deepActiveElement, expectFocusOn, filterInput, mountEditor, rows, settle, shadow, text, typeInFilter, visibleTags, waitForTags } from './editor-harness.js';

/** A MemoryAdapter whose tag list fails until `failing` is cleared, and can be held on a gate; it counts its loads. */
class FlakyAdapter extends MemoryAdapter {
  failing = true;
  gate: Promise<void> | undefined;
  listCalls = 0;

  override async listTags(signal?: AbortSignal): Promise<string[]> {
    this.listCalls++;
    await this.gate;
    if (this.failing) throw new AdapterError('network', 'The network is down');
    return super.listTags(signal);
  }
}

/** A MemoryAdapter with a tag set of its own. */
class OtherTags extends MemoryAdapter {
  override async listTags(): Promise<string[]> {
    return ['Swapped in', 'Second source'];
  }
}

function heading(editor: TagEditor): HTMLElement {
  return shadow(editor).querySelector<HTMLElement>('[part=heading]')!;
}

describe('<tag-editor> loading', () => {
  it('keeps focus in the editor after Retry on a failed tag load, and hands it to the filter box once loaded (regression: it fell to <body>)', async () => {
    const adapter = new FlakyAdapter(contractFixture());
    const editor = await mountEditor({ adapter });
    expect(text(editor)).to.include('The tags could not be loaded.');
    let release!: () => void;
    adapter.gate = new Promise((resolve) => (release = resolve));
    adapter.failing = false;

    await click(button(editor, 'Retry')!);
    await settle(editor);
    const whileLoading = deepActiveElement();
    release();
    await waitForTags(editor);
    await waitUntil(() => deepActiveElement() === filterInput(editor), 'focus did not reach the filter box', { timeout: 20_000 });

    expect(whileLoading === heading(editor)).to.equal(true, `while the tags loaded again, focus was on ${String(whileLoading?.tagName ?? 'nothing')}`);
    expectFocusOn(filterInput(editor), 'once the tags loaded');
    expect(visibleTags(editor)).to.include('VIP');
  });

  it('keeps focus in the editor when Retry fails again', async () => {
    const adapter = new FlakyAdapter(contractFixture());
    const editor = await mountEditor({ adapter });

    await click(button(editor, 'Retry')!);
    await waitUntil(() => adapter.listCalls === 2 && text(editor).includes('The tags could not be loaded.'), 'the second load did not fail', { timeout: 20_000 });
    await settle(editor);

    expect(editor.matches(':focus-within')).to.equal(true, `focus is on ${String(deepActiveElement()?.tagName)}`);
  });

  it('loads the tags again from a swapped adapter', async () => {
    const editor = await mountEditor();
    expect(visibleTags(editor)).to.include('VIP');

    editor.adapter = new OtherTags(contractFixture());
    await waitUntil(() => visibleTags(editor).includes('Swapped in'), 'the swapped adapter was not read', { timeout: 20_000 });

    expect(visibleTags(editor)).to.deep.equal(['Swapped in', 'Second source']);
  });

  it('does not load again for an equal selection handed over as a new object', async () => {
    const adapter = new FlakyAdapter(contractFixture());
    adapter.failing = false;
    const editor = await mountEditor({ adapter, selection: rows([IDS.contoso10, 'cloud-reseller']) });
    const loads = adapter.listCalls;

    editor.selection = rows([IDS.contoso10, 'cloud-reseller']);
    await settle(editor);
    editor.selection = rows([IDS.contoso10, 'cloud-reseller'], [IDS.contoso9, 'indirect-reseller']);
    await waitUntil(() => adapter.listCalls === loads + 1, 'a different selection was not loaded', { timeout: 20_000 });

    expect(adapter.listCalls).to.equal(loads + 1);
  });
});

describe('<tag-editor> Escape layers', () => {
  it('backs out of a rename inside the Manage tags popover, then closes the popover with the next Escape', async () => {
    const list = await mountList();
    const row = dataRows(list).find((candidate) => candidate.querySelector('a')?.textContent === 'Contoso 10 Pharma')!;
    await clickCheckbox(list, row);
    await click(listButton(list, 'Manage tags')!);
    await waitUntil(() => listShadow(list).querySelector('tag-editor'), 'no editor opened', { timeout: 20_000 });
    const editor = listShadow(list).querySelector<TagEditor>('tag-editor')!;
    await waitForTags(editor);
    const popover = listShadow(list).querySelector<HTMLElement>('[part=tag-popover]')!;
    await enterManageMode(editor);
    await clickButton(editor, 'Rename tag VIP');

    await press('Escape');
    await settle(editor);
    const afterFirst = { open: popover.matches(':popover-open'), renaming: shadow(editor).querySelector('[part=rename-input]') !== null };
    await press('Escape');
    await (list as CustomerList).updateComplete;

    expect(afterFirst).to.deep.equal({ open: true, renaming: false });
    expect(popover.matches(':popover-open')).to.equal(false);
    expectFocusOn(listButton(list, 'Manage tags'), 'the second Escape');
  });

  it('clears the filter text with Escape and keeps the editor, standing alone on a page', async () => {
    const editor = await mountEditor({ selection: rows([IDS.contoso10, 'cloud-reseller']) });
    let closed = 0;
    editor.addEventListener('tag-editor-close', () => closed++);
    await typeInFilter(editor, 'VI');

    await press('Escape');
    await settle(editor);

    expect({ text: filterInput(editor).value, closed }).to.deep.equal({ text: '', closed: 0 });
    expectFocusOn(filterInput(editor), 'Escape in the filter box');
  });
});
