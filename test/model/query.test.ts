import { expect } from '@open-wc/testing';
import type { CustomerRow } from '../../src/model/customer.js';
import {
  filterRows,
  queryRows,
  rowComparator,
  rowMatcher,
  searchKey,
  sortRows,
  sortSpecs,
  type SearchField,
} from '../../src/model/query.js';

const CONTOSO_ID = '8f3c1d7e-2b4a-4c6d-9e0f-1a2b3c4d5e6f';

function row(id: string, companyName: string, extra: Partial<CustomerRow> = {}): CustomerRow {
  return {
    id,
    companyName,
    primaryDomain: `${companyName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}.onmicrosoft.com`,
    relationship: 'cloud-reseller',
    tags: [],
    ...extra,
  };
}

const contoso = row(CONTOSO_ID, 'Contoso', { primaryDomain: 'contoso.onmicrosoft.com', tags: ['VIP', 'Gold'] });
const contosoIndirect = row(CONTOSO_ID, 'Contoso', {
  primaryDomain: 'contoso.onmicrosoft.com',
  relationship: 'indirect-reseller',
  indirectReseller: { id: 'res-1', name: 'Wingtip Toys' },
  tags: ['VIP', 'Gold'],
});
const acontoso = row('11111111-1111-4111-8111-111111111111', 'Acontoso', { primaryDomain: 'acontoso.com', tags: ['vip'] });
const fabrikam = row('22222222-2222-4222-8222-222222222222', 'Fabrikam', {
  primaryDomain: 'contoso-partner.fabrikam.com',
  relationship: 'advisor',
  tags: ['Gold'],
});
const lodz = row('33333333-3333-4333-8333-333333333333', 'Łódzka Spółka', {
  primaryDomain: 'lodzka.pl',
  relationship: 'indirect-reseller',
  indirectReseller: { id: 'res-2', name: 'Adatum' },
  tags: ['Łódź'],
});
const tokyo = row('44444444-4444-4444-8444-444444444444', '東京商事', { primaryDomain: 'tokyo-shoji.jp', relationship: 'none' });

const ROWS: CustomerRow[] = [contoso, contosoIndirect, acontoso, fabrikam, lodz, tokyo];

function names(rows: readonly CustomerRow[]): string[] {
  return rows.map((r) => r.companyName);
}

function search(field: SearchField, text: string): CustomerRow[] {
  return filterRows(ROWS, { search: { field, text } });
}

describe('searchKey', () => {
  it('lower-cases and normalizes to NFC', () => {
    expect(searchKey('ŁÓDŹ'.normalize('NFD'))).to.equal('łódź'.normalize('NFC'));
  });
});

