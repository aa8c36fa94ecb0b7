/**
 * The steps of <new-order-dialog> an agent reaches after choosing a catalog (products, review, submitted): loaded
 * by `import()` (the dialog's LazyPart) while the catalog step shows, so the dialog's first load does not carry
 * them (issue 27, SPEC §4). Template functions over the dialog's `StepContext` (new-order-dialog.steps.ts).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../../localization/labels.js';
import { getLocale } from '../../localization/localization.js';
import type { OrderLineItem } from '../../model/catalog.js';
import { quantityProblem, type CartLine } from '../../model/order-draft.js';
import type { OrderFlow } from '../../model/order-flow.js';
import { billingCycleLabel, orderStatusLabel, quantityMessage, termLabel } from './new-order-dialog.messages.js';
import type { StepContext } from './new-order-dialog.steps.js';

/** The product search, the cart's edits and the steps' look come with the steps: the dialog starts and adopts them when this module is here. */
export { ProductSearch } from './product-search.js';
export { OrderEdits } from './order-edits.js';
export { laterStepStyles } from './new-order-dialog.later-steps.styles.js';
import type { OrderEdits } from './order-edits.js';

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/**
 * The search box is labelled by visible text, its accessible name (2.5.3), not by a placeholder that goes on typing.
 * Escape in it clears its text first, as a native search box does (`ProductSearch`), and only the next Escape
 * reaches the dialog.
 */
export function renderProducts({ edits, flow, products, search }: StepContext): TemplateResult {
  const box = search.input;
  return html`<label
      >${msg('Search products')}
      <input type="search" dir="auto" part="product-search" .value=${live(box.draft)} @input=${(event: Event) => box.input(valueOf(event))} />
    </label>
    <fieldset class="products" aria-busy=${search.searching ? 'true' : 'false'}>
      <legend class="visually-hidden">${msg('Products')}</legend>
      ${products.length
        ? products.map(
            (product) => html`<label class="product">
              <input type="radio" name="product" .checked=${live(flow.pick?.product.id === product.id)} @change=${() => edits.choose(product)} />
              <span><strong dir="auto">${product.title}</strong><br /><span class="muted" dir="auto">${product.description}</span></span>
            </label>`,
          )
        : html`<p part="message" role="status">${box.draft.trim() ? msg('No products match this search.') : msg('No products are offered in this catalog.')}</p>`}
    </fieldset>`;
}

