/** Words of the order flow: catalog descriptions, terms, billing cycles, statuses and quantity problems. */
import { msg, str } from '@lit/localize';
import type { BillingCycle, Catalog, OrderStatus, TermDuration } from '../../model/catalog.js';
import type { QuantityProblem } from '../../model/order-draft.js';
import { formatNumber } from '../../localization/labels.js';

export function catalogDescription(catalog: Catalog): string {
  switch (catalog) {
    case 'azure':
      return msg('Azure plans and reservations, billed by consumption or term.');
    case 'marketplace':
      return msg('Software-as-a-service offers from Microsoft partners.');
    case 'software':
      return msg('Perpetual software licenses and subscriptions.');
    case 'online-services':
      return msg('Microsoft 365, Dynamics 365 and other online services.');
  }
}

export function termLabel(term: TermDuration): string {
  switch (term) {
    case 'P1M':
      return msg('1 month');
    case 'P1Y':
      return msg('1 year');
    case 'P3Y':
      return msg('3 years');
    default:
      return term;
  }
}

export function billingCycleLabel(cycle: BillingCycle): string {
  switch (cycle) {
    case 'monthly':
      return msg('Monthly');
    case 'annual':
      return msg('Annual');
    case 'triennial':
      return msg('Every 3 years');
    case 'one-time':
      return msg('One time');
    case 'none':
      return msg('None');
    default:
      return cycle;
  }
}

export function orderStatusLabel(status: OrderStatus): string {
  switch (status) {
    case 'completed':
      return msg('Completed');
    case 'pending':
      return msg('Pending');
    case 'cancelled':
      return msg('Cancelled');
    default:
      return status;
  }
}

export function quantityMessage({ code, sku }: QuantityProblem): string {
  const min = formatNumber(sku.minimumQuantity);
  const max = formatNumber(sku.maximumQuantity);
  switch (code) {
    case 'quantity-missing':
      return msg(str`Enter a quantity from ${min} to ${max}.`);
    case 'quantity-below-minimum':
      return msg(str`The quantity must be at least ${min} for this product.`);
    case 'quantity-above-maximum':
      return msg(str`The quantity can be at most ${max} for this product.`);
    default:
      return msg(str`The quantity must be a whole number from ${min} to ${max}.`);
  }
}
