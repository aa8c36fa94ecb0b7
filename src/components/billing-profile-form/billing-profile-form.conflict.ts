/**
 * A conflicting save (someone else saved first): the merge of the agent's edits onto the server's profile, the
 * comparison it shows, and what taking the saved values does to the form and to focus.
 *
 * What it shows: the fields only the other writer changed (already taken into the form), and the fields both
 * changed, side by side, each with a way to take the saved value. Keeping one's own needs no click. Rows are
 * keyed by field, so when a taken row goes the others keep their elements (and focus).
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fieldValue, mergeBillingProfiles, type BillingField, type BillingMerge, type BillingProfile, type BillingProfileFields } from '../../model/billing.js';
import { openConflicts, profileFields, takeFields } from '../../model/billing-save.js';
import { fieldLabel } from './billing-profile-form.messages.js';

/** The comparison on show: the server's profile and what the merge found. */
export type BillingConflict = Omit<BillingMerge, 'merged'> & { theirs: BillingProfile };

/** The form whose comparison it is: its shadow root for focus. */
export type ConflictHost = ReactiveControllerHost & Pick<HTMLElement, 'shadowRoot'> & { readonly renderRoot: HTMLElement | DocumentFragment };

/** How the controller reads and replaces the form's edits (the form's own state, private to it). */
export interface ConflictDraft {
  /** The form's current edits. */
  get(): BillingProfileFields | undefined;
  /** Replaces the edits (saved values taken); the form updates its form value. */
  set(draft: BillingProfileFields): void;
}

/**
 * @example
 * ```ts
 * private readonly conflict = new BillingConflictController(this, { get: () => this.draft, set: (draft) => this.setDraft(draft) });
 * // a save failed with the server's current profile:
 * this.draft = this.conflict.begin(fieldsOf(this.original), this.draft, theirs);
 * // in render():
 * ${this.conflict.render()}
 * ```
 */
export class BillingConflictController implements ReactiveController {
  /** The comparison on show, or undefined when there is none. */
  current?: BillingConflict;

  constructor(
    private readonly host: ConflictHost,
    private readonly draft: ConflictDraft,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Merges the agent's edits (`mine`, made on `base`) onto the server's `theirs` and shows the comparison, focus
   * on it. Returns the merged edits, which the next save sends against the server's etag.
   */
  begin(base: BillingProfileFields, mine: BillingProfileFields, theirs: BillingProfile): BillingProfileFields {
    const { merged, conflicts, updated } = mergeBillingProfiles(base, mine, profileFields(theirs));
    this.current = { theirs, conflicts, updated };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part=conflict]')?.focus());
    return merged;
  }

  /** Hides the comparison (a new save started, or the form was reset). */
  clear(): void {
    if (!this.current) return;
    this.current = undefined;
    this.host.requestUpdate();
  }

  /** Takes the server's value for one conflicting field, or for all of them. */
  useTheirs(fields: readonly BillingField[]): void {
    const draft = this.draft.get();
    if (!this.current || !draft) return;
    this.moveFocusOffTakenRows(fields);
    this.draft.set(takeFields(draft, profileFields(this.current.theirs), fields));
  }

  /**
   * A taken field's row leaves the comparison, its button with it: focus goes to the next row still to decide
   * (the previous one after the last), or to the comparison itself when none is left.
   */
  private moveFocusOffTakenRows(fields: readonly BillingField[]): void {
    const conflict = this.host.renderRoot.querySelector<HTMLElement>('[part=conflict]');
    const active = this.host.shadowRoot?.activeElement;
    if (!conflict || !active) return;
    const rows = [...conflict.querySelectorAll<HTMLElement>('tr[data-field]')];
    const kept = (row: HTMLElement) => !fields.includes(row.dataset['field'] as BillingField);
    const at = rows.findIndex((row) => row.contains(active));
    const losing = at >= 0 ? !kept(rows[at]!) : active.matches('[data-action=use-all-theirs]') && !rows.some(kept);
    if (!losing) return;
    const next = rows.slice(at + 1).find(kept) ?? rows.slice(0, Math.max(at, 0)).reverse().find(kept);
    (next?.querySelector<HTMLElement>('button') ?? conflict).focus();
  }

  /** The comparison of the form's edits with the server's values, or nothing when there is no conflict. */
  render(): TemplateResult | typeof nothing {
    const mine = this.draft.get();
    if (!this.current || !mine) return nothing;
    const { theirs, conflicts, updated } = this.current;
    const open = openConflicts(mine, profileFields(theirs), conflicts);
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
                    <td><button type="button" part="command" class="command" aria-label=${`${msg('Use saved')}: ${fieldLabel(field)}`} @click=${() => this.useTheirs([field])}>${msg('Use saved')}</button></td>
                  </tr>`,
                )}
              </tbody>
            </table>
            <button type="button" part="command" class="command" data-action="use-all-theirs" @click=${() => this.useTheirs(open)}>${msg('Use every saved value')}</button>`
        : nothing}
    </section>`;
  }
}
