/**
 * What the agent does in <tag-editor>'s checklist: move through the tags with one Tab stop, check and uncheck
 * them (within the 150-tag rule), and create a tag from the filter box's text. The element draws the list and
 * passes its clicks, keys and focus here.
 */
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TagCounts } from '../../adapter/customer-adapter.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { isolate } from '../../internal/isolate.js';
import type { TagDraft } from '../../model/tag-draft.js';
import { checkTagName, surelyOverTagLimit, type TagError } from '../../model/tags.js';
import type { FilterBox } from './filter-box.js';
import { TagCreateEvent } from './tag-editor.events.js';
import { adapterFailureMessage, tagErrorMessage } from './tag-editor.messages.js';
import type { TagStore } from './tag-store.js';

export interface ChecklistHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the agent may do in the checklist now. */
export interface ChecklistAccess {
  /** Create tags (and rename or delete them). */
  canEdit: boolean;
  /** Check and uncheck tags: editing is allowed and, with a selection, someone in it can carry tags. */
  canAssign: boolean;
  /** The selection changed and its counts are on their way: the list shown belongs to the old one. */
  recounting: boolean;
}

export interface ChecklistOptions {
  store: TagStore;
  filter: FilterBox;
  draft(): TagDraft | undefined;
  access(): ChecklistAccess;
  /** The counts of the selection edited, for the 150-tag rule; undefined for a picker. */
  counts(): TagCounts | undefined;
  /** Says what happened next to the filter box; undefined clears it. */
  say(notice: { text: string; error: boolean } | undefined): void;
  /** The agent changed the draft: `toggled`, a tag checked or unchecked; else a tag created. */
  edited(toggled: boolean): void;
  /** Enter on a tag. */
  save(): void;
  /** The filter box, where ArrowUp from the first tag and focus after a create go. */
  filterInput(): HTMLElement | null | undefined;
}

export class Checklist implements ReactiveController {
  readonly roving: RovingFocusController;

  constructor(
    private readonly host: ChecklistHost,
    private readonly options: ChecklistOptions,
  ) {
    this.roving = new RovingFocusController(host, {
      keys: () => this.visibleTags(),
      item: (tag) => host.renderRoot.querySelector<HTMLElement>(`.item[data-tag="${CSS.escape(tag)}"]`),
      keyOf: (target) => target.dataset.tag,
      beforeFirst: () => options.filterInput()?.focus(),
    });
    host.addController(this);
  }

  /**
   * The list draws its items by position (a plain `map`, not `repeat`: the directive's code is not worth its
   * bytes here), so a reload that inserts or drops a tag above the focused one redraws that element as another
   * tag. Focus stays with its tag, as it would with keyed items: on the item of the tag that holds the Tab stop.
   */
  hostUpdated(): void {
    const focused = this.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const active = this.roving.active;
    if (active === undefined || !focused?.matches('.item') || focused.dataset.tag === active) return;
    if (this.visibleTags().includes(active)) this.roving.tabStopElement()?.focus();
  }

  /** The tags the filter lets through, in the draft's order. */
  visibleTags(): readonly string[] {
    const draft = this.options.draft();
    return draft ? this.options.filter.matches(draft.tags) : [];
  }

  /** One click on a tag: mixed → all → none (→ mixed for a tag that started mixed). */
  toggle(tag: string): void {
    const draft = this.options.draft();
    const { canAssign, recounting } = this.options.access();
    if (!draft || !canAssign || recounting) return;
    if (draft.checksOn(tag) && draft.count(tag) === 0 && this.overTagLimit(draft)) {
      return this.refuse({ code: 'too-many', tag, message: '' });
    }
    draft.cycle(tag);
    this.roving.focused(tag);
    this.options.say(undefined);
    this.options.edited(true);
  }

  /**
   * Creates a tag from what the filter box held, checked for the selection when the agent may assign it. The
   * box keeps focus throughout (it stays enabled while the request runs: disabling it would drop focus to <body>).
   */
  async create(text: string): Promise<void> {
    const draft = this.options.draft();
    const { canEdit, canAssign } = this.options.access();
    if (!draft || !canEdit || this.options.store.busy) return;
    const check = checkTagName(text, draft.tags);
    if (!check.ok) return this.refuse(check.error);
    if (canAssign && this.overTagLimit(draft)) return this.refuse({ code: 'too-many', tag: text, message: '' });
    try {
      // Resolves with the stored spelling, or undefined while another write runs.
      const tag = await this.options.store.write((adapter) => adapter.createTag(check.tag));
      if (tag === undefined) return;
      draft.addTag(tag, canAssign ? 'all' : 'none');
      this.options.filter.created(text);
      this.roving.focused(tag);
      this.options.say({ text: canAssign ? msg(str`Created the tag “${isolate(tag)}” and checked it.`) : msg(str`Created the tag “${isolate(tag)}”.`), error: false });
      this.options.edited(false);
      this.host.dispatchEvent(new TagCreateEvent(tag));
    } catch (error) {
      this.options.say({ text: adapterFailureMessage(error), error: true });
    }
    // The Create button goes once its name exists: the element's FocusKeeper sends focus to the filter box.
  }

  /** A click anywhere in a tag's row toggles it. */
  readonly handleClick = (event: Event): void => {
    const tag = (event.target as Element).closest<HTMLElement>('.item')?.dataset.tag;
    if (tag !== undefined) this.toggle(tag);
  };

  /** A tag that takes focus, by key, pointer or script, holds the list's Tab stop. */
  readonly handleFocus = (event: FocusEvent): void => {
    const tag = (event.target as HTMLElement).dataset.tag;
    if (tag !== undefined) this.roving.focused(tag);
  };

  /** Arrows, Home and End move; Space toggles the tag; Enter saves. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (this.roving.handleKey(event)) return;
    const tag = (event.target as HTMLElement).dataset.tag;
    if (tag === undefined || !this.visibleTags().includes(tag)) return;
    if (event.key === ' ') {
      event.preventDefault();
      this.toggle(tag);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.options.save();
    }
  };

  /** Whether one more tag no selected customer has yet surely takes one of them past 150. */
  private overTagLimit(draft: TagDraft): boolean {
    const counts = this.options.counts();
    if (!counts) return false;
    return surelyOverTagLimit({ mostTags: counts.mostTags, addedToEveryone: draft.addedToEveryone(), removed: draft.removedCount() }, 1);
  }

  private refuse(error: TagError): void {
    this.options.say({ text: tagErrorMessage(error), error: true });
  }
}
