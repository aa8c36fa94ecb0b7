/** The contract fixture, from the entry hosts use (customer-list-elements/testing.js). */
export * from '../../src/testing/contract-fixture.js';
