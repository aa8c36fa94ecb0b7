/** <tag-editor>'s value before its tags load, for a sales agent, with hostile tag names, and under axe. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/export-button/export-button.js';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { ExportButton } from '../../../src/components/export-button/export-button.js';
import { fileSaver } from '../../../src/internal/export/save-file.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { TagsAssignEvent } from '../../../src/components/tag-editor/tag-editor.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { parseCsv } from '../../../src/model/csv.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { waitUntil } from '../../support/browser/wait.js';
import { button, clickButton, enterManageMode, clickTag, enterTag, filterInput, mountEditor, nextEvent, pressIn, rows, settle, shadow, states, tagBox, text, visibleTags, waitForTags } from './editor-harness.js';
import { click } from '../../support/browser/input.js';

// What it owes a host form (value under its name, change, reset, fieldset, validity, restore): form-associated.test.ts.
describe('<tag-editor> as a form control', () => {
  it('takes a value set before its tags arrived', async () => {
    const adapter = new MemoryAdapter({ ...contractFixture(), latencyMs: 20 });
    const editor = await fixture<TagEditor>(html`<tag-editor agent-role="admin-agent" .adapter=${adapter} .value=${['vip', 'Polska']}></tag-editor>`);
    expect(editor.value).to.deep.equal(['vip', 'Polska']);
    await waitForTags(editor);
    expect(editor.value, 'matched case-insensitively, stored spelling kept').to.deep.equal(['Polska', 'VIP']);
  });
});

describe('<tag-editor> for a sales agent', () => {
  it('shows the tags and their counts read-only, with no way to change them', async () => {
    const editor = await mountEditor({ role: 'sales-agent', selection: rows([IDS.contoso, 'cloud-reseller'], [IDS.contoso10, 'cloud-reseller']) });
    expect(states(editor)).to.include({ VIP: 'true', EDU: 'mixed' });
    expect(text(editor)).to.include('Only admin agents can change tags; you can view them.');
    await clickTag(editor, 'Gov');
    await pressIn(editor, ' ');
    expect(tagBox(editor, 'Gov').getAttribute('aria-checked')).to.equal('false');
    expect(tagBox(editor, 'Gov').getAttribute('aria-readonly')).to.equal('true');
    expect(filterInput(editor) === null).to.equal(true);
    expect(button(editor, 'Save') === undefined).to.equal(true);
    expect(button(editor, 'Rename or delete tags') === undefined).to.equal(true);
    expect(button(editor, 'Close')).not.to.equal(undefined);
  });

  it('shows what the adapter says when a save is refused anyway', async () => {
    // An admin's editor on an adapter that treats the caller as a sales agent: the adapter has the last word.
    const adapter = new MemoryAdapter({ ...contractFixture(), agentRole: 'sales-agent' });
    const editor = await mountEditor({ adapter, selection: rows([IDS.contoso10, 'cloud-reseller']) });
    await clickTag(editor, 'Gov');
    const failed = nextEvent(editor, 'tags-assign-error');
    await clickButton(editor, 'Save');
    await failed;
    await editor.updateComplete;
    expect(shadow(editor).querySelector('[role=alert]')!.textContent).to.include('Only admin agents can change tags.');
  });
});

describe('<tag-editor> with hostile tag names', () => {
  const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '=HYPERLINK("http://evil.example","Click")', 'שלום עולם', 'Acme \u200Fexe 10', '👩‍👩‍👧‍👦 Family'];

  it('creates them and renders them as text, running nothing', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const editor = await mountEditor({ adapter, selection: rows([IDS.contoso9, 'indirect-reseller']) });
    for (const name of HOSTILE) await enterTag(editor, name);
    expect(visibleTags(editor)).to.include.members(HOSTILE);
    expect(shadow(editor).querySelector('img, script') === null).to.equal(true);
    expect((window as { __pwned?: number }).__pwned === undefined).to.equal(true);
    // A right-to-left name stays inside its own box: it is isolated from the text around it.
    expect(getComputedStyle(tagBox(editor, 'שלום עולם').querySelector('.name')!).unicodeBidi).to.equal('isolate');
  });

  it('refuses a direction override in a new name, saying why (regression: "\\u202Eevil" was created)', async () => {
    const editor = await mountEditor({ selection: rows([IDS.contoso9, 'indirect-reseller']) });
    await enterTag(editor, 'Acme \u202Etxt.exe');
    expect(text(editor)).to.contain('A tag cannot contain hidden direction characters');
    expect(visibleTags(editor).some((tag) => tag.includes('\u202E'))).to.equal(false);
  });

  it('exports a formula-like tag defused', async () => {
    const adapter = new MemoryAdapter(contractFixture());
    const editor = await mountEditor({ adapter, selection: rows([IDS.contoso9, 'indirect-reseller']) });
    await enterTag(editor, HOSTILE[2]!);
    const assigned = nextEvent(editor, TagsAssignEvent.eventName);
    await clickButton(editor, 'Save');
    await assigned;
    // The editor loads its tags again after a save and grows by the summary line then: the export button drawn
    // below it must be clicked where it ends up, not where it was a moment before.
    await waitUntil(() => text(editor).includes('Selected customers: 1.'), 'the tags loaded again after the save');
    await settle(editor);
    const saved: Blob[] = [];
    const original = fileSaver.saveAs;
    fileSaver.saveAs = (blob) => saved.push(blob);
    try {
      const exporter = await fixture<ExportButton>(html`<export-button .adapter=${adapter}></export-button>`);
      const done = nextEvent(exporter, 'export-complete');
      await click(exporter.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!);
      await done;
    } finally {
      fileSaver.saveAs = original;
    }
    const cells = parseCsv((await saved[0]!.text()).replace(/^\uFEFF/, ''));
    const row = cells.find((line) => line[0] === IDS.contoso9)!;
    expect(row[4]).to.equal(`'${HOSTILE[2]}`);
  });
});

describe('<tag-editor> accessibility (axe)', () => {
  it('has no violations with a mixed selection and changes', async () => {
    const editor = await mountEditor({ selection: rows([IDS.contoso, 'cloud-reseller'], [IDS.contoso10, 'cloud-reseller'], [IDS.adatum, 'advisor']) });
    await clickTag(editor, 'Gov');
    await expect(editor).to.be.accessible();
  });

  it('has no violations with a validation message', async () => {
    const editor = await mountEditor({ selection: rows([IDS.contoso10, 'cloud-reseller']) });
    await enterTag(editor, 'vip');
    expect(filterInput(editor).getAttribute('aria-invalid')).to.equal('true');
    await expect(editor).to.be.accessible();
  });

  it('has no violations in manage mode with a delete confirmation', async () => {
    const editor = await mountEditor({ selection: rows([IDS.contoso10, 'cloud-reseller']) });
    await enterManageMode(editor);
    await clickButton(editor, 'Delete tag VIP');
    await settle(editor);
    await expect(editor).to.be.accessible();
  });

  it('has no violations for a sales agent, as a picker, and when loading failed', async () => {
    await expect(await mountEditor({ role: 'sales-agent', selection: rows([IDS.contoso10, 'cloud-reseller']) })).to.be.accessible();
    await expect(await mountEditor()).to.be.accessible();
    class Broken extends MemoryAdapter {
      override async listTags(): Promise<string[]> {
        throw new AdapterError('network', 'The network is down');
      }
    }
    const broken = await mountEditor({ adapter: new Broken() });
    expect(text(broken)).to.include('The tags could not be loaded. The server could not be reached. Check the connection, then try again.');
    await expect(broken).to.be.accessible();
  });
});