/** Choosing a SKU, term, billing cycle and quantity for the product picked, then adding it to the cart. */
export function renderPick({ edits, flow }: StepContext): TemplateResult | typeof nothing {
  const pick = flow.pick;
  if (!pick) return nothing;
  const pickError = flow.pickProblem ? quantityMessage(flow.pickProblem) : '';
  return html`<div class="fields" role="group" aria-label=${msg(str`Options for ${pick.product.title}`)}>
    <label><span id="pick-sku-label">${msg('SKU')}</span>
      <select aria-labelledby="pick-sku-label" @change=${(event: Event) => edits.chooseSku(valueOf(event))}>
        ${pick.product.skus.map((sku) => html`<option value=${sku.id} ?selected=${sku.id === pick.sku.id}>${sku.title}</option>`)}
      </select>
    </label>
    ${renderTermAndCycle(pick, (patch) => edits.updatePick(patch), 'pick')}
    <label>${msg('Quantity')}
      <input
        class="quantity"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${pickError ? 'true' : 'false'}
        aria-describedby="pick-quantity"
        .value=${live(pick.quantity)}
        @input=${(event: Event) => edits.updatePick({ quantity: valueOf(event) })}
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && edits.addPick()}
      />
    </label>
    <button type="button" part="command" class="command" data-action="add" @click=${() => edits.addPick()}>${msg('Add to order')}</button>
    <p id="pick-quantity" class=${pickError ? 'error' : 'muted'} role=${pickError ? 'alert' : nothing}>
      ${pickError || msg(str`From ${formatNumber(pick.sku.minimumQuantity)} to ${formatNumber(pick.sku.maximumQuantity)}.`)}
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

export function renderCart({ orders, edits, flow }: StepContext): TemplateResult {
  const cart = flow.cart;
  return html`<div part="cart">
      <h4 class="cart-heading" tabindex="-1">${msg(str`In this order: ${formatNumber(cart.length)}`)}</h4>
      ${cart.length
        ? html`<ul>
            ${cart.map(
              (line, index) => html`<li>
                <span dir="auto">${line.product.title} — ${line.sku.title}</span> × ${formatNumber(Number(line.quantity))}
                <button type="button" part="command" class="command" data-action="remove" aria-label=${msg(str`Remove ${line.product.title} (${line.sku.title})`)} @click=${() => edits.removeLine(index)}>${msg('Remove')}</button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>
    <div class="actions">
      <button type="button" part="command" class="command" @click=${() => orders.goTo('catalog')}>${msg('Back')}</button>
      <button
        type="button"
        part="command"
        class="command primary"
        data-action="review"
        aria-disabled=${cart.length ? 'false' : 'true'}
        aria-describedby=${cart.length ? nothing : 'review-reason'}
        @click=${() => orders.goTo('review')}
      >${msg('Review order')}</button>
      ${cart.length ? nothing : html`<span id="review-reason" hidden>${msg('Add at least one product first.')}</span>`}
    </div>`;
}

export function renderReview(context: StepContext): TemplateResult {
  const { orders, edits, flow } = context;
  const state = flow.submitState;
  const sending = state.kind === 'sending';
  const failed = state.kind === 'failed' ? state.message : '';
  return html`<table>
      <thead>
        <tr><th>${msg('Product')}</th><th>${msg('Term and billing')}</th><th>${msg('Quantity')}</th><th>${msg('Friendly name')}</th><th><span class="visually-hidden">${msg('Remove')}</span></th></tr>
      </thead>
      <tbody>
        ${flow.cart.map((line, index) => renderReviewLine(edits, flow, line, index))}
      </tbody>
    </table>
    ${failed
      ? html`<div part="message" class="error" role="alert">
          <p>${msg('The order was not submitted; your choices are kept.')} <span dir="auto">${failed}</span></p>
        </div>`
      : nothing}
    ${sending ? html`<p part="message" id="sending-note" role="status">${msg('Submitting the order. It cannot be cancelled now; its answer will show here.')}</p>` : nothing}
    <div class="actions">
      <button type="button" part="command" class="command" aria-disabled=${sending ? 'true' : 'false'} aria-describedby=${sending ? 'sending-note' : nothing} @click=${() => orders.goTo('products')}>
        ${msg('Back to products')}
      </button>
      <button type="button" part="command" class="command primary" data-action="submit" aria-disabled=${sending ? 'true' : 'false'} @click=${() => void edits.submit()}>
        ${sending ? msg('Submitting…') : failed ? msg('Retry') : msg('Submit order')}
      </button>
    </div>`;
}

/**
 * While the order is being sent its lines are read-only: what the server gets is what stays on screen. The text
 * boxes are `readonly` and the buttons `aria-disabled`, so a control that has focus keeps it; a drop-down list
 * is `disabled`, as it has no read-only state.
 */
function renderReviewLine(edits: OrderEdits, flow: OrderFlow, line: CartLine, index: number): TemplateResult {
  const locked = flow.sending;
  const problem = quantityProblem(line.sku, line.quantity);
  const name = `${line.product.title} (${line.sku.title})`;
  return html`<tr data-line=${index}>
    <td><strong dir="auto">${line.product.title}</strong><br /><span class="muted" dir="auto">${line.sku.title}</span></td>
    <td class="fields">${renderTermAndCycle(line, (patch) => edits.updateLine(index, patch), `line-${index}`, locked)}</td>
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
        @input=${(event: Event) => edits.updateLine(index, { quantity: valueOf(event) })}
      />
      ${problem ? html`<p id="line-${index}-error" class="error">${quantityMessage(problem)}</p>` : nothing}
    </td>
    <td><input aria-label=${msg(str`Friendly name of ${name}`)} maxlength="100" dir="auto" ?readonly=${locked} .value=${live(line.friendlyName)} @input=${(event: Event) => edits.updateLine(index, { friendlyName: valueOf(event) })} /></td>
    <td>
      <button type="button" part="command" class="command" data-action="remove" aria-label=${msg(str`Remove ${name}`)} aria-disabled=${locked ? 'true' : 'false'} @click=${() => edits.removeLine(index)}>
        ${msg('Remove')}
      </button>
    </td>
  </tr>`;
}

/** The order the server returned: its id, status, date and lines, not the cart as it may have been on screen. */
export function renderSubmitted({ edits, flow, close }: StepContext): TemplateResult | typeof nothing {
  if (flow.submitState.kind !== 'done') return nothing;
  const { order, lines } = flow.submitState;
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
      <button type="button" part="command" class="command" @click=${() => edits.startOver()}>${msg('Start another order')}</button>
      <button type="button" part="command" class="command primary" @click=${close}>${msg('Close')}</button>
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
