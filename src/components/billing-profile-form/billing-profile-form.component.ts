import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdapterError, isAdapterError } from '../../adapter/adapter-error.js';
import { DiscardPrompt } from '../../internal/overlay/index.js';
import { FormAssociatedElement } from '../../internal/form-associated-element.js';
import {
  BILLING_FIELDS, fieldValue, requiredFields, validateBillingProfile, withFieldValue,
  type BillingField, type BillingFieldError, type BillingProfile, type BillingProfileFields,
} from '../../model/billing.js';
import { classifySaveFailure, profileFields as fieldsOf, sameFields } from '../../model/billing-save.js';
import { BillingConflictController } from './billing-profile-form.conflict.js';
import {
  BillingProfileCloseEvent, BillingProfileDiscardEvent, BillingProfileSaveErrorEvent, BillingProfileSaveEvent, BillingProfileSaveStartEvent,
} from './billing-profile-form.events.js';
import { FIELD_GROUPS, fieldId, renderField } from './billing-profile-form.fields.js';
import { fieldErrorMessage, fieldLabel } from './billing-profile-form.messages.js';
import { renderSaveState, renderSummary, type SaveState } from './billing-profile-form.status.js';
import { styles } from './billing-profile-form.styles.js';
import { failureMessage, requireAdapter } from '../../internal/failure.js';
import { PointerReleaseController } from '../../controllers/pointer-release-controller.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { loadArgsEqual, renderLoad } from '../../internal/load/load-task.js';


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
 * @fires billing-profile-save-start - A save began: `{ customerId, profile }` (what is sent, with the etag it is sent against).
 * @fires billing-profile-save - Saved: `{ customerId, profile }` (the new profile with its new etag).
 * @fires billing-profile-save-error - A save failed, nothing saved, the edits kept: `{ customerId, profile, error }`
 *   (an `AdapterError`; kind `conflict` when someone saved first and the form shows the comparison).
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
  private restored?: BillingProfileFields;
  /** A field left by a mouse press shows its error after the click: drawn before, it moved Save from under the pointer. */
  private readonly pointer = new PointerReleaseController(this);
  /**
   * "Discard your changes?", asked by Cancel with unsaved edits. Escape backs out of it (and of nothing around the
   * form); focus goes back to where it was, else to Cancel.
   */
  private readonly discardPrompt = new DiscardPrompt(this, {
    discard: () => {
      if (this.discard()) this.dispatchEvent(new BillingProfileCloseEvent('cancel'));
    },
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('[data-action=cancel]'),
  });
  private readonly conflict = new BillingConflictController(this, {
    get: () => this.draft,
    set: (draft) => {
      this.draft = draft;
      this.updateFormValue();
    },
  });

  /**
   * Whatever takes the focused control away (Retry going with its message, the profile reloading, a save clearing
   * the comparison) leaves focus on the heading, not on the page's body. Added after the controllers that place
   * focus themselves.
   */
  private readonly focusKeeper = new FocusKeeper(this, { destination: () => this.heading });

  private readonly profileTask = new Task(this, {
    task: async ([adapter, customerId], { signal }) => {
      adapter = requireAdapter(adapter);
      if (!customerId) throw new AdapterError('invalid', msg('No customer: set the customer-id attribute.'), { code: 'no-customer' });
      return adapter.getBillingProfile(customerId, signal);
    },
    args: () => [this.activeAdapter, this.customerId] as const,
    // A swapped adapter always reloads, even one with the same data; the same customer id again does not.
    argsEqual: loadArgsEqual,
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
    this.conflict.clear();
    // The answer may be a conflict: its comparison loads while the save is on its way.
    this.conflict.prefetch();
    const sent: BillingProfile = { ...draft, etag: original.etag };
    const customerId = this.customerId;
    this.dispatchEvent(new BillingProfileSaveStartEvent(customerId, sent));
    try {
      const saved = await adapter.updateBillingProfile(customerId, sent);
      this.original = saved;
      // What the agent typed since pressing Save stays; only what was sent is now the saved state.
      const editedMeanwhile = this.draft !== draft;
      if (!editedMeanwhile) this.draft = fieldsOf(saved);
      this.resetMessages();
      this.saveState = { kind: 'saved', pendingEdits: editedMeanwhile };
      this.updateFormValue();
      this.dispatchEvent(new BillingProfileSaveEvent(customerId, saved));
      // Edits typed while it saved are not saved yet: the form stays open with them instead of closing over them.
      if (!editedMeanwhile) this.dispatchEvent(new BillingProfileCloseEvent('save'));
      return true;
    } catch (error) {
      this.saveFailed(error);
      this.dispatchEvent(new BillingProfileSaveErrorEvent(customerId, sent, error));
      return false;
    }
  }

  /** Throws the edits away, unless a listener of `billing-profile-discard` objects. Returns whether it did. */
  discard(): boolean {
    if (this.dirty && !this.dispatchEvent(new BillingProfileDiscardEvent(this.customerId))) return false;
    this.revert();
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
    this.revert();
  }

  /** Back to the saved profile, as a discard and a form reset leave it. */
  private revert(): void {
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
    this.discardPrompt.hide();
    this.updateFormValue();
  }

  /** A control's edit was committed (it fires `change`): as native controls do, the element fires one too. */
  private handleChange(event: Event): void {
    this.handleInput(event);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Enter in a text box saves, or, without our own buttons, submits the host's form as native controls do. */
  private handleKeydown(event: KeyboardEvent): void {
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

  /**
   * What Cancel does: closes at once without edits, else asks "Discard your changes?" first. Asked again while
   * that question shows (a second Escape), it backs out of the question.
   */
  requestClose(): void {
    if (this.discardPrompt.showing) this.discardPrompt.keepEditing();
    else this.handleCancel();
  }

  private handleCancel(): void {
    if (!this.dirty) {
      this.dispatchEvent(new BillingProfileCloseEvent('cancel'));
      return;
    }
    void this.discardPrompt.ask();
  }

  /** Retry goes with its message as the save starts again: focus moves to Save, which is what Retry does. */
  private readonly handleRetrySave = () => {
    (this.renderRoot.querySelector<HTMLElement>('button[type=submit]') ?? this.heading)?.focus();
    void this.save();
  };

  private fieldControl(field: BillingField): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${fieldId(field)}`);
  }

  private get heading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part=heading]');
  }

  /** Shows why a save failed; a conflict with the server's profile merges it and shows the comparison. */
  private saveFailed(error: unknown): void {
    const failure = classifySaveFailure(isAdapterError(error) ? error : {});
    if (failure.kind === 'conflict' && this.draft && this.original) {
      // The agent's edits stay, merged onto the server's version, and the next save is made against it.
      this.draft = this.conflict.begin(fieldsOf(this.original), this.draft, failure.theirs);
      this.original = failure.theirs;
      this.saveState = { kind: 'idle' };
      this.updateFormValue();
      return;
    }
    if (failure.kind === 'failed' && failure.fieldErrors.length) this.serverErrors = failure.fieldErrors;
    this.saveState = { kind: 'failed', message: failureMessage(error), retry: failure.kind === 'failed' && failure.retry };
  }

  private resetMessages(): void {
    this.touched = new Set();
    this.showAllErrors = false;
    this.serverErrors = [];
    this.discardPrompt.hide();
    this.saveState = { kind: 'idle' };
    this.conflict.clear();
  }

  private updateFormValue(): void {
    const draft = this.draft;
    if (!draft) return;
    const data = new FormData();
    const prefix = this.name ? `${this.name}.` : '';
    for (const field of BILLING_FIELDS) data.append(prefix + field, fieldValue(draft, field) ?? '');
    this.internals.setFormValue(data, JSON.stringify(draft));
    const [first] = this.errors;
    if (first) this.internals.setValidity({ customError: true }, `${fieldLabel(first.field)}: ${fieldErrorMessage(first)}`, this.fieldControl(first.field) ?? undefined);
    else this.internals.setValidity({});
  }

  // ---- rendering

  protected override render(): TemplateResult {
    return html`<h2 part="heading" tabindex="-1">${msg('Billing information')}</h2>
      ${this.renderBody()}`;
  }

  /**
   * A reload (another customer, another adapter) keeps the fields on screen until the new profile arrives, so
   * nothing typed or focused vanishes under the agent; only the first load shows the loading message.
   */
  private renderBody(): unknown {
    const formOrLoading = () => (this.draft ? this.renderForm(this.draft) : html`<p part="message" role="status">${msg('Loading billing information…')}</p>`);
    return renderLoad(this.profileTask, {
      pending: formOrLoading,
      complete: formOrLoading,
      failure: { what: msg('The billing information could not be loaded.'), part: 'message', classes: '' },
    });
  }

  private renderForm(draft: BillingProfileFields): TemplateResult {
    const errors = new Map(this.errors.map((error) => [error.field, error]));
    const required = new Set(requiredFields(draft.defaultAddress.country.trim().toUpperCase()));
    return html`<form novalidate @submit=${(event: Event) => (event.preventDefault(), void this.save())} @input=${this.handleInput} @change=${this.handleChange} @keydown=${this.handleKeydown} @focusout=${this.handleFocusOut}>
      ${this.dirty ? html`<p class="muted" role="status">${msg('Unsaved changes')}</p>` : nothing}
      ${this.showAllErrors ? renderSummary([...errors.values()], (field) => this.fieldControl(field)?.focus()) : nothing}
      ${this.conflict.render()}
      ${FIELD_GROUPS.map(
        (group) => html`<fieldset ?disabled=${this.isDisabled}>
          <legend>${group.legend()}</legend>
          ${group.fields.map((spec) => renderField(spec, fieldValue(draft, spec.field) ?? '', required.has(spec.field), this.visibleError(errors, spec.field)))}
        </fieldset>`,
      )}
      ${renderSaveState(this.saveState, this.handleRetrySave)}
      ${this.hideActions ? nothing : this.renderActions()}
    </form>`;
  }

  /** A field's error shows once the agent has left the field, or after a save attempt. */
  private visibleError(errors: Map<BillingField, BillingFieldError>, field: BillingField): BillingFieldError | undefined {
    return this.showAllErrors || this.touched.has(field) ? errors.get(field) : undefined;
  }

  private renderActions(): TemplateResult {
    const saving = this.saveState.kind === 'saving';
    return html`${this.discardPrompt.render({ question: msg('Discard your changes?'), keep: msg('Keep editing'), discard: msg('Discard') })}
      <div part="actions" class="actions">
        <button type="button" part="command" class="command" data-action="cancel" @click=${() => this.handleCancel()}>${msg('Cancel')}</button>
        <button type="submit" part="command" class="command primary" aria-disabled=${saving || this.isDisabled ? 'true' : 'false'}>${msg('Save')}</button>
      </div>`;
  }
}
