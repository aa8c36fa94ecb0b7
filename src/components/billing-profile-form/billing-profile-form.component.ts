import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { AdapterError, isAdapterError } from '../../adapter/adapter-error.js';
import { deepActiveElement } from '../../internal/focus.js';
import { FormAssociatedElement } from '../../internal/form-associated-element.js';
import { formatNumber } from '../../localization/labels.js';
import {
  BILLING_FIELDS, fieldValue, mergeBillingProfiles, requiredFields, validateBillingProfile, withFieldValue,
  type BillingField, type BillingMerge, type BillingFieldError, type BillingProfile, type BillingProfileFields,
} from '../../model/billing.js';
import { renderConflict } from './billing-profile-form.conflict.js';
import { BillingProfileCloseEvent, BillingProfileDiscardEvent, BillingProfileSaveEvent } from './billing-profile-form.events.js';
import { countryOptions, FIELD_GROUPS, fieldErrorMessage, fieldId, fieldLabel, type FieldSpec } from './billing-profile-form.fields.js';
import { styles } from './billing-profile-form.styles.js';
import { failureMessage, requireAdapter } from '../../internal/failure.js';
import { PointerReleaseController } from '../../controllers/pointer-release-controller.js';

type SaveState = { kind: 'idle' | 'saving' } | { kind: 'saved'; pendingEdits: boolean } | { kind: 'failed'; message: string; retry: boolean } | ({ kind: 'conflict'; theirs: BillingProfile } & Omit<BillingMerge, 'merged'>);

/** The editable fields of a profile: everything but the etag. */
function fieldsOf({ etag: _etag, ...fields }: BillingProfile): BillingProfileFields {
  return { ...fields, defaultAddress: { ...fields.defaultAddress } };
}

const sameFields = (a: BillingProfileFields, b: BillingProfileFields) => BILLING_FIELDS.every((field) => (fieldValue(a, field) ?? '') === (fieldValue(b, field) ?? ''));

/**
 * A customer's billing information (company name, contact, address, language), loaded and saved through the
 * adapter with its etag. Nothing typed is ever lost: a failed save keeps the edits and offers Retry; a
 * conflicting save (someone else saved first) shows the server's values next to the agent's, field by field,
 * to keep or take, then saves on the new etag. Admin and sales agents may both edit.
 *
 * A form control too: in a host `<form>` it submits every field as `name.field` entries, reports validity and
 * resets with the form. The company name saved here is the one <customer-list> shows; a list on the page
 * updates its row at once.
 *
 * @summary Billing profile editor with validation and conflict handling.
 * @tag billing-profile-form
 *
 * @fires billing-profile-save - Saved: `{ customerId, profile }` (the new profile with its new etag).
 * @fires billing-profile-discard - Unsaved changes are about to be discarded: `{ customerId }`; cancelable, to keep them.
 * @fires billing-profile-close - Saved, or left with Cancel: `{ reason }`. A panel or dialog holding the form closes.
 * @fires change - The value (any field) changed, as with native form controls.
 *
 * @csspart heading - The "Billing information" heading.
 * @csspart summary - The list of fields to fix, each a link to its field.
 * @csspart field - One label, control and message.
 * @csspart input - A text box or the country list.
 * @csspart error - A field's message.
 * @csspart conflict - The comparison of the agent's values with the server's.
 * @csspart message - A status or error message.
 * @csspart actions - Save and Cancel.
 * @csspart command - One button.
 *
 * @cssprop [--billing-profile-form-font] - Font (falls back to `--customer-list-font`).
 * @cssprop [--billing-profile-form-text-color] - Text color.
 * @cssprop [--billing-profile-form-muted-color] - Hints.
 * @cssprop [--billing-profile-form-background] - Background of controls.
 * @cssprop [--billing-profile-form-border-color] - Borders.
 * @cssprop [--billing-profile-form-accent-color] - Save button and focus rings.
 * @cssprop [--billing-profile-form-error-color] - Errors and invalid fields.
 */
@localized()
export class BillingProfileForm extends FormAssociatedElement {
  static override readonly defaultTag = 'billing-profile-form';
  static override styles = styles;

  /** The customer (Microsoft ID) whose billing profile is edited. */
  @property({ attribute: 'customer-id' }) customerId = '';

  /** Hides Save and Cancel, for a host form with its own buttons (call `save()` to send the profile). */
  @property({ type: Boolean, attribute: 'hide-actions' }) hideActions = false;

