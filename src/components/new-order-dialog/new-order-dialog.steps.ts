/**
 * The catalog step of <new-order-dialog>, the step titles, and the context the later steps are drawn from (the
 * customer's order flow, the product search and the actions), built by the dialog for each render, so the
 * element's file stays about opening, closing, loading and submitting, and its state stays private. The steps an
 * agent reaches after choosing a catalog are in new-order-dialog.later-steps.ts, loaded on demand.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { catalogLabel, formatNumber } from '../../localization/labels.js';
import { CATALOGS, type Catalog, type Product } from '../../model/catalog.js';
import type { OrderFlow, OrderStep } from '../../model/order-flow.js';
import type { OrderCatalogs } from './order-catalogs.js';
import type { OrderController } from './order-controller.js';
import type { OrderEdits } from './order-edits.js';
import type { ProductSearch } from './product-search.js';

export interface StepContext {
  /** The order shown, and the step moves. */
  orders: OrderController;
  /** The agent's edits of the cart and the submit (loaded with these steps). */
  edits: OrderEdits;
  flow: OrderFlow;
  /** The product search (started with these steps' module). */
  search: ProductSearch;
  /** The products listed: a search's results, else the whole catalog's. */
  products: readonly Product[];
  /** Close, from the Submitted step. */
  close(): void;
}

export function stepTitle(step: OrderStep): string {
  switch (step) {
    case 'catalog':
      return msg('Catalog');
    case 'products':
      return msg('Products');
    case 'review':
      return msg('Review');
    case 'submitted':
      return msg('Submitted');
  }
}

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

/** One button per catalog, with its state: loading, unavailable (and why), empty, or how many lines it has in the order. */
export function renderCatalogs(catalogs: OrderCatalogs, orders: OrderController): TemplateResult {
  return html`<div class="catalogs">
    ${CATALOGS.map((catalog) => {
      const state = catalogs.catalog(catalog);
      const status =
        state.kind === 'loading'
          ? msg('Loading products…')
          : state.kind === 'ready'
            ? state.products.length
              ? ''
              : msg('No products are offered in this catalog.')
            : state.kind === 'refused'
              ? msg(str`Unavailable: ${state.message}`)
              : msg(str`Could not be loaded: ${state.message}`);
      const usable = state.kind === 'ready' && state.products.length > 0;
      const inCart = orders.flow?.cartSize(catalog) ?? 0;
      return html`<button
        type="button"
        part="catalog"
        class="catalog"
        data-catalog=${catalog}
        aria-disabled=${usable ? 'false' : 'true'}
        aria-describedby="catalog-${catalog}"
        @click=${() => usable && orders.chooseCatalog(catalog)}
      >
        <strong>${catalogLabel(catalog)}</strong>
        <span id="catalog-${catalog}" class="muted">${catalogDescription(catalog)} ${status ? html`<span class=${state.kind === 'refused' || state.kind === 'failed' ? 'error' : ''}>${status}</span>` : nothing}
          ${inCart ? html`<span class="in-cart">${msg(str`In this order: ${formatNumber(inCart)}`)}</span>` : nothing}</span>
      </button>`;
    })}
  </div>`;
}
