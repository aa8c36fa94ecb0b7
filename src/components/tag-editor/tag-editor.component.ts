import { localized, msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TagCounts } from '../../adapter/customer-adapter.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { failureMessage } from '../../internal/failure.js';
import { FormAssociatedElement } from '../../internal/form-associated-element.js';
import { isolate } from '../../internal/isolate.js';
import { userText } from '../../internal/user-text.js';
import { formatNumber } from '../../localization/labels.js';
import type { Selection } from '../../model/selection.js';
import { TagDraft } from '../../model/tag-draft.js';
import { checkTagName, surelyOverTagLimit, tagKey, type TagError } from '../../model/tags.js';
import { TagCreateEvent, TagEditorCloseEvent, TagsAssignErrorEvent, TagsAssignEvent, TagsAssignStartEvent, type TagEditorCloseReason } from './tag-editor.events.js';
import { FilterController } from './tag-editor.filter.js';
import { ManageController } from './tag-editor.manage-controller.js';
import { renderManageList } from './tag-editor.manage.js';
import { adapterFailureMessage, tagErrorMessage } from './tag-editor.messages.js';
import { renderSaveState, renderSummary, type SaveState } from './tag-editor.status.js';
import { TagStore, type LoadedTags } from './tag-editor.store.js';
import { styles } from './tag-editor.styles.js';

/**
 * Creates, renames and deletes the partner's tags and assigns them to one or many customers. Each tag is a
 * tri-state checkbox over the selection (checked: every selected customer carries it; mixed: some do), and a
 * save sends every change as one bulk `assignTags` request. Admin agents only: a sales agent sees the tags
 * read-only, and customers without a reseller relationship are left out, with a note saying so.
 *
 * Without a `selection` it is a tag picker. In both cases it is a form control: its value is the checked tags,
 * submitted as one `name` entry per tag.
 *
 * @summary Tag checklist, tag creation and bulk tag assignment for selected customers.
 * @tag tag-editor
 *
 * @fires tags-assign-start - A save began: `{ selection, add, remove }`; show the change now, undo it on `tags-assign-error`.
 * @fires tags-assign - The save succeeded: `{ selection, add, remove, result }`.
 * @fires tags-assign-error - The save failed and nothing changed: `{ selection, add, remove, error }`.
 * @fires tag-create - A tag was added to the partner's set: `{ tag }`.
 * @fires tag-rename - A tag was renamed everywhere: `{ from, to }`.
 * @fires tag-delete - A tag was deleted everywhere: `{ tag, removedFrom }`.
 * @fires tag-editor-close - Saved, or changes discarded with Cancel or Escape: `{ reason }`. A popover host closes.
 * @fires change - The checked tags changed (form value), as with native form controls.
 *
 * @csspart heading - The "Tags" heading.
 * @csspart summary - Who the changes apply to, and who is left out.
 * @csspart filter-input - The filter box, which also creates tags.
 * @csspart message - A validation, progress or error message.
 * @csspart list - The checklist (or, in manage mode, the list of tags with rename and delete).
 * @csspart tag - One tag's checkbox.
 * @csspart count - How many selected customers carry a tag.
 * @csspart manage-row - One tag in manage mode.
 * @csspart rename-input - The new-name box of a tag being renamed.
 * @csspart rename-button - A tag's Rename button.
 * @csspart delete-button - A tag's Delete button.
 * @csspart actions - The Save, Cancel and manage-mode buttons.
 * @csspart command - One of those buttons.
 *
 * @cssprop [--tag-editor-list-height=16rem] - Height of the checklist before it scrolls.
 * @cssprop [--tag-editor-font] - Font (falls back to `--customer-list-font`).
 * @cssprop [--tag-editor-text-color] - Text color.
 * @cssprop [--tag-editor-muted-color] - Counts and hints.
 * @cssprop [--tag-editor-background] - Background.
 * @cssprop [--tag-editor-border-color] - Borders of the box, list and buttons.
 * @cssprop [--tag-editor-hover-background] - A hovered tag.
 * @cssprop [--tag-editor-accent-color] - Checked boxes, the Save button and focus rings.
 * @cssprop [--tag-editor-error-color] - Validation and error messages.
 */
@localized()
export class TagEditor extends FormAssociatedElement {
  static override readonly defaultTag = 'tag-editor';
  static override styles = styles;
  /** Lit's shadow root options with `delegatesFocus`: focusing or clicking the element moves focus into it. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /**
   * The customers whose tags are edited: row keys, or a select-all stored as a query (counts then come from
   * the adapter, not from loaded rows). Unset, the editor is a plain tag picker.
   */
  @property({ attribute: false }) selection?: Selection;