  @state() private original?: BillingProfile;
  @state() private draft?: BillingProfileFields;
  @state() private touched = new Set<BillingField>();
  @state() private showAllErrors = false;
  @state() private serverErrors: BillingFieldError[] = [];
  @state() private saveState: SaveState = { kind: 'idle' };
  @state() private confirmingDiscard = false;
  private restored?: BillingProfileFields;
  /** Where focus was when "Discard your changes?" opened: it goes back there when the question goes. */
  private focusBeforeConfirm?: HTMLElement;
  /** Whether focus was inside the form when this render began. */
  private focusedBeforeRender = false;
  /** A field left by a mouse press shows its error after the click: drawn before, it moved Save from under the pointer. */
  private readonly pointer = new PointerReleaseController(this);

  private readonly profileTask = new Task(this, {
    task: async ([adapter, customerId], { signal }) => {
      adapter = requireAdapter(adapter);
      if (!customerId) throw new AdapterError('invalid', msg('No customer: set the customer-id attribute.'), { code: 'no-customer' });
      return adapter.getBillingProfile(customerId, signal);
    },
    args: () => [this.activeAdapter, this.customerId] as const,
    onComplete: (profile) => {
      this.original = profile;
      this.draft = this.restored ?? fieldsOf(profile);
      this.restored = undefined;
      this.resetMessages();
      this.updateFormValue();
    },
  });

  /** The profile as edited (no etag), or undefined until it has loaded. */
  get value(): BillingProfileFields | undefined {
    return this.draft;
  }

  /** True when there are edits not saved yet. */
  get dirty(): boolean {
    return Boolean(this.draft && this.original && !sameFields(this.draft, fieldsOf(this.original)));
  }

  /** Problems that block a save, in form order. */
  get errors(): BillingFieldError[] {
    if (!this.draft) return [];
    const local = validateBillingProfile(this.draft);
    const fields = new Set(local.map((error) => error.field));
    return [...local, ...this.serverErrors.filter((error) => !fields.has(error.field))];
  }

