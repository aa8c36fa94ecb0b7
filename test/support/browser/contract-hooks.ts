/** Mocha's functions and chai's `expect` (@web/test-runner's), as the contract suites of `customer-list-elements/testing.js` take them. */
import { expect } from '@open-wc/testing';
import type { ContractHooks } from '../../../src/testing/index.js';

export const mochaHooks: ContractHooks = { describe, it, beforeEach, expect };
