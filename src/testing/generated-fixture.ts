/**
 * Datasets of a given size for the paging tests, made the same way on every run: enough rows to span many pages,
 * with what paging must keep apart (a dual-role customer's two rows, equal company names, tags on some rows).
 */
import type { ActivityRecord } from '../model/activity.js';
import type { CustomerRow } from '../model/customer.js';
import { ACTIVITY_NOW, contractFixture, RESELLER_FABRIKAM, RESELLER_NORTHWIND, type ContractFixture } from './contract-fixture.js';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** A GUID-shaped id per number, as Partner Center's ids are. */
const guid = (prefix: string, n: number) => `${prefix}${hex(n, 8 - prefix.length)}-0000-4000-8000-${hex(n, 12)}`;

function customers(count: number): CustomerRow[] {
  const rows: CustomerRow[] = [];
  for (let n = 0; rows.length < count; n++) {
    const id = guid('d', n);
    // Every seventh name repeats the one before: paging must not lean on names being unique.
    const companyName = `Generated Customer ${n % 7 === 6 ? n - 1 : n}`;
    const primaryDomain = `generated${n}.onmicrosoft.com`;
    const tags = n % 3 === 0 ? ['VIP'] : [];
    rows.push({ id, companyName, primaryDomain, relationship: 'cloud-reseller', tags });
    // Every tenth customer is dual-role: a second row through an indirect reseller, under the same id.
    if (n % 10 === 9 && rows.length < count) rows.push({ id, companyName, primaryDomain, relationship: 'indirect-reseller', indirectReseller: { ...(n % 20 === 9 ? RESELLER_NORTHWIND : RESELLER_FABRIKAM) }, tags });
  }
  return rows;
}

/** `count` records over the 89 days before `ACTIVITY_NOW`, each at its own instant, about the given customers. */
function activity(count: number, about: readonly CustomerRow[]): ActivityRecord[] {
  const span = 89 * 86_400_000;
  return Array.from({ length: count }, (_, n) => {
    const customer = about[n % about.length]!;
    const billing = n % 2 === 0;
    return {
      id: guid('e', n),
      operationDate: new Date(ACTIVITY_NOW.getTime() - Math.floor(((n + 1) * span) / (count + 1))).toISOString(),
      operationStatus: 'succeeded',
      operationType: billing ? 'update_customer_billing_profile' : 'create_order',
      resourceType: billing ? 'billing_profile' : 'order',
      customerId: customer.id,
      customerName: customer.companyName,
      userPrincipalName: 'megan.bowen@partner.example',
      customizedData: billing ? [] : [{ key: 'OrderId', value: `order-${n}` }],
      originalCorrelationId: guid('f', n),
    };
  });
}

/** The contract fixture's tags and products with `customers` generated rows and, when asked, `activity` records. */
export function generatedFixture(size: { customers: number; activity?: number }): ContractFixture & { activity: ActivityRecord[] } {
  const rows = customers(size.customers);
  return { ...contractFixture(), customers: rows, catalogRefusals: {}, activity: activity(size.activity ?? 0, rows) };
}
