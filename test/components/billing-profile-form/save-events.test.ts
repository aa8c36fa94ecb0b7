/** <billing-profile-form>'s write events: start, then success or error, as every element's writes report. */
import { expect } from '@open-wc/testing';
import { AdapterError, isAdapterError } from '../../../src/adapter/adapter-error.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { BillingProfileForm } from '../../../src/components/billing-profile-form/billing-profile-form.js';
import type { BillingProfile } from '../../../src/model/billing.js';
import { contractFixture, IDS } from '../../../src/testing/index.js';
import { nextEvent } from '../../support/browser/element.js';
import { clickButton, edit, memoryAdapter, mountForm, polishProfile, settle } from './form-harness.js';

const WRITE_EVENTS = ['billing-profile-save-start', 'billing-profile-save', 'billing-profile-save-error'] as const;

/** Every write event the form fires, in order, with the fields a host reads. */
function recordWrites(form: BillingProfileForm): { name: string; customerId: string; etag: string; city: string; error?: unknown }[] {
  const seen: { name: string; customerId: string; etag: string; city: string; error?: unknown }[] = [];
  for (const name of WRITE_EVENTS) {
    form.addEventListener(name, (event) => {
      const { customerId, profile } = event as Event & { customerId: string; profile: BillingProfile };
      seen.push({ name, customerId, etag: profile.etag, city: profile.defaultAddress.city, error: (event as Event & { error?: unknown }).error });
    });
  }
  return seen;
}

describe('<billing-profile-form> write events', () => {
  it('fires billing-profile-save-start with what is sent, then billing-profile-save-error with the failure; Retry starts again and saves', async () => {
    let failures = 1;
    class Flaky extends MemoryAdapter {
      override async updateBillingProfile(customerId: string, profile: BillingProfile, signal?: AbortSignal): Promise<BillingProfile> {
        if (failures-- > 0) throw new AdapterError('network', 'The server could not be reached');
        return super.updateBillingProfile(customerId, profile, signal);
      }
    }
    const form = await mountForm(new Flaky({ ...contractFixture(), billingProfile: polishProfile }));
    const seen = recordWrites(form);
    await edit(form, 'defaultAddress.city', 'Kraków');
    const failed = nextEvent(form, 'billing-profile-save-error');
    await clickButton(form, 'Save');
    const error = (await failed).error;
    expect(isAdapterError(error, 'network'), 'the adapter\'s error, kind and all').to.equal(true);
    expect(seen.map(({ name, customerId, etag, city }) => [name, customerId, etag, city])).to.deep.equal([
      ['billing-profile-save-start', IDS.lodz, '"1"', 'Kraków'],
      ['billing-profile-save-error', IDS.lodz, '"1"', 'Kraków'],
    ]);
    await settle(form);
    const saved = nextEvent(form, 'billing-profile-save');
    await clickButton(form, 'Retry');
    await saved;
    expect(seen.map(({ name }) => name).slice(2)).to.deep.equal(['billing-profile-save-start', 'billing-profile-save']);
  });

  it('reports a conflicting save as billing-profile-save-error of kind conflict while it shows the comparison', async () => {
    const adapter = memoryAdapter();
    const form = await mountForm(adapter);
    await edit(form, 'email', 'agent@lodz.example');
    const current = await adapter.getBillingProfile(IDS.lodz);
    await adapter.updateBillingProfile(IDS.lodz, { ...current, phoneNumber: '+48 42 999 99 99' });
    const failed = nextEvent(form, 'billing-profile-save-error');
    await clickButton(form, 'Save');
    const event = await failed;
    expect(isAdapterError(event.error, 'conflict')).to.equal(true);
    expect(event.customerId).to.equal(IDS.lodz);
    await settle(form);
    expect(form.shadowRoot!.querySelector('[part=conflict]'), 'the comparison shows').to.exist;
  });

  it('fires no write event for a profile that fails validation: nothing was sent', async () => {
    const form = await mountForm();
    const seen = recordWrites(form);
    await edit(form, 'email', 'nope');
    await clickButton(form, 'Save');
    await settle(form);
    expect(form.shadowRoot!.querySelector('[part=summary]'), 'the fields to fix are listed').to.exist;
    expect(seen).to.deep.equal([]);
  });
});
