import { mochaHooks } from '../../support/browser/contract-hooks.js';
import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { IndexedDbTagStore } from '../../../src/adapter/tag-stores/indexeddb-tag-store.js';
import { describeTagStoreContract, tagStoreSeed, type TagStoreSeed } from '../../../src/testing/index.js';

const opened: IndexedDbTagStore[] = [];
let databases = 0;

/** A store on a fresh database holding the seed, written through the store itself. */
async function seededStore(seed: TagStoreSeed, databaseName = `tag-store-test-${Date.now()}-${databases++}`): Promise<IndexedDbTagStore> {
  const store = new IndexedDbTagStore({ databaseName });
  opened.push(store);
  for (const tag of seed.tags) await store.createTag(tag);
  for (const [id, tags] of Object.entries(seed.assignments)) await store.assignTags({ customerIds: [id], add: tags, remove: [] });
  return store;
}

afterEach(async () => {
  // Every connection closed before any database is deleted: an open one blocks the deletion.
  const stores = opened.splice(0);
  for (const store of stores) await store.close();
  for (const name of new Set(stores.map((store) => store.databaseName))) await deleteDB(name);
});

describeTagStoreContract(mochaHooks, 'IndexedDbTagStore', (seed) => seededStore(seed));

describe('IndexedDbTagStore', () => {
  it('keeps its tags for a new store on the same database, as after a reload', async () => {
    const first = await seededStore(tagStoreSeed());
    await first.createTag('Renewal');
    await first.assignTags({ customerIds: ['c-new'], add: ['renewal', 'VIP'], remove: [] });
    await first.close();
    const second = new IndexedDbTagStore({ databaseName: first.databaseName });
    opened.push(second);
    expect(await second.listTags()).to.include('Renewal');
    expect((await second.tagsOf(['c-new'])).get('c-new')).to.deep.equal(['Renewal', 'VIP']);
    expect(await second.customersWithTags(['renewal'])).to.deep.equal(['c-new']);
  });

  it('keeps one database per partner', async () => {
    const a = new IndexedDbTagStore({ partnerId: `partner-a-${Date.now()}` });
    const b = new IndexedDbTagStore({ partnerId: `partner-b-${Date.now()}` });
    opened.push(a, b);
    await a.createTag('Only A');
    expect(await b.listTags()).to.deep.equal([]);
    expect(a.databaseName).to.match(/^customer-list-tags:partner-a-/);
    expect(() => new IndexedDbTagStore({})).to.throw(TypeError);
  });

  it('applies changes from two stores of one database (two tabs) to different customers both', async () => {
    const tabA = await seededStore(tagStoreSeed());
    const tabB = new IndexedDbTagStore({ databaseName: tabA.databaseName });
    opened.push(tabB);
    await Promise.all([
      tabA.assignTags({ customerIds: ['x1'], add: ['Gov'], remove: [] }),
      tabB.assignTags({ customerIds: ['x2'], add: ['EDU'], remove: [] }),
    ]);
    const tags = await tabA.tagsOf(['x1', 'x2']);
    expect([tags.get('x1'), tags.get('x2')]).to.deep.equal([['Gov'], ['EDU']]);
  });
});
