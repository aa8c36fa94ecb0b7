/** A small hand-made dataset whose every row is known, so the contract suite can assert exact results. */
import type { ActivityRecord } from '../model/activity.js';
import type { Catalog, Product } from '../model/catalog.js';
import type { CustomerRow } from '../model/customer.js';

export interface ContractFixture {
  customers: CustomerRow[];
  tags: string[];
  products: Product[];
  catalogRefusals: Record<string, Partial<Record<Catalog, string>>>;
  /** Activity records to start with; none unless a test adds `activityFixture()`. */
  activity?: ActivityRecord[];
}

export const RESELLER_NORTHWIND = { id: 'r0000000-0000-4000-8000-000000000001', name: 'Northwind Distribution' };
export const RESELLER_FABRIKAM = { id: 'r0000000-0000-4000-8000-000000000002', name: 'Fabrikam Cloud Partners' };

export const IDS = {
  contoso: 'c1000000-0000-4000-8000-00000000000a',
  contoso10: 'c2000000-0000-4000-8000-00000000000b',
  contoso9: 'c3000000-0000-4000-8000-00000000000c',
  acontoso: 'c4000000-0000-4000-8000-00000000000d',
  lodz: 'c5000000-0000-4000-8000-00000000000e',
  sakura: 'c6000000-0000-4000-8000-00000000000f',
  adatum: 'c7000000-0000-4000-8000-000000000010',
  fabrikam: 'c8000000-0000-4000-8000-000000000011',
  northwind: 'c9000000-0000-4000-8000-000000000012',
} as const;

export function contractFixture(): ContractFixture {
  const customers: CustomerRow[] = [
    { id: IDS.contoso, companyName: 'Contoso Ltd', primaryDomain: 'contoso.onmicrosoft.com', relationship: 'cloud-reseller', tags: ['VIP', 'EDU'] },
    // The same customer again through an indirect reseller: a dual-role partner sees both rows.
    { id: IDS.contoso, companyName: 'Contoso Ltd', primaryDomain: 'contoso.onmicrosoft.com', relationship: 'indirect-reseller', indirectReseller: { ...RESELLER_NORTHWIND }, tags: ['VIP', 'EDU'] },
    { id: IDS.contoso10, companyName: 'Contoso 10 Pharma', primaryDomain: 'contoso10.onmicrosoft.com', relationship: 'cloud-reseller', tags: ['VIP'] },
    { id: IDS.contoso9, companyName: 'Contoso 9 Labs', primaryDomain: 'c9labs.onmicrosoft.com', relationship: 'indirect-reseller', indirectReseller: { ...RESELLER_FABRIKAM }, tags: [] },
    { id: IDS.acontoso, companyName: 'Acontoso Foods', primaryDomain: 'acontoso.onmicrosoft.com', relationship: 'cloud-reseller', tags: ['Gov'] },
    { id: IDS.lodz, companyName: 'Zakłady Mięsne Łódź Sp. z o.o.', primaryDomain: 'lodz.onmicrosoft.com', relationship: 'cloud-reseller', tags: ['Polska'] },
    { id: IDS.sakura, companyName: '株式会社サクラ物産', primaryDomain: 'sakura-bussan.onmicrosoft.com', relationship: 'indirect-reseller', indirectReseller: { ...RESELLER_NORTHWIND }, tags: ['日本'] },
    { id: IDS.adatum, companyName: 'Adatum Advisory', primaryDomain: 'adatum.onmicrosoft.com', relationship: 'advisor', tags: [] },
    { id: IDS.fabrikam, companyName: 'Fabrikam Holdings', primaryDomain: 'fabrikam.onmicrosoft.com', relationship: 'none', tags: [] },
    { id: IDS.northwind, companyName: 'Northwind Traders', primaryDomain: 'northwind.onmicrosoft.com', relationship: 'cloud-reseller', tags: ['EDU'] },
  ];
  // Sakura buys through an indirect reseller, which may not sell it Marketplace offers.
  const catalogRefusals = { [IDS.sakura]: { marketplace: CATALOG_REFUSAL } };
  return { customers, tags: ['VIP', 'EDU', 'Gov', 'Polska', '日本', 'Unused'], products: contractProducts(), catalogRefusals };
}

export const CATALOG_REFUSAL = 'Marketplace offers are not available through this indirect reseller.';

export const OFFERS = {
  azurePlan: 'DZH318Z0BPS6:0001:DZH318Z0BPS6',
  businessBasic: 'CFQ7TTC0LH18:0001:CFQ7TTC0LH18',
  saas: 'SAAS0000APP1:0001:SAAS0000APP1',
  windowsServer: 'DG7GMGF0D7FV:0001:DG7GMGF0D7FV',
} as const;

