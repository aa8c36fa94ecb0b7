import { expect } from '@open-wc/testing';
import { validateRows } from '../../src/adapter/validate-rows.js';

const good = { id: 'a', companyName: 'Contoso', primaryDomain: 'contoso.com', relationship: 'cloud-reseller', tags: ['VIP'] };

describe('validateRows', () => {
  it('accepts well-formed rows, with or without tags and an indirect reseller', () => {
    const rows = [good, { ...good, relationship: 'indirect-reseller', indirectReseller: { id: 'r', name: 'Northwind' } }, { ...good, id: 'b', tags: undefined }];
    expect(validateRows(rows)).to.equal(rows);
  });

  const cases: [string, unknown, string][] = [
    ['a non-object row', [null], 'customers[0] must be an object, got null'],
    ['an array as a row', [[]], 'customers[0] must be an object, got an array'],
    ['an empty id', [{ ...good, id: '  ' }], 'customers[0].id must not be empty'],
    ['a missing domain', [{ ...good, primaryDomain: undefined }], 'customers[0].primaryDomain must be a string, got undefined'],
    ['tags that are not strings', [{ ...good, tags: ['ok', 3] }], 'customers[0].tags must be an array of strings'],
    ['tags that are not an array', [{ ...good, tags: 'VIP' }], 'customers[0].tags must be an array of strings'],
    ['a malformed indirect reseller', [{ ...good, indirectReseller: { id: 7 } }], 'customers[0].indirectReseller must be { id: string, name: string }'],
    ['a null indirect reseller', [{ ...good, indirectReseller: null }], 'customers[0].indirectReseller must be'],
  ];
  for (const [what, rows, message] of cases) {
    it(`refuses ${what}, naming the row and field`, () => {
      expect(() => validateRows(rows)).to.throw(TypeError, message);
    });
  }

  it('refuses a second row with the same id and relationship, but keeps dual-role rows', () => {
    expect(() => validateRows([good, { ...good, relationship: 'indirect-reseller' }])).not.to.throw();
    expect(() => validateRows([good, { ...good, companyName: 'Other' }])).to.throw(TypeError, 'customers[1] repeats customer a with relationship cloud-reseller');
  });
});
