/**
 * The TagStore contract, stated once: every store (memory, IndexedDB, REST) runs this suite. The factory gets a
 * starting set and assignments and returns a fresh store holding exactly them.
 */
import type { TagStore } from '../adapter/tag-store.js';
import { MAX_TAGS_PER_CUSTOMER } from '../model/tags.js';
import { expectAbortError, expectAdapterError } from './contract-helpers.js';
import type { ContractHooks } from './hooks.js';

export interface TagStoreSeed {
  tags: string[];
  assignments: Record<string, string[]>;
}

export type TagStoreFactory = (seed: TagStoreSeed) => TagStore | Promise<TagStore>;

const A = 'c1000000-0000-4000-8000-00000000000a';
const B = 'c2000000-0000-4000-8000-00000000000b';
const C = 'c3000000-0000-4000-8000-00000000000c';

export function tagStoreSeed(): TagStoreSeed {
  return { tags: ['VIP', 'EDU', 'Gov', 'Unused'], assignments: { [A]: ['VIP', 'EDU'], [B]: ['VIP'], [C]: ['Gov'] } };
}

export function describeTagStoreContract(hooks: ContractHooks, name: string, factory: TagStoreFactory): void {
  const { describe, it, beforeEach, expect } = hooks;
  describe(`${name}: the TagStore contract`, () => {
    let store: TagStore;
    beforeEach(async () => {
      store = await factory(tagStoreSeed());
    });

    it('lists the tag set sorted, and the tags of given customers', async () => {
      expect(await store.listTags()).to.deep.equal(['EDU', 'Gov', 'Unused', 'VIP']);
      const tags = await store.tagsOf([A, C, 'nobody']);
      expect(tags.get(A)).to.deep.equal(['VIP', 'EDU']);
      expect(tags.get(C)).to.deep.equal(['Gov']);
      expect(tags.get('nobody') ?? []).to.deep.equal([]);
    });

    it('names the customers carrying every given tag, in any letter case', async () => {
      expect((await store.customersWithTags(['vip'])).sort()).to.deep.equal([A, B].sort());
      expect(await store.customersWithTags(['VIP', 'edu'])).to.deep.equal([A]);
      expect(await store.customersWithTags(['Unused'])).to.deep.equal([]);
    });

    it('creates a tag trimmed, and refuses a duplicate in another case, an empty one and one over 50 characters', async () => {
      expect(await store.createTag('  Renewal Q1 ')).to.equal('Renewal Q1');
      expect(await store.listTags()).to.include('Renewal Q1');
      const duplicate = await expectAdapterError(store.createTag('vip'), 'invalid', 'duplicate');
      expect(duplicate.message).to.contain('VIP');
      await expectAdapterError(store.createTag('   '), 'invalid', 'empty');
      expect(await store.createTag('🚀'.repeat(50))).to.equal('🚀'.repeat(50));
      await expectAdapterError(store.createTag('x'.repeat(51)), 'invalid', 'too-long');
      expect(await store.listTags()).to.have.length(6);
    });

    it('renames a tag in the set and on every customer carrying it', async () => {
      expect(await store.renameTag('vip', 'Key account')).to.equal('Key account');
      expect(await store.listTags()).to.include('Key account').and.not.include('VIP');
      expect((await store.tagsOf([A])).get(A)).to.deep.equal(['Key account', 'EDU']);
      expect((await store.customersWithTags(['key ACCOUNT'])).sort()).to.deep.equal([A, B].sort());
      await expectAdapterError(store.renameTag('Key account', 'edu'), 'invalid', 'duplicate');
      await expectAdapterError(store.renameTag('Nope', 'Other'), 'not-found');
    });

    it('deletes a tag from the set and from every customer, saying how many carried it', async () => {
      expect(await store.deleteTag('vip')).to.deep.equal({ removedFrom: 2 });
      expect(await store.listTags()).not.to.include('VIP');
      expect((await store.tagsOf([A, B])).get(A)).to.deep.equal(['EDU']);
      expect(await store.customersWithTags(['VIP'])).to.deep.equal([]);
      await expectAdapterError(store.deleteTag('VIP'), 'not-found');
    });

    it('adds and removes tags on customers, keeping the set\'s spelling', async () => {
      expect(await store.assignTags({ customerIds: [A, B], add: ['gov'], remove: ['vip'] })).to.deep.equal({ updatedCustomers: 2 });
      const tags = await store.tagsOf([A, B]);
      expect(tags.get(A)).to.deep.equal(['EDU', 'Gov']);
      expect(tags.get(B)).to.deep.equal(['Gov']);
    });

    it('refuses adding a tag outside the set', async () => {
      await expectAdapterError(store.assignTags({ customerIds: [A], add: ['Nope'], remove: [] }), 'not-found');
      expect((await store.tagsOf([A])).get(A)).to.deep.equal(['VIP', 'EDU']);
    });

    it(`refuses whole a change that would give one customer more than ${MAX_TAGS_PER_CUSTOMER} tags`, async () => {
      const many = Array.from({ length: MAX_TAGS_PER_CUSTOMER }, (_, i) => `Tag ${i}`);
      const crowded = await factory({ tags: [...tagStoreSeed().tags, ...many], assignments: { [A]: ['VIP'], [C]: [] } });
      // C has room for 150, A (one tag already) has not: neither changes.
      await expectAdapterError(crowded.assignTags({ customerIds: [C, A], add: many, remove: [] }), 'invalid', 'too-many');
      const tags = await crowded.tagsOf([A, C]);
      expect(tags.get(C) ?? []).to.deep.equal([]);
      expect(tags.get(A)).to.deep.equal(['VIP']);
      expect(await crowded.assignTags({ customerIds: [C], add: many, remove: [] })).to.deep.equal({ updatedCustomers: 1 });
      expect((await crowded.tagsOf([C])).get(C)).to.have.length(MAX_TAGS_PER_CUSTOMER);
    });

    it('rejects with an AbortError for an aborted signal and changes nothing', async () => {
      const controller = new AbortController();
      controller.abort();
      await expectAbortError(store.createTag('Aborted', controller.signal));
      await expectAbortError(store.tagsOf([A], controller.signal));
      expect(await store.listTags()).not.to.include('Aborted');
    });
  });
}
