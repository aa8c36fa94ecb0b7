/**
 * The comparison shown after a conflicting save: every field where the agent's value and the server's
 * current one differ, side by side, with a way to take the server's. Keeping one's own needs no click.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { BILLING_FIELDS, fieldValue, type BillingField, type BillingProfile, type BillingProfileFields } from '../../model/billing.js';
import { fieldLabel } from './billing-profile-form.fields.js';

export function renderConflict(mine: BillingProfileFields, theirs: BillingProfile, useTheirs: (fields: readonly BillingField[]) => void): TemplateResult {
  const differing = BILLING_FIELDS.filter((field) => (fieldValue(mine, field) ?? '') !== (fieldValue(theirs, field) ?? ''));
  return html`<section part="conflict" class="conflict" role="alert" tabindex="-1" aria-labelledby="conflict-title">
    <h3 id="conflict-title">${msg('Someone else saved this billing information while you were editing.')}</h3>
    <p>
      ${differing.length
        ? msg('Your changes are kept. Compare them with the saved values, take any you want, then save again.')
        : msg('Your values now match the saved ones. Save again to confirm them.')}
    </p>
    ${differing.length
      ? html`<table>
            <thead>
              <tr><th scope="col">${msg('Field')}</th><th scope="col">${msg('Yours')}</th><th scope="col">${msg('Saved by someone else')}</th><th scope="col"><span class="visually-hidden">${msg('Action')}</span></th></tr>
            </thead>
            <tbody>
              ${differing.map(
                (field) => html`<tr data-field=${field}>
                  <th scope="row">${fieldLabel(field)}</th>
                  <td class="mine" dir="auto">${fieldValue(mine, field) || '—'}</td>
                  <td class="theirs" dir="auto">${fieldValue(theirs, field) || '—'}</td>
                  <td><button type="button" part="command" class="command" aria-label=${`${msg('Use saved')}: ${fieldLabel(field)}`} @click=${() => useTheirs([field])}>${msg('Use saved')}</button></td>
                </tr>`,
              )}
            </tbody>
          </table>
          <button type="button" part="command" class="command" data-action="use-all-theirs" @click=${() => useTheirs(differing)}>${msg('Use every saved value')}</button>`
      : nothing}
  </section>`;
}
