/**
 * The contract suite over sources that do less than everything: MemoryAdapter playing Partner Center (no sort,
 * no totals, no tags, one criterion per query), and the same source with its tags kept in a store
 * (`withTagStore`). Each runs every test its capabilities state and a refusal check for each it does not.
 */
import { mochaHooks } from '../support/browser/contract-hooks.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { withTagStore } from '../../src/adapter/with-tag-store.js';
import { describeAdapterContract, type ContractFixture } from '../../src/testing/index.js';
import { tagStoreOf } from './tag-store-fixture.js';

const sourceOf = (fixture: ContractFixture, agentRole: MemoryAdapter['agentRole'], now?: () => Date) =>
  MemoryAdapter.partnerCenterLike({ ...fixture, agentRole, ...(now ? { now } : {}) });

describeAdapterContract(mochaHooks, 'MemoryAdapter playing Partner Center', (fixture, { agentRole, now }) => sourceOf(fixture, agentRole, now));

describeAdapterContract(mochaHooks, 
  'withTagStore(MemoryAdapter playing Partner Center, MemoryTagStore)',
  (fixture, { agentRole, now }) => withTagStore(sourceOf(fixture, agentRole, now), tagStoreOf(fixture)),
  { tagActivity: false },
);