  /** Tags checked when a picker loads and when its form resets. */
  @property({ attribute: false }) defaultValue: string[] = [];

  /** A form submit is refused until at least one tag is checked. */
  @property({ type: Boolean, reflect: true }) required = false;

  @state() private draft?: TagDraft;
  @state() private notice?: { text: string; error: boolean };
  @state() private saveState: SaveState = { kind: 'idle' };
  /** Counts the draft was built from: the 150-tag check needs `mostTags`. */
  private counts?: TagCounts;
  /** A value set before the tags arrived, applied once they do. */
  private pendingValue?: string[];
  /** focus() came before anything focusable was rendered. */
  private focusWhenLoaded = false;

  @query('.filter-input') private filterInput?: HTMLInputElement;

  private readonly store = new TagStore(this, {
    adapter: () => this.activeAdapter,
    selection: () => this.selection,
    loaded: (loaded) => this.useLoaded(loaded),
  });

  private readonly roving = new RovingFocusController(this, {
    keys: () => this.visibleTags(),
    item: (tag) => this.renderRoot.querySelector<HTMLElement>(`.item[data-tag="${CSS.escape(tag)}"]`),
    keyOf: (target) => target.dataset.tag,
    beforeFirst: () => this.filterInput?.focus(),
  });

  private readonly filter = new FilterController(this, {
    typed: (error) => (this.notice = error && this.canEdit ? { text: tagErrorMessage(error), error: true } : undefined),
    cleared: () => (this.notice = undefined),
    enter: () => {
      if (this.filter.text === '') void this.save();
      else if (this.canEdit) void this.createTag(this.filter.text);
    },
    down: () => void this.roving.focus(this.visibleTags()[0]),
  });

  private readonly manage = new ManageController(this, {
    store: this.store,
    draft: () => this.draft,
    changed: (notice, rename) => {
      if (rename) this.roving.renamed(rename.from, rename.to);
      this.notice = notice === undefined ? undefined : { text: notice, error: false };
      if (notice !== undefined) this.draftChanged(false);
    },
  });

  /** The checked tags: every selected customer will carry them after a save. */
  get value(): string[] {
    return this.draft?.checked() ?? [...(this.pendingValue ?? this.defaultValue)];
  }

  /** Checks exactly these tags (matched case-insensitively) and unchecks every other. */
  set value(tags: readonly string[]) {
    if (!this.draft) {
      this.pendingValue = [...tags];
      return;
    }
    this.applyValue(tags);
  }

  /** True when there are changes a save would send. */
  get dirty(): boolean {
    return this.draft?.dirty ?? false;
  }

  /**
   * Saves every change as one bulk `assignTags` request. Resolves when done; a failure is shown, not thrown.
   * Does nothing while a save is in flight, or while the selection changed and is being counted again: the
   * changes shown were made for the customers that were selected then.
   */
  async save(): Promise<void> {
    const draft = this.draft;
    const target = this.selection;
    if (!draft || !target || !this.canEdit || !draft.dirty || this.saveState.kind === 'saving' || this.recounting) return;
    const { add, remove } = draft.changes();
    this.saveState = { kind: 'saving' };
    this.notice = undefined;
    this.dispatchEvent(new TagsAssignStartEvent(target, add, remove));
    try {
      const result = await this.store.assign({ target, add, remove });
      this.saveState = { kind: 'saved', updated: result.updatedCustomers, skipped: result.skippedCustomerIds.length };
      this.dispatchEvent(new TagsAssignEvent(target, add, remove, result));
      this.dispatchEvent(new TagEditorCloseEvent('save'));
      this.store.reload();
    } catch (error) {
      // Everything the agent chose stays in the draft: Save again retries.
      this.saveState = { kind: 'failed', message: adapterFailureMessage(error) };
      this.dispatchEvent(new TagsAssignErrorEvent(target, add, remove, error));
    }
  }

  /** Discards every unsaved change. */
  discard(reason: TagEditorCloseReason = 'cancel'): void {
    // A save in flight is seen through: its choices stay, to be kept on success or retried after a failure.
    if (this.saveState.kind !== 'saving') this.draft?.reset();
    this.filter.clear();
    this.notice = undefined;
    this.manage.setManaging(false);
    if (this.saveState.kind === 'failed') this.saveState = { kind: 'idle' };
    this.draftChanged(false);
    this.dispatchEvent(new TagEditorCloseEvent(reason));
  }

