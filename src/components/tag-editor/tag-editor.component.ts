import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TagCounts } from '../../adapter/customer-adapter.js';
import { FormAssociatedElement } from '../../internal/form-associated-element.js';
import { isolate } from '../../internal/isolate.js';
import { formatNumber } from '../../localization/labels.js';
import type { Selection } from '../../model/selection.js';
import { nextTagState, TagDraft } from '../../model/tag-draft.js';
import { checkTagName, MAX_TAGS_PER_CUSTOMER, tagKey, type TagError } from '../../model/tags.js';
import { TagCreateEvent, TagDeleteEvent, TagEditorCloseEvent, TagRenameEvent, TagsAssignErrorEvent, TagsAssignEvent, TagsAssignStartEvent, type TagEditorCloseReason } from './tag-editor.events.js';
import { renderManageList, type DeleteState, type RenameState } from './tag-editor.manage.js';
import { adapterFailureMessage, tagErrorMessage } from './tag-editor.messages.js';
import { styles } from './tag-editor.styles.js';
import { userText } from '../../internal/user-text.js';
import { failureMessage, requireAdapter } from '../../internal/failure.js';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; updated: number; skipped: number } | { kind: 'failed'; message: string };

interface LoadedTags {
  tags: string[];
  counts: TagCounts | undefined;
  /** The selection the counts are for (its key), or '' for a picker. */
  selectionKey: string;
}