describe('filterRows', () => {
  describe('search by company name', () => {
    it('matches a case-insensitive prefix', () => {
      expect(search('companyName', 'CONT')).to.deep.equal([contoso, contosoIndirect]);
    });

    it('is anchored at the start: "cont" does not match "Acontoso"', () => {
      expect(search('companyName', 'cont')).not.to.include(acontoso);
    });

    it('matches the whole value', () => {
      expect(search('companyName', 'acontoso')).to.deep.equal([acontoso]);
    });

    it('does not match text longer than the value', () => {
      expect(search('companyName', 'Contosos')).to.deep.equal([]);
    });

    it('trims the search text', () => {
      expect(search('companyName', '  cont  ')).to.deep.equal([contoso, contosoIndirect]);
    });

    it('does not match a prefix of a later word', () => {
      expect(search('companyName', 'Spółka')).to.deep.equal([]);
    });

    it('matches Polish diacritics case-insensitively', () => {
      expect(search('companyName', 'ŁÓDZ')).to.deep.equal([lodz]);
    });

    it('does not fold diacritics: "lodz" does not match "Łódzka"', () => {
      expect(search('companyName', 'lodz')).to.deep.equal([]);
    });

    it('matches search text typed in decomposed form against a precomposed name', () => {
      expect(search('companyName', 'łódz'.normalize('NFD'))).to.deep.equal([lodz]);
    });

    it('matches a CJK prefix', () => {
      expect(search('companyName', '東京')).to.deep.equal([tokyo]);
    });

    it('does not match a CJK substring that is not a prefix', () => {
      expect(search('companyName', '商事')).to.deep.equal([]);
    });
  });

  describe('search by domain', () => {
    it('matches a case-insensitive prefix of the primary domain', () => {
      expect(search('primaryDomain', 'CONTOSO')).to.deep.equal([contoso, contosoIndirect, fabrikam]);
    });

    it('is anchored at the start of the domain', () => {
      expect(search('primaryDomain', 'fabrikam')).to.deep.equal([]);
    });

    it('matches a prefix including the dot', () => {
      expect(search('primaryDomain', 'contoso.')).to.deep.equal([contoso, contosoIndirect]);
    });
  });

  describe('search by Microsoft ID', () => {
    it('matches the exact ID, returning every row of that customer', () => {
      expect(search('id', CONTOSO_ID)).to.deep.equal([contoso, contosoIndirect]);
    });

    it('does not match a prefix of the ID', () => {
      expect(search('id', CONTOSO_ID.slice(0, 8))).to.deep.equal([]);
    });

    it('does not match the ID with a character missing at the end', () => {
      expect(search('id', CONTOSO_ID.slice(0, -1))).to.deep.equal([]);
    });

    it('is case-insensitive', () => {
      expect(search('id', CONTOSO_ID.toUpperCase())).to.deep.equal([contoso, contosoIndirect]);
    });

    it('trims the ID', () => {
      expect(search('id', ` ${CONTOSO_ID}\n`)).to.deep.equal([contoso, contosoIndirect]);
    });
  });

  describe('empty search', () => {
    it('matches every row when the text is empty', () => {
      expect(search('companyName', '')).to.deep.equal(ROWS);
    });

    it('matches every row when the text is only white space', () => {
      expect(search('id', '   ')).to.deep.equal(ROWS);
    });

    it('matches every row with an empty filter', () => {
      expect(filterRows(ROWS, {})).to.deep.equal(ROWS);
    });
  });

  describe('tag filter', () => {
    it('requires every given tag', () => {
      expect(filterRows(ROWS, { tags: ['VIP', 'Gold'] })).to.deep.equal([contoso, contosoIndirect]);
    });

    it('compares tags case-insensitively', () => {
      expect(filterRows(ROWS, { tags: ['vip'] })).to.deep.equal([contoso, contosoIndirect, acontoso]);
    });

    it('compares Polish tags case-insensitively', () => {
      expect(filterRows(ROWS, { tags: ['ŁÓDŹ'] })).to.deep.equal([lodz]);
    });

    it('matches nothing when no row has all the tags', () => {
      expect(filterRows(ROWS, { tags: ['Gold', 'Łódź'] })).to.deep.equal([]);
    });

    it('ignores an empty tag list', () => {
      expect(filterRows(ROWS, { tags: [] })).to.deep.equal(ROWS);
    });
  });

  describe('relationship and reseller filters', () => {
    it('keeps only rows with the given relationship', () => {
      expect(filterRows(ROWS, { relationship: 'indirect-reseller' })).to.deep.equal([contosoIndirect, lodz]);
    });

    it('filters on a relationship this library does not know', () => {
      const partner = row('55555555-5555-4555-8555-555555555555', 'Northwind', { relationship: 'distributor' });

      expect(filterRows([...ROWS, partner], { relationship: 'distributor' })).to.deep.equal([partner]);
    });

    it('keeps only rows that came through the given indirect reseller', () => {
      expect(filterRows(ROWS, { indirectResellerId: 'res-2' })).to.deep.equal([lodz]);
    });

    it('matches nothing for an unknown indirect reseller', () => {
      expect(filterRows(ROWS, { indirectResellerId: 'res-404' })).to.deep.equal([]);
    });
  });

  describe('combined filters', () => {
    it('requires search, tags and relationship to match together', () => {
      const result = filterRows(ROWS, {
        search: { field: 'companyName', text: 'con' },
        tags: ['gold'],
        relationship: 'indirect-reseller',
      });

      expect(result).to.deep.equal([contosoIndirect]);
    });

    it('matches nothing when one of the filters fails', () => {
      const result = filterRows(ROWS, { search: { field: 'primaryDomain', text: 'contoso' }, relationship: 'none' });

      expect(result).to.deep.equal([]);
    });

    it('combines a reseller filter with the ID search', () => {
      const result = filterRows(ROWS, { search: { field: 'id', text: CONTOSO_ID }, indirectResellerId: 'res-1' });

      expect(result).to.deep.equal([contosoIndirect]);
    });
  });
});