  /** Focuses the filter box (or the first tag), as soon as the tags have loaded if they have not yet. */
  override focus(options?: FocusOptions): void {
    if (this.draft) super.focus(options);
    else this.focusWhenLoaded = true;
  }

  /** Loads the tags and counts again, e.g. after they changed elsewhere. Unsaved changes are dropped. */
  reload(): void {
    this.store.reload();
  }

  override formResetCallback(): void {
    this.draft?.reset();
    if (this.draft && !this.selection) this.applyValue(this.defaultValue, false);
    this.draftChanged(false);
  }

  override formStateRestoreCallback(restored: File | string | FormData | null): void {
    if (!(restored instanceof FormData)) return;
    this.value = restored.getAll(this.name || 'tags').filter((entry): entry is string => typeof entry === 'string');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A save in flight stays "Saving…" until it is answered, whatever is selected meanwhile: a second Save
    // enabled under it would send the same changes again, to the new selection.
    if (changed.has('selection') && this.saveState.kind !== 'saving') this.saveState = { kind: 'idle' };
    if (changed.has('required')) this.updateFormValue();
  }

  protected override updated(): void {
    if (this.focusWhenLoaded && this.draft) {
      this.focusWhenLoaded = false;
      super.focus();
    }
  }

  protected override render(): TemplateResult {
    const counts = this.selection && this.store.task.status === TaskStatus.COMPLETE ? this.counts : undefined;
    return html`<div class="editor" @keydown=${this.handleEditorKeydown}>
      <h2 part="heading">${msg('Tags')}</h2>
      ${renderSummary({ counts, recounting: this.recounting, isAdmin: this.isAdmin })} ${this.renderBody()} ${this.renderActions()}
    </div>`;
  }

  // ---- data

  private useLoaded({ tags, counts }: LoadedTags): void {
    this.counts = counts;
    this.draft = new TagDraft(tags, counts?.byTag, counts?.eligible ?? 0);
    const value = this.pendingValue ?? (this.selection ? undefined : this.defaultValue);
    this.pendingValue = undefined;
    if (value) this.applyValue(value, false);
    const draft = this.draft;
    this.roving.retain((tag) => draft.has(tag));
    this.updateFormValue();
  }

  private applyValue(tags: readonly string[], notify = false): void {
    const draft = this.draft!;
    const wanted = new Set(tags.map(tagKey));
    for (const tag of draft.tags) draft.set(tag, wanted.has(tagKey(tag)) ? 'all' : 'none');
    this.draftChanged(notify);
  }

