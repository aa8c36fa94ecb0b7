/**
 * <tag-editor>'s save loads on first need (save-controller.ts, through the shared LazyPart): nothing is fetched
 * while the agent only looks, the first changed tag or the pointer or focus on Save prefetches it, "Saving tags…"
 * shows at once while the code arrives, and a chunk that cannot be fetched draws the shared failure view whose
 * Retry saves, focus kept in the editor. (test/node/tag-editor-first-load.test.ts checks it is not in the first load.)
 */
import { expect } from '@open-wc/testing';
import { saveModule } from '../../../src/components/tag-editor/save-controller.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { click, hover, releaseMouse, tabTo } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { stubChunk } from '../../support/browser/chunk-stub.js';
import { button, clickTag, expectFocusOn, filterInput, mountEditor, RecordingAdapter, rows, settle, shadow, states, text } from './editor-harness.js';

const chunk = stubChunk(saveModule);

const saveButton = (editor: TagEditor) => shadow(editor).querySelector<HTMLButtonElement>('[data-action=save]')!;

/** An editor over two customers, the pointer away from Save: the last test's pointer would else sit where it is drawn. */
async function mount(): Promise<{ editor: TagEditor; adapter: RecordingAdapter }> {
  await releaseMouse();
  const adapter = new RecordingAdapter(contractFixture());
  const editor = await mountEditor({ adapter, selection: rows([IDS.contoso, 'cloud-reseller'], [IDS.contoso10, 'cloud-reseller']) });
  await hover(shadow(editor).querySelector('[part=heading]')!);
  expect(chunk.loads, 'drawing the checklist loads no save code').to.equal(0);
  return { editor, adapter };
}

describe('<tag-editor> save, loaded on first need', () => {
  it('fetches nothing while the agent only looks; the first changed tag prefetches it once', async () => {
    const { editor, adapter } = await mount();
    await clickTag(editor, 'Gov');
    await waitUntil(() => chunk.loads === 1, 'changing a tag prefetches the save');
    await clickTag(editor, 'VIP');
    await click(saveButton(editor));
    await waitUntil(() => text(editor).includes('Tags saved. Customers updated: 2.'), 'the save is done and said');
    expect(chunk.loads, 'the prefetched load serves the save').to.equal(1);
    expect(adapter.assignCalls).to.have.length(1);
  });

  it('prefetches when Save takes focus from the keyboard', async () => {
    const { editor } = await mount();
    await tabTo(saveButton(editor));
    await waitUntil(() => chunk.loads === 1, 'focusing Save prefetches the save');
  });

  it('says "Saving tags…" at once while the code arrives, and sends one request however often Save is clicked', async () => {
    const { editor, adapter } = await mount();
    let release!: () => void;
    chunk.gate = new Promise((resolve) => (release = resolve));
    await clickTag(editor, 'Gov');
    await click(saveButton(editor));
    await click(saveButton(editor));
    await settle(editor);
    expect(text(editor)).to.include('Saving tags…');
    expect(saveButton(editor).textContent?.trim()).to.equal('Saving…');
    expectFocusOn(saveButton(editor), 'Save keeps focus while the save loads');
    release();
    await waitUntil(() => text(editor).includes('Tags saved.'), 'the save runs once its code has arrived');
    expect(adapter.assignCalls).to.have.length(1);
    expect(adapter.assignCalls[0]!.add).to.deep.equal(['Gov']);
  });

  it('draws the shared failure view when the chunk cannot be fetched, and Retry saves with focus in the editor', async () => {
    const { editor, adapter } = await mount();
    chunk.failWith = new TypeError('Failed to fetch dynamically imported module: save.part.js');
    await clickTag(editor, 'Gov');
    await click(saveButton(editor));
    await waitUntil(() => text(editor).includes('The tags were not saved; nothing changed.'), 'the failure is drawn');
    const alert = shadow(editor).querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('Failed to fetch dynamically imported module');
    expect(adapter.assignCalls, 'nothing was sent').to.have.length(0);
    expect(states(editor), 'the choice is kept').to.include({ Gov: 'true' });
    expectFocusOn(saveButton(editor), 'focus stays on Save when the load fails');

    chunk.failWith = undefined;
    const failedLoads = chunk.loads;
    await click(button(editor, 'Retry')!);
    await waitUntil(() => text(editor).includes('Tags saved.'), 'Retry loads the save and saves');
    await settle(editor);
    expect(chunk.loads, 'Retry loaded again').to.equal(failedLoads + 1);
    expect(adapter.assignCalls).to.have.length(1);
    expect(text(editor)).not.to.include('nothing changed');
    expectFocusOn(filterInput(editor), 'Retry went with the failure view: focus on the filter box, not <body>');
  });
});