describe('rowMatcher', () => {
  it('uses a custom keyOf for the searched field', () => {
    const cached = new Map([[acontoso, 'zeta'], [contoso, 'alpha']]);
    const seen: SearchField[] = [];
    const matches = rowMatcher({ search: { field: 'companyName', text: 'ZE' } }, (r, field) => {
      seen.push(field);
      return cached.get(r) ?? '';
    });

    expect([matches(acontoso), matches(contoso), seen]).to.deep.equal([true, false, ['companyName', 'companyName']]);
  });

  it('uses a custom keyOf for the Microsoft ID search', () => {
    const matches = rowMatcher({ search: { field: 'id', text: 'KEY-1' } }, () => 'key-1');

    expect(matches(fabrikam)).to.equal(true);
  });

  it('does not call keyOf when there is no search text', () => {
    let calls = 0;
    const matches = rowMatcher({ search: { field: 'companyName', text: ' ' } }, () => {
      calls++;
      return '';
    });

    matches(contoso);

    expect(calls).to.equal(0);
  });
});

describe('sortSpecs', () => {
  it('returns no keys for no sort', () => {
    expect(sortSpecs(undefined)).to.deep.equal([]);
  });

  it('wraps a single key in a list', () => {
    expect(sortSpecs({ column: 'id', direction: 'asc' })).to.deep.equal([{ column: 'id', direction: 'asc' }]);
  });
});

