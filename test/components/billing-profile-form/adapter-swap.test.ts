/** <billing-profile-form> loads again from a swapped adapter: the adapter is compared by identity, never by value. */
import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { BillingProfile } from '../../../src/model/billing.js';
import { contractFixture } from '../../../src/testing/index.js';
import { waitUntil } from '../../support/browser/wait.js';
import { control, mountForm, polishProfile } from './form-harness.js';

/** A memory adapter that counts its profile loads. */
class Counting extends MemoryAdapter {
  loads = 0;
  override async getBillingProfile(customerId: string, signal?: AbortSignal): Promise<BillingProfile> {
    this.loads++;
    return super.getBillingProfile(customerId, signal);
  }
}

describe('<billing-profile-form> adapter swap', () => {
  it('shows the profile of the adapter the page swaps in', async () => {
    const form = await mountForm();
    const other = new MemoryAdapter({ ...contractFixture(), billingProfile: (row) => ({ ...polishProfile(row), companyName: 'Served by the new adapter' }) });
    form.adapter = other;
    await waitUntil(() => control(form, 'companyName').value === 'Served by the new adapter', 'the new adapter\'s profile did not show', { timeout: 20_000 });
  });

  it('loads again from a new adapter that holds the same data (identity, not a deep compare)', async () => {
    const form = await mountForm();
    const twin = new Counting({ ...contractFixture(), billingProfile: polishProfile });
    form.adapter = twin;
    await waitUntil(() => twin.loads === 1, 'the new adapter was never asked', { timeout: 20_000 });
    await form.updateComplete;
    await waitUntil(() => twin.loads === 1 && control(form, 'companyName').value === 'Zakłady Mięsne Łódź Sp. z o.o.', 'the form left the reloaded profile', { timeout: 20_000 });
    expect(twin.loads, 'one load, not one per render').to.equal(1);
  });
});
