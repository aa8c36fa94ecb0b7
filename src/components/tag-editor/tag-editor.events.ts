/** The events <tag-editor> fires. All bubble and cross shadow roots (composed). */
import type { AssignTagsResult } from '../../adapter/customer-adapter.js';
import { publicEventInit } from '../../internal/events.js';
import type { Selection } from '../../model/selection.js';

/** A save began: `add` and `remove` are about to be applied to `selection`. Show them at once; undo on `tags-assign-error`. */
export class TagsAssignStartEvent extends Event {
  static readonly eventName = 'tags-assign-start';
  constructor(
    readonly selection: Selection,
    readonly add: readonly string[],
    readonly remove: readonly string[],
  ) {
    super(TagsAssignStartEvent.eventName, publicEventInit());
  }
}

/** The tags were saved on the selection's customers (one bulk request). */
export class TagsAssignEvent extends Event {
  static readonly eventName = 'tags-assign';
  constructor(
    readonly selection: Selection,
    readonly add: readonly string[],
    readonly remove: readonly string[],
    readonly result: AssignTagsResult,
  ) {
    super(TagsAssignEvent.eventName, publicEventInit());
  }
}

/** The save failed; nothing changed on any customer. Undo what `tags-assign-start` showed. */
export class TagsAssignErrorEvent extends Event {
  static readonly eventName = 'tags-assign-error';
  constructor(
    readonly selection: Selection,
    readonly add: readonly string[],
    readonly remove: readonly string[],
    readonly error: unknown,
  ) {
    super(TagsAssignErrorEvent.eventName, publicEventInit());
  }
}

/** A tag was added to the partner's set. */
export class TagCreateEvent extends Event {
  static readonly eventName = 'tag-create';
  constructor(readonly tag: string) {
    super(TagCreateEvent.eventName, publicEventInit());
  }
}

/** A tag was renamed in the partner's set and on every customer carrying it. */
export class TagRenameEvent extends Event {
  static readonly eventName = 'tag-rename';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(TagRenameEvent.eventName, publicEventInit());
  }
}

/** A tag was deleted from the partner's set and from the `removedFrom` customers that carried it. */
export class TagDeleteEvent extends Event {
  static readonly eventName = 'tag-delete';
  constructor(
    readonly tag: string,
    readonly removedFrom: number,
  ) {
    super(TagDeleteEvent.eventName, publicEventInit());
  }
}

export type TagEditorCloseReason = 'save' | 'cancel' | 'escape';

/**
 * Unsaved choices are about to be thrown away (Cancel or Escape): the request before `tag-editor-close`, as
 * `billing-profile-discard` is for the billing form. Cancel it (`preventDefault()`) to keep them: the editor then
 * stays as it is and does not fire `tag-editor-close`.
 */
export class TagEditorDiscardEvent extends Event {
  static readonly eventName = 'tag-editor-discard';
  constructor(readonly reason: Exclude<TagEditorCloseReason, 'save'>) {
    super(TagEditorDiscardEvent.eventName, publicEventInit(true));
  }
}

/** The editor is done: saved, or its changes were discarded with Cancel or Escape. A popover host closes now. */
export class TagEditorCloseEvent extends Event {
  static readonly eventName = 'tag-editor-close';
  constructor(readonly reason: TagEditorCloseReason) {
    super(TagEditorCloseEvent.eventName, publicEventInit());
  }
}

declare global {
  interface HTMLElementEventMap {
    'tags-assign-start': TagsAssignStartEvent;
    'tags-assign': TagsAssignEvent;
    'tags-assign-error': TagsAssignErrorEvent;
    'tag-create': TagCreateEvent;
    'tag-rename': TagRenameEvent;
    'tag-delete': TagDeleteEvent;
    'tag-editor-discard': TagEditorDiscardEvent;
    'tag-editor-close': TagEditorCloseEvent;
  }
}
