import { MemoryTagStore } from '../../../src/adapter/tag-stores/memory-tag-store.js';
import { describeTagStoreContract } from '../tag-store-contract.js';

describeTagStoreContract('MemoryTagStore', (seed) => new MemoryTagStore(seed));
