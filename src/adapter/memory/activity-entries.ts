/**
 * What each change records in the activity log: the operation, the resource and its values before and after
 * as JSON text, and the facts worth a column of their own (`customizedData`). MemoryAdapter records with these,
 * and the mock data generator builds its history with them, so generated and live records look alike.
 */
import type { Address, BillingProfile } from '../../model/billing.js';
import type { Order } from '../../model/catalog.js';
import type { ActivityEntry } from './activity-log.js';

export function orderCreated(order: Order, customerName: string): ActivityEntry {
  return {
    operationType: 'create_order',
    resourceType: 'order',
    customerId: order.customerId,
    customerName,
    resourceNewValue: JSON.stringify(order),
    customizedData: [
      { key: 'OrderId', value: order.id },
      { key: 'Catalog', value: order.catalog },
    ],
  };
}

/** The profile's fields without its etag: the etag is a version stamp, not something the agent changed. */
export function billingProfileValue({ etag: _etag, ...fields }: BillingProfile): string {
  return JSON.stringify(fields);
}

export function billingProfileUpdated(customerId: string, before: BillingProfile, after: BillingProfile): ActivityEntry {
  const resourceOldValue = billingProfileValue(before);
  const resourceNewValue = billingProfileValue(after);
  return {
    operationType: 'update_customer_billing_profile',
    resourceType: 'billing_profile',
    customerId,
    // The name the customer has after the change: the one the customer list now shows.
    customerName: after.companyName,
    resourceOldValue,
    resourceNewValue,
    customizedData: [{ key: 'ChangedFields', value: changedFields(before, after).join(', ') }],
  };
}

/**
 * The fields that differ, named as `diffValues` names them in the record's values (`defaultAddress.city`);
 * compared directly, as a generated history of 100 000 records cannot afford parsing its own JSON back.
 */
function changedFields(before: BillingProfile, after: BillingProfile): string[] {
  const fields: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof BillingProfile>) {
    if (key === 'etag' || key === 'defaultAddress') continue;
    if (before[key] !== after[key]) fields.push(key);
  }
  const [was, is] = [before.defaultAddress, after.defaultAddress];
  for (const key of new Set([...Object.keys(was), ...Object.keys(is)]) as Set<keyof Address>) {
    if (was[key] !== is[key]) fields.push(`defaultAddress.${key}`);
  }
  return fields;
}

/** `{"tags":[…]}`: an object, so the field-by-field difference names the field. */
export function tagListValue(tags: readonly string[]): string {
  return JSON.stringify({ tags });
}

/** One customer's tags changed by an assignment; `undefined` when the assignment left them as they were. */
export function customerTagsUpdated(customerId: string, customerName: string, before: readonly string[], after: readonly string[]): ActivityEntry | undefined {
  const added = after.filter((tag) => !before.includes(tag));
  const removed = before.filter((tag) => !after.includes(tag));
  if (!added.length && !removed.length) return undefined;
  const customizedData: ActivityEntry['customizedData'] = [];
  // JSON lists, since a tag may itself contain a comma or a semicolon.
  if (added.length) customizedData.push({ key: 'TagsAdded', value: JSON.stringify(added) });
  if (removed.length) customizedData.push({ key: 'TagsRemoved', value: JSON.stringify(removed) });
  return {
    operationType: 'update_customer_tags',
    resourceType: 'customer',
    customerId,
    customerName,
    resourceOldValue: tagListValue(before),
    resourceNewValue: tagListValue(after),
    customizedData,
  };
}

const tagValue = (name: string) => JSON.stringify({ name });

/** Tag set changes are partner-wide: no customer. */
export function tagCreated(name: string): ActivityEntry {
  return { operationType: 'create_tag', resourceType: 'tag', customerId: '', customerName: '', resourceNewValue: tagValue(name), customizedData: [{ key: 'TagName', value: name }] };
}

export function tagRenamed(from: string, to: string, customersUpdated: number): ActivityEntry {
  return {
    operationType: 'rename_tag',
    resourceType: 'tag',
    customerId: '',
    customerName: '',
    resourceOldValue: tagValue(from),
    resourceNewValue: tagValue(to),
    customizedData: [
      { key: 'OldName', value: from },
      { key: 'NewName', value: to },
      { key: 'CustomersUpdated', value: String(customersUpdated) },
    ],
  };
}

export function tagDeleted(name: string, customersUpdated: number): ActivityEntry {
  return {
    operationType: 'delete_tag',
    resourceType: 'tag',
    customerId: '',
    customerName: '',
    resourceOldValue: tagValue(name),
    customizedData: [
      { key: 'TagName', value: name },
      { key: 'CustomersUpdated', value: String(customersUpdated) },
    ],
  };
}
