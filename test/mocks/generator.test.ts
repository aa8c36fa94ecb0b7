import { expect } from '@open-wc/testing';
import {
  HOSTILE_STRINGS,
  INDIRECT_RESELLERS,
  PARTNER_TAGS,
  generateBillingProfile,
  generateCustomers,
  generateDataset,
  generateProducts,
} from '../../mocks/data/index.js';
import { Random } from '../../mocks/data/random.js';
import { DEFAULT_USER_PRINCIPAL_NAMES } from '../../src/adapter/memory-adapter.js';
import {
  CATALOGS,
  KNOWN_OPERATION_TYPES,
  OPERATION_STATUSES,
  checkTagName,
  daysAgo,
  diffValues,
  periodProblem,
  sortActivity,
  type ActivityRecord,
  rowKey,
  tagKey,
  validateBillingProfile,
  type CustomerRow,
} from '../../src/model/index.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function rowsById(rows: readonly CustomerRow[]): Map<string, number[]> {
  const byId = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const indices = byId.get(row.id);
    if (indices) indices.push(index);
    else byId.set(row.id, [index]);
  });
  return byId;
}

function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

describe('mock data generator', () => {
  describe('Random', () => {
    it('repeats its sequence for a seed', () => {
      const a = new Random(12);
      const b = new Random(12);
      const c = new Random(13);
      const draws = Array.from({ length: 20 }, () => a.uint32());
      expect(Array.from({ length: 20 }, () => b.uint32())).to.deep.equal(draws);
      expect(Array.from({ length: 20 }, () => c.uint32())).not.to.deep.equal(draws);
    });

    it('draws integers within both bounds, reaching each bound', () => {
      const random = new Random(1);
      const seen = new Set<number>();
      for (let i = 0; i < 2000; i++) {
        const value = random.int(3, 7);
        expect(value).to.be.within(3, 7);
        seen.add(value);
      }
      expect([...seen].sort()).to.deep.equal([3, 4, 5, 6, 7]);
    });

    it('shuffles into a permutation and makes version-4 GUIDs', () => {
      const random = new Random(2);
      const items = Array.from({ length: 50 }, (_, i) => i);
      const shuffled = random.shuffle([...items]);
      expect(shuffled).not.to.deep.equal(items);
      expect([...shuffled].sort((x, y) => x - y)).to.deep.equal(items);
      expect(random.guid()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(() => random.pick([])).to.throw(RangeError);
    });
  });

  describe('generateCustomers', () => {
    for (const rows of [0, 1, 2, 10, 1000, 100_000]) {
      it(`returns exactly ${rows} rows`, () => {
        expect(generateCustomers({ rows })).to.have.length(rows);
        expect(generateCustomers({ rows, hostile: true })).to.have.length(rows);
      });
    }

    it('returns 1000 rows by default', () => {
      expect(generateCustomers()).to.have.length(1000);
    });

    it('refuses a negative or fractional row count and a fractional seed', () => {
      expect(() => generateCustomers({ rows: -1 })).to.throw(RangeError);
      expect(() => generateCustomers({ rows: 1.5 })).to.throw(RangeError);
      expect(() => generateCustomers({ seed: 0.5 })).to.throw(RangeError);
    });

    it('is deterministic for a seed and differs between seeds', () => {
      expect(generateCustomers({ rows: 2000, seed: 42 })).to.deep.equal(generateCustomers({ rows: 2000, seed: 42 }));
      expect(generateCustomers({ rows: 500, seed: 42, hostile: true })).to.deep.equal(
        generateCustomers({ rows: 500, seed: 42, hostile: true }),
      );
      const a = generateCustomers({ rows: 200, seed: 1 }).map((row) => row.id);
      const b = generateCustomers({ rows: 200, seed: 2 }).map((row) => row.id);
      expect(a.filter((id) => b.includes(id))).to.be.empty;
    });

    it('gives a smaller dataset the first rows of a larger one with the same seed', () => {
      // Not promised by the API, but it is what lets a story with 10 rows show the same customers as 1000.
      const small = generateCustomers({ rows: 50, seed: 9 });
      const large = generateCustomers({ rows: 1000, seed: 9 });
      expect(small.slice(0, 40)).to.deep.equal(large.slice(0, 40));
    });

    describe('rows', () => {
      const rows = generateCustomers({ rows: 20_000, seed: 5 });
      const byId = rowsById(rows);

      it('have lowercase GUIDs as Microsoft IDs', () => {
        for (const id of byId.keys()) expect(id).to.match(GUID);
      });

      it('never repeat an (id, relationship) pair, and an id appears at most twice', () => {
        expect(new Set(rows.map(rowKey)).size).to.equal(rows.length);
        for (const indices of byId.values()) expect(indices.length).to.be.at.most(2);
      });

      it('make about 5 % of customers dual-role, as two adjacent rows sharing everything but the relationship', () => {
        const pairs = [...byId.values()].filter((indices) => indices.length === 2);
        expect(share(pairs.length, byId.size)).to.be.within(0.04, 0.06);
        for (const [first, second] of pairs as [number, number][]) {
          const a = rows[first]!;
          const b = rows[second]!;
          expect(second - first).to.equal(1);
          expect(b.companyName).to.equal(a.companyName);
          expect(b.primaryDomain).to.equal(a.primaryDomain);
          expect(b.tags).to.deep.equal(a.tags);
          expect(b.tags).not.to.equal(a.tags, 'each row has its own tags array');
          expect([a.relationship, b.relationship].sort()).to.deep.equal(['cloud-reseller', 'indirect-reseller']);
        }
      });

      it('mix relationships: mostly cloud and indirect reseller, some advisor, a few none', () => {
        const counts = new Map<string, number>();
        for (const row of rows) counts.set(row.relationship, (counts.get(row.relationship) ?? 0) + 1);
        expect([...counts.keys()].sort()).to.deep.equal(['advisor', 'cloud-reseller', 'indirect-reseller', 'none']);
        expect(share(counts.get('cloud-reseller')!, rows.length)).to.be.within(0.4, 0.6);
        expect(share(counts.get('indirect-reseller')!, rows.length)).to.be.within(0.35, 0.55);
        expect(share(counts.get('advisor')!, rows.length)).to.be.within(0.03, 0.07);
        expect(share(counts.get('none')!, rows.length)).to.be.within(0.003, 0.02);
      });

      it('give an indirect reseller from the fixed pool to indirect rows only', () => {
        const poolIds = new Set(INDIRECT_RESELLERS.map((reseller) => reseller.id));
        const used = new Set<string>();
        for (const row of rows) {
          if (row.relationship === 'indirect-reseller') {
            const reseller = row.indirectReseller!;
            expect(reseller.id).to.match(GUID);
            expect(poolIds.has(reseller.id)).to.equal(true);
            expect(INDIRECT_RESELLERS.find((r) => r.id === reseller.id)!.name).to.equal(reseller.name);
            used.add(reseller.id);
          } else {
            expect(row).not.to.have.property('indirectReseller');
          }
        }
        expect(used.size).to.equal(INDIRECT_RESELLERS.length);
        expect(INDIRECT_RESELLERS.length).to.be.within(10, 15);
      });

      it('give each customer its own primary domain', () => {
        const owner = new Map<string, string>();
        for (const row of rows) {
          expect(row.primaryDomain).to.match(/^[a-z0-9-]+\.onmicrosoft\.com$/);
          const id = owner.get(row.primaryDomain);
          if (id !== undefined) expect(id).to.equal(row.id, `${row.primaryDomain} is shared`);
          owner.set(row.primaryDomain, row.id);
        }
      });

      it('have company names in several scripts, some numbered, many sharing a prefix', () => {
        const names = rows.map((row) => row.companyName);
        const some = (pattern: RegExp) => names.some((name) => pattern.test(name));
        expect(some(/[ąćęłńśźżŁŚŻŹ]/u), 'Polish').to.equal(true);
        expect(some(/[äöüß]/u), 'German').to.equal(true);
        expect(some(/[\u3040-\u30ff]/u), 'Japanese kana').to.equal(true);
        expect(some(/有限公司/u), 'Chinese').to.equal(true);
        expect(some(/[\u0600-\u06ff]/u), 'Arabic').to.equal(true);
        expect(some(/[\uac00-\ud7af]/u), 'Korean').to.equal(true);
        expect(some(/\p{Extended_Pictographic}/u), 'emoji').to.equal(true);
        expect(some(/^\p{L}+ 9$/u) && some(/^\p{L}+ 10$/u), 'numbered').to.equal(true);
        expect(names.filter((name) => name.startsWith('Contoso ')).length).to.be.above(50);
        for (const name of names) {
          expect(name.trim()).to.equal(name);
          expect(name.length).to.be.within(2, 100);
        }
      });

      it('carry 0–4 distinct tags from the tag set, about 30 % none', () => {
        const tagSet = new Set(PARTNER_TAGS);
        let untagged = 0;
        for (const row of rows) {
          expect(row.tags.length).to.be.at.most(4);
          expect(new Set(row.tags.map(tagKey)).size).to.equal(row.tags.length);
          for (const tag of row.tags) expect(tagSet.has(tag), tag).to.equal(true);
          if (row.tags.length === 0) untagged++;
        }
        expect(share(untagged, rows.length)).to.be.within(0.25, 0.35);
      });

      it('contain none of the hostile samples', () => {
        const hostile = new Set([...HOSTILE_STRINGS.names, ...HOSTILE_STRINGS.domains]);
        const hostileTags = new Set(HOSTILE_STRINGS.tags);
        for (const row of rows) {
          expect(hostile.has(row.companyName)).to.equal(false);
          expect(hostile.has(row.primaryDomain)).to.equal(false);
          expect(row.tags.some((tag) => hostileTags.has(tag))).to.equal(false);
        }
      });
    });
  });

  describe('hostile datasets', () => {
    const { names, domains, tags } = HOSTILE_STRINGS;

    it('offer the samples the spec asks for', () => {
      for (const sample of [
        '<img src=x onerror=alert(1)>',
        '<script>alert("x")</script>',
        '"><svg onload=alert(1)>',
        '=HYPERLINK("http://evil.example","click")',
        '+1',
        '-2+3',
        '@SUM(A1:A2)',
        "=cmd|' /C calc'!A0",
        'Quote "Co", Inc.\nLine 2',
        '.',
      ]) {
        expect(names).to.include(sample);
      }
      expect(names.some((name) => name.startsWith('\t'))).to.equal(true);
      expect(names.some((name) => name.startsWith('\r'))).to.equal(true);
      expect(names.some((name) => name.length === 10_000)).to.equal(true);
      expect(names.some((name) => name.includes('\u202E'))).to.equal(true);
      expect(names.some((name) => /\u200B/u.test(name) && /\u200D/u.test(name) && /\uFEFF/u.test(name))).to.equal(true);
      expect(names.some((name) => /\p{M}/u.test(name))).to.equal(true);
      for (const name of names) expect(name.trim()).not.to.equal('');
      expect(domains).to.include('xn--80ak6aa92e.com');
      expect(domains.some((domain) => domain.includes('<b>'))).to.equal(true);
      expect(domains.some((domain) => domain.length > 253)).to.equal(true);
      expect(tags).to.include.members(['<b>bold</b>', '=1+1', '@admin', '-minus']);
      expect(tags.some((tag) => [...tag].length === 50)).to.equal(true);
    });

    it('have hostile tags that are valid, distinct tag names', () => {
      const accepted: string[] = [...PARTNER_TAGS];
      for (const tag of tags) {
        const check = checkTagName(tag, accepted);
        expect(check, JSON.stringify(tag)).to.deep.equal({ ok: true, tag });
        accepted.push(tag);
      }
    });

    it('put one of each hostile name in the first rows, so even 10 rows show them', () => {
      const ten = generateCustomers({ rows: 10, hostile: true });
      expect(ten.map((row) => row.companyName)).to.deep.equal(names.slice(0, 10));
      const first = generateCustomers({ rows: names.length, hostile: true });
      expect(first.map((row) => row.companyName)).to.deep.equal(names);
      expect(new Set(first.map((row) => row.primaryDomain))).to.include.all.keys(domains);
      expect(new Set(first.flatMap((row) => row.tags))).to.include.all.keys(tags.slice(0, names.length));
    });

    it('mix hostile names into about 1 in 50 later rows, keeping domains unique', () => {
      const rows = generateCustomers({ rows: 20_000, hostile: true, seed: 8 });
      const hostileNames = new Set(names);
      const later = rows.slice(names.length);
      const hostileRows = later.filter((row) => hostileNames.has(row.companyName)).length;
      expect(share(hostileRows, later.length)).to.be.within(0.01, 0.04);
      const owner = new Map<string, string>();
      for (const row of rows) {
        const id = owner.get(row.primaryDomain);
        if (id !== undefined) expect(id).to.equal(row.id, `${row.primaryDomain} is shared`);
        owner.set(row.primaryDomain, row.id);
      }
      expect(new Set(rows.map(rowKey)).size).to.equal(rows.length);
    });

    it('add the hostile tags to the dataset tag set', () => {
      const dataset = generateDataset({ rows: 100, hostile: true });
      expect(dataset.tags).to.deep.equal([...PARTNER_TAGS, ...tags]);
      const tagSet = new Set(dataset.tags);
      for (const row of dataset.customers) for (const tag of row.tags) expect(tagSet.has(tag)).to.equal(true);
    });

    it('cannot be changed through HOSTILE_STRINGS', () => {
      const before = generateCustomers({ rows: 5, hostile: true });
      const saved = names[0]!;
      names[0] = 'changed';
      try {
        expect(generateCustomers({ rows: 5, hostile: true })).to.deep.equal(before);
      } finally {
        names[0] = saved;
      }
    });
  });

  describe('generateDataset', () => {
    it('combines customers, the full tag set and the catalog', () => {
      const dataset = generateDataset({ rows: 300, seed: 4 });
      expect(dataset.customers).to.deep.equal(generateCustomers({ rows: 300, seed: 4 }));
      expect(dataset.products).to.deep.equal(generateProducts(4));
      expect(dataset.tags).to.deep.equal([...PARTNER_TAGS]);
    });

    it('has a valid tag set of about 25 tags, including one no customer carries', () => {
      const dataset = generateDataset({ rows: 5000 });
      expect(dataset.tags.length).to.be.within(20, 30);
      const accepted: string[] = [];
      for (const tag of dataset.tags) {
        expect(checkTagName(tag, accepted), tag).to.deep.equal({ ok: true, tag });
        accepted.push(tag);
      }
      const used = new Set(dataset.customers.flatMap((row) => row.tags));
      expect(dataset.tags.some((tag) => !used.has(tag))).to.equal(true);
    });
  });

  describe('generateBillingProfile', () => {
    const rows = generateCustomers({ rows: 2000, seed: 6 });
    const CULTURE: Record<string, string> = { US: 'en-US', GB: 'en-GB', PL: 'pl-PL', DE: 'de-DE', JP: 'ja-JP' };

    it('is valid for every ordinary row, in a supported country with a matching culture', () => {
      const countries = new Set<string>();
      for (const row of rows) {
        const profile = generateBillingProfile(row, 6);
        expect(validateBillingProfile(profile), row.companyName).to.deep.equal([]);
        expect(profile.companyName).to.equal(row.companyName);
        expect(profile.email.endsWith(`@${row.primaryDomain}`)).to.equal(true);
        expect(profile.culture).to.equal(CULTURE[profile.defaultAddress.country]);
        expect(profile.culture.startsWith(`${profile.language}-`)).to.equal(true);
        expect(profile.etag).to.match(/^[0-9a-f]{8}$/);
        countries.add(profile.defaultAddress.country);
      }
      expect([...countries].sort()).to.deep.equal(['DE', 'GB', 'JP', 'PL', 'US']);
    });

    it('is deterministic per customer and seed, and the same for both rows of a dual-role customer', () => {
      const row = rows[0]!;
      expect(generateBillingProfile(row, 6)).to.deep.equal(generateBillingProfile({ ...row }, 6));
      expect(generateBillingProfile(row, 6)).not.to.deep.equal(generateBillingProfile(row, 7));
      expect(generateBillingProfile(row, 6)).not.to.deep.equal(generateBillingProfile(rows[1]!, 6));
      const byId = rowsById(rows);
      const pair = [...byId.values()].find((indices) => indices.length === 2)!;
      expect(generateBillingProfile(rows[pair[0]!]!)).to.deep.equal(generateBillingProfile(rows[pair[1]!]!));
    });

    it('fails only on the company name for hostile rows', () => {
      for (const row of generateCustomers({ rows: 3000, hostile: true })) {
        const errors = validateBillingProfile(generateBillingProfile(row));
        expect(
          errors.filter((error) => error.field !== 'companyName'),
          JSON.stringify(row.companyName.slice(0, 40)),
        ).to.deep.equal([]);
      }
    });
  });

  describe('generateProducts', () => {
    const products = generateProducts();
    const skus = products.flatMap((product) => product.skus.map((sku) => ({ product, sku })));

    it('fills all four catalogs with 6–15 products of 1–4 SKUs', () => {
      for (const catalog of CATALOGS) {
        const count = products.filter((product) => product.catalog === catalog).length;
        expect(count, catalog).to.be.within(6, 15);
      }
      for (const product of products) {
        expect(product.skus.length, product.title).to.be.within(1, 4);
        expect(product.title).not.to.equal('');
        expect(product.description).not.to.equal('');
      }
    });

    it('has unique product IDs, SKU IDs and catalog item IDs', () => {
      expect(new Set(products.map((product) => product.id)).size).to.equal(products.length);
      expect(new Set(skus.map(({ sku }) => sku.id)).size).to.equal(skus.length);
      expect(new Set(skus.map(({ sku }) => sku.catalogItemId)).size).to.equal(skus.length);
      for (const { product, sku } of skus) {
        expect(sku.catalogItemId).to.match(new RegExp(`^${product.id}:\\d{4}:[0-9A-Z]{12}$`));
      }
    });

    it('has sensible quantities, billing cycles and terms', () => {
      const cycles = ['monthly', 'annual', 'triennial', 'one-time', 'none'];
      const terms = ['P1M', 'P1Y', 'P3Y'];
      for (const { product, sku } of skus) {
        expect(Number.isInteger(sku.minimumQuantity) && sku.minimumQuantity >= 1, sku.id).to.equal(true);
        expect(sku.maximumQuantity, sku.id).to.be.at.least(sku.minimumQuantity);
        expect(sku.billingCycles).not.to.be.empty;
        expect(sku.termDurations).not.to.be.empty;
        for (const cycle of sku.billingCycles) expect(cycles).to.include(cycle);
        for (const term of sku.termDurations) expect(terms).to.include(term);
        if (product.catalog === 'software') {
          expect(sku.billingCycles).to.deep.equal(['one-time']);
          for (const term of sku.termDurations) expect(['P1Y', 'P3Y']).to.include(term);
        }
      }
    });

    it('sells the Azure plan as a single monthly subscription', () => {
      const plan = products.find((product) => product.catalog === 'azure' && product.title === 'Azure plan')!;
      expect(plan.skus).to.have.length(1);
      expect(plan.skus[0]).to.include({ minimumQuantity: 1, maximumQuantity: 1 });
      expect(plan.skus[0]!.billingCycles).to.deep.equal(['monthly']);
      expect(plan.skus[0]!.termDurations).to.deep.equal(['P1M']);
    });

    it('is deterministic per seed, independent of rows, and returns fresh objects', () => {
      expect(generateProducts(3)).to.deep.equal(generateProducts(3));
      expect(generateProducts(3)).not.to.deep.equal(generateProducts(4));
      const fromSmall = generateDataset({ rows: 10, seed: 3 }).products;
      expect(fromSmall).to.deep.equal(generateDataset({ rows: 5000, seed: 3 }).products);
      const first = generateProducts(3);
      first[0]!.skus[0]!.billingCycles.push('none');
      expect(generateProducts(3)[0]!.skus[0]!.billingCycles).not.to.include('none');
    });
  });

  describe('activity history', () => {
    const now = new Date('2026-11-20T12:00:00.000Z');
    const dataset = generateDataset({ rows: 1000, seed: 5, now });
    const { activity } = dataset;
    const customersById = new Map(dataset.customers.map((row) => [row.id, row]));
    const ADMIN_OPERATIONS = ['update_customer_tags', 'create_tag', 'rename_tag', 'delete_tag', 'add_customer', 'delete_customer_user'];
    const chainOf = (records: readonly ActivityRecord[], customerId: string, operationType: string) =>
      sortActivity(records.filter((record) => record.customerId === customerId && record.operationType === operationType && record.operationStatus === 'succeeded'), 'asc');

    it('has 3 records per row by default, at most 10 000, and exactly as many as asked', () => {
      expect(activity).to.have.length(3000);
      expect(generateDataset({ rows: 5, now }).activity).to.have.length(15);
      expect(generateDataset({ rows: 0, now }).activity).to.have.length(0);
      expect(generateDataset({ rows: 20_000, now }).activity).to.have.length(10_000);
      for (const count of [0, 1, 12, 5000]) expect(generateDataset({ rows: 40, now, activityRecords: count }).activity, `${count}`).to.have.length(count);
      expect(generateDataset({ rows: 0, now, activityRecords: 30 }).activity.every((record) => record.customerId === ''), 'no customers: only the tag set changed').to.equal(true);
    });

    it('refuses a negative or fractional record count and a date that is not one', () => {
      expect(() => generateDataset({ activityRecords: -1 })).to.throw(RangeError);
      expect(() => generateDataset({ activityRecords: 2.5 })).to.throw(RangeError);
      expect(() => generateDataset({ now: new Date('soon') })).to.throw(RangeError);
    });

    it('is deterministic for a seed and an end, and differs between seeds', () => {
      expect(generateDataset({ rows: 1000, seed: 5, now }).activity).to.deep.equal(activity);
      const other = generateDataset({ rows: 1000, seed: 6, now }).activity;
      expect(other.map((record) => record.id)).not.to.deep.equal(activity.map((record) => record.id));
    });

    it('lies within the 90 days before its end, newest first, and by default ends now', () => {
      const retained = { from: daysAgo(90, now), to: now.toISOString() };
      expect(periodProblem(retained.from, retained.to, now)).to.equal(undefined);
      for (const record of activity) {
        const at = Date.parse(record.operationDate);
        expect(at, record.operationDate).to.be.at.most(now.getTime()).and.at.least(Date.parse(`${retained.from}T00:00:00Z`));
      }
      expect(activity).to.deep.equal(sortActivity(activity));
      const recent = generateDataset({ rows: 50 }).activity;
      const oldest = Date.parse(recent[recent.length - 1]!.operationDate);
      expect(oldest).to.be.at.least(Date.parse(`${daysAgo(90)}T00:00:00Z`));
      expect(Date.parse(recent[0]!.operationDate)).to.be.at.most(Date.now());
    });

    it('shows every known operation type and every status, even in a dozen records', () => {
      for (const records of [activity, generateDataset({ rows: 10, now, activityRecords: 12 }).activity]) {
        expect(new Set(records.map((record) => record.operationType))).to.deep.equal(new Set(KNOWN_OPERATION_TYPES));
        expect(new Set(records.map((record) => record.operationStatus))).to.deep.equal(new Set(OPERATION_STATUSES));
      }
      const failed = activity.filter((record) => record.operationStatus === 'failed');
      expect(failed.length / activity.length).to.be.within(0.03, 0.12);
      expect(failed.every((record) => record.customizedData.some((pair) => pair.key === 'ErrorCode'))).to.equal(true);
    });

    it('names the customers of the dataset, and none for tag set changes', () => {
      for (const record of activity) {
        if (['create_tag', 'rename_tag', 'delete_tag'].includes(record.operationType)) {
          expect([record.customerId, record.customerName, record.resourceType]).to.deep.equal(['', '', 'tag']);
          continue;
        }
        const row = customersById.get(record.customerId);
        expect(row, record.customerId).to.not.equal(undefined);
        expect(record.customerName).to.equal(row!.companyName);
      }
    });

    it('spreads a few records over each of a share of the customers', () => {
      const customers = new Set(activity.map((record) => record.customerId).filter(Boolean));
      expect(customers.size).to.be.within(900, 1000);
      const large = generateDataset({ rows: 20_000, seed: 5, now });
      const touched = new Set(large.activity.map((record) => record.customerId).filter(Boolean));
      expect(touched.size, 'about a third of 10 000 records').to.be.within(3000, 3400);
    });

    it('is the work of several agents, tags and customers only of admin agents', () => {
      const agents = new Set(activity.map((record) => record.userPrincipalName));
      expect(agents.size).to.be.at.least(6);
      expect([...agents]).to.include.members(Object.values(DEFAULT_USER_PRINCIPAL_NAMES));
      const salesAgents = new Set(['lidia.holloway@partner.example', 'grady.archie@partner.example', 'kenji.sato@partner.example', 'sales@partner.example']);
      for (const record of activity) {
        if (ADMIN_OPERATIONS.includes(record.operationType)) expect(salesAgents.has(record.userPrincipalName), record.operationType).to.equal(false);
      }
    });

    it('has unique GUID ids, GUID correlation ids and old/new values as JSON text', () => {
      expect(new Set(activity.map((record) => record.id)).size).to.equal(activity.length);
      for (const record of activity) {
        expect(record.id).to.match(GUID);
        expect(record.originalCorrelationId).to.match(GUID);
        expect(record.resourceOldValue !== undefined || record.resourceNewValue !== undefined, record.operationType).to.equal(true);
        for (const value of [record.resourceOldValue, record.resourceNewValue]) if (value !== undefined) expect(() => JSON.parse(value)).not.to.throw();
        expect(record.customizedData.length, record.operationType).to.be.at.least(1);
      }
    });

    it('records what each operation changed: billing fields, tag lists, orders', () => {
      const billing = activity.filter((record) => record.operationType === 'update_customer_billing_profile');
      for (const record of billing) {
        const fields = diffValues(record.resourceOldValue, record.resourceNewValue).map((change) => change.field);
        expect(fields.length, record.id).to.be.within(1, 2);
        expect(record.customizedData).to.deep.include({ key: 'ChangedFields', value: fields.join(', ') });
        expect(record.resourceNewValue).not.to.contain('etag');
      }
      const tags = activity.filter((record) => record.operationType === 'update_customer_tags');
      for (const record of tags) expect(diffValues(record.resourceOldValue, record.resourceNewValue).map((change) => change.field)).to.deep.equal(['tags']);
      const orders = activity.filter((record) => record.operationType === 'create_order' && record.operationStatus !== 'failed');
      for (const record of orders) {
        const order = JSON.parse(record.resourceNewValue!);
        expect(record.customizedData).to.deep.include({ key: 'OrderId', value: order.id });
        expect(order.creationDate).to.equal(record.operationDate);
        expect(order.lineItems.length).to.be.within(1, 2);
      }
      expect(activity.filter((record) => record.operationStatus === 'progress').every((record) => record.operationType === 'create_order')).to.equal(true);
    });

    it('chains each customer\'s changes up to its current profile and tags', () => {
      let chains = 0;
      for (const customerId of new Set(activity.map((record) => record.customerId))) {
        const row = customersById.get(customerId);
        if (!row) continue;
        for (const [operationType, current] of [
          ['update_customer_billing_profile', (() => {
            const { etag: _etag, ...fields } = generateBillingProfile(row, 5);
            return JSON.stringify(fields);
          })()],
          ['update_customer_tags', JSON.stringify({ tags: row.tags })],
        ] as const) {
          const chain = chainOf(activity, customerId, operationType);
          if (!chain.length) continue;
          chains++;
          expect(chain[chain.length - 1]!.resourceNewValue, `${operationType} of ${customerId} ends at the current state`).to.equal(current);
          for (let i = 1; i < chain.length; i++) expect(chain[i]!.resourceOldValue, 'each change starts where the one before ended').to.equal(chain[i - 1]!.resourceNewValue);
        }
      }
      expect(chains).to.be.at.least(500);
    });

    it('mixes hostile values into a hostile dataset: names, values and agents', () => {
      const hostile = generateDataset({ rows: 100, seed: 2, hostile: true, now });
      const names = new Set(hostile.activity.map((record) => record.customerName));
      for (const name of HOSTILE_STRINGS.names) expect(names.has(name), JSON.stringify(name.slice(0, 30))).to.equal(true);
      const values = hostile.activity.flatMap((record) => [record.resourceOldValue ?? '', record.resourceNewValue ?? '']).join('\n');
      expect(values).to.contain('onerror=alert(1)');
      expect(hostile.activity.some((record) => record.userPrincipalName.includes('<img'))).to.equal(true);
      expect(activity.some((record) => HOSTILE_STRINGS.names.includes(record.customerName)), 'an ordinary dataset has none').to.equal(false);
    });

    // How fast is measured by bench/dataset.ts, not here: a wall-clock bound fails on a loaded machine.
    it('generates 100 000 records when asked', () => {
      const records = generateDataset({ rows: 1000, seed: 3, now, activityRecords: 100_000 }).activity;
      expect(records).to.have.length(100_000);
    });
  });
});
