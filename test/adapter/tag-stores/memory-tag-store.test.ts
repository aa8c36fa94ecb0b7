import { mochaHooks } from '../../support/browser/contract-hooks.js';
import { MemoryTagStore } from '../../../src/adapter/tag-stores/memory-tag-store.js';
import { describeTagStoreContract } from '../../../src/testing/index.js';

describeTagStoreContract(mochaHooks, 'MemoryTagStore', (seed) => new MemoryTagStore(seed));
