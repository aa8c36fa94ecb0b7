/**
 * The products, review and submitted steps of <new-order-dialog>: template functions over a context the dialog
 * builds for each render (the customer's order flow, the product search and the actions), so the element's file
 * stays about opening, closing, loading and submitting, and its state stays private.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../../localization/labels.js';
import { getLocale } from '../../localization/localization.js';
import type { OrderLineItem, Product } from '../../model/catalog.js';
import { quantityProblem, type CartLine } from '../../model/order-draft.js';
import { billingCycleLabel, orderStatusLabel, quantityMessage, termLabel } from './new-order-dialog.messages.js';
import type { OrderStep, SubmitState } from './order-flow.js';

export interface StepContext {
  searchText: string;
  products: readonly Product[];
  searching: boolean;
  pick: CartLine | undefined;
  pickError: string;
  cart: readonly CartLine[];
  submitState: SubmitState;
  search(text: string): void;
  /** Empties the search box and shows the whole catalog again. */
  clearSearch(): void;
  choose(product: Product): void;
  chooseSku(skuId: string): void;
  updatePick(patch: Partial<CartLine>): void;
  addPick(): void;
  updateLine(index: number, patch: Partial<CartLine>): void;
  removeLine(index: number): void;
  goTo(step: OrderStep): void;
  submit(): Promise<void>;
  startOver(): void;
  requestClose(reason: 'done'): void;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/**
 * The search box is labelled by visible text, its accessible name (2.5.3), not by a placeholder that goes on typing.
 * Escape in it clears its text first, as a native search box does, and only the next Escape reaches the dialog.
 */
export function renderProducts(host: StepContext): TemplateResult {
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !valueOf(event)) return;
    event.preventDefault();
    host.clearSearch();
  };
  return html`<label
      >${msg('Search products')}
      <input type="search" dir="auto" part="product-search" .value=${live(host.searchText)} @input=${(event: Event) => host.search(valueOf(event))} @keydown=${escape} />
    </label>
    <fieldset class="products" aria-busy=${host.searching ? 'true' : 'false'}>
      <legend class="visually-hidden">${msg('Products')}</legend>
      ${host.products.length
        ? host.products.map(
            (product) => html`<label class="product">
              <input type="radio" name="product" .checked=${live(host.pick?.product.id === product.id)} @change=${() => host.choose(product)} />
              <span><strong dir="auto">${product.title}</strong><br /><span class="muted" dir="auto">${product.description}</span></span>
            </label>`,
          )
        : html`<p part="message" role="status">${host.searchText.trim() ? msg('No products match this search.') : msg('No products are offered in this catalog.')}</p>`}
    </fieldset>`;
}

/** Choosing a SKU, term, billing cycle and quantity for the product picked, then adding it to the cart. */
export function renderPick(host: StepContext): TemplateResult | typeof nothing {
  const pick = host.pick;
  if (!pick) return nothing;
  return html`<div class="fields" role="group" aria-label=${msg(str`Options for ${pick.product.title}`)}>
    <label><span id="pick-sku-label">${msg('SKU')}</span>
      <select aria-labelledby="pick-sku-label" @change=${(event: Event) => host.chooseSku(valueOf(event))}>
        ${pick.product.skus.map((sku) => html`<option value=${sku.id} ?selected=${sku.id === pick.sku.id}>${sku.title}</option>`)}
      </select>
    </label>
    ${renderTermAndCycle(pick, (patch) => host.updatePick(patch), 'pick')}
    <label>${msg('Quantity')}
      <input
        class="quantity"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${host.pickError ? 'true' : 'false'}
        aria-describedby="pick-quantity"
        .value=${live(pick.quantity)}
        @input=${(event: Event) => host.updatePick({ quantity: valueOf(event) })}
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && host.addPick()}
      />
    </label>
    <button type="button" part="command" class="command" data-action="add" @click=${() => host.addPick()}>${msg('Add to order')}</button>
    <p id="pick-quantity" class=${host.pickError ? 'error' : 'muted'} role=${host.pickError ? 'alert' : nothing}>
      ${host.pickError || msg(str`From ${formatNumber(pick.sku.minimumQuantity)} to ${formatNumber(pick.sku.maximumQuantity)}.`)}
    </p>
  </div>`;
}

