/**
 * `customer-list-elements/testing.js`: the contract suites every adapter and tag store of this library passes,
 * for a host to run over its own (a `RestAdapter` dialect server, a `CustomerAdapter` of its own, a `TagStore`,
 * `PartnerCenterAdapter` behind its pass-through), under its own test runner.
 *
 * @example
 * import { describe, it, beforeEach, expect } from 'vitest';
 * import { describeAdapterContract } from 'customer-list-elements/testing.js';
 * describeAdapterContract({ describe, it, beforeEach, expect }, 'AcmeAdapter', async (fixture, { agentRole }) => {
 *   await acmeTestServer.reset(fixture); // the server holds exactly the fixture's customers, tags and products
 *   return new AcmeAdapter({ baseUrl: acmeTestServer.url, agentRole });
 * });
 */
export { describeAdapterContract } from './adapter-contract.js';
export { expectAbortError, expectAdapterError, validProfile, walkAll, walkPages } from './contract-helpers.js';
export type { AdapterFactory, ContractOptions, FactoryOptions } from './contract-helpers.js';
export { walkActivity } from './activity-contract.js';
export { describeTagStoreContract, tagStoreSeed } from './tag-store-contract.js';
export type { TagStoreFactory, TagStoreSeed } from './tag-store-contract.js';
export { ACTIVITY_NOW, activityFixture, CATALOG_REFUSAL, contractFixture, IDS, OFFERS, RESELLER_FABRIKAM, RESELLER_NORTHWIND } from './contract-fixture.js';
export type { ContractFixture } from './contract-fixture.js';
export { generatedFixture } from './generated-fixture.js';
export type { ContractAssertion, ContractHooks, ContractTest } from './hooks.js';
