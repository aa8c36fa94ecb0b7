/**
 * The contract suite runs over every adapter with its stated capabilities: a test of a feature the adapter does
 * not state is replaced by a check that it refuses it (kind `invalid`, code `unsupported`), or skipped with the
 * reason when refusing is not the adapter's business. No test passes only because a source can do everything.
 */
import type { AdapterCapabilities } from '../adapter/capabilities.js';
import { capabilitiesOf } from '../adapter/capabilities.js';
import type { CustomerAdapter } from '../adapter/customer-adapter.js';
import type { ContractHooks, ContractTest } from './hooks.js';

/**
 * `when(supported, reason, refusal?)`: an `it` that runs when `supported`; otherwise `refusal` runs in its place
 * under a title saying so, or, without one, the test is skipped with `reason` in its title (left out under a
 * runner without `it.skip`).
 */
export function gate(it: ContractHooks['it']) {
  return (supported: boolean, reason: string, refusal?: ContractTest) =>
    (title: string, test: ContractTest): void => {
      if (supported) it(title, test);
      else if (refusal) it(`${title}: not stated (${reason}), so refused as unsupported`, refusal);
      else it.skip?.(`${title} (skipped: ${reason})`, test);
    };
}

/** What the factory's adapter states, read from one made at describe time (the factory must be synchronous). */
export function statedCapabilities(make: () => CustomerAdapter | Promise<CustomerAdapter>): AdapterCapabilities {
  const probe = make();
  if (probe instanceof Promise) throw new TypeError('An asynchronous adapter factory must pass its capabilities in the contract options');
  return capabilitiesOf(probe);
}