/**
 * A drop-down list points at its label's text with aria-labelledby as well: the label names it either way, but
 * IBM Equal Access counts only that as a visible label for a <select>. `idPrefix` keeps the ids unique.
 */
function renderTermAndCycle(line: CartLine, update: (patch: Partial<CartLine>) => void, idPrefix: string, locked = false): TemplateResult {
  const select = (key: string, name: string, values: readonly string[], current: string | undefined, text: (value: string) => string, patch: (value: string) => Partial<CartLine>) =>
    values.length
      ? html`<label><span id="${idPrefix}-${key}-label">${name}</span>
          <select aria-labelledby="${idPrefix}-${key}-label" ?disabled=${locked} @change=${(event: Event) => update(patch(valueOf(event)))}>
            ${values.map((value) => html`<option value=${value} ?selected=${value === current}>${text(value)}</option>`)}
          </select>
        </label>`
      : nothing;
  return html`${select('term', msg('Term'), line.sku.termDurations, line.termDuration, termLabel, (termDuration) => ({ termDuration }))}
    ${select('cycle', msg('Billing cycle'), line.sku.billingCycles, line.billingCycle, billingCycleLabel, (billingCycle) => ({ billingCycle }))}`;
}

export function renderCart(host: StepContext): TemplateResult {
  return html`<div part="cart">
      <h4 class="cart-heading" tabindex="-1">${msg(str`In this order: ${formatNumber(host.cart.length)}`)}</h4>
      ${host.cart.length
        ? html`<ul>
            ${host.cart.map(
              (line, index) => html`<li>
                <span dir="auto">${line.product.title} — ${line.sku.title}</span> × ${formatNumber(Number(line.quantity))}
                <button type="button" part="command" class="command" data-action="remove" aria-label=${msg(str`Remove ${line.product.title} (${line.sku.title})`)} @click=${() => host.removeLine(index)}>${msg('Remove')}</button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>
    <div class="actions">
      <button type="button" part="command" class="command" @click=${() => host.goTo('catalog')}>${msg('Back')}</button>
      <button
        type="button"
        part="command"
        class="command primary"
        data-action="review"
        aria-disabled=${host.cart.length ? 'false' : 'true'}
        aria-describedby=${host.cart.length ? nothing : 'review-reason'}
        @click=${() => host.goTo('review')}
      >${msg('Review order')}</button>
      ${host.cart.length ? nothing : html`<span id="review-reason" hidden>${msg('Add at least one product first.')}</span>`}
    </div>`;
}

export function renderReview(host: StepContext): TemplateResult {
  const sending = host.submitState.kind === 'sending';
  const failed = host.submitState.kind === 'failed' ? host.submitState.message : '';
  return html`<table>
      <thead>
        <tr><th>${msg('Product')}</th><th>${msg('Term and billing')}</th><th>${msg('Quantity')}</th><th>${msg('Friendly name')}</th><th><span class="visually-hidden">${msg('Remove')}</span></th></tr>
      </thead>
      <tbody>
        ${host.cart.map((line, index) => renderReviewLine(host, line, index))}
      </tbody>
    </table>
    ${failed
      ? html`<div part="message" class="error" role="alert">
          <p>${msg('The order was not submitted; your choices are kept.')} <span dir="auto">${failed}</span></p>
        </div>`
      : nothing}
    ${sending ? html`<p part="message" id="sending-note" role="status">${msg('Submitting the order. It cannot be cancelled now; its answer will show here.')}</p>` : nothing}
    <div class="actions">
      <button type="button" part="command" class="command" aria-disabled=${sending ? 'true' : 'false'} aria-describedby=${sending ? 'sending-note' : nothing} @click=${() => host.goTo('products')}>
        ${msg('Back to products')}
      </button>
      <button type="button" part="command" class="command primary" data-action="submit" aria-disabled=${sending ? 'true' : 'false'} @click=${() => void host.submit()}>
        ${sending ? msg('Submitting…') : failed ? msg('Retry') : msg('Submit order')}
      </button>
    </div>`;
}

/**
 * While the order is being sent its lines are read-only: what the server gets is what stays on screen. The text
 * boxes are `readonly` and the buttons `aria-disabled`, so a control that has focus keeps it; a drop-down list
 * is `disabled`, as it has no read-only state.
 */
function renderReviewLine(host: StepContext, line: CartLine, index: number): TemplateResult {
  const locked = host.submitState.kind === 'sending';
  const problem = quantityProblem(line.sku, line.quantity);
  const name = `${line.product.title} (${line.sku.title})`;
  return html`<tr data-line=${index}>
    <td><strong dir="auto">${line.product.title}</strong><br /><span class="muted" dir="auto">${line.sku.title}</span></td>
    <td class="fields">${renderTermAndCycle(line, (patch) => host.updateLine(index, patch), `line-${index}`, locked)}</td>
    <td>
      <input
        class="quantity"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        aria-label=${msg(str`Quantity of ${name}`)}
        ?readonly=${locked}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `line-${index}-error` : nothing}
        .value=${live(line.quantity)}
        @input=${(event: Event) => host.updateLine(index, { quantity: valueOf(event) })}
      />
      ${problem ? html`<p id="line-${index}-error" class="error">${quantityMessage(problem)}</p>` : nothing}
    </td>
    <td><input aria-label=${msg(str`Friendly name of ${name}`)} maxlength="100" dir="auto" ?readonly=${locked} .value=${live(line.friendlyName)} @input=${(event: Event) => host.updateLine(index, { friendlyName: valueOf(event) })} /></td>
    <td>
      <button type="button" part="command" class="command" data-action="remove" aria-label=${msg(str`Remove ${name}`)} aria-disabled=${locked ? 'true' : 'false'} @click=${() => host.removeLine(index)}>
        ${msg('Remove')}
      </button>
    </td>
  </tr>`;
}

/** The order the server returned: its id, status, date and lines, not the cart as it may have been on screen. */
export function renderSubmitted(host: StepContext): TemplateResult | typeof nothing {
  if (host.submitState.kind !== 'done') return nothing;
  const { order, lines } = host.submitState;
  const created = new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(order.creationDate));
  return html`<div part="message" role="status"><dl>
      <dt>${msg('Order ID')}</dt>
      <dd data-field="id">${order.id}</dd>
      <dt>${msg('Status')}</dt>
      <dd data-field="status">${orderStatusLabel(order.status)}</dd>
      <dt>${msg('Created')}</dt>
      <dd data-field="created">${created}</dd>
      <dt>${msg('Products')}</dt>
      <dd data-field="lines">
        <ul part="order-lines">
          ${order.lineItems.map((item) => renderOrderedLine(item, lines))}
        </ul>
      </dd>
    </dl></div>
    <div class="actions">
      <button type="button" part="command" class="command" @click=${() => host.startOver()}>${msg('Start another order')}</button>
      <button type="button" part="command" class="command primary" @click=${() => host.requestClose('done')}>${msg('Close')}</button>
    </div>`;
}

/**
 * One line of a submitted order, as the server took it: the quantity, term and cycle are the server's; the
 * product and SKU names come from the cart line it was sent from (by line number, checked by offer), or the
 * offer id when none matches.
 */
function renderOrderedLine(item: OrderLineItem, sent: readonly CartLine[]): TemplateResult {
  const numbered = sent[item.lineItemNumber];
  const line = numbered?.sku.catalogItemId === item.offerId ? numbered : sent.find((candidate) => candidate.sku.catalogItemId === item.offerId);
  const name = line ? `${line.product.title} — ${line.sku.title}` : item.offerId;
  const terms = [item.termDuration && termLabel(item.termDuration), item.billingCycle && billingCycleLabel(item.billingCycle)].filter(Boolean);
  return html`<li data-line=${item.lineItemNumber}>
    <span dir="auto">${name}</span> × ${formatNumber(item.quantity)}${terms.map((term) => html` · ${term}`)}
    ${item.friendlyName ? html`<br /><span class="muted" dir="auto">${item.friendlyName}</span>` : nothing}
  </li>`;
}
