/**
 * Words of the order flow's later steps: terms, billing cycles, quantity problems and an order's status. Imported
 * by new-order-dialog.later-steps.ts only, so they load with those steps (a catalog's description is with the
 * catalog step).
 */
import { msg, str } from '@lit/localize';
import type { BillingCycle, OrderStatus, TermDuration } from '../../model/catalog.js';
import type { QuantityProblem } from '../../model/order-draft.js';
import { formatNumber } from '../../localization/labels.js';

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
