import { expect } from '@open-wc/testing';
import type { BillingProfile, BillingProfileFields } from '../../src/model/billing.js';
import { changedFields, classifySaveFailure, openConflicts, profileFields, sameFields, takeFields } from '../../src/model/billing-save.js';

function profile(changes: Partial<Omit<BillingProfileFields, 'defaultAddress'>> = {}, address: Partial<BillingProfileFields['defaultAddress']> = {}): BillingProfile {
  return {
    firstName: 'Megan',
    lastName: 'Bowen',
    email: 'megan.bowen@contoso.com',
    culture: 'en-US',
    language: 'en',
    companyName: 'Contoso',
    ...changes,
    defaultAddress: { country: 'US', city: 'Redmond', state: 'WA', addressLine1: '1 Microsoft Way', postalCode: '98052', ...address },
    etag: '"7"',
  };
}

describe('billing field comparison', () => {
  it('takes the etag off and copies the address, so editing the fields never changes the profile', () => {
    const saved = profile();
    const fields = profileFields(saved);
    expect(fields).not.to.have.property('etag');
    fields.defaultAddress.city = 'Seattle';
    expect(saved.defaultAddress.city).to.equal('Redmond');
  });

  it('lists the changed fields in form order, an address field included', () => {
    const before = profileFields(profile());
    const after = profileFields(profile({ email: 'm@contoso.com', companyName: 'Contoso Ltd' }, { postalCode: '98053' }));
    expect(changedFields(before, after)).to.deep.equal(['companyName', 'email', 'defaultAddress.postalCode']);
    expect(sameFields(before, after)).to.equal(false);
  });

  it('counts a missing optional field as empty: no change, so no unsaved-changes flag', () => {
    const without = profileFields(profile());
    const empty = { ...without, phoneNumber: '', defaultAddress: { ...without.defaultAddress, addressLine2: '' } };
    expect(changedFields(without, empty)).to.deep.equal([]);
    expect(sameFields(without, empty)).to.equal(true);
  });
});

describe('billing conflict decisions', () => {
  it('keeps open only the clashes whose value still differs from the saved one', () => {
    const theirs = profileFields(profile({ companyName: 'Theirs', email: 'theirs@contoso.com' }));
    const mine = profileFields(profile({ companyName: 'Mine', email: 'theirs@contoso.com' }));
    expect(openConflicts(mine, theirs, ['companyName', 'email'])).to.deep.equal(['companyName']);
  });

  it('takes the saved value of the given fields only', () => {
    const theirs = profileFields(profile({ companyName: 'Theirs' }, { city: 'Seattle' }));
    const mine = profileFields(profile({ companyName: 'Mine' }, { city: 'Bellevue' }));
    const taken = takeFields(mine, theirs, ['defaultAddress.city']);
    expect(taken.defaultAddress.city).to.equal('Seattle');
    expect(taken.companyName).to.equal('Mine');
    expect(mine.defaultAddress.city, 'the edits it started from are not changed').to.equal('Bellevue');
  });
});

describe('billing save-failure classification', () => {
  it('a conflict carrying the server\'s profile is merged', () => {
    const current = profile({ companyName: 'Saved first' });
    expect(classifySaveFailure({ kind: 'conflict', details: { current } })).to.deep.equal({ kind: 'conflict', theirs: current });
  });

  it('a conflict without the server\'s profile cannot be merged: a refusal, with no retry', () => {
    expect(classifySaveFailure({ kind: 'conflict' })).to.deep.equal({ kind: 'failed', retry: false, fieldErrors: [] });
  });

  for (const kind of ['network', 'server', 'throttled', undefined]) {
    it(`offers Retry for a passing cause: ${kind ?? 'an error that is not the adapter\'s'}`, () => {
      expect(classifySaveFailure({ kind })).to.deep.equal({ kind: 'failed', retry: true, fieldErrors: [] });
    });
  }

  for (const kind of ['unauthorized', 'forbidden', 'not-found', 'invalid']) {
    it(`offers no Retry when the same save would fail again: ${kind}`, () => {
      expect(classifySaveFailure({ kind }).kind === 'failed' && classifySaveFailure({ kind })).to.include({ retry: false });
    });
  }

  it('passes on the server\'s field errors of a refused save, and only those of an invalid one', () => {
    const fieldErrors = [{ field: 'email' as const, code: 'email-malformed' as const, message: 'Email address is not valid' }];
    expect(classifySaveFailure({ kind: 'invalid', details: { fieldErrors } })).to.deep.equal({ kind: 'failed', retry: false, fieldErrors });
    expect(classifySaveFailure({ kind: 'server', details: { fieldErrors } })).to.deep.equal({ kind: 'failed', retry: true, fieldErrors: [] });
  });
});