  /** After any change to the draft: re-render, refresh the form value, and tell listeners if the agent did it. */
  private draftChanged(notify: boolean): void {
    this.requestUpdate();
    this.updateFormValue();
    if (notify) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private updateFormValue(): void {
    const checked = this.value;
    const data = new FormData();
    for (const tag of checked) data.append(this.name || 'tags', tag);
    this.internals.setFormValue(checked.length ? data : null, data);
    if (this.required && checked.length === 0) this.internals.setValidity({ valueMissing: true }, msg('Check at least one tag.'), this.filterInput);
    else this.internals.setValidity({});
  }

  /**
   * The selection changed since the draft was built and its counts are still being fetched: what the checklist
   * shows belongs to the old selection, so it can be neither changed nor saved until the new counts arrive.
   */
  private get recounting(): boolean {
    return this.draft !== undefined && this.selection !== undefined && !this.store.loadedFor(this.selection);
  }

  // ---- permissions

  /** Whether the agent may change tags here at all. */
  private get canEdit(): boolean {
    return this.isAdmin && !this.isDisabled && this.activeAdapter !== undefined;
  }

  /** Whether the checkboxes take clicks: editing is allowed and, with a selection, someone in it can carry tags. */
  private get canAssign(): boolean {
    if (!this.canEdit) return false;
    return !this.selection || (this.counts?.eligible ?? 0) > 0;
  }

  // ---- checklist

  private visibleTags(): readonly string[] {
    return this.draft ? this.filter.matches(this.draft.tags) : [];
  }

  private toggle(tag: string): void {
    const draft = this.draft;
    if (!draft || !this.canAssign || this.recounting) return;
    if (draft.checksOn(tag) && draft.count(tag) === 0 && this.overTagLimit()) {
      return this.showTagError({ code: 'too-many', tag, message: '' });
    }
    draft.cycle(tag);
    this.roving.focused(tag);
    this.notice = undefined;
    if (this.saveState.kind === 'saved') this.saveState = { kind: 'idle' };
    this.draftChanged(true);
  }

  /** Whether one more tag no selected customer has yet surely takes one of them past 150 (see `surelyOverTagLimit`). */
  private overTagLimit(): boolean {
    if (!this.selection || !this.counts || !this.draft) return false;
    return surelyOverTagLimit({ mostTags: this.counts.mostTags, addedToEveryone: this.draft.addedToEveryone(), removed: this.draft.removedCount() }, 1);
  }

  private async createTag(text: string): Promise<void> {
    const draft = this.draft;
    if (!draft || !this.canEdit || this.store.busy) return;
    const check = checkTagName(text, draft.tags);
    if (!check.ok) return this.showTagError(check.error);
    if (this.canAssign && this.overTagLimit()) return this.showTagError({ code: 'too-many', tag: text, message: '' });
    const focusWasInside = Boolean(this.shadowRoot?.activeElement);
    // The box stays enabled while the request runs: disabling it would drop focus to <body>.
    try {
      const tag = await this.store.create(check.tag);
      if (tag === undefined) return;
      draft.addTag(tag, this.canAssign ? 'all' : 'none');
      this.filter.created(text);
      this.roving.focused(tag);
      this.notice = { text: this.canAssign ? msg(str`Created the tag “${isolate(tag)}” and checked it.`) : msg(str`Created the tag “${isolate(tag)}”.`), error: false };
      this.draftChanged(true);
      this.dispatchEvent(new TagCreateEvent(tag));
    } catch (error) {
      this.notice = { text: adapterFailureMessage(error), error: true };
    }
    // The Create button goes once its name exists: focus waits in the box for the next name instead.
    await this.updateComplete;
    if (focusWasInside && !this.shadowRoot?.activeElement) this.filterInput?.focus();
  }

  private showTagError(error: TagError): void {
    this.notice = { text: tagErrorMessage(error), error: true };
  }

  private handleListKeydown(event: KeyboardEvent): void {
    if (this.roving.handleKey(event)) return;
    const tag = (event.target as HTMLElement).dataset.tag;
    if (tag === undefined || !this.visibleTags().includes(tag)) return;
    if (event.key === ' ') {
      event.preventDefault();
      this.toggle(tag);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void this.save();
    }
  }

  /** Escape backs out one step: a rename or delete confirmation, else every unsaved change (and closes). */
  private handleEditorKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    if (this.manage.inStep) this.manage.cancel();
    else this.discard('escape');
  }

  // ---- rendering

  private renderBody(): TemplateResult {
    if (this.store.task.status === TaskStatus.ERROR) {
      return html`<div part="message" class="message error" role="alert">
        <p>${msg('The tags could not be loaded.')} <span dir="auto">${failureMessage(this.store.task.error)}</span></p>
        <button type="button" part="command" class="command" @click=${() => this.reload()}>${msg('Retry')}</button>
      </div>`;
    }
    if (!this.draft) return html`<p part="message" class="message" role="status">${msg('Loading tags…')}</p>`;
    const managing = this.manage.managing;
    return html`${this.canEdit && !managing ? this.renderFilter() : nothing}
      ${managing ? this.renderManage() : this.renderChecklist()}
      ${this.renderNotice()}`;
  }

  /** Labelled by visible text (its accessible name, 2.5.3), as the placeholder goes once the agent types. */
  private renderFilter(): TemplateResult {
    return html`<label class="filter-label" for="filter-input">${msg('Filter or create tags')}</label>
      <input
        id="filter-input"
        class="filter filter-input"
        part="filter-input"
        type="text"
        role="searchbox"
        aria-describedby="notice"
        aria-invalid=${this.notice?.error ? 'true' : 'false'}
        placeholder=${msg('Filter, or type a new tag and press Enter')}
        dir="auto"
        spellcheck="false"
        autocomplete="off"
        .value=${live(this.filter.text)}
        aria-busy=${this.store.busy ? 'true' : 'false'}
        @input=${this.filter.handleInput}
        @keydown=${this.filter.handleKeydown}
      />`;
  }

