/**
 * The request of a <tag-editor> save and its events, loaded with the save's view (save.part.ts) once the agent
 * has something to save: one bulk `assignTags` for every change, then success or error.
 */
import type { Selection } from '../../model/selection.js';
import type { TagChangeSet } from '../../model/tag-draft.js';
import type { SaveContext } from './save-state.js';
import { TagEditorCloseEvent, TagsAssignErrorEvent, TagsAssignEvent, TagsAssignStartEvent } from './tag-editor.events.js';
import { adapterFailureMessage } from './tag-editor.messages.js';

/**
 * Sends `changes` for `target`. A failure is shown, not thrown; everything the agent chose stays in the draft, so
 * Save again retries. On success the editor closes and the tags load again.
 */
export async function sendSave({ host, store, set }: SaveContext, target: Selection, { add, remove }: TagChangeSet): Promise<void> {
  host.dispatchEvent(new TagsAssignStartEvent(target, add, remove));
  try {
    const result = await store.assign({ target, add, remove });
    set({ kind: 'saved', updated: result.updatedCustomers, skipped: result.skippedCustomerIds.length });
    host.dispatchEvent(new TagsAssignEvent(target, add, remove, result));
    host.dispatchEvent(new TagEditorCloseEvent('save'));
    store.reload();
  } catch (error) {
    set({ kind: 'failed', message: adapterFailureMessage(error) });
    host.dispatchEvent(new TagsAssignErrorEvent(target, add, remove, error));
  }
}
