import { expect } from '@open-wc/testing';
import { catalogLabel, columnLabel, relationshipLabel, searchFieldLabel } from '../src/localization/labels.js';
import { CATALOGS } from '../src/model/catalog.js';
import { KNOWN_RELATIONSHIPS } from '../src/model/customer.js';
import { COLUMN_IDS } from '../src/model/query.js';
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

describe('labels', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('names every search field and catalog in English and Polish', async () => {
    const english = [searchFieldLabel('companyName'), searchFieldLabel('primaryDomain'), searchFieldLabel('id'), ...CATALOGS.map(catalogLabel)];
    expect(english).to.deep.equal(['Company name', 'Domain', 'Microsoft ID', 'Azure', 'Marketplace', 'Software', 'Online Services']);
    await setLocale('pl');
    expect([searchFieldLabel('primaryDomain'), catalogLabel('software'), catalogLabel('online-services')]).to.deep.equal(['Domena', 'Oprogramowanie', 'Usługi online']);
  });

  it('names every known relationship and column', () => {
    expect(KNOWN_RELATIONSHIPS.map(relationshipLabel)).to.deep.equal(['Cloud Reseller', 'Indirect Reseller', 'Advisor', 'No relationship']);
    expect(COLUMN_IDS.map(columnLabel)).to.deep.equal(['Microsoft ID', 'Company name', 'Primary domain name', 'Relationship', 'Tags']);
  });
});
