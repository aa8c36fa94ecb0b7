// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.
/**
 * `<tag-editor>` for React: Tag checklist, tag creation and bulk tag assignment for selected customers.
 * Properties are props, events typed `on…` props. Importing this module registers `<tag-editor>`, and no
 * other element, under its default tag.
 *
 * @example
 * import { TagEditor } from 'customer-list-elements/react/tag-editor.js';
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../components/tag-editor/tag-editor.js';
import { TagEditor as TagEditorElement } from '../components/tag-editor/tag-editor.component.js';
import { type TagCreateEvent, type TagDeleteEvent, type TagEditorCloseEvent, type TagEditorDiscardEvent, type TagRenameEvent, type TagsAssignErrorEvent, type TagsAssignEvent, type TagsAssignStartEvent } from '../components/tag-editor/tag-editor.events.js';

export const TagEditor = createComponent({
  tagName: 'tag-editor',
  elementClass: TagEditorElement,
  react: React,
  events: {
    onChange: 'change' as EventName<Event>,
    onTagsAssignStart: 'tags-assign-start' as EventName<TagsAssignStartEvent>,
    onTagsAssign: 'tags-assign' as EventName<TagsAssignEvent>,
    onTagsAssignError: 'tags-assign-error' as EventName<TagsAssignErrorEvent>,
    onTagCreate: 'tag-create' as EventName<TagCreateEvent>,
    onTagRename: 'tag-rename' as EventName<TagRenameEvent>,
    onTagDelete: 'tag-delete' as EventName<TagDeleteEvent>,
    onTagEditorClose: 'tag-editor-close' as EventName<TagEditorCloseEvent>,
    onTagEditorDiscard: 'tag-editor-discard' as EventName<TagEditorDiscardEvent>,
  },
});