describe('sortRows', () => {
  const a = row('c0000000-0000-4000-8000-000000000000', 'Bravo', { primaryDomain: 'zulu.com', tags: ['b'], relationship: 'advisor' });
  const b = row('a0000000-0000-4000-8000-000000000000', 'Charlie', { primaryDomain: 'alpha.com', tags: ['a'], relationship: 'none' });
  const c = row('b0000000-0000-4000-8000-000000000000', 'alpha', { primaryDomain: 'Mike.com', tags: ['c'], relationship: 'cloud-reseller' });
  const input = [a, b, c];

  it('keeps the input order without a sort', () => {
    expect(sortRows(input, undefined)).to.deep.equal([a, b, c]);
  });

  it('sorts by company name ascending, ignoring case', () => {
    expect(sortRows(input, { column: 'companyName', direction: 'asc' }, 'en')).to.deep.equal([c, a, b]);
  });

  it('sorts by company name descending', () => {
    expect(sortRows(input, { column: 'companyName', direction: 'desc' }, 'en')).to.deep.equal([b, a, c]);
  });

  it('sorts by Microsoft ID ascending', () => {
    expect(sortRows(input, { column: 'id', direction: 'asc' }, 'en')).to.deep.equal([b, c, a]);
  });

  it('sorts Microsoft IDs in plain character order, zeros and hyphens included, ignoring case (regression: locale collation put 0a0d… before 00a8…)', () => {
    const ids = ['0a4b74db-0000-4000-8000-000000000001', '00a8da19-0000-4000-8000-000000000002', '0A0D4ACA-0000-4000-8000-000000000003', '0a0d4aca-1000-4000-8000-000000000004'];
    const rows = ids.map((id) => ({ ...a, id }));
    const sorted = sortRows(rows, { column: 'id', direction: 'asc' }, 'en').map((row) => row.id);
    expect(sorted).to.deep.equal(['00a8da19-0000-4000-8000-000000000002', '0A0D4ACA-0000-4000-8000-000000000003', '0a0d4aca-1000-4000-8000-000000000004', '0a4b74db-0000-4000-8000-000000000001']);
    expect(sortRows(rows, { column: 'id', direction: 'desc' }, 'en').map((row) => row.id)).to.deep.equal([...sorted].reverse());
  });

  it('sorts by Microsoft ID descending', () => {
    expect(sortRows(input, { column: 'id', direction: 'desc' }, 'en')).to.deep.equal([a, c, b]);
  });

  it('sorts by primary domain ascending, ignoring case', () => {
    expect(sortRows(input, { column: 'primaryDomain', direction: 'asc' }, 'en')).to.deep.equal([b, c, a]);
  });

  it('sorts by primary domain descending', () => {
    expect(sortRows(input, { column: 'primaryDomain', direction: 'desc' }, 'en')).to.deep.equal([a, c, b]);
  });

  it('sorts by tags ascending', () => {
    expect(sortRows(input, { column: 'tags', direction: 'asc' }, 'en')).to.deep.equal([b, a, c]);
  });

  it('sorts by tags descending', () => {
    expect(sortRows(input, { column: 'tags', direction: 'desc' }, 'en')).to.deep.equal([c, a, b]);
  });

  it('sorts rows without tags before rows with tags', () => {
    const untagged = row('d0000000-0000-4000-8000-000000000000', 'Delta');

    expect(sortRows([a, untagged], { column: 'tags', direction: 'asc' }, 'en')).to.deep.equal([untagged, a]);
  });

  it('sorts by relationship ascending in the order cloud-reseller, indirect-reseller, advisor, none', () => {
    const rows = ['none', 'advisor', 'indirect-reseller', 'cloud-reseller'].map((relationship, i) =>
      row(`id-${i}`, `Company ${i}`, { relationship }),
    );

    expect(sortRows(rows, { column: 'relationship', direction: 'asc' }).map((r) => r.relationship)).to.deep.equal([
      'cloud-reseller',
      'indirect-reseller',
      'advisor',
      'none',
    ]);
  });

  it('sorts unknown relationships after the known ones, alphabetically among themselves', () => {
    const rows = ['zeta-partner', 'none', 'alpha-partner', 'cloud-reseller'].map((relationship, i) =>
      row(`id-${i}`, `Company ${i}`, { relationship }),
    );

    expect(sortRows(rows, { column: 'relationship', direction: 'asc' }, 'en').map((r) => r.relationship)).to.deep.equal([
      'cloud-reseller',
      'none',
      'alpha-partner',
      'zeta-partner',
    ]);
  });

  it('sorts by relationship descending in the reverse order', () => {
    const rows = ['indirect-reseller', 'other', 'cloud-reseller', 'none', 'advisor'].map((relationship, i) =>
      row(`id-${i}`, `Company ${i}`, { relationship }),
    );

    expect(sortRows(rows, { column: 'relationship', direction: 'desc' }, 'en').map((r) => r.relationship)).to.deep.equal([
      'other',
      'none',
      'advisor',
      'indirect-reseller',
      'cloud-reseller',
    ]);
  });

  it('collates numbers numerically: "Contoso 9" before "Contoso 10"', () => {
    const ten = row('id-10', 'Contoso 10');
    const nine = row('id-9', 'Contoso 9');
    const hundred = row('id-100', 'Contoso 100');

    expect(names(sortRows([hundred, ten, nine], { column: 'companyName', direction: 'asc' }, 'en'))).to.deep.equal([
      'Contoso 9',
      'Contoso 10',
      'Contoso 100',
    ]);
  });

  it('sorts by several keys: relationship, then company name', () => {
    const rows = [
      row('1', 'Zeta', { relationship: 'advisor' }),
      row('2', 'Beta', { relationship: 'cloud-reseller' }),
      row('3', 'Alpha', { relationship: 'advisor' }),
      row('4', 'Alpha', { relationship: 'cloud-reseller' }),
    ];

    const sorted = sortRows(
      rows,
      [
        { column: 'relationship', direction: 'asc' },
        { column: 'companyName', direction: 'asc' },
      ],
      'en',
    );

    expect(sorted.map((r) => r.id)).to.deep.equal(['4', '2', '3', '1']);
  });

  it('applies each key its own direction', () => {
    const rows = [
      row('1', 'Alpha', { relationship: 'advisor' }),
      row('2', 'Beta', { relationship: 'cloud-reseller' }),
      row('3', 'Beta', { relationship: 'advisor' }),
      row('4', 'Alpha', { relationship: 'cloud-reseller' }),
    ];

    const sorted = sortRows(
      rows,
      [
        { column: 'relationship', direction: 'asc' },
        { column: 'companyName', direction: 'desc' },
      ],
      'en',
    );

    expect(sorted.map((r) => r.id)).to.deep.equal(['2', '4', '3', '1']);
  });

  it('is stable: rows with equal keys keep their input order, ascending', () => {
    const rows = ['1', '2', '3', '4'].map((id) => row(id, 'Same name'));

    expect(sortRows(rows, { column: 'companyName', direction: 'asc' }).map((r) => r.id)).to.deep.equal(['1', '2', '3', '4']);
  });

  it('is stable: rows with equal keys keep their input order, descending', () => {
    const rows = [row('1', 'Same'), row('2', 'Other'), row('3', 'Same'), row('4', 'Other')];

    expect(sortRows(rows, { column: 'companyName', direction: 'desc' }, 'en').map((r) => r.id)).to.deep.equal(['1', '3', '2', '4']);
  });

  it('treats names differing only in case as equal keys, keeping input order', () => {
    const rows = [row('1', 'contoso'), row('2', 'CONTOSO'), row('3', 'Contoso')];

    expect(sortRows(rows, { column: 'companyName', direction: 'asc' }, 'en').map((r) => r.id)).to.deep.equal(['1', '2', '3']);
  });

  it('does not mutate its input', () => {
    const rows = [b, a, c];

    sortRows(rows, { column: 'companyName', direction: 'asc' }, 'en');

    expect(rows).to.deep.equal([b, a, c]);
  });

  it('returns a new array even without a sort', () => {
    const rows = [a, b];

    expect(sortRows(rows, undefined)).not.to.equal(rows);
  });
});

