/**
 * Manage tags over a source that keeps no tags (MemoryAdapter playing Partner Center), its tags in a store joined
 * by `withTagStore`: a select-all bulk tag through the UI reaches every customer the query covers, rows never
 * loaded included, and the rows drawn show it.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/tag-editor/tag-editor.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { MemoryTagStore } from '../../../src/adapter/tag-stores/memory-tag-store.js';
import { withTagStore } from '../../../src/adapter/with-tag-store.js';
import { isResellerRelationship } from '../../../src/model/customer.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import { generateDataset } from '../../../mocks/data/index.js';
import { click, press } from '../../support/browser/input.js';
import { waitUntil } from '../../support/browser/wait.js';
import { button as listButton, clickCheckbox, dataRows, mountList, rowTags, shadow as listShadow } from '../customer-list/list-harness.js';
import { clickButton, clickTag, waitForTags } from './editor-harness.js';

describe('<customer-list> Manage tags over a limited source with a tag store', () => {
  it('tags every customer of a select-all, rows never loaded included, and only those a partner may tag', async () => {
    const data = generateDataset({ rows: 2000, seed: 5 });
    const store = new MemoryTagStore({ tags: ['Campaign'] });
    const adapter = withTagStore(MemoryAdapter.partnerCenterLike({ ...data, maxPageSize: 100 }), store);
    const list = await mountList({ adapter });
    expect(dataRows(list).length, 'far fewer rows drawn than the source holds').to.be.below(200);
    await clickCheckbox(list, dataRows(list)[0]!);
    await press('Control+a');
    await list.updateComplete;
    expect(list.selection.mode).to.equal('all');
    await click(listButton(list, 'Manage tags')!);
    await waitUntil(() => listShadow(list).querySelector('tag-editor'), 'no editor opened');
    const editor = listShadow(list).querySelector<TagEditor>('tag-editor')!;
    await waitForTags(editor);
    await clickTag(editor, 'Campaign');
    await clickButton(editor, 'Save');
    const resellers = new Set(data.customers.filter((row) => isResellerRelationship(row.relationship)).map((row) => row.id));
    await waitUntil(async () => (await store.customersWithTags(['Campaign'])).length === resellers.size, 'the store has every reseller customer tagged');
    expect(new Set(await store.customersWithTags(['Campaign']))).to.deep.equal(resellers);
    await waitUntil(() => dataRows(list).some((row) => rowTags(row).includes('Campaign')), 'the drawn rows show the tag');
  });
});
