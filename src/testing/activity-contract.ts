/**
 * The `listActivity` part of the CustomerAdapter contract (SPEC §1 "Activity records", §2), run by
 * `describeAdapterContract` over every adapter. The default period is the element's business; an adapter
 * pages, filters, orders, refuses bad periods and sales agents, and shows the changes made through it.
 */
import type { AgentRole, CustomerAdapter, ListActivityRequest } from '../adapter/customer-adapter.js';
import { daysAgo, periodStart, type ActivityRecord } from '../model/activity.js';
import { diffValues } from '../model/activity-diff.js';
import { sortActivity } from '../model/activity-order.js';
import { rowKey } from '../model/customer.js';
import { generatedFixture } from './generated-fixture.js';
import type { ContractHooks } from './hooks.js';
import { expectAbortError, expectAdapterError, validProfile, walkPages, type AdapterFactory, type ContractOptions } from './contract-helpers.js';
import { capabilitiesOf } from '../adapter/capabilities.js';
import { UNSUPPORTED } from '../adapter/capability-checks.js';
import { gate, statedCapabilities } from './contract-gates.js';
import { ACTIVITY_NOW, activityFixture, contractFixture, IDS, OFFERS, type ContractFixture } from './contract-fixture.js';

const DAY_MS = 86_400_000;
const TODAY = ACTIVITY_NOW.toISOString().slice(0, 10);
/** Everything the retention keeps. */
const RETAINED = { from: daysAgo(90, ACTIVITY_NOW), to: TODAY };

/** Walks every page of an activity query from its token (or the start). */
export async function walkActivity(adapter: CustomerAdapter, request: ListActivityRequest): Promise<{ records: ActivityRecord[]; pages: number; totalCount: number }> {
  const { items, pages, totalCount } = await walkPages(request.pageSize, request.continuationToken, (continuationToken) => adapter.listActivity!({ ...request, continuationToken }), capabilitiesOf(adapter).totals);
  return { records: items, pages, totalCount };
}

/** The fixture's record numbers (the last two digits of its ids), in the order given. */
const numbers = (records: readonly ActivityRecord[]) => records.map((record) => Number(record.id.slice(-2)));

// An adapter without listActivity is still a CustomerAdapter: hosts' adapters written before it keep compiling.
type WithoutActivity = Omit<Required<CustomerAdapter>, 'listActivity'>;
const activityIsOptional: WithoutActivity extends CustomerAdapter ? true : false = true;

