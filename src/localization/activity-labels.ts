/** Display labels of activity records. Functions, not constants: `msg()` must run at render time to follow the locale. */
import { msg, str } from '@lit/localize';
import { formatNumber, pluralRules } from './labels.js';
import type { OperationStatus, OperationType, ResourceType } from '../model/activity.js';

/** An operation as the partner center words it, e.g. "Order created". Unknown ones show their raw value. */
export function operationLabel(type: OperationType): string {
  switch (type) {
    case 'create_order':
      return msg('Order created');
    case 'update_customer_billing_profile':
      return msg('Billing profile updated');
    case 'update_customer_tags':
      return msg('Tags assigned');
    case 'create_tag':
      return msg('Tag created');
    case 'rename_tag':
      return msg('Tag renamed');
    case 'delete_tag':
      return msg('Tag deleted');
    case 'add_customer':
      return msg('Customer added');
    case 'delete_customer_user':
      return msg('Customer user deleted');
    default:
      return type;
  }
}

export function statusLabel(status: OperationStatus): string {
  switch (status) {
    case 'succeeded':
      return msg('Succeeded');
    case 'failed':
      return msg('Failed');
    case 'progress':
      return msg('In progress');
    default:
      return status;
  }
}

export function resourceLabel(type: ResourceType): string {
  switch (type) {
    case 'order':
      return msg('Order');
    case 'customer':
      return msg('Customer');
    case 'billing_profile':
      return msg('Billing profile');
    case 'tag':
      return msg('Tag');
    case 'user':
      return msg('User');
    default:
      return type;
  }
}

export type ActivityColumnId = 'operationDate' | 'customerName' | 'operationType' | 'userPrincipalName' | 'operationStatus';

/** Column headers; the export's CSV header uses the same words (with its own columns' in activity-export-part.ts). */
export function activityColumnLabel(column: ActivityColumnId): string {
  switch (column) {
    case 'operationDate':
      return msg('Date and time');
    case 'customerName':
      return msg('Customer');
    case 'operationType':
      return msg('Action');
    case 'userPrincipalName':
      return msg('Performed by');
    case 'operationStatus':
      return msg('Status');
  }
}

/** "1 record", "5 records"; in Polish "1 wpis", "3 wpisy", "5 wpisów": one message id per plural category. */
export function recordCount(count: number): string {
  const n = formatNumber(count);
  switch (pluralRules().select(count)) {
    case 'one':
      return msg(str`${n} record`, { id: 'record-count-one' });
    case 'few':
      return msg(str`${n} records`, { id: 'record-count-few' });
    case 'many':
      return msg(str`${n} records`, { id: 'record-count-many' });
    default:
      return msg(str`${n} records`, { id: 'record-count-other' });
  }
}

/** "500+ records": the records loaded so far of a period whose total the source does not count, more to come. */
export function recordCountAtLeast(count: number): string {
  return msg(str`${formatNumber(count)}+ records`, { id: 'record-count-at-least' });
}
