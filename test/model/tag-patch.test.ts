import { expect } from '@open-wc/testing';
import { rowKey, type CustomerRow } from '../../src/model/customer.js';
import type { CustomerFilter } from '../../src/model/query.js';
import type { Selection } from '../../src/model/selection.js';
import { patchRowTags, type TagChange } from '../../src/model/tag-patch.js';

/** `count` distinct tags: `tag-0`, `tag-1`, … */
function manyTags(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `tag-${i}`);
}

/**
 * Fresh rows for each test, since a patch changes them in place:
 * - Contoso is dual-role: a cloud-reseller row and an indirect-reseller row of one customer;
 * - Contoso Ltd is a plain cloud-reseller customer;
 * - Fabrikam is advisor only, Litware has no relationship: neither can carry tags;
 * - Northwind has an advisor row and a cloud-reseller row, so its tags can change.
 */
function setupRows() {
  const contosoDirect: CustomerRow = {
    id: '8f3c1d7e-2b4a-4c6d-9e0f-1a2b3c4d5e6f',
    companyName: 'Contoso',
    primaryDomain: 'contoso.onmicrosoft.com',
    relationship: 'cloud-reseller',
    tags: ['VIP', 'Gold'],
  };
  const contosoIndirect: CustomerRow = {
    ...contosoDirect,
    relationship: 'indirect-reseller',
    indirectReseller: { id: 'res-1', name: 'Wingtip Toys' },
    tags: ['VIP', 'Gold'],
  };
  const contosoLtd: CustomerRow = {
    id: '33333333-3333-4333-8333-333333333333',
    companyName: 'Contoso Ltd',
    primaryDomain: 'contosoltd.com',
    relationship: 'cloud-reseller',
    tags: ['vip'],
  };
  const fabrikam: CustomerRow = {
    id: '22222222-2222-4222-8222-222222222222',
    companyName: 'Fabrikam',
    primaryDomain: 'fabrikam.com',
    relationship: 'advisor',
    tags: ['Gold'],
  };
  const litware: CustomerRow = {
    id: '44444444-4444-4444-8444-444444444444',
    companyName: 'Litware',
    primaryDomain: 'litware.com',
    relationship: 'none',
    tags: [],
  };
  const northwindAdvisor: CustomerRow = {
    id: '55555555-5555-4555-8555-555555555555',
    companyName: 'Northwind Traders',
    primaryDomain: 'northwind.com',
    relationship: 'advisor',
    tags: ['Łódź'],
  };
  const northwindDirect: CustomerRow = { ...northwindAdvisor, relationship: 'cloud-reseller', tags: ['Łódź'] };
  const rows = [contosoDirect, contosoIndirect, contosoLtd, fabrikam, litware, northwindAdvisor, northwindDirect];
  return { rows, contosoDirect, contosoIndirect, contosoLtd, fabrikam, litware, northwindAdvisor, northwindDirect };
}

const some = (...rows: CustomerRow[]): Selection => ({ mode: 'some', keys: rows.map(rowKey) });

const all = (query: CustomerFilter, ...excluded: CustomerRow[]): Selection => ({ mode: 'all', query, excludedKeys: excluded.map(rowKey) });

const assign = (target: Selection, add: string[], remove: string[] = []): TagChange => ({ kind: 'assign', target, add, remove });

const startingWithCon: CustomerFilter = { search: { field: 'companyName', text: 'Con' } };