/** Every customer of the partner: what a delete confirmation counts. */
const EVERY_CUSTOMER: Selection = { mode: 'all', query: {}, excludedKeys: [] };

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
  @state() private filterText = '';
  @state() private notice?: { text: string; error: boolean };
  @state() private saveState: SaveState = { kind: 'idle' };
  @state() private managing = false;
  @state() private renaming?: RenameState;
  @state() private deleting?: DeleteState;
  @state() private busy = false;
  @state() private activeTag?: string;
  /** Counts the draft was built from: the 150-tag check needs `mostTags`. */
  private counts?: TagCounts;
  /** The selection (its key) the draft and counts were built for; the selection may have moved on since. */
  private draftFor?: string;
  /** A value set before the tags arrived, applied once they do. */
  private pendingValue?: string[];
  /** focus() came before anything focusable was rendered. */
  private focusWhenLoaded = false;

  @query('.filter-input') private filterInput?: HTMLInputElement;

  private readonly dataTask = new Task(this, {
    task: async ([adapter, selectionKey], { signal }): Promise<LoadedTags> => {
      adapter = requireAdapter(adapter);
      const selection = selectionKey ? (JSON.parse(selectionKey) as Selection) : undefined;
      const [tags, counts] = await Promise.all([adapter.listTags(signal), selection ? adapter.countTags(selection, signal) : undefined]);
      return { tags, counts, selectionKey };
    },
    args: () => [this.activeAdapter, this.selectionKey] as const,
    onComplete: (loaded) => this.useLoaded(loaded),
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
    const adapter = this.activeAdapter;
    const draft = this.draft;
    const target = this.selection;
    if (!adapter || !draft || !target || !this.canEdit || !draft.dirty || this.saveState.kind === 'saving' || this.recounting) return;
    const { add, remove } = draft.changes();
    this.saveState = { kind: 'saving' };
    this.notice = undefined;
    this.dispatchEvent(new TagsAssignStartEvent(target, add, remove));
    try {
      // No abort signal: a write the server may already have applied is seen through, never cut off.
      const result = await adapter.assignTags({ target, add, remove });
      this.saveState = { kind: 'saved', updated: result.updatedCustomers, skipped: result.skippedCustomerIds.length };
      this.dispatchEvent(new TagsAssignEvent(target, add, remove, result));
      this.dispatchEvent(new TagEditorCloseEvent('save'));
      void this.dataTask.run();
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
    this.filterText = '';
    this.notice = undefined;
    this.renaming = undefined;
    this.deleting = undefined;
    this.managing = false;
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
    void this.dataTask.run();
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
    return html`<div class="editor" @keydown=${this.handleEditorKeydown}>
      <h2 part="heading">${msg('Tags')}</h2>
      ${this.renderSummary()} ${this.renderBody()} ${this.renderActions()}
    </div>`;
  }

  // ---- data

  private useLoaded({ tags, counts, selectionKey }: LoadedTags): void {
    this.counts = counts;
    this.draftFor = selectionKey;
    this.draft = new TagDraft(tags, counts?.byTag, counts?.eligible ?? 0);
    const value = this.pendingValue ?? (this.selection ? undefined : this.defaultValue);
    this.pendingValue = undefined;
    if (value) this.applyValue(value, false);
    if (this.activeTag && !this.draft.has(this.activeTag)) this.activeTag = undefined;
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

  /** The selection, as a key that compares by value: the list hands over a new object for the same rows. */
  private get selectionKey(): string {
    return this.selection ? JSON.stringify(this.selection) : '';
  }

  /**
   * The selection changed since the draft was built and its counts are still being fetched: what the checklist
   * shows belongs to the old selection, so it can be neither changed nor saved until the new counts arrive.
   */
  private get recounting(): boolean {
    return this.draft !== undefined && this.selection !== undefined && this.draftFor !== this.selectionKey;
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

  private visibleTags(): string[] {
    const draft = this.draft;
    if (!draft) return [];
    const needle = tagKey(this.filterText);
    return needle ? draft.tags.filter((tag) => tagKey(tag).includes(needle)) : draft.tags;
  }

  private toggle(tag: string): void {
    const draft = this.draft;
    if (!draft || !this.canAssign || this.recounting) return;
    const next = nextTagState(draft.state(tag), draft.initialState(tag));
    if (next === 'all' && draft.count(tag) === 0 && this.overTagLimit(1)) {
      this.notice = { text: tagErrorMessage({ code: 'too-many', tag, message: '' }), error: true };
      return;
    }
    draft.cycle(tag);
    this.activeTag = tag;
    this.notice = undefined;
    if (this.saveState.kind === 'saved') this.saveState = { kind: 'idle' };
    this.draftChanged(true);
  }

  /**
   * Whether adding `more` tags no selected customer has yet surely takes the customer with the most tags past
   * 150: it gains every such tag and loses at most one per removed tag. What only a mixed tag could cause is
   * left to the adapter, which refuses the whole change; this check never blocks a change that would fit.
   */
  private overTagLimit(more: number): boolean {
    if (!this.selection || !this.counts || !this.draft) return false;
    return this.counts.mostTags + this.draft.addedToEveryone() - this.draft.removedCount() + more > MAX_TAGS_PER_CUSTOMER;
  }

  private async createTag(text: string): Promise<void> {
    const draft = this.draft;
    const adapter = this.activeAdapter;
    if (!draft || !adapter || !this.canEdit || this.busy) return;
    const check = checkTagName(text, draft.tags);
    if (!check.ok) return this.showTagError(check.error);
    if (this.canAssign && this.overTagLimit(1)) return this.showTagError({ code: 'too-many', tag: text, message: '' });
    const focusWasInside = Boolean(this.shadowRoot?.activeElement);
    // The box stays enabled while the request runs: disabling it would drop focus to <body>.
    this.busy = true;
    try {
      const tag = await adapter.createTag(check.tag);
      draft.addTag(tag, this.canAssign ? 'all' : 'none');
      // What was typed meanwhile is the next name: keep it.
      if (this.filterText === text) this.filterText = '';
      this.activeTag = tag;
      this.notice = { text: this.canAssign ? msg(str`Created the tag “${isolate(tag)}” and checked it.`) : msg(str`Created the tag “${isolate(tag)}”.`), error: false };
      this.draftChanged(true);
      this.dispatchEvent(new TagCreateEvent(tag));
    } catch (error) {
      this.notice = { text: adapterFailureMessage(error), error: true };
    } finally {
      this.busy = false;
    }
    // The Create button goes once its name exists: focus waits in the box for the next name instead.
    await this.updateComplete;
    if (focusWasInside && !this.shadowRoot?.activeElement) this.filterInput?.focus();
  }

  /** Why the filter text could never be a tag, whatever the tag set holds; undefined while it could be one. */
  private filterTextError(): TagError | undefined {
    const check = checkTagName(this.filterText);
    const never = ['too-long', 'control-character', 'direction-control'];
    return !check.ok && never.includes(check.error.code) ? check.error : undefined;
  }

  private showTagError(error: TagError): void {
    this.notice = { text: tagErrorMessage(error), error: true };
  }

  /** Typing filters the list; a name that could never be a tag says so at once, not only on Enter. */
  private handleFilterInput(event: Event): void {
    this.filterText = (event.target as HTMLInputElement).value;
    const error = this.filterTextError();
    this.notice = error && this.canEdit ? { text: tagErrorMessage(error), error: true } : undefined;
  }

  private handleFilterKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.focusTag(this.visibleTags()[0]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.filterText === '') void this.save();
      else if (this.canEdit) void this.createTag(this.filterText);
    } else if (event.key === 'Escape' && this.filterText) {
      // The first Escape clears the box; the next one discards and closes.
      event.stopPropagation();
      this.filterText = '';
      this.notice = undefined;
    }
  }

  private handleListKeydown(event: KeyboardEvent): void {
    const tags = this.visibleTags();
    const at = tags.indexOf((event.target as HTMLElement).dataset.tag ?? '');
    if (at < 0) return;
    const move = (to: number) => {
      event.preventDefault();
      if (to < 0) this.filterInput?.focus();
      else this.focusTag(tags[Math.min(to, tags.length - 1)]);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(at + 1);
      case 'ArrowUp':
        return move(at - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(tags.length - 1);
      case ' ':
        event.preventDefault();
        return this.toggle(tags[at]!);
      case 'Enter':
        event.preventDefault();
        return void this.save();
    }
  }

  /** Escape backs out one step: a rename or delete confirmation, else every unsaved change (and closes). */
  private handleEditorKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    if (this.renaming || this.deleting) {
      const tag = this.renaming?.tag ?? this.deleting!.tag;
      this.renaming = undefined;
      this.deleting = undefined;
      void this.focusManageButton(tag, 'rename');
      return;
    }
    this.discard('escape');
  }

  private async focusTag(tag: string | undefined): Promise<void> {
    if (tag === undefined) return;
    this.activeTag = tag;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.item[data-tag="${CSS.escape(tag)}"]`)?.focus();
  }

  // ---- manage mode

  private setManaging(managing: boolean): void {
    this.managing = managing;
    this.renaming = undefined;
    this.deleting = undefined;
    this.notice = undefined;
  }

  private async rename(): Promise<void> {
    const renaming = this.renaming;
    const adapter = this.activeAdapter;
    const draft = this.draft;
    if (!renaming || !adapter || !draft || this.busy) return;
    const check = checkTagName(renaming.text, draft.tags.filter((tag) => tag !== renaming.tag));
    if (!check.ok) {
      this.renaming = { ...renaming, error: tagErrorMessage(check.error) };
      return;
    }
    if (check.tag === renaming.tag) {
      this.renaming = undefined;
      return void this.focusManageButton(renaming.tag, 'rename');
    }
    this.busy = true;
    try {
      const to = await adapter.renameTag(renaming.tag, check.tag);
      draft.renameTag(renaming.tag, to);
      if (this.activeTag === renaming.tag) this.activeTag = to;
      this.renaming = undefined;
      this.notice = { text: msg(str`Renamed “${isolate(renaming.tag)}” to “${isolate(to)}”.`), error: false };
      this.draftChanged(false);
      this.dispatchEvent(new TagRenameEvent(renaming.tag, to));
      void this.focusManageButton(to, 'rename');
    } catch (error) {
      this.renaming = { ...renaming, error: adapterFailureMessage(error) };
    } finally {
      this.busy = false;
    }
  }

  private async startDelete(tag: string): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    this.renaming = undefined;
    this.deleting = { tag };
    void this.focusManageButton(tag, 'cancel');
    try {
      // carriers, not byTag: a delete reaches customers without a reseller relationship too, and its result counts them.
      const counts = await adapter.countTags(EVERY_CUSTOMER);
      if (this.deleting?.tag === tag) this.deleting = { tag, carriers: (counts.carriers ?? counts.byTag)[tag] ?? 0 };
    } catch (error) {
      if (this.deleting?.tag === tag) this.deleting = { tag, error: adapterFailureMessage(error) };
    }
  }

  private async deleteTag(): Promise<void> {
    const deleting = this.deleting;
    const adapter = this.activeAdapter;
    const draft = this.draft;
    if (!deleting || deleting.carriers === undefined || !adapter || !draft || this.busy) return;
    // Manage mode lists every tag, whatever the filter box held.
    const tags = draft.tags;
    const next = tags[tags.indexOf(deleting.tag) + 1] ?? tags[tags.indexOf(deleting.tag) - 1];
    this.busy = true;
    try {
      const { removedFrom } = await adapter.deleteTag(deleting.tag);
      draft.removeTag(deleting.tag);
      this.deleting = undefined;
      this.notice = { text: msg(str`Deleted the tag “${isolate(deleting.tag)}”. Customers that carried it: ${formatNumber(removedFrom)}.`), error: false };
      this.draftChanged(false);
      this.dispatchEvent(new TagDeleteEvent(deleting.tag, removedFrom));
      if (next) void this.focusManageButton(next, 'delete');
      else this.renderRoot.querySelector<HTMLElement>('[data-action="manage"]')?.focus();
    } catch (error) {
      this.deleting = { ...deleting, error: adapterFailureMessage(error) };
    } finally {
      this.busy = false;
    }
  }

  private async focusManageButton(tag: string, action: 'rename' | 'delete' | 'cancel'): Promise<void> {
    await this.updateComplete;
    const row = this.renderRoot.querySelector(`.manage-row[data-tag="${CSS.escape(tag)}"]`);
    row?.querySelector<HTMLElement>(action === 'cancel' ? '[data-action="cancel"]' : `[data-action="${action}"]`)?.focus();
    if (this.renaming && action === 'rename') row?.querySelector<HTMLInputElement>('input')?.select();
  }

  // ---- rendering

  private renderSummary(): TemplateResult | typeof nothing {
    const counts = this.counts;
    const lines: TemplateResult[] = [];
    if (this.recounting) lines.push(html`<p role="status">${msg('Counting the selected customers…')}</p>`);
    else if (this.selection && counts && this.dataTask.status === TaskStatus.COMPLETE) {
      const skipped = counts.selected - counts.eligible;
      if (counts.selected === 0) lines.push(html`<p>${msg('No customers are selected.')}</p>`);
      else lines.push(html`<p>${msg(str`Selected customers: ${formatNumber(counts.selected)}.`)}</p>`);
      if (skipped > 0) {
        lines.push(html`<p>${counts.eligible === 0
          ? msg('None of them can carry tags: tags need a reseller relationship with the customer.')
          : msg(str`Left out, as tags need a reseller relationship with the customer: ${formatNumber(skipped)}.`)}</p>`);
      }
    }
    if (!this.isAdmin) lines.push(html`<p>${msg('Only admin agents can change tags; you can view them.')}</p>`);
    return lines.length ? html`<div part="summary" class="summary" id="summary">${lines}</div>` : nothing;
  }

  private renderBody(): TemplateResult {
    const status = this.dataTask.status;
    if (status === TaskStatus.ERROR) {
      const error = this.dataTask.error;
      return html`<div part="message" class="message error" role="alert">
        <p>${msg('The tags could not be loaded.')} <span dir="auto">${failureMessage(error)}</span></p>
        <button type="button" part="command" class="command" @click=${() => this.reload()}>${msg('Retry')}</button>
      </div>`;
    }
    if (!this.draft) return html`<p part="message" class="message" role="status">${msg('Loading tags…')}</p>`;
    return html`${this.canEdit && !this.managing ? this.renderFilter() : nothing}
      ${this.managing ? this.renderManage() : this.renderChecklist()}
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
        .value=${live(this.filterText)}
        aria-busy=${this.busy ? 'true' : 'false'}
        @input=${this.handleFilterInput}
        @keydown=${this.handleFilterKeydown}
      />`;
  }

  private renderChecklist(): TemplateResult {
    const draft = this.draft!;
    const tags = this.visibleTags();
    const readOnly = !this.canAssign || this.recounting;
    const active = this.activeTag !== undefined && tags.includes(this.activeTag) ? this.activeTag : tags[0];
    const exact = this.filterText.trim() !== '' && draft.spelling(this.filterText) !== undefined;
    // A name that can never be a tag shows only its error: no hint or button offering to create it.
    const creatable = this.canEdit && this.filterText.trim() !== '' && !exact && !this.filterTextError();
    return html`${tags.length
        ? html`<div part="list" class="list" role="group" aria-label=${msg('Tags')} aria-describedby=${this.selection ? 'summary' : nothing} @keydown=${this.handleListKeydown}>
            ${repeat(tags, (tag) => tagKey(tag), (tag) => this.renderItem(draft, tag, tag === active, readOnly))}
          </div>`
        : this.renderEmpty(draft)}
      ${creatable
        ? html`<button type="button" part="command" class="command create" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.createTag(this.filterText)}>
            ${msg(str`Create tag “${isolate(this.filterText.trim())}”`)}
          </button>`
        : nothing}`;
  }

  private renderItem(draft: TagDraft, tag: string, tabbable: boolean, readOnly: boolean): TemplateResult {
    const state = draft.state(tag);
    const changed = draft.changed(tag);
    return html`<div
      role="checkbox"
      part="tag"
      class="item"
      data-tag=${tag}
      aria-checked=${state === 'all' ? 'true' : state === 'mixed' ? 'mixed' : 'false'}
      aria-readonly=${readOnly ? 'true' : 'false'}
      tabindex=${tabbable ? 0 : -1}
      @click=${() => this.toggle(tag)}
      @focus=${() => (this.activeTag = tag)}
    >
      <span class="box" aria-hidden="true">${state === 'all' ? '✓' : state === 'mixed' ? '–' : ''}</span>
      <span class="name" dir="auto">${userText(tag)}</span>
      ${this.selection && !this.recounting ? html`<span part="count" class="count" dir="auto">${msg(str`${formatNumber(draft.count(tag))} of ${formatNumber(draft.of)}`)}</span>` : nothing}
      ${changed && !this.recounting ? html`<span class="change">${state === 'all' ? msg('will be added') : state === 'none' ? msg('will be removed') : msg('unchanged')}</span>` : nothing}
    </div>`;
  }

  private renderEmpty(draft: TagDraft): TemplateResult | typeof nothing {
    if (this.canEdit && this.filterTextError()) return nothing;
    if (draft.tags.length === 0) {
      return html`<p part="message" class="message hint" role="status">${this.canEdit ? msg('No tags yet. Type a name and press Enter to create the first one.') : msg('No tags yet.')}</p>`;
    }
    return html`<p part="message" class="message hint" role="status">${this.canEdit
      ? msg(str`No tag matches “${isolate(this.filterText.trim())}”. Press Enter to create it.`)
      : msg(str`No tag matches “${isolate(this.filterText.trim())}”.`)}</p>`;
  }

  private renderManage(): TemplateResult {
    const tags = this.draft!.tags;
    if (!tags.length) return html`<p part="message" class="message hint">${msg('No tags yet.')}</p>`;
    return renderManageList({
      tags,
      renaming: this.renaming,
      deleting: this.deleting,
      busy: this.busy,
      onStartRename: (tag) => {
        this.deleting = undefined;
        this.renaming = { tag, text: tag };
        void this.focusManageButton(tag, 'rename');
      },
      onRenameInput: (text) => (this.renaming = { ...this.renaming!, text, error: undefined }),
      onRename: () => void this.rename(),
      onStartDelete: (tag) => void this.startDelete(tag),
      onDelete: () => void this.deleteTag(),
      onCancel: () => {
        const tag = this.renaming?.tag ?? this.deleting?.tag;
        this.renaming = undefined;
        this.deleting = undefined;
        if (tag) void this.focusManageButton(tag, 'rename');
      },
    });
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
    const canSave = this.canAssign && editing && this.draft.dirty && save.kind !== 'saving' && !this.recounting;
    return html`${this.renderSaveState(save)}
      <div part="actions" class="actions">
        ${this.canEdit
          ? html`<button type="button" part="command" class="command toggle" data-action="manage" aria-pressed=${this.managing ? 'true' : 'false'} @click=${() => this.setManaging(!this.managing)}>
              ${this.managing ? msg('Done') : msg('Rename or delete tags')}
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

  private renderSaveState(save: SaveState): TemplateResult | typeof nothing {
    switch (save.kind) {
      case 'saving':
        return html`<p part="message" class="message" role="status">${msg('Saving tags…')}</p>`;
      case 'saved':
        return html`<p part="message" class="message" role="status">
          ${msg(str`Tags saved. Customers updated: ${formatNumber(save.updated)}.`)}
          ${save.skipped ? msg(str`Left out, without a reseller relationship: ${formatNumber(save.skipped)}.`) : nothing}
        </p>`;
      case 'failed':
        return html`<p part="message" class="message error" role="alert">
          ${msg('The tags were not saved; nothing changed.')} <span dir="auto">${save.message}</span> ${msg('Your choices are kept: Save to try again.')}
        </p>`;
      default:
        return nothing;
    }
  }
}

