/**
 * <tag-editor>'s manage mode loads on first use (lazy-manage-mode.ts, through the shared LazyPart): nothing is
 * fetched until the agent points at or focuses "Rename or delete tags", the list's place says "Loading…" while
 * the code arrives, and a chunk that cannot be fetched draws the shared failure view whose Retry recovers,
 * focus kept in the editor. (test/node/tag-editor-first-load.test.ts checks it is not in the first load.)
 */
import { expect } from '@open-wc/testing';
import { manageModeModule } from '../../../src/components/tag-editor/lazy-manage-mode.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { click, hover, releaseMouse, tabTo } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { stubChunk } from '../../support/browser/chunk-stub.js';
import { button, expectFocusOn, mountEditor, rows, settle, shadow, text } from './editor-harness.js';
import { IDS } from '../../../src/testing/index.js';

const chunk = stubChunk(manageModeModule);

const toggle = (editor: TagEditor) => shadow(editor).querySelector<HTMLButtonElement>('[data-action=manage]')!;
const manageRows = (editor: TagEditor) => shadow(editor).querySelectorAll('.manage-row');

/** An editor with the pointer away from its toggle: the last test's pointer would else sit where the new one is drawn. */
async function mount(): Promise<TagEditor> {
  await releaseMouse();
  const editor = await mountEditor({ selection: rows([IDS.contoso10, 'cloud-reseller']) });
  await hover(shadow(editor).querySelector('[part=heading]')!);
  expect(chunk.loads, 'drawing the checklist loads no manage code').to.equal(0);
  return editor;
}

describe('<tag-editor> manage mode, loaded on first use', () => {
  it('fetches nothing until the pointer reaches "Rename or delete tags", then prefetches once', async () => {
    const editor = await mount();
    await hover(toggle(editor));
    await waitUntil(() => chunk.loads === 1, 'pointing at the toggle prefetches manage mode');
    await click(toggle(editor));
    await waitUntil(() => manageRows(editor).length > 0, 'the manage list is drawn');
    expect(chunk.loads, 'the prefetched load serves the click').to.equal(1);
  });

  it('prefetches when the toggle takes focus from the keyboard', async () => {
    const editor = await mount();
    await tabTo(toggle(editor));
    await waitUntil(() => chunk.loads === 1, 'focusing the toggle prefetches manage mode');
  });

  it('says "Loading…" in the list\'s place while the code arrives, the toggle pressed and focused', async () => {
    const editor = await mount();
    let release!: () => void;
    chunk.gate = new Promise((resolve) => (release = resolve));
    await click(toggle(editor));
    await settle(editor);
    expect(shadow(editor).querySelector('[role=status]')?.textContent).to.equal('Loading…');
    expect(toggle(editor).getAttribute('aria-pressed')).to.equal('true');
    expectFocusOn(toggle(editor), 'the toggle keeps focus while manage mode loads');
    release();
    await waitUntil(() => manageRows(editor).length > 0, 'the manage list is drawn once loaded');
    expect(text(editor)).not.to.include('Loading…');
  });

  it('draws the shared failure view when the chunk cannot be fetched, and Retry recovers with focus in the editor', async () => {
    const editor = await mount();
    chunk.failWith = new TypeError('Failed to fetch dynamically imported module: manage-mode.part.js');
    await click(toggle(editor));
    await waitUntil(() => text(editor).includes('Renaming and deleting tags could not be loaded.'), 'the failure is drawn');
    const alert = shadow(editor).querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('Failed to fetch dynamically imported module');
    expect(manageRows(editor)).to.have.length(0);
    expectFocusOn(toggle(editor), 'focus stays on the toggle when the load fails');

    chunk.failWith = undefined;
    const failedLoads = chunk.loads;
    await click(button(editor, 'Retry')!);
    await waitUntil(() => manageRows(editor).length > 0, 'Retry loads manage mode');
    await settle(editor);
    expect(chunk.loads, 'Retry loaded again').to.equal(failedLoads + 1);
    expect(text(editor)).not.to.include('could not be loaded');
    expectFocusOn(toggle(editor), 'Retry went with the failure view: focus on the toggle, not <body>');
    await click(button(editor, 'Rename tag VIP')!);
    await settle(editor);
    expect(shadow(editor).querySelector('[part=rename-input]'), 'manage mode works after Retry').to.exist;
  });
});