  private renderChecklist(): TemplateResult {
    const draft = this.draft!;
    const tags = this.visibleTags();
    const readOnly = !this.canAssign || this.recounting;
    const text = this.filter.text.trim();
    const exact = text !== '' && draft.spelling(text) !== undefined;
    // A name that can never be a tag shows only its error: no hint or button offering to create it.
    const creatable = this.canEdit && text !== '' && !exact && !this.filter.error;
    return html`${tags.length
        ? html`<div part="list" class="list" role="group" aria-label=${msg('Tags')} aria-describedby=${this.selection ? 'summary' : nothing} @keydown=${this.handleListKeydown}>
            ${repeat(tags, (tag) => tagKey(tag), (tag) => this.renderItem(draft, tag, this.roving.tabIndex(tag, tags), readOnly))}
          </div>`
        : this.renderEmpty(draft)}
      ${creatable
        ? html`<button type="button" part="command" class="command create" aria-disabled=${this.store.busy ? 'true' : 'false'} @click=${() => void this.createTag(this.filter.text)}>
            ${msg(str`Create tag “${isolate(text)}”`)}
          </button>`
        : nothing}`;
  }

  private renderItem(draft: TagDraft, tag: string, tabIndex: number, readOnly: boolean): TemplateResult {
    const state = draft.state(tag);
    const changed = draft.changed(tag);
    return html`<div
      role="checkbox"
      part="tag"
      class="item"
      data-tag=${tag}
      aria-checked=${state === 'all' ? 'true' : state === 'mixed' ? 'mixed' : 'false'}
      aria-readonly=${readOnly ? 'true' : 'false'}
      tabindex=${tabIndex}
      @click=${() => this.toggle(tag)}
      @focus=${() => this.roving.focused(tag)}
    >
      <span class="box" aria-hidden="true">${state === 'all' ? '✓' : state === 'mixed' ? '–' : ''}</span>
      <span class="name" dir="auto">${userText(tag)}</span>
      ${this.selection && !this.recounting ? html`<span part="count" class="count" dir="auto">${msg(str`${formatNumber(draft.count(tag))} of ${formatNumber(draft.of)}`)}</span>` : nothing}
      ${changed && !this.recounting ? html`<span class="change">${state === 'all' ? msg('will be added') : state === 'none' ? msg('will be removed') : msg('unchanged')}</span>` : nothing}
    </div>`;
  }

  private renderEmpty(draft: TagDraft): TemplateResult | typeof nothing {
    if (this.canEdit && this.filter.error) return nothing;
    const text = this.filter.text.trim();
    if (draft.tags.length === 0) {
      return html`<p part="message" class="message hint" role="status">${this.canEdit ? msg('No tags yet. Type a name and press Enter to create the first one.') : msg('No tags yet.')}</p>`;
    }
    return html`<p part="message" class="message hint" role="status">${this.canEdit
      ? msg(str`No tag matches “${isolate(text)}”. Press Enter to create it.`)
      : msg(str`No tag matches “${isolate(text)}”.`)}</p>`;
  }

  private renderManage(): TemplateResult {
    const tags = this.draft!.tags;
    if (!tags.length) return html`<p part="message" class="message hint">${msg('No tags yet.')}</p>`;
    return renderManageList(this.manage, tags, this.store.busy);
  }

  private renderNotice(): TemplateResult {
    const notice = this.notice;
    // Always rendered: the filter box's aria-describedby points here, and a live region must exist before it speaks.
    return html`<p id="notice" part="message" class="message ${notice?.error ? 'error' : ''}" role=${notice?.error ? 'alert' : 'status'}>${notice?.text ?? nothing}</p>`;
  }

  private renderActions(): TemplateResult | typeof nothing {
    if (!this.draft) return nothing;
    const save = this.saveState;
    const editing = this.selection !== undefined;
    const managing = this.manage.managing;
    const canSave = this.canAssign && editing && this.draft.dirty && save.kind !== 'saving' && !this.recounting;
    return html`${renderSaveState(save)}
      <div part="actions" class="actions">
        ${this.canEdit
          ? html`<button type="button" part="command" class="command toggle" data-action="manage" aria-pressed=${managing ? 'true' : 'false'} @click=${() => this.manage.setManaging(!managing)}>
              ${managing ? msg('Done') : msg('Rename or delete tags')}
            </button>`
          : nothing}
        ${editing
          ? html`<button type="button" part="command" class="command" data-action="cancel-all" @click=${() => this.discard('cancel')}>${this.canAssign ? msg('Cancel') : msg('Close')}</button>`
          : nothing}
        ${editing && this.canAssign
          ? html`<button type="button" part="command" class="command primary" data-action="save" aria-disabled=${canSave ? 'false' : 'true'} @click=${() => void this.save()}>
              ${save.kind === 'saving' ? msg('Saving…') : msg('Save')}
            </button>`
          : nothing}
      </div>`;
  }
}