export function describeActivityContract(hooks: ContractHooks, name: string, factory: AdapterFactory, { actingUser, capabilities, tagActivity = true }: ContractOptions): void {
  const { describe, it, beforeEach, expect } = hooks;
  const when = gate(it);
  describe(`${name}: the CustomerAdapter contract, activity records`, () => {
    let clock: Date;
    let fixture: ContractFixture;
    let adapter: CustomerAdapter;
    const make = (agentRole: AgentRole = 'admin-agent', data: ContractFixture = fixture) => factory(data, { agentRole, now: () => clock });
    const list = async (query: Omit<ListActivityRequest, 'pageSize'>) => (await walkActivity(adapter, { ...query, pageSize: 500 })).records;
    /**
     * The records changes made through the adapter added: those dated at the clock, oldest first. Filtered and
     * ordered here, not by the source, so it reads them from a source with neither filters nor order.
     */
    const added = async (operationTypes?: string[]) =>
      sortActivity(await list({ from: TODAY, to: TODAY }), 'asc').filter((record) => record.operationDate === clock.toISOString() && (!operationTypes || operationTypes.includes(record.operationType)));
    const caps = capabilities ?? statedCapabilities(() => factory(contractFixture(), { agentRole: 'admin-agent' }));
    /** An activity query the adapter must refuse, since it does not state what the query asks. */
    const refuses = (query: Omit<ListActivityRequest, 'pageSize' | 'from' | 'to'>) => async () => {
      await expectAdapterError(adapter.listActivity!({ ...RETAINED, ...query, pageSize: 10 }), 'invalid', UNSUPPORTED);
    };
    const filtered = (filter: 'customerId' | 'customerName' | 'resourceType' | 'operationTypes', query: Omit<ListActivityRequest, 'pageSize' | 'from' | 'to'>) =>
      when(caps.activityFilters.includes(filter), `no activity filter by ${filter}`, refuses(query));
    const combined = when(caps.combinedActivityFilters && caps.activityFilters.length === 4, 'one activity filter per query', refuses({ customerName: 'contoso', resourceType: 'customer' }));
    const ordered = when(caps.activitySort, 'newest first only', refuses({ sort: 'asc' }));
    const tagsRecorded = when(caps.tags && tagActivity, caps.tags ? 'tags live in a store apart from the source, whose activity records never hear of them' : 'the source keeps no tags');

    beforeEach(async () => {
      clock = ACTIVITY_NOW;
      fixture = { ...contractFixture(), activity: activityFixture() };
      adapter = await make();
    });

    it('is optional in the type, and both adapters have it', () => {
      expect(activityIsOptional).to.equal(true);
      expect(typeof adapter.listActivity).to.equal('function');
    });

    describe('paging', () => {
      for (const pageSize of [1, 7, 500]) {
        it(`lists every record of the period exactly once, newest first, with page size ${pageSize}`, async () => {
          const data = generatedFixture({ customers: 60, activity: pageSize === 500 ? 1234 : 150 });
          const paged = await make('admin-agent', data);
          const { records, pages, totalCount } = await walkActivity(paged, { ...RETAINED, pageSize });
          expect(totalCount).to.equal(data.activity.length);
          expect(records.map((record) => record.id)).to.deep.equal(sortActivity(data.activity).map((record) => record.id));
          expect(pages).to.equal(Math.ceil(data.activity.length / pageSize));
          expect(records).to.deep.equal(sortActivity(data.activity), 'every field comes back as it was stored');
        });
      }

      it('serves an empty log as one empty page', async () => {
        const empty = await make('admin-agent', { ...fixture, activity: [] });
        expect(await empty.listActivity!({ ...RETAINED, pageSize: 10 })).to.deep.equal({ items: [], totalCount: 0 });
      });

      it('refuses a page size that is not a positive whole number, and a malformed token', async () => {
        await expectAdapterError(adapter.listActivity!({ ...RETAINED, pageSize: 0 }), 'invalid', 'bad-page-size');
        await expectAdapterError(adapter.listActivity!({ ...RETAINED, pageSize: 2.5 }), 'invalid', 'bad-page-size');
        await expectAdapterError(adapter.listActivity!({ ...RETAINED, pageSize: 2, continuationToken: 'not-a-token' }), 'invalid', 'bad-token');
      });

      it('returns copies: changing a returned record changes nothing stored', async () => {
        const [first] = (await adapter.listActivity!({ ...RETAINED, pageSize: 1 })).items;
        first!.customerName = 'Mutated';
        first!.customizedData[0]!.value = 'Mutated';
        const [again] = (await adapter.listActivity!({ ...RETAINED, pageSize: 1 })).items;
        expect(again).to.deep.equal(activityFixture()[0]);
      });
    });

    describe('period', () => {
      it('keeps the records of the period, its end day included, and none older than 90 days', async () => {
        expect(numbers(await list(RETAINED))).to.deep.equal([1, 2, 11, 3, 4, 5, 6, 7, 8, 9]);
        expect(numbers(await list({ from: daysAgo(5, ACTIVITY_NOW), to: daysAgo(2, ACTIVITY_NOW) }))).to.deep.equal([2, 11, 3]);
      });

      it('takes date-times to the millisecond', async () => {
        const instant = new Date(ACTIVITY_NOW.getTime() - 2 * DAY_MS).toISOString();
        expect(numbers(await list({ from: instant, to: instant }))).to.deep.equal([2, 11]);
        const justAfter = new Date(ACTIVITY_NOW.getTime() - 2 * DAY_MS + 1).toISOString();
        expect(numbers(await list({ from: justAfter, to: ACTIVITY_NOW.toISOString() }))).to.deep.equal([1]);
      });

      it('reaches back exactly 90 days: 89 and 90 days are kept, 91 days or a millisecond before the 90th day are refused', async () => {
        expect(numbers(await list({ from: daysAgo(89, ACTIVITY_NOW), to: TODAY }))).to.include(9);
        expect(numbers(await list({ from: daysAgo(90, ACTIVITY_NOW), to: TODAY }))).to.include(9);
        const tooOld = await expectAdapterError(adapter.listActivity!({ from: daysAgo(91, ACTIVITY_NOW), to: TODAY, pageSize: 10 }), 'invalid', 'older-than-retention');
        expect(tooOld.status).to.equal(400);
        const instant = new Date(periodStart(daysAgo(90, ACTIVITY_NOW)) - 1).toISOString();
        await expectAdapterError(adapter.listActivity!({ from: instant, to: TODAY, pageSize: 10 }), 'invalid', 'older-than-retention');
      });

      it('moves the 90 days with the clock', async () => {
        clock = new Date(ACTIVITY_NOW.getTime() + DAY_MS);
        const later = await make();
        await expectAdapterError(later.listActivity!({ ...RETAINED, pageSize: 10 }), 'invalid', 'older-than-retention');
        expect((await walkActivity(later, { from: daysAgo(90, clock), to: TODAY, pageSize: 500 })).totalCount).to.equal(10);
      });

      it('refuses a period ending before it starts, and dates it cannot read', async () => {
        const backwards = await expectAdapterError(adapter.listActivity!({ from: TODAY, to: daysAgo(1, ACTIVITY_NOW), pageSize: 10 }), 'invalid', 'start-after-end');
        expect(backwards.status).to.equal(400);
        await expectAdapterError(adapter.listActivity!({ from: 'last week', to: TODAY, pageSize: 10 }), 'invalid', 'bad-date');
        await expectAdapterError(adapter.listActivity!({ from: TODAY, to: '', pageSize: 10 }), 'invalid', 'bad-date');
      });
    });

    describe('filters and order', () => {
      filtered('customerId', { customerId: IDS.contoso })('keeps one customer by Microsoft ID, in any letter case', async () => {
        expect(numbers(await list({ ...RETAINED, customerId: IDS.contoso.toUpperCase() }))).to.deep.equal([1, 9]);
      });

      filtered('customerName', { customerName: 'contoso' })('keeps company names containing a text, in any letter case and script, white space aside', async () => {
        expect(numbers(await list({ ...RETAINED, customerName: 'CONTOSO' }))).to.deep.equal([1, 3, 6, 7, 9]);
        expect(numbers(await list({ ...RETAINED, customerName: '  mięsne łódź ' }))).to.deep.equal([5]);
        expect(numbers(await list({ ...RETAINED, customerName: 'サクラ' }))).to.deep.equal([8]);
        expect(numbers(await list({ ...RETAINED, customerName: '   ' })), 'an empty name filters nothing').to.have.length(10);
      });

      filtered('resourceType', { resourceType: 'tag' })('keeps one resource type', async () => {
        expect(numbers(await list({ ...RETAINED, resourceType: 'billing_profile' }))).to.deep.equal([2, 7]);
        expect(numbers(await list({ ...RETAINED, resourceType: 'tag' }))).to.deep.equal([11, 4]);
      });

      filtered('operationTypes', { operationTypes: ['create_order'] })('keeps any of several operation types', async () => {
        expect(numbers(await list({ ...RETAINED, operationTypes: ['create_order', 'rename_tag'] }))).to.deep.equal([1, 11, 5]);
        expect(await list({ ...RETAINED, operationTypes: ['unknown_operation'] })).to.deep.equal([]);
      });

      combined('combines every filter, even those one API filter cannot hold together', async () => {
        expect(numbers(await list({ ...RETAINED, customerName: 'contoso', resourceType: 'customer' }))).to.deep.equal([3, 6]);
        expect(numbers(await list({ ...RETAINED, customerId: IDS.contoso, customerName: 'ltd', operationTypes: ['delete_customer_user'] }))).to.deep.equal([9]);
        expect(await list({ ...RETAINED, customerId: IDS.contoso, customerName: 'northwind' })).to.deep.equal([]);
        expect(numbers(await list({ from: daysAgo(30, ACTIVITY_NOW), to: TODAY, resourceType: 'customer', operationTypes: ['update_customer_tags'] }))).to.deep.equal([3, 6]);
      });

      ordered('orders oldest first on request, equal dates still by id', async () => {
        expect(numbers(await list({ ...RETAINED, sort: 'asc' }))).to.deep.equal([9, 8, 7, 6, 5, 4, 3, 2, 11, 1]);
        expect(numbers(await list({ ...RETAINED, sort: 'desc' }))).to.deep.equal([1, 2, 11, 3, 4, 5, 6, 7, 8, 9]);
      });

      when(caps.activitySort && caps.activityFilters.includes('customerName'), 'newest first only')('pages through a filtered, ordered result in order, with the filtered count', async () => {
        const query = { ...RETAINED, customerName: 'o', sort: 'asc' as const };
        const whole = await list(query);
        const paged = await walkActivity(adapter, { ...query, pageSize: 3 });
        expect(paged.records).to.deep.equal(whole);
        expect([paged.totalCount, paged.pages]).to.deep.equal([whole.length, Math.ceil(whole.length / 3)]);
      });
    });

    describe('roles and abort', () => {
      it('refuses a sales agent', async () => {
        const sales = await make('sales-agent');
        await expectAdapterError(sales.listActivity!({ ...RETAINED, pageSize: 10 }), 'forbidden');
      });

      it('rejects with an AbortError for an aborted signal', async () => {
        const controller = new AbortController();
        controller.abort();
        await expectAbortError(adapter.listActivity!({ ...RETAINED, pageSize: 10 }, controller.signal));
      });
    });

    describe('changes made through the adapter', () => {
      const expectRecorded = (record: ActivityRecord | undefined) => {
        expect(record, 'a record of the change').to.not.equal(undefined);
        expect(record!.operationStatus).to.equal('succeeded');
        expect(record!.operationDate).to.equal(ACTIVITY_NOW.toISOString());
        if (actingUser !== undefined) expect(record!.userPrincipalName).to.equal(actingUser);
        else expect(record!.userPrincipalName).to.be.a('string').and.not.equal('');
        expect(record!.id).to.be.a('string').and.not.equal('');
        expect(record!.originalCorrelationId).to.be.a('string').and.not.equal('');
      };

      it('records a billing update with the values before and after, without the etag', async () => {
        const before = await adapter.getBillingProfile(IDS.northwind);
        await adapter.updateBillingProfile(IDS.northwind, { ...validProfile(before), firstName: 'Ada', defaultAddress: { ...validProfile(before).defaultAddress, city: 'Gdańsk' } });
        const [record, ...more] = await added();
        expect(more).to.deep.equal([]);
        expectRecorded(record);
        expect(record).to.include({ operationType: 'update_customer_billing_profile', resourceType: 'billing_profile', customerId: IDS.northwind, customerName: 'Northwind Traders' });
        const changes = diffValues(record!.resourceOldValue, record!.resourceNewValue);
        expect(changes.find((change) => change.field === 'firstName')).to.deep.equal({ field: 'firstName', before: before.firstName, after: 'Ada' });
        expect(changes.find((change) => change.field === 'defaultAddress.city')?.after).to.equal('Gdańsk');
        expect(JSON.parse(record!.resourceOldValue!)).to.not.have.property('etag');
        expect(JSON.parse(record!.resourceNewValue!)).to.not.have.property('etag');
        expect(record!.customizedData.find((pair) => pair.key === 'ChangedFields')?.value).to.contain('firstName').and.contain('defaultAddress.city');
      });

      it('records the new company name of a renamed customer', async () => {
        const before = await adapter.getBillingProfile(IDS.contoso);
        await adapter.updateBillingProfile(IDS.contoso, { ...validProfile(before), companyName: 'Contoso Global' });
        const [record] = await added();
        expect(record!.customerName).to.equal('Contoso Global');
        expect(numbers(await list({ ...RETAINED, customerName: 'global' }))).to.have.length(1);
      });

      tagsRecorded('records a tag assignment once per changed customer, with the tags before and after, as one operation', async () => {
        const target = {
          mode: 'some' as const,
          keys: [
            rowKey({ id: IDS.contoso, relationship: 'cloud-reseller' }),
            rowKey({ id: IDS.contoso, relationship: 'indirect-reseller' }),
            rowKey({ id: IDS.northwind, relationship: 'cloud-reseller' }),
            rowKey({ id: IDS.contoso10, relationship: 'cloud-reseller' }),
            rowKey({ id: IDS.adatum, relationship: 'advisor' }),
          ],
        };
        await adapter.assignTags({ target, add: ['gov'], remove: ['VIP'] });
        const records = (await added(['update_customer_tags'])).sort((a, b) => a.customerName.localeCompare(b.customerName));
        records.forEach(expectRecorded);
        expect(records.map((record) => [record.customerName, JSON.parse(record.resourceOldValue!), JSON.parse(record.resourceNewValue!)])).to.deep.equal([
          ['Contoso 10 Pharma', { tags: ['VIP'] }, { tags: ['Gov'] }],
          ['Contoso Ltd', { tags: ['VIP', 'EDU'] }, { tags: ['EDU', 'Gov'] }],
          ['Northwind Traders', { tags: ['EDU'] }, { tags: ['EDU', 'Gov'] }],
        ]);
        expect(records.map((record) => record.resourceType)).to.deep.equal(['customer', 'customer', 'customer']);
        expect(records[1]!.customizedData).to.deep.equal([{ key: 'TagsAdded', value: '["Gov"]' }, { key: 'TagsRemoved', value: '["VIP"]' }]);
        expect(new Set(records.map((record) => record.originalCorrelationId)).size, 'one operation, one correlation id').to.equal(1);
        expect(new Set(records.map((record) => record.id)).size).to.equal(3);
      });

      tagsRecorded('records nothing for customers an assignment left as they were', async () => {
        const target = { mode: 'some' as const, keys: [rowKey({ id: IDS.northwind, relationship: 'cloud-reseller' })] };
        await adapter.assignTags({ target, add: ['EDU'], remove: ['VIP'] });
        expect(await added()).to.deep.equal([]);
      });

      it('records an order with the order as its new value', async () => {
        const order = await adapter.createOrder({ customerId: IDS.lodz, catalog: 'online-services', lineItems: [{ lineItemNumber: 0, offerId: OFFERS.businessBasic, quantity: 3 }] });
        const [record, ...more] = await added();
        expect(more).to.deep.equal([]);
        expectRecorded(record);
        expect(record).to.include({ operationType: 'create_order', resourceType: 'order', customerId: IDS.lodz, customerName: 'Zakłady Mięsne Łódź Sp. z o.o.' });
        expect(record!.resourceOldValue).to.equal(undefined);
        expect(JSON.parse(record!.resourceNewValue!)).to.include({ id: order.id, customerId: IDS.lodz, catalog: 'online-services' });
        expect(record!.customizedData).to.deep.include({ key: 'OrderId', value: order.id });
      });

      tagsRecorded('records tag set changes as partner-wide, with no customer', async () => {
        await adapter.createTag(' Renewal Q1 ');
        await adapter.renameTag('renewal q1', 'Renewal Q2');
        await adapter.deleteTag('Renewal Q2');
        await adapter.deleteTag('EDU');
        const records = await added();
        records.forEach(expectRecorded);
        expect(records.map((record) => [record.operationType, record.resourceType, record.customerId, record.customerName])).to.have.deep.members([
          ['create_tag', 'tag', '', ''],
          ['rename_tag', 'tag', '', ''],
          ['delete_tag', 'tag', '', ''],
          ['delete_tag', 'tag', '', ''],
        ]);
        const rename = records.find((record) => record.operationType === 'rename_tag')!;
        expect([JSON.parse(rename.resourceOldValue!), JSON.parse(rename.resourceNewValue!)]).to.deep.equal([{ name: 'Renewal Q1' }, { name: 'Renewal Q2' }]);
        const deleteEdu = records.find((record) => record.operationType === 'delete_tag' && record.resourceOldValue === '{"name":"EDU"}')!;
        expect(deleteEdu.resourceNewValue).to.equal(undefined);
        expect(deleteEdu.customizedData).to.deep.include({ key: 'CustomersUpdated', value: '2' });
        expect(numbers(await list({ ...RETAINED, resourceType: 'tag', operationTypes: ['create_tag'] })).length, 'the new record is in the filtered view too').to.equal(2);
      });

      it('records nothing for a refused change', async () => {
        const profile = await adapter.getBillingProfile(IDS.northwind);
        await adapter.updateBillingProfile(IDS.northwind, { ...validProfile(profile), firstName: 'Saved' });
        const beforeRefusals = (await added()).length;
        await expectAdapterError(adapter.updateBillingProfile(IDS.northwind, { ...validProfile(profile), firstName: 'Stale' }), 'conflict');
        if (caps.tags) await expectAdapterError(adapter.createTag('vip'), 'invalid', 'duplicate');
        await expectAdapterError(adapter.createOrder({ customerId: IDS.lodz, catalog: 'marketplace', lineItems: [{ lineItemNumber: 0, offerId: OFFERS.saas, quantity: 1 }] }), 'invalid');
        if (caps.tags) await expectAdapterError(adapter.renameTag('Nope', 'Other'), 'not-found');
        expect(beforeRefusals).to.equal(1);
        expect(await added()).to.have.length(beforeRefusals);
      });
    });
  });
}
