import { expect } from '@open-wc/testing';
import {
  BILLING_MAX_LENGTH,
  fieldValue,
  mergeBillingProfiles,
  validateBillingProfile,
  type Address,
  type BillingField,
  type BillingProfileFields,
} from '../../src/model/billing.js';

function usProfile(changes: Partial<Omit<BillingProfileFields, 'defaultAddress'>> = {}, address: Partial<Address> = {}): BillingProfileFields {
  return {
    firstName: 'Megan',
    lastName: 'Bowen',
    email: 'megan.bowen@contoso.com',
    phoneNumber: '+1 (425) 555-0100',
    culture: 'en-US',
    language: 'en',
    companyName: 'Contoso',
    ...changes,
    defaultAddress: {
      country: 'US',
      city: 'Redmond',
      state: 'WA',
      addressLine1: '1 Microsoft Way',
      postalCode: '98052',
      ...address,
    },
  };
}

function codes(profile: BillingProfileFields): [BillingField, string][] {
  return validateBillingProfile(profile).map((error) => [error.field, error.code]);
}

describe('validateBillingProfile', () => {
  describe('a valid profile', () => {
    it('has no errors for a complete US profile', () => {
      expect(validateBillingProfile(usProfile())).to.deep.equal([]);
    });

    it('has no errors without the optional phone number', () => {
      expect(validateBillingProfile(usProfile({ phoneNumber: undefined }))).to.deep.equal([]);
    });

    it('accepts a lower-case country code, applying that country’s rules', () => {
      expect(codes(usProfile({}, { country: 'us', state: '' }))).to.deep.equal([['defaultAddress.state', 'required']]);
    });

    it('accepts a lower-case country code on an otherwise valid profile', () => {
      expect(validateBillingProfile(usProfile({}, { country: 'us' }))).to.deep.equal([]);
    });
  });

  describe('required fields', () => {
    it('requires the company name, with a message', () => {
      expect(validateBillingProfile(usProfile({ companyName: '' }))).to.deep.equal([
        { field: 'companyName', code: 'required', message: 'This field is required' },
      ]);
    });

    it('requires the email', () => {
      expect(codes(usProfile({ email: '' }))).to.deep.equal([['email', 'required']]);
    });

    it('treats a white-space-only value as missing', () => {
      expect(codes(usProfile({}, { city: '   ' }))).to.deep.equal([['defaultAddress.city', 'required']]);
    });

    it('requires country, city and first address line', () => {
      const errors = codes(usProfile({}, { country: '', city: '', addressLine1: '' }));

      expect(errors).to.deep.equal([
        ['defaultAddress.country', 'required'],
        ['defaultAddress.city', 'required'],
        ['defaultAddress.addressLine1', 'required'],
      ]);
    });

    it('requires state and postal code in the US', () => {
      const errors = codes(usProfile({}, { state: undefined, postalCode: undefined }));

      expect(errors).to.deep.equal([
        ['defaultAddress.state', 'required'],
        ['defaultAddress.postalCode', 'required'],
      ]);
    });

    it('requires no postal code and no state in Ireland', () => {
      const irish = usProfile({}, { country: 'IE', city: 'Dublin', state: undefined, postalCode: undefined });

      expect(validateBillingProfile(irish)).to.deep.equal([]);
    });

    it('requires a postal code but no state in Poland', () => {
      const polish = usProfile({}, { country: 'PL', city: 'Łódź', state: undefined, postalCode: '' });

      expect(codes(polish)).to.deep.equal([['defaultAddress.postalCode', 'required']]);
    });

    it('requires a postal code for a country whose rules are unknown', () => {
      const french = usProfile({}, { country: 'FR', city: 'Paris', state: undefined, postalCode: undefined });

      expect(codes(french)).to.deep.equal([['defaultAddress.postalCode', 'required']]);
    });

    it('does not require first name, last name or phone number', () => {
      expect(validateBillingProfile(usProfile({ firstName: '', lastName: '', phoneNumber: '' }))).to.deep.equal([]);
    });
  });

  describe('company name', () => {
    it('refuses a single character as company-name-too-short', () => {
      expect(validateBillingProfile(usProfile({ companyName: 'A' }))).to.deep.equal([
        { field: 'companyName', code: 'company-name-too-short', message: 'Company name must be longer than one character' },
      ]);
    });

    it('refuses a single character surrounded by spaces as too short', () => {
      expect(codes(usProfile({ companyName: '  A  ' }))).to.deep.equal([['companyName', 'company-name-too-short']]);
    });

    it('refuses a single CJK character as too short', () => {
      expect(codes(usProfile({ companyName: '株' }))).to.deep.equal([['companyName', 'company-name-too-short']]);
    });

    it('accepts two letters', () => {
      expect(validateBillingProfile(usProfile({ companyName: 'HP' }))).to.deep.equal([]);
    });

    it('accepts a two-character Japanese company name', () => {
      expect(validateBillingProfile(usProfile({ companyName: '東芝' }))).to.deep.equal([]);
    });

    it('accepts a name of letters and digits', () => {
      expect(validateBillingProfile(usProfile({ companyName: '3M' }))).to.deep.equal([]);
    });

    it('accepts a name of digits and punctuation only ("1&1")', () => {
      expect(validateBillingProfile(usProfile({ companyName: '1&1' }))).to.deep.equal([]);
    });

    it('refuses a single CJK character outside the BMP (two UTF-16 units) as too short', () => {
      expect(codes(usProfile({ companyName: '𠀋' }))).to.deep.equal([['companyName', 'company-name-too-short']]);
    });

    it('refuses only punctuation ("...") as company-name-no-letters', () => {
      expect(validateBillingProfile(usProfile({ companyName: '...' }))).to.deep.equal([
        { field: 'companyName', code: 'company-name-no-letters', message: 'Company name must contain letters or digits' },
      ]);
    });

    it('refuses punctuation and spaces ("- -") as company-name-no-letters', () => {
      expect(codes(usProfile({ companyName: '- -' }))).to.deep.equal([['companyName', 'company-name-no-letters']]);
    });

    it('refuses a single punctuation mark as company-name-no-letters', () => {
      expect(codes(usProfile({ companyName: '.' }))).to.deep.equal([['companyName', 'company-name-no-letters']]);
    });

    it('refuses a white-space-only name as required', () => {
      expect(codes(usProfile({ companyName: ' \t ' }))).to.deep.equal([['companyName', 'required']]);
    });

    it('accepts punctuation alongside letters', () => {
      expect(validateBillingProfile(usProfile({ companyName: 'A.B.' }))).to.deep.equal([]);
    });
  });

  describe('email', () => {
    const malformed = ['megan', 'megan@contoso', '@contoso.com', 'megan@', 'megan bowen@contoso.com', 'megan@@contoso.com', 'a@b@c.com'];
    for (const email of malformed) {
      it(`refuses "${email}" as email-malformed`, () => {
        expect(validateBillingProfile(usProfile({ email }))).to.deep.equal([
          { field: 'email', code: 'email-malformed', message: 'Email address is not valid' },
        ]);
      });
    }

    it('accepts an address with plus and sub-domains', () => {
      expect(validateBillingProfile(usProfile({ email: 'megan+billing@mail.contoso.co.uk' }))).to.deep.equal([]);
    });

    it('accepts an address with surrounding spaces', () => {
      expect(validateBillingProfile(usProfile({ email: ' megan@contoso.com ' }))).to.deep.equal([]);
    });
  });

  describe('phone number', () => {
    for (const phoneNumber of ['+48 42 123 45 67', '(425) 555-0100', '425.555.0100', '112']) {
      it(`accepts "${phoneNumber}"`, () => {
        expect(validateBillingProfile(usProfile({ phoneNumber }))).to.deep.equal([]);
      });
    }

    for (const phoneNumber of ['555-CALL-NOW', '+1 425 555 0100 ext. 12', '425/555/0100', '12', '1+425']) {
      it(`refuses "${phoneNumber}" as phone-malformed`, () => {
        expect(validateBillingProfile(usProfile({ phoneNumber }))).to.deep.equal([
          { field: 'phoneNumber', code: 'phone-malformed', message: 'Phone number may contain only digits, spaces and + ( ) - .' },
        ]);
      });
    }
  });

  describe('country', () => {
    it('refuses a country that is not a two-letter code', () => {
      expect(validateBillingProfile(usProfile({}, { country: 'USA' }))).to.deep.equal([
        { field: 'defaultAddress.country', code: 'country-unknown', message: 'Country is not a known two-letter country code' },
      ]);
    });

    it('refuses a well-formed code that is no country', () => {
      expect(codes(usProfile({}, { country: 'ZZ' }))).to.deep.equal([['defaultAddress.country', 'country-unknown']]);
    });

    it('reports errors in the order the form shows the fields', () => {
      const profile = usProfile({ email: 'bad', companyName: '.' }, { city: '', postalCode: '' });
      expect(codes(profile).map(([field]) => field)).to.deep.equal(['companyName', 'email', 'defaultAddress.city', 'defaultAddress.postalCode']);
    });

    it('counts a company name typed as letter plus combining accent as one character', () => {
      expect(codes(usProfile({ companyName: 'e\u0301' }))).to.deep.equal([['companyName', 'company-name-too-short']]);
    });

    it('accepts a country code with surrounding spaces', () => {
      expect(validateBillingProfile(usProfile({}, { country: ' us ' }))).to.deep.equal([]);
    });
  });

  describe('control characters (regression: NUL and tabs reached names and the export)', () => {
    it('refuses NUL, tab and line breaks in any field, naming it', () => {
      expect(codes(usProfile({ companyName: 'Nul\u0000 Co', firstName: 'Tab\there' }, { addressLine1: 'Line\nbreak' }))).to.deep.equal([
        ['companyName', 'control-character'],
        ['firstName', 'control-character'],
        ['defaultAddress.addressLine1', 'control-character'],
      ]);
    });
  });

  describe('length limits', () => {
    it('accepts a company name of exactly 100 characters', () => {
      expect(validateBillingProfile(usProfile({ companyName: 'C'.repeat(100) }))).to.deep.equal([]);
    });

    it('refuses a company name of 101 characters as too-long, naming the limit', () => {
      expect(validateBillingProfile(usProfile({ companyName: 'C'.repeat(101) }))).to.deep.equal([
        { field: 'companyName', code: 'too-long', message: 'At most 100 characters' },
      ]);
    });

    it('counts characters, not UTF-16 units: 100 emoji plus a letter fit', () => {
      expect(validateBillingProfile(usProfile({ companyName: `A${'😀'.repeat(99)}` }))).to.deep.equal([]);
    });

    it('refuses a postal code over 20 characters', () => {
      expect(codes(usProfile({}, { postalCode: '9'.repeat(21) }))).to.deep.equal([['defaultAddress.postalCode', 'too-long']]);
    });

    it('refuses a first name over 50 characters', () => {
      expect(codes(usProfile({ firstName: 'M'.repeat(51) }))).to.deep.equal([['firstName', 'too-long']]);
    });

    it('refuses a phone number over 25 characters', () => {
      expect(codes(usProfile({ phoneNumber: '1'.repeat(26) }))).to.deep.equal([['phoneNumber', 'too-long']]);
    });

    it('refuses an email over 100 characters', () => {
      expect(codes(usProfile({ email: `${'m'.repeat(89)}@contoso.com` }))).to.deep.equal([['email', 'too-long']]);
    });

    it('refuses an optional address line over 100 characters', () => {
      expect(codes(usProfile({}, { addressLine3: 'x'.repeat(101) }))).to.deep.equal([['defaultAddress.addressLine3', 'too-long']]);
    });

    it('has a limit for every free-text field of the profile', () => {
      expect(Object.keys(BILLING_MAX_LENGTH).sort()).to.deep.equal(
        [
          'companyName',
          'defaultAddress.addressLine1',
          'defaultAddress.addressLine2',
          'defaultAddress.addressLine3',
          'defaultAddress.city',
          'defaultAddress.postalCode',
          'defaultAddress.region',
          'defaultAddress.state',
          'email',
          'firstName',
          'lastName',
          'phoneNumber',
        ].sort(),
      );
    });
  });

  describe('one error per field', () => {
    it('reports only the first problem of a long punctuation-only company name', () => {
      expect(codes(usProfile({ companyName: '.'.repeat(101) }))).to.deep.equal([['companyName', 'company-name-no-letters']]);
    });

    it('reports only the first problem of a long malformed email', () => {
      expect(codes(usProfile({ email: 'x'.repeat(101) }))).to.deep.equal([['email', 'email-malformed']]);
    });

    it('reports only the first problem of a long malformed phone number', () => {
      expect(codes(usProfile({ phoneNumber: 'x'.repeat(26) }))).to.deep.equal([['phoneNumber', 'phone-malformed']]);
    });

    it('reports one error for each of several bad fields', () => {
      const errors = codes(usProfile({ companyName: 'A', email: 'nope', phoneNumber: 'call me' }, { city: '' }));

      expect(errors).to.have.deep.members([
        ['defaultAddress.city', 'required'],
        ['companyName', 'company-name-too-short'],
        ['email', 'email-malformed'],
        ['phoneNumber', 'phone-malformed'],
      ]);
    });

    it('never reports two errors for the same field', () => {
      const errors = validateBillingProfile(
        usProfile({ companyName: '-'.repeat(150), email: ' @ '.repeat(50), phoneNumber: 'p'.repeat(40) }, { country: 'usa!', postalCode: '' }),
      );
      const fields = errors.map((error) => error.field);

      expect(fields.length).to.equal(new Set(fields).size);
    });
  });
});

