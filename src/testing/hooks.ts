/**
 * What the contract suites need from a test runner, so one suite runs under any of them: Mocha (with chai's
 * `expect`), Vitest (its `expect` speaks chai's chains too), `node:test` (with chai), @web/test-runner. The suite
 * only declares tests; the runner runs them and reports what throws.
 */

/** A test body: what it throws, or rejects with, is the failure. */
export type ContractTest = () => Promise<void> | void;

/**
 * The chai-style assertion chains the suites use: what chai's `expect` and Vitest's `expect` both provide.
 * Written out here, not imported from chai, so a host's types need no chai of their own.
 */
export interface ContractAssertion {
  /** `.a('string')` */
  (type: string, message?: string): ContractAssertion;
  to: ContractAssertion;
  be: ContractAssertion;
  and: ContractAssertion;
  have: ContractAssertion;
  at: ContractAssertion;
  not: ContractAssertion;
  a: ContractAssertion;
  deep: ContractDeep;
  equal(value: unknown, message?: string): ContractAssertion;
  include: ContractInclude;
  contain: ContractInclude;
  members(set: readonly unknown[], message?: string): ContractAssertion;
  length: ContractLength;
  property(name: string, message?: string): ContractAssertion;
  instanceOf(constructor: unknown, message?: string): ContractAssertion;
  oneOf(list: readonly unknown[], message?: string): ContractAssertion;
  above(value: number, message?: string): ContractAssertion;
  greaterThan(value: number, message?: string): ContractAssertion;
  most(value: number, message?: string): ContractAssertion;
}

/** `.deep`: comparisons by value. */
export interface ContractDeep {
  equal(value: unknown, message?: string): ContractAssertion;
  include: ContractInclude;
  members(set: readonly unknown[], message?: string): ContractAssertion;
}

export interface ContractInclude {
  (value: unknown, message?: string): ContractAssertion;
  members(set: readonly unknown[], message?: string): ContractAssertion;
}

export interface ContractLength {
  (length: number, message?: string): ContractAssertion;
  above(value: number, message?: string): ContractAssertion;
}

/**
 * The runner's functions, as most runners name them.
 *
 * @example
 * // Mocha or @web/test-runner, with chai
 * import { expect } from 'chai';
 * describeAdapterContract({ describe, it, beforeEach, expect }, 'AcmeAdapter', (fixture, { agentRole }) => new AcmeAdapter(...));
 *
 * @example
 * // Vitest
 * import { describe, it, beforeEach, expect } from 'vitest';
 * describeAdapterContract({ describe, it, beforeEach, expect }, 'AcmeAdapter', factory);
 */
export interface ContractHooks {
  describe(title: string, body: () => void): void;
  /** With `it.skip`, a test the adapter's capabilities rule out is listed as skipped, its reason in the title; without, it is left out. */
  it: ((title: string, test: ContractTest) => void) & { skip?: (title: string, test: ContractTest) => void };
  beforeEach(hook: () => Promise<void> | void): void;
  expect(actual: unknown, message?: string): ContractAssertion;
}

/** A failed check in the suite's own helpers (they run under any runner, so they throw a plain Error). */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