describe('rowComparator', () => {
  it('returns 0 for rows equal on every key', () => {
    const compare = rowComparator({ column: 'companyName', direction: 'desc' }, 'en');

    expect(compare(row('1', 'Same'), row('2', 'Same'))).to.equal(0);
  });
});

describe('queryRows', () => {
  it('filters, then sorts', () => {
    const result = queryRows(ROWS, { tags: ['gold'], sort: { column: 'companyName', direction: 'desc' } }, 'en');

    expect(result).to.deep.equal([fabrikam, contoso, contosoIndirect]);
  });
});

describe('sorting by tags', () => {
  it('compares tag lists element by element, so ["a", "b"] and ["ab"] do not tie', () => {
    const split = row('1', 'One', { tags: ['a', 'b'] });
    const joined = row('2', 'Two', { tags: ['ab'] });
    expect(sortRows([joined, split], { column: 'tags', direction: 'asc' }).map((r) => r.id)).to.deep.equal(['1', '2']);
    expect(sortRows([split, joined], { column: 'tags', direction: 'desc' }).map((r) => r.id)).to.deep.equal(['2', '1']);
  });

  it('puts a shorter list sharing a prefix first', () => {
    const short = row('1', 'One', { tags: ['a'] });
    const long = row('2', 'Two', { tags: ['a', 'b'] });
    expect(sortRows([long, short], { column: 'tags', direction: 'asc' }).map((r) => r.id)).to.deep.equal(['1', '2']);
  });
});