describe('fieldValue', () => {
  it('reads a top-level field', () => {
    expect(fieldValue(usProfile(), 'companyName')).to.equal('Contoso');
  });

  it('reads an address field by its dotted name', () => {
    expect(fieldValue(usProfile(), 'defaultAddress.postalCode')).to.equal('98052');
  });

  it('returns undefined for an absent optional address field', () => {
    expect(fieldValue(usProfile(), 'defaultAddress.addressLine2')).to.equal(undefined);
  });
});

describe('mergeBillingProfiles', () => {
  const base = {
    firstName: 'Anna', lastName: 'Nowak', email: 'anna@a.example', phoneNumber: '1', culture: 'pl-PL', language: 'pl', companyName: 'Firma',
    defaultAddress: { country: 'PL', city: 'Łódź', addressLine1: 'A 1', postalCode: '90-001' },
  };

  it('takes the other writer\'s fields the agent left alone, keeps the agent\'s, and reports clashes', () => {
    const mine = { ...base, companyName: 'Firma Mine', email: 'mine@a.example' };
    const theirs = { ...base, email: 'theirs@a.example', phoneNumber: '2', defaultAddress: { ...base.defaultAddress, city: 'Kraków' } };
    const { merged, conflicts, updated } = mergeBillingProfiles(base, mine, theirs);
    expect(merged.companyName).to.equal('Firma Mine');
    expect(merged.email).to.equal('mine@a.example');
    expect([merged.phoneNumber, merged.defaultAddress.city]).to.deep.equal(['2', 'Kraków']);
    expect(conflicts).to.deep.equal(['email']);
    expect(updated).to.deep.equal(['phoneNumber', 'defaultAddress.city']);
  });

  it('sees no clash when both sides typed the same value', () => {
    const same = { ...base, email: 'same@a.example' };
    expect(mergeBillingProfiles(base, same, same)).to.deep.equal({ merged: same, conflicts: [], updated: [] });
  });

  it('treats a missing optional field as empty', () => {
    const { phoneNumber: _phone, ...withoutPhone } = base;
    expect(mergeBillingProfiles(base, base, withoutPhone).updated).to.deep.equal(['phoneNumber']);
  });
});
