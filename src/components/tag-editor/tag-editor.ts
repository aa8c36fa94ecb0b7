/** Registers <tag-editor>. `TagEditor.define('other-name')` registers it under another name. */
import { TagEditor } from './tag-editor.component.js';

export const TAG_EDITOR_TAG = 'tag-editor';

TagEditor.define();

declare global {
  interface HTMLElementTagNameMap {
    'tag-editor': TagEditor;
  }
}

export { TagEditor };
export * from './tag-editor.events.js';
