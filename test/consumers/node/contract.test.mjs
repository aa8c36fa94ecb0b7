// A host's test of its adapter with the package's contract suite, under node:test with chai's expect.
import { beforeEach, describe, it } from 'node:test';
import { expect } from 'chai';
import { MemoryAdapter, MemoryTagStore } from 'customer-list-elements/adapters.js';
import { describeAdapterContract, describeTagStoreContract } from 'customer-list-elements/testing.js';

const hooks = { describe, it, beforeEach, expect };

describeAdapterContract(hooks, 'MemoryAdapter', (fixture, { agentRole, now }) => new MemoryAdapter({ ...fixture, agentRole, ...(now ? { now } : {}) }));
describeTagStoreContract(hooks, 'MemoryTagStore', (seed) => new MemoryTagStore(seed));
