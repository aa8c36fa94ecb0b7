import type { BillingProfile } from '../../model/billing.js';
import type { CustomerRow } from '../../model/customer.js';

/** The profile a MemoryAdapter starts a customer with when the host supplied none: just its company name. */
export function minimalBillingProfile(row: CustomerRow): BillingProfile {
  return {
    firstName: '',
    lastName: '',
    email: '',
    culture: 'en-US',
    language: 'en',
    companyName: row.companyName,
    defaultAddress: { country: 'US', city: '', addressLine1: '', postalCode: '', state: '' },
    etag: '1',
  };
}

export function copyBillingProfile(profile: BillingProfile): BillingProfile {
  return { ...profile, defaultAddress: { ...profile.defaultAddress } };
}
