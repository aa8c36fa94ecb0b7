import { expect } from '@open-wc/testing';
import { columnLabel, relationshipLabel } from '../src/localization/labels.js';
import { getLocale, setLocale } from '../src/localization/localization.js';

describe('localization', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('speaks English until told otherwise', () => {
    expect(getLocale()).to.equal('en');
    expect(relationshipLabel('cloud-reseller')).to.equal('Cloud Reseller');
  });

  it('switches labels to Polish', async () => {
    expect(await setLocale('pl')).to.equal('pl');
    expect(columnLabel('companyName')).to.equal('Nazwa firmy');
    expect(relationshipLabel('indirect-reseller')).to.equal('Odsprzedawca pośredni');
  });

  it('falls back from a regional tag to its language, and from an unknown language to English', async () => {
    expect(await setLocale('pl-PL')).to.equal('pl');
    expect(await setLocale('xx')).to.equal('en');
    expect(columnLabel('tags')).to.equal('Tags');
  });

  it('shows an unknown relationship as its raw value', () => {
    expect(relationshipLabel('distributor')).to.equal('distributor');
  });
});
