/**
 * The comparison a conflicting save shows in <billing-profile-form>: the fields both writers changed, side by
 * side, each with a way to take the saved value, and where focus goes when a taken row leaves. Loaded by
 * `import()` (BillingConflictController's LazyPart) when a save is sent, so a form whose saves never conflict
 * does not carry it in its first load (issue 27, SPEC §4). Rows are keyed by field, so when a taken row goes the
 * others keep their elements (and focus).
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fieldValue, type BillingField, type BillingProfile, type BillingProfileFields } from '../../model/billing.js';
import { openConflicts, profileFields, type BillingConflict } from '../../model/billing-save.js';
import { fieldLabel } from './billing-profile-form.messages.js';

/**
 * What the conflict box says: the fields the other writer alone changed (already taken into the form), and those
 * both changed, the agent's values (`mine`) beside the saved ones; `useTheirs` takes the saved value of some.
 */
export function renderComparison(mine: BillingProfileFields, { theirs, conflicts, updated }: BillingConflict, useTheirs: (fields: readonly BillingField[]) => void): TemplateResult {
  const open = openConflicts(mine, profileFields(theirs), conflicts);
  return html`<h3 id="conflict-title">${msg('Someone else saved this billing information while you were editing.')}</h3>
    <p>${msg('Nothing you typed was lost. Review the differences below, then save again.')}</p>
    ${updated.length ? html`<p data-updated>${msg('Taken from the saved version, as you had not changed them:')} ${updated.map(fieldLabel).join(', ')}.</p>` : nothing}
    ${open.length ? renderOpen(mine, theirs, open, useTheirs) : nothing}`;
}

/** The fields both changed (at least one), side by side. */
function renderOpen(mine: BillingProfileFields, theirs: BillingProfile, open: readonly BillingField[], useTheirs: (fields: readonly BillingField[]) => void): TemplateResult {
  const take = (fields: readonly BillingField[]) => (event: Event) => {
    moveFocusOffTakenRows((event.currentTarget as HTMLElement).closest<HTMLElement>('[part=conflict]'), fields);
    useTheirs(fields);
  };
  return html`<p>${msg('You and the other person changed these fields differently; yours are kept unless you take the saved value:')}</p>
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
            <td><button type="button" part="command" class="command" aria-label=${`${msg('Use saved')}: ${fieldLabel(field)}`} @click=${take([field])}>${msg('Use saved')}</button></td>
          </tr>`,
        )}
      </tbody>
    </table>
    <button type="button" part="command" class="command" data-action="use-all-theirs" @click=${take(open)}>${msg('Use every saved value')}</button>`;
}

/**
 * A taken field's row leaves the comparison, its button with it: focus goes to the next row still to decide
 * (the previous one after the last), or to the comparison itself when none is left.
 */
function moveFocusOffTakenRows(conflict: HTMLElement | null, fields: readonly BillingField[]): void {
  const active = (conflict?.getRootNode() as ShadowRoot | undefined)?.activeElement;
  if (!conflict || !active) return;
  const rows = [...conflict.querySelectorAll<HTMLElement>('tr[data-field]')];
  const kept = (row: HTMLElement) => !fields.includes(row.dataset['field'] as BillingField);
  const at = rows.findIndex((row) => row.contains(active));
  const losing = at >= 0 ? !kept(rows[at]!) : active.matches('[data-action=use-all-theirs]') && !rows.some(kept);
  if (!losing) return;
  const next = rows.slice(at + 1).find(kept) ?? rows.slice(0, Math.max(at, 0)).reverse().find(kept);
  (next?.querySelector<HTMLElement>('button') ?? conflict).focus();
}
