/** Registers <tag-editor>. Import `TagEditor` from the package root to register under another name. */
import { defineElement } from '../../internal/adapter-element.js';
import { TagEditor } from './tag-editor.component.js';

export const TAG_EDITOR_TAG = 'tag-editor';

defineElement(TAG_EDITOR_TAG, TagEditor);

declare global {
  interface HTMLElementTagNameMap {
    'tag-editor': TagEditor;
  }
}

export { TagEditor };
export * from './tag-editor.events.js';
