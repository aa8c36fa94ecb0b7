/**
 * What a conflicting save shows: the fields only the other writer changed (already taken into the form), and
 * the fields both changed, side by side, each with a way to take the saved value. Keeping one's own needs no click.
 * Rows are keyed by field, so when a taken row goes the others keep their elements (and focus).
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fieldValue, type BillingField, type BillingMerge, type BillingProfile, type BillingProfileFields } from '../../model/billing.js';
import { fieldLabel } from './billing-profile-form.fields.js';

export function renderConflict(
  mine: BillingProfileFields,
  { theirs, conflicts, updated }: Omit<BillingMerge, 'merged'> & { theirs: BillingProfile },
  useTheirs: (fields: readonly BillingField[]) => void,
): TemplateResult {
  const open = conflicts.filter((field) => (fieldValue(mine, field) ?? '') !== (fieldValue(theirs, field) ?? ''));
  return html`<section part="conflict" class="conflict" role="alert" tabindex="-1" aria-labelledby="conflict-title">
    <h3 id="conflict-title">${msg('Someone else saved this billing information while you were editing.')}</h3>
    <p>${msg('Nothing you typed was lost. Review the differences below, then save again.')}</p>
    ${updated.length
      ? html`<p data-updated>${msg('Taken from the saved version, as you had not changed them:')} ${updated.map(fieldLabel).join(', ')}.</p>`
      : nothing}
    ${open.length
      ? html`<p>${msg('You and the other person changed these fields differently; yours are kept unless you take the saved value:')}</p>
          <table>
            <thead>
              <tr><th scope="col">${msg('Field')}</th><th scope="col">${msg('Yours')}</th><th scope="col">${msg('Saved by someone else')}</th><th scope="col"><span class="visually-hidden">${msg('Action')}</span></th></tr>
            </thead>
            <tbody>
              ${repeat(
                open,
                (field) => field,
                (field) => html`<tr data-field=${field}>
                  <th scope="row">${fieldLabel(field)}</th>
                  <td class="mine" dir="auto">${fieldValue(mine, field) || '—'}</td>
                  <td class="theirs" dir="auto">${fieldValue(theirs, field) || '—'}</td>
                  <td><button type="button" part="command" class="command" aria-label=${`${msg('Use saved')}: ${fieldLabel(field)}`} @click=${() => useTheirs([field])}>${msg('Use saved')}</button></td>
                </tr>`,
              )}
            </tbody>
          </table>
          <button type="button" part="command" class="command" data-action="use-all-theirs" @click=${() => useTheirs(open)}>${msg('Use every saved value')}</button>`
      : nothing}
  </section>`;
}
