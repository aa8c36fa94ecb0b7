import { localized, msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TagCounts } from '../../adapter/customer-adapter.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { FormAssociatedElement } from '../../internal/form-associated-element.js';
import { isolate } from '../../internal/isolate.js';
import { renderLoad } from '../../internal/load/load-task.js';
import { EscapeLayer } from '../../internal/overlay/index.js';
import type { Selection } from '../../model/selection.js';
import { TagDraft } from '../../model/tag-draft.js';
import { tagKey } from '../../model/tags.js';
import { renderNoTags, renderTagItem } from './checklist.template.js';
import { Checklist } from './checklist.js';
import { FilterBox } from './filter-box.js';
import { renderFilterBox } from './filter-box.template.js';
import { LazyManageMode } from './lazy-manage-mode.js';
import { tagErrorMessage } from './tag-editor.messages.js';
import { SaveController } from './save-controller.js';
import { renderSummary } from './summary.template.js';
import { TagEditorCloseEvent, TagEditorDiscardEvent, type TagEditorCloseReason } from './tag-editor.events.js';
import { TagStore, type LoadedTags } from './tag-store.js';
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
 * @fires tag-editor-discard - Unsaved choices are about to be thrown away by Cancel or Escape: `{ reason }`; cancelable: the editor keeps them and stays.
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
  /** Counts the draft was built from: the 150-tag check needs `mostTags`. */
  private counts?: TagCounts;
  /** A value set before the tags arrived, applied once they do. */
  private pendingValue?: string[];
  /** focus() came before anything focusable was rendered. */
  private focusWhenLoaded = false;

  /** The filter box, when drawn (a getter, not `@query`: the decorator's code would ship for this one use). */
  private get filterInput(): HTMLInputElement | undefined {
    return this.renderRoot.querySelector<HTMLInputElement>('.filter-input') ?? undefined;
  }

  private readonly store = new TagStore(this, {
    adapter: () => this.activeAdapter,
    selection: () => this.selection,
    loaded: (loaded) => this.useLoaded(loaded),
  });

  private readonly saver = new SaveController(this, this.store);

  /** Escape from inside the editor discards every unsaved change and closes (its own modes back out first). */
  private readonly escapeLayer = new EscapeLayer(this, { active: () => true, element: () => this, dismiss: () => this.discard('escape') });

  private readonly filter = new FilterBox(this, {
    typed: (error) => (this.notice = error && this.canEdit ? { text: tagErrorMessage(error), error: true } : undefined),
    cleared: () => (this.notice = undefined),
    enter: () => {
      if (this.filter.text === '') void this.save();
      else if (this.canEdit) void this.checklist.create(this.filter.text);
    },
    down: () => void this.checklist.roving.focus(this.checklist.visibleTags()[0]),
    input: () => this.filterInput,
  });

  private readonly checklist = new Checklist(this, {
    store: this.store,
    filter: this.filter,
    draft: () => this.draft,
    access: () => ({ canEdit: this.canEdit, canAssign: this.canAssign, recounting: this.recounting }),
    counts: () => (this.selection ? this.counts : undefined),
    say: (notice) => (this.notice = notice),
    edited: (toggled) => {
      if (toggled) this.saver.edited();
      this.draftChanged(true);
    },
    save: () => void this.save(),
    filterInput: () => this.filterInput,
  });

  private readonly manage = new LazyManageMode(this, {
    store: this.store,
    draft: () => this.draft,
    scope: () => this.renderRoot.querySelector('.editor'),
    changed: (notice, rename) => {
      if (rename) this.checklist.roving.renamed(rename.from, rename.to);
      this.notice = notice === undefined ? undefined : { text: notice, error: false };
      if (notice !== undefined) this.draftChanged(false);
    },
  });

  /**
   * Retry goes with the failure message, and a reload under a focused control redraws it: focus then goes to the
   * filter box, else the list's Tab stop, else (manage mode, its code loading after Retry) the manage toggle, else
   * (while loading) the heading, never to <body>.
   */
  private readonly focusKeeper = new FocusKeeper(this, {
    destination: () =>
      this.filterInput ??
      this.checklist.roving.tabStopElement() ??
      this.renderRoot.querySelector<HTMLElement>('[data-action=manage]') ??
      this.renderRoot.querySelector<HTMLElement>('[part=heading]'),
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
    if (!draft || !target || !this.canEdit || !draft.dirty || this.saver.saving || this.recounting) return;
    this.notice = undefined;
    await this.saver.save(target, draft);
  }

  /**
   * Discards every unsaved change, then fires `tag-editor-close`. With unsaved choices it first fires the
   * cancelable `tag-editor-discard`; a host that cancels it keeps the editor as it is. Returns whether it discarded.
   */
  discard(reason: Exclude<TagEditorCloseReason, 'save'> = 'cancel'): boolean {
    if (this.draft?.dirty && !this.saver.saving && !this.dispatchEvent(new TagEditorDiscardEvent(reason))) return false;
    // A save in flight is seen through: its choices stay, to be kept on success or retried after a failure.
    if (!this.saver.saving) this.draft?.reset();
    this.filter.clear();
    this.notice = undefined;
    this.manage.setManaging(false);
    this.saver.discarded();
    this.draftChanged(false);
    this.dispatchEvent(new TagEditorCloseEvent(reason));
    return true;
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
    if (changed.has('selection')) this.saver.selectionChanged();
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
    // The heading takes focus only while nothing else can: as the tags load again after Retry.
    return html`<div class="editor">
      <h2 part="heading" tabindex=${this.draft ? nothing : -1}>${msg('Tags')}</h2>
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
    this.checklist.roving.retain((tag) => draft.has(tag));
    // Focus waited on the heading while the tags loaded again (Retry): it goes on into the editor.
    if (this.shadowRoot?.activeElement?.matches('[part=heading]')) this.focusWhenLoaded = true;
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

  // ---- rendering

  private renderBody(): unknown {
    // While the tags load again (after a save, for a new selection) the checklist stays, read-only while recounting.
    return renderLoad(this.store.task, {
      pending: () => (this.draft ? this.renderEditing() : html`<p part="message" class="message" role="status">${msg('Loading tags…')}</p>`),
      complete: () => this.renderEditing(),
      failure: { what: msg('The tags could not be loaded.'), part: 'message', classes: 'message' },
    });
  }

  private renderEditing(): TemplateResult {
    const managing = this.manage.managing;
    return html`${this.canEdit && !managing ? renderFilterBox(this.filter, this.notice?.error ?? false, this.store.busy) : nothing}
      ${managing ? this.renderManage() : this.renderChecklist()}
      ${this.renderNotice()}`;
  }

  private renderChecklist(): TemplateResult | typeof nothing {
    const draft = this.draft!;
    const tags = this.checklist.visibleTags();
    const text = this.filter.text.trim();
    const exact = text !== '' && draft.spelling(text) !== undefined;
    // A name that can never be a tag shows only its error: no hint or button offering to create it.
    const creatable = this.canEdit && text !== '' && !exact && !this.filter.error;
    const facts = { readOnly: !this.canAssign || this.recounting, counted: !this.recounting, editing: this.selection !== undefined };
    const tabStop = this.checklist.roving.tabStop(tags);
    return html`${tags.length
        ? html`<div part="list" class="list" role="group" aria-label=${msg('Tags')} aria-describedby=${this.selection ? 'summary' : nothing}
            @keydown=${this.checklist.handleKeydown} @click=${this.checklist.handleClick} @focusin=${this.checklist.handleFocus}>
            ${tags.map((tag) => renderTagItem(draft, tag, { ...facts, tabIndex: tag === tabStop ? 0 : -1 }))}
          </div>`
        : this.canEdit && this.filter.error ? nothing : renderNoTags(draft.tags.length > 0, text, this.canEdit)}
      ${creatable
        ? html`<button type="button" part="command" class="command create" aria-disabled=${this.store.busy ? 'true' : 'false'} @click=${() => void this.checklist.create(this.filter.text)}>
            ${msg(str`Create tag “${isolate(text)}”`)}
          </button>`
        : nothing}`;
  }

  private renderManage(): unknown {
    const tags = this.draft!.tags;
    if (!tags.length) return html`<p part="message" class="message hint">${msg('No tags yet.')}</p>`;
    return this.manage.render(tags, this.store.busy);
  }

  private renderNotice(): TemplateResult {
    const notice = this.notice;
    // Always rendered: the filter box's aria-describedby points here, and a live region must exist before it speaks.
    return html`<p id="notice" part="message" class="message ${notice?.error ? 'error' : ''}" role=${notice?.error ? 'alert' : 'status'}>${notice?.text ?? nothing}</p>`;
  }

  private renderActions(): TemplateResult | typeof nothing {
    if (!this.draft) return nothing;
    const save = this.saver.state;
    const editing = this.selection !== undefined;
    const managing = this.manage.managing;
    const canSave = this.canAssign && editing && this.draft.dirty && !this.saver.saving && !this.recounting;
    return html`${this.saver.render(() => void this.save())}
      <div part="actions" class="actions">
        ${this.canEdit
          ? html`<button type="button" part="command" class="command toggle" data-action="manage" aria-pressed=${managing ? 'true' : 'false'}
              @pointerenter=${() => this.manage.prefetch()} @focus=${() => this.manage.prefetch()} @click=${() => this.manage.setManaging(!managing)}>
              ${managing ? msg('Done') : msg('Rename or delete tags')}
            </button>`
          : nothing}
        ${editing
          ? html`<button type="button" part="command" class="command" data-action="cancel-all" @click=${() => this.discard('cancel')}>${this.canAssign ? msg('Cancel') : msg('Close')}</button>`
          : nothing}
        ${editing && this.canAssign
          ? html`<button type="button" part="command" class="command primary" data-action="save" aria-disabled=${canSave ? 'false' : 'true'}
              @pointerenter=${() => this.saver.prefetch()} @focus=${() => this.saver.prefetch()} @click=${() => void this.save()}>
              ${save.kind === 'saving' ? msg('Saving…') : msg('Save')}
            </button>`
          : nothing}
      </div>`;
  }
}