function contractProducts(): Product[] {
  return [
    {
      id: 'DZH318Z0BPS6', title: 'Azure plan', description: 'Pay-as-you-go Azure consumption.', catalog: 'azure',
      skus: [{ id: '0001', title: 'Azure plan', minimumQuantity: 1, maximumQuantity: 1, billingCycles: ['monthly'], termDurations: ['P1M'], catalogItemId: OFFERS.azurePlan }],
    },
    {
      id: 'CFQ7TTC0LH18', title: 'Microsoft 365 Business Basic', description: 'Email, files and Teams.', catalog: 'online-services',
      skus: [{ id: '0001', title: 'Microsoft 365 Business Basic', minimumQuantity: 1, maximumQuantity: 300, billingCycles: ['monthly', 'annual'], termDurations: ['P1M', 'P1Y'], catalogItemId: OFFERS.businessBasic }],
    },
    {
      id: 'SAAS0000APP1', title: 'Contoso Backup for Microsoft 365', description: 'SaaS backup.', catalog: 'marketplace',
      skus: [{ id: '0001', title: 'Standard', minimumQuantity: 5, maximumQuantity: 500, billingCycles: ['monthly'], termDurations: ['P1M', 'P1Y'], catalogItemId: OFFERS.saas }],
    },
    {
      id: 'DG7GMGF0D7FV', title: 'Windows Server 2025 Standard', description: 'Perpetual licence.', catalog: 'software',
      skus: [{ id: '0001', title: '16 core pack', minimumQuantity: 1, maximumQuantity: 10, billingCycles: ['one-time'], termDurations: ['P1Y'], catalogItemId: OFFERS.windowsServer }],
    },
  ];
}

/** The clock of the activity tests: every record of `activityFixture()` is dated from it. */
export const ACTIVITY_NOW = new Date('2026-11-20T12:00:00.000Z');

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Ids in the order of their last two digits, so a tie on the date orders them as written. */
const activityId = (n: number) => `a0000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

function activityRecord(n: number, ago: number, fields: Pick<ActivityRecord, 'operationType' | 'resourceType' | 'customerId' | 'customerName'> & Partial<ActivityRecord>): ActivityRecord {
  return {
    id: activityId(n),
    operationDate: new Date(ACTIVITY_NOW.getTime() - ago).toISOString(),
    operationStatus: 'succeeded',
    userPrincipalName: 'megan.bowen@partner.example',
    customizedData: [],
    originalCorrelationId: `c0000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    ...fields,
  };
}

/**
 * Ten records over the 90 days before `ACTIVITY_NOW` and one older (10): known dates, customers, operations
 * and statuses, so filters and order have exact answers. Records 2 and 11 share a date (the id orders them).
 */
export function activityFixture(): ActivityRecord[] {
  return [
    activityRecord(1, HOUR_MS, { operationType: 'create_order', resourceType: 'order', customerId: IDS.contoso, customerName: 'Contoso Ltd', resourceNewValue: '{"id":"order-1"}', customizedData: [{ key: 'OrderId', value: 'order-1' }] }),
    activityRecord(2, 2 * DAY_MS, { operationType: 'update_customer_billing_profile', resourceType: 'billing_profile', customerId: IDS.northwind, customerName: 'Northwind Traders', resourceOldValue: '{"firstName":"Ann"}', resourceNewValue: '{"firstName":"Anna"}' }),
    activityRecord(3, 5 * DAY_MS, { operationType: 'update_customer_tags', resourceType: 'customer', customerId: IDS.contoso10, customerName: 'Contoso 10 Pharma', resourceOldValue: '{"tags":[]}', resourceNewValue: '{"tags":["VIP"]}' }),
    activityRecord(4, 10 * DAY_MS, { operationType: 'create_tag', resourceType: 'tag', customerId: '', customerName: '', resourceNewValue: '{"name":"VIP"}', userPrincipalName: 'alex.wilber@partner.example' }),
    activityRecord(5, 20 * DAY_MS, { operationType: 'create_order', resourceType: 'order', customerId: IDS.lodz, customerName: 'Zakłady Mięsne Łódź Sp. z o.o.', operationStatus: 'failed', customizedData: [{ key: 'ErrorCode', value: 'quantity-above-maximum' }] }),
    activityRecord(6, 29 * DAY_MS, { operationType: 'update_customer_tags', resourceType: 'customer', customerId: IDS.acontoso, customerName: 'Acontoso Foods', resourceOldValue: '{"tags":["Gov","EDU"]}', resourceNewValue: '{"tags":["Gov"]}' }),
    activityRecord(7, 40 * DAY_MS, { operationType: 'update_customer_billing_profile', resourceType: 'billing_profile', customerId: IDS.contoso9, customerName: 'Contoso 9 Labs', operationStatus: 'progress' }),
    activityRecord(8, 60 * DAY_MS, { operationType: 'add_customer', resourceType: 'customer', customerId: IDS.sakura, customerName: '株式会社サクラ物産' }),
    activityRecord(9, 89 * DAY_MS, { operationType: 'delete_customer_user', resourceType: 'user', customerId: IDS.contoso, customerName: 'Contoso Ltd', resourceOldValue: '{"userPrincipalName":"jan@contoso.onmicrosoft.com"}' }),
    activityRecord(10, 95 * DAY_MS, { operationType: 'create_order', resourceType: 'order', customerId: IDS.contoso, customerName: 'Contoso Ltd' }),
    activityRecord(11, 2 * DAY_MS, { operationType: 'rename_tag', resourceType: 'tag', customerId: '', customerName: '', resourceOldValue: '{"name":"Vip"}', resourceNewValue: '{"name":"VIP"}' }),
  ];
}
