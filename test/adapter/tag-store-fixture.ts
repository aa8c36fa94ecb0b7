import { MemoryTagStore } from '../../src/adapter/tag-stores/memory-tag-store.js';
import type { ContractFixture } from '../../src/testing/index.js';

/** The fixture's tags, moved into a store: the source keeps none. */
export function tagStoreOf(fixture: ContractFixture): MemoryTagStore {
  const assignments: Record<string, string[]> = {};
  for (const row of fixture.customers) assignments[row.id] = [...(assignments[row.id] ?? []), ...row.tags];
  return new MemoryTagStore({ tags: fixture.tags, assignments });
}