describe('patchRowTags', () => {
  describe('assign over some rows', () => {
    it('adds the tags to the selected row', () => {
      const { rows, contosoLtd } = setupRows();

      patchRowTags(rows, assign(some(contosoLtd), ['Silver']));

      expect(contosoLtd.tags).to.deep.equal(['vip', 'Silver']);
    });

    it('changes the other row of a dual-role customer when only its direct row is selected', () => {
      const { rows, contosoDirect, contosoIndirect } = setupRows();

      patchRowTags(rows, assign(some(contosoDirect), ['Silver']));

      expect([contosoDirect.tags, contosoIndirect.tags]).to.deep.equal([
        ['VIP', 'Gold', 'Silver'],
        ['VIP', 'Gold', 'Silver'],
      ]);
    });

    it('changes the other row of a dual-role customer when only its indirect row is selected', () => {
      const { rows, contosoDirect, contosoIndirect } = setupRows();

      patchRowTags(rows, assign(some(contosoIndirect), [], ['Gold']));

      expect([contosoDirect.tags, contosoIndirect.tags]).to.deep.equal([['VIP'], ['VIP']]);
    });

    it('leaves rows that are not selected alone', () => {
      const { rows, contosoDirect, contosoLtd } = setupRows();

      patchRowTags(rows, assign(some(contosoDirect), ['Silver']));

      expect(contosoLtd.tags).to.deep.equal(['vip']);
    });

    it('skips an advisor-only customer', () => {
      const { rows, fabrikam } = setupRows();

      patchRowTags(rows, assign(some(fabrikam), ['Silver']));

      expect(fabrikam.tags).to.deep.equal(['Gold']);
    });

    it('skips a customer without any relationship', () => {
      const { rows, litware } = setupRows();

      patchRowTags(rows, assign(some(litware), ['Silver']));

      expect(litware.tags).to.deep.equal([]);
    });

    it('changes a customer with an advisor row and a reseller row when only the advisor row is selected', () => {
      const { rows, northwindAdvisor, northwindDirect } = setupRows();

      patchRowTags(rows, assign(some(northwindAdvisor), ['Silver']));

      expect([northwindAdvisor.tags, northwindDirect.tags]).to.deep.equal([
        ['Łódź', 'Silver'],
        ['Łódź', 'Silver'],
      ]);
    });

    it('changes the eligible customers of a selection that also holds skipped ones', () => {
      const { rows, contosoLtd, fabrikam } = setupRows();

      patchRowTags(rows, assign(some(contosoLtd, fabrikam), ['Silver']));

      expect([contosoLtd.tags, fabrikam.tags]).to.deep.equal([['vip', 'Silver'], ['Gold']]);
    });

    it('changes nothing for an empty selection', () => {
      const { rows } = setupRows();
      const before = structuredClone(rows);

      patchRowTags(rows, assign(some(), ['Silver']));

      expect(rows).to.deep.equal(before);
    });
  });

  describe('assign over a select-all', () => {
    it('changes every row the query matches', () => {
      const { rows, contosoDirect, contosoIndirect, contosoLtd } = setupRows();

      patchRowTags(rows, assign(all(startingWithCon), ['Silver']));

      expect([contosoDirect.tags, contosoIndirect.tags, contosoLtd.tags]).to.deep.equal([
        ['VIP', 'Gold', 'Silver'],
        ['VIP', 'Gold', 'Silver'],
        ['vip', 'Silver'],
      ]);
    });

    it('leaves rows the query does not match alone', () => {
      const { rows, northwindDirect } = setupRows();

      patchRowTags(rows, assign(all(startingWithCon), ['Silver']));

      expect(northwindDirect.tags).to.deep.equal(['Łódź']);
    });

    it('leaves an excluded customer alone', () => {
      const { rows, contosoLtd } = setupRows();

      patchRowTags(rows, assign(all(startingWithCon, contosoLtd), ['Silver']));

      expect(contosoLtd.tags).to.deep.equal(['vip']);
    });

    it('still changes both rows of a dual-role customer when one of its rows is excluded', () => {
      const { rows, contosoDirect, contosoIndirect } = setupRows();

      patchRowTags(rows, assign(all(startingWithCon, contosoIndirect), ['Silver']));

      expect([contosoDirect.tags, contosoIndirect.tags]).to.deep.equal([
        ['VIP', 'Gold', 'Silver'],
        ['VIP', 'Gold', 'Silver'],
      ]);
    });

    it('leaves a dual-role customer alone when both its rows are excluded', () => {
      const { rows, contosoDirect, contosoIndirect } = setupRows();

      patchRowTags(rows, assign(all(startingWithCon, contosoDirect, contosoIndirect), ['Silver']));

      expect([contosoDirect.tags, contosoIndirect.tags]).to.deep.equal([
        ['VIP', 'Gold'],
        ['VIP', 'Gold'],
      ]);
    });

    it('changes the direct row of a dual-role customer when the query matches only its indirect row', () => {
      const { rows, contosoDirect } = setupRows();

      patchRowTags(rows, assign(all({ relationship: 'indirect-reseller' }), ['Silver']));

      expect(contosoDirect.tags).to.deep.equal(['VIP', 'Gold', 'Silver']);
    });

    it('skips advisor-only and relationship-less customers of an empty query', () => {
      const { rows, fabrikam, litware } = setupRows();

      patchRowTags(rows, assign(all({}), ['Silver']));

      expect([fabrikam.tags, litware.tags]).to.deep.equal([['Gold'], []]);
    });
  });

  describe('assign: tag rules', () => {
    it('keeps the stored spelling when an added tag is already present in another case', () => {
      const { rows, contosoLtd } = setupRows();

      patchRowTags(rows, assign(some(contosoLtd), ['VIP']));

      expect(contosoLtd.tags).to.deep.equal(['vip']);
    });

    it('removes a tag whatever its case', () => {
      const { rows, contosoLtd } = setupRows();

      patchRowTags(rows, assign(some(contosoLtd), [], ['VIP']));

      expect(contosoLtd.tags).to.deep.equal([]);
    });

    it('removes a Polish tag named in capitals', () => {
      const { rows, northwindDirect } = setupRows();

      patchRowTags(rows, assign(some(northwindDirect), [], ['ŁÓDŹ']));

      expect(northwindDirect.tags).to.deep.equal([]);
    });

    it('adds and removes in one change', () => {
      const { rows, contosoDirect } = setupRows();

      patchRowTags(rows, assign(some(contosoDirect), ['Silver'], ['gold']));

      expect(contosoDirect.tags).to.deep.equal(['VIP', 'Silver']);
    });

    it('leaves a row unchanged when the change would take it past 150 tags', () => {
      const { rows, contosoLtd } = setupRows();
      contosoLtd.tags = manyTags(150);

      patchRowTags(rows, assign(some(contosoLtd), ['One more']));

      expect(contosoLtd.tags).to.deep.equal(manyTags(150));
    });

    it('still changes the other selected rows when one would go past 150 tags', () => {
      const { rows, contosoLtd, contosoDirect } = setupRows();
      contosoLtd.tags = manyTags(150);

      patchRowTags(rows, assign(some(contosoLtd, contosoDirect), ['One more']));

      expect(contosoDirect.tags).to.deep.equal(['VIP', 'Gold', 'One more']);
    });

    it('allows reaching exactly 150 tags', () => {
      const { rows, contosoLtd } = setupRows();
      contosoLtd.tags = manyTags(149);

      patchRowTags(rows, assign(some(contosoLtd), ['Last']));

      expect(contosoLtd.tags.length).to.equal(150);
    });
  });

  describe('rename', () => {
    it('renames the tag on every row carrying it, in its place', () => {
      const { rows, contosoDirect, contosoIndirect } = setupRows();

      patchRowTags(rows, { kind: 'rename', from: 'VIP', to: 'Key account' });

      expect([contosoDirect.tags, contosoIndirect.tags]).to.deep.equal([
        ['Key account', 'Gold'],
        ['Key account', 'Gold'],
      ]);
    });

    it('renames a tag stored in another case', () => {
      const { rows, contosoLtd } = setupRows();

      patchRowTags(rows, { kind: 'rename', from: 'VIP', to: 'Key account' });

      expect(contosoLtd.tags).to.deep.equal(['Key account']);
    });

    it('renames on rows whatever their relationship, as the partner set changes everywhere', () => {
      const { rows, fabrikam } = setupRows();

      patchRowTags(rows, { kind: 'rename', from: 'gold', to: 'Platinum' });

      expect(fabrikam.tags).to.deep.equal(['Platinum']);
    });

    it('leaves rows without the tag alone', () => {
      const { rows, northwindDirect } = setupRows();
      const tags = northwindDirect.tags;

      patchRowTags(rows, { kind: 'rename', from: 'VIP', to: 'Key account' });

      expect(northwindDirect.tags).to.equal(tags);
    });
  });

  describe('delete', () => {
    it('removes the tag from every row carrying it, whatever its case', () => {
      const { rows, contosoDirect, contosoIndirect, contosoLtd } = setupRows();

      patchRowTags(rows, { kind: 'delete', tag: 'Vip' });

      expect([contosoDirect.tags, contosoIndirect.tags, contosoLtd.tags]).to.deep.equal([['Gold'], ['Gold'], []]);
    });

    it('removes the tag from rows whatever their relationship', () => {
      const { rows, fabrikam } = setupRows();

      patchRowTags(rows, { kind: 'delete', tag: 'GOLD' });

      expect(fabrikam.tags).to.deep.equal([]);
    });
  });

  describe('undo', () => {
    const changes: [string, (rows: ReturnType<typeof setupRows>) => TagChange][] = [
      ['an assign over some rows', ({ contosoDirect, northwindAdvisor }) => assign(some(contosoDirect, northwindAdvisor), ['Silver'], ['gold'])],
      ['an assign over a select-all', () => assign(all(startingWithCon), ['Silver'], ['VIP'])],
      ['a rename', () => ({ kind: 'rename', from: 'vip', to: 'Key account' })],
      ['a delete', () => ({ kind: 'delete', tag: 'GOLD' })],
    ];
    for (const [label, change] of changes) {
      it(`puts every row back exactly as it was after ${label}`, () => {
        const fixture = setupRows();
        const before = structuredClone(fixture.rows);

        const undo = patchRowTags(fixture.rows, change(fixture));
        undo();

        expect(fixture.rows).to.deep.equal(before);
      });
    }

    it('changed something to undo in the first place', () => {
      const fixture = setupRows();
      const before = structuredClone(fixture.rows);

      patchRowTags(fixture.rows, assign(all(startingWithCon), ['Silver']));

      expect(fixture.rows).to.not.deep.equal(before);
    });

    it('leaves the tag arrays of rows the change did not reach in place', () => {
      const { rows, contosoDirect, fabrikam, northwindDirect } = setupRows();
      const untouched = [fabrikam.tags, northwindDirect.tags];

      const undo = patchRowTags(rows, assign(some(contosoDirect, fabrikam), ['Silver']));
      undo();

      expect([fabrikam.tags, northwindDirect.tags]).to.have.ordered.members(untouched);
    });

    it('does not overwrite a row the change did not reach, even if it changed since', () => {
      const { rows, contosoDirect, fabrikam } = setupRows();
      const undo = patchRowTags(rows, assign(some(contosoDirect, fabrikam), ['Silver']));
      fabrikam.tags = ['Reloaded'];

      undo();

      expect(fabrikam.tags).to.deep.equal(['Reloaded']);
    });

    it('does not mutate the tag arrays the rows held before the patch', () => {
      const { rows, contosoDirect } = setupRows();
      const tags = contosoDirect.tags;

      patchRowTags(rows, assign(some(contosoDirect), ['Silver'], ['VIP']));

      expect(tags).to.deep.equal(['VIP', 'Gold']);
    });

    it('leaves a row that was over the limit exactly as it was', () => {
      const { rows, contosoLtd } = setupRows();
      contosoLtd.tags = manyTags(150);
      const tags = contosoLtd.tags;

      const undo = patchRowTags(rows, assign(some(contosoLtd), ['One more']));
      undo();

      expect(contosoLtd.tags).to.equal(tags);
    });
  });
});