  /** Validates and saves with the etag. Resolves with whether it saved; every failure is shown, none thrown. */
  async save(): Promise<boolean> {
    const adapter = this.activeAdapter;
    const draft = this.draft;
    const original = this.original;
    if (!adapter || !draft || !original || this.saveState.kind === 'saving') return false;
    this.showAllErrors = true;
    this.serverErrors = [];
    if (validateBillingProfile(draft).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=summary]')?.focus();
      return false;
    }
    this.saveState = { kind: 'saving' };
    try {
      const saved = await adapter.updateBillingProfile(this.customerId, { ...draft, etag: original.etag });
      this.original = saved;
      // What the agent typed since pressing Save stays; only what was sent is now the saved state.
      const editedMeanwhile = this.draft !== draft;
      if (!editedMeanwhile) this.draft = fieldsOf(saved);
      this.resetMessages();
      this.saveState = { kind: 'saved', pendingEdits: editedMeanwhile };
      this.updateFormValue();
      this.dispatchEvent(new BillingProfileSaveEvent(this.customerId, saved));
      // Edits typed while it saved are not saved yet: the form stays open with them instead of closing over them.
      if (!editedMeanwhile) this.dispatchEvent(new BillingProfileCloseEvent('save'));
      return true;
    } catch (error) {
      this.saveFailed(error);
      return false;
    }
  }

  /** Throws the edits away, unless a listener of `billing-profile-discard` objects. Returns whether it did. */
  discard(): boolean {
    if (this.dirty && !this.dispatchEvent(new BillingProfileDiscardEvent(this.customerId))) return false;
    if (this.original) this.draft = fieldsOf(this.original);
    this.resetMessages();
    this.updateFormValue();
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.handleBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.handleBeforeUnload);
  }

  override formResetCallback(): void {
    if (this.original) this.draft = fieldsOf(this.original);
    this.resetMessages();
    this.updateFormValue();
  }

  override formStateRestoreCallback(restored: File | string | FormData | null): void {
    if (typeof restored !== 'string') return;
    try {
      const fields = JSON.parse(restored) as BillingProfileFields;
      if (this.draft) this.draft = fields;
      else this.restored = fields;
      this.updateFormValue();
    } catch {
      // Not state this element saved: nothing to restore.
    }
  }

  // ---- editing

  private readonly handleBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    // Leaving the page would lose the edits: the browser asks first.
    event.preventDefault();
    event.returnValue = '';
  };

  private handleInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const field = target.name as BillingField;
    if (!this.draft || !BILLING_FIELDS.includes(field)) return;
    const value = field === 'defaultAddress.country' ? target.value.toUpperCase() : target.value;
    // A text box's change, as focus leaves it, commits what its input events already applied: nothing more to
    // do, and above all no closing of "Discard your changes?", which is what took focus from the box.
    if ((fieldValue(this.draft, field) ?? '') === value) return;
    this.draft = withFieldValue(this.draft, field, value);
    this.serverErrors = this.serverErrors.filter((error) => error.field !== field);
    if (this.saveState.kind === 'saved') this.saveState = { kind: 'idle' };
    this.confirmingDiscard = false;
    this.updateFormValue();
  }

  /** A control's edit was committed (it fires `change`): as native controls do, the element fires one too. */
  private handleChange(event: Event): void {
    this.handleInput(event);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * Enter in a text box saves, or, without our own buttons, submits the host's form as native controls do.
   * Escape while "Discard your changes?" shows backs out of the question; it is marked handled, so a panel or
   * dialog holding the form does not take it as a request to close.
   */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.confirmingDiscard) {
      event.preventDefault();
      this.confirmingDiscard = false;
      return;
    }
    if (event.key !== 'Enter' || (event.target as Element).tagName !== 'INPUT') return;
    event.preventDefault();
    if (this.hideActions) this.form?.requestSubmit();
    else void this.save();
  }

  private handleFocusOut(event: FocusEvent): void {
    const field = (event.target as HTMLInputElement).name as BillingField;
    if (!BILLING_FIELDS.includes(field)) return;
    this.pointer.afterRelease(() => {
      if (!this.touched.has(field)) this.touched = new Set(this.touched).add(field);
    });
  }

  /** Takes the server's value for one conflicting field, or for all of them. */
  private useTheirs(fields: readonly BillingField[]): void {
    if (this.saveState.kind !== 'conflict' || !this.draft) return;
    this.moveFocusOffTakenRows(fields);
    const theirs = this.saveState.theirs;
    let draft = this.draft;
    for (const field of fields) draft = withFieldValue(draft, field, fieldValue(theirs, field) ?? '');
    this.draft = draft;
    this.updateFormValue();
  }

  /**
   * A taken field's row leaves the comparison, its button with it: focus goes to the next row still to decide
   * (the previous one after the last), or to the comparison itself when none is left.
   */
  private moveFocusOffTakenRows(fields: readonly BillingField[]): void {
    const conflict = this.renderRoot.querySelector<HTMLElement>('[part=conflict]');
    const active = this.shadowRoot?.activeElement;
    if (!conflict || !active) return;
    const rows = [...conflict.querySelectorAll<HTMLElement>('tr[data-field]')];
    const kept = (row: HTMLElement) => !fields.includes(row.dataset['field'] as BillingField);
    const at = rows.findIndex((row) => row.contains(active));
    const losing = at >= 0 ? !kept(rows[at]!) : active.matches('[data-action=use-all-theirs]') && !rows.some(kept);
    if (!losing) return;
    const next = rows.slice(at + 1).find(kept) ?? rows.slice(0, Math.max(at, 0)).reverse().find(kept);
    (next?.querySelector<HTMLElement>('button') ?? conflict).focus();
  }

  /**
   * What Cancel does: closes at once without edits, else asks "Discard your changes?" first. Asked again while
   * that question shows (a second Escape), it backs out of the question.
   */
  requestClose(): void {
    if (this.confirmingDiscard) this.confirmingDiscard = false;
    else this.handleCancel();
  }

  private handleCancel(): void {
    if (!this.dirty) {
      this.dispatchEvent(new BillingProfileCloseEvent('cancel'));
      return;
    }
    this.focusBeforeConfirm = deepActiveElement();
    this.confirmingDiscard = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action=keep]')?.focus());
  }

  private confirmDiscard(): void {
    this.confirmingDiscard = false;
    if (this.discard()) this.dispatchEvent(new BillingProfileCloseEvent('cancel'));
  }

  /** Retry goes with its message as the save starts again: focus moves to Save, which is what Retry does. */
  private readonly handleRetrySave = () => {
    (this.renderRoot.querySelector<HTMLElement>('button[type=submit]') ?? this.heading)?.focus();
    void this.save();
  };

  /** Retry goes with its message as the profile loads again: focus moves to the heading, which stays. */
  private readonly handleRetryLoad = () => {
    this.heading?.focus();
    void this.profileTask.run();
  };

  private get heading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part=heading]');
  }

  private saveFailed(error: unknown): void {
    if (isAdapterError(error, 'conflict')) {
      const theirs = (error.details as { current?: BillingProfile } | undefined)?.current;
      if (theirs && this.draft && this.original) {
        // The agent's edits stay, merged onto the server's version, and the next save is made against it.
        const { merged, conflicts, updated } = mergeBillingProfiles(fieldsOf(this.original), this.draft, fieldsOf(theirs));
        this.original = theirs;
        this.draft = merged;
        this.saveState = { kind: 'conflict', theirs, conflicts, updated };
        this.updateFormValue();
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=conflict]')?.focus());
        return;
      }
    }
    const fieldErrors = isAdapterError(error, 'invalid') ? (error.details as { fieldErrors?: BillingFieldError[] } | undefined)?.fieldErrors : undefined;
    if (fieldErrors?.length) this.serverErrors = fieldErrors;
    const retry = isAdapterError(error, 'network') || isAdapterError(error, 'server') || isAdapterError(error, 'throttled') || !isAdapterError(error);
    this.saveState = { kind: 'failed', message: failureMessage(error), retry };
  }

  private resetMessages(): void {
    this.touched = new Set();
    this.showAllErrors = false;
    this.serverErrors = [];
    this.confirmingDiscard = false;
    this.saveState = { kind: 'idle' };
  }

  private updateFormValue(): void {
    const draft = this.draft;
    if (!draft) return;
    const data = new FormData();
    const prefix = this.name ? `${this.name}.` : '';
    for (const field of BILLING_FIELDS) data.append(prefix + field, fieldValue(draft, field) ?? '');
    this.internals.setFormValue(data, JSON.stringify(draft));
    const [first] = this.errors;
    if (first) this.internals.setValidity({ customError: true }, `${fieldLabel(first.field)}: ${fieldErrorMessage(first)}`, this.renderRoot.querySelector<HTMLElement>(`#${fieldId(first.field)}`) ?? undefined);
    else this.internals.setValidity({});
  }

  // ---- focus

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.focusedBeforeRender = this.matches(':focus-within');
    // The question is about to go, and focus with it if it is on "Keep editing" or "Discard": move it first.
    if (changed.has('confirmingDiscard') && !this.confirmingDiscard) {
      const target = this.focusBeforeConfirm;
      this.focusBeforeConfirm = undefined;
      const question = this.renderRoot.querySelector('.confirm');
      if (question?.matches(':focus-within')) {
        const usable = target && target !== document.body && target.isConnected && !question.contains(target);
        (usable ? target : this.renderRoot.querySelector<HTMLElement>('[data-action=cancel]'))?.focus();
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Anything else that took the focused control away (the profile reloading, a save clearing the comparison)
    // leaves focus at the top of the form rather than on the page's body.
    if (this.focusedBeforeRender && !this.matches(':focus-within') && (!document.activeElement || document.activeElement === document.body)) this.heading?.focus();
  }

  // ---- rendering

  protected override render(): TemplateResult {
    return html`<h2 part="heading" tabindex="-1">${msg('Billing information')}</h2>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    if (this.profileTask.status === TaskStatus.ERROR) {
      const error = this.profileTask.error;
      return html`<div part="message" class="error" role="alert">
        <p>${msg('The billing information could not be loaded.')} <span dir="auto">${failureMessage(error)}</span></p>
        <button type="button" part="command" class="command" @click=${this.handleRetryLoad}>${msg('Retry')}</button>
      </div>`;
    }
    const draft = this.draft;
    if (!draft) return html`<p part="message" role="status">${msg('Loading billing information…')}</p>`;
    const errors = new Map(this.errors.map((error) => [error.field, error]));
    const required = new Set(requiredFields(draft.defaultAddress.country.trim().toUpperCase()));
    return html`<form novalidate @submit=${(event: Event) => (event.preventDefault(), void this.save())} @input=${this.handleInput} @change=${this.handleChange} @keydown=${this.handleKeydown} @focusout=${this.handleFocusOut}>
      ${this.dirty ? html`<p class="muted" role="status">${msg('Unsaved changes')}</p>` : nothing}
      ${this.renderSummary([...errors.values()])}
      ${this.saveState.kind === 'conflict' ? renderConflict(draft, this.saveState, (fields) => this.useTheirs(fields)) : nothing}
      ${FIELD_GROUPS.map(
        (group) => html`<fieldset ?disabled=${this.isDisabled}>
          <legend>${group.legend()}</legend>
          ${group.fields.map((spec) => this.renderField(spec, draft, required.has(spec.field), this.visibleError(errors, spec.field)))}
        </fieldset>`,
      )}
      ${this.renderSaveState()}
      ${this.hideActions ? nothing : this.renderActions()}
    </form>`;
  }

  /** A field's error shows once the agent has left the field, or after a save attempt. */
  private visibleError(errors: Map<BillingField, BillingFieldError>, field: BillingField): BillingFieldError | undefined {
    return this.showAllErrors || this.touched.has(field) ? errors.get(field) : undefined;
  }

  private renderSummary(errors: BillingFieldError[]): TemplateResult | typeof nothing {
    if (!this.showAllErrors || !errors.length) return nothing;
    return html`<div part="summary" class="summary" role="alert" tabindex="-1">
      <p>${msg(str`Fix these fields before saving: ${formatNumber(errors.length)}`)}</p>
      <ul>
        ${errors.map(
          (error) => html`<li><a href="#${fieldId(error.field)}" @click=${(event: Event) => this.focusField(event, error.field)}>${fieldLabel(error.field)}: ${fieldErrorMessage(error)}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  private focusField(event: Event, field: BillingField): void {
    // The link's fragment cannot reach into a shadow root: move focus ourselves.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(field)}`)?.focus();
  }

  /**
   * The drop-down list also points at its label with aria-labelledby: the label names it either way, but IBM
   * Equal Access counts only that as a visible label for a <select> (the required mark is aria-hidden, so the
   * name stays the field's).
   */
  private renderField(spec: FieldSpec, draft: BillingProfileFields, required: boolean, error: BillingFieldError | undefined): TemplateResult {
    const id = fieldId(spec.field);
    const value = fieldValue(draft, spec.field) ?? '';
    const common = { id, invalid: error ? 'true' : 'false', describedBy: error ? `${id}-error` : nothing };
    const control =
      spec.field === 'defaultAddress.country'
        ? html`<select part="input" id=${common.id} name=${spec.field} aria-labelledby="${id}-label" autocomplete=${spec.autocomplete} aria-required=${required ? 'true' : 'false'} aria-invalid=${common.invalid} aria-describedby=${common.describedBy}>
            ${countryOptions().map((country) => html`<option value=${country.code} ?selected=${country.code === value}>${country.name}</option>`)}
          </select>`
        : html`<input
            part="input"
            id=${common.id}
            name=${spec.field}
            type=${spec.type ?? 'text'}
            autocomplete=${spec.autocomplete}
            dir="auto"
            spellcheck="false"
            aria-required=${required ? 'true' : 'false'}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
            .value=${live(value)}
          />`;
    return html`<div part="field" class="field">
      <label for=${id} id="${id}-label">${fieldLabel(spec.field)}${required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
      ${control}
      ${error ? html`<p part="error" class="error" id="${id}-error">${fieldErrorMessage(error)}</p>` : nothing}
    </div>`;
  }

  private renderSaveState(): TemplateResult | typeof nothing {
    const save = this.saveState;
    switch (save.kind) {
      case 'saving':
        return html`<p part="message" role="status">${msg('Saving…')}</p>`;
      case 'saved':
        return html`<p part="message" role="status">${save.pendingEdits
          ? msg('Billing information saved. What you changed while it was saving is not saved yet: Save again to keep it.')
          : msg('Billing information saved.')}</p>`;
      case 'failed':
        return html`<div part="message" class="error" role="alert">
          <p>${msg('Not saved; everything you typed is kept.')} <span dir="auto">${save.message}</span></p>
          ${save.retry ? html`<button type="button" part="command" class="command" @click=${this.handleRetrySave}>${msg('Retry')}</button>` : nothing}
        </div>`;
      default:
        return nothing;
    }
  }

  private renderActions(): TemplateResult {
    const saving = this.saveState.kind === 'saving';
    return html`${this.confirmingDiscard
        ? html`<div class="confirm" role="alertdialog" aria-labelledby="discard-question">
            <p id="discard-question">${msg('Discard your changes?')}</p>
            <button type="button" part="command" class="command" data-action="keep" @click=${() => (this.confirmingDiscard = false)}>${msg('Keep editing')}</button>
            <button type="button" part="command" class="command" data-action="discard" @click=${() => this.confirmDiscard()}>${msg('Discard')}</button>
          </div>`
        : nothing}
      <div part="actions" class="actions">
        <button type="button" part="command" class="command" data-action="cancel" @click=${() => this.handleCancel()}>${msg('Cancel')}</button>
        <button type="submit" part="command" class="command primary" aria-disabled=${saving || this.isDisabled ? 'true' : 'false'}>${msg('Save')}</button>
      </div>`;
  }
}
