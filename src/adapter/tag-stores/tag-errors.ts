/** The errors every tag store rejects with, so a broken rule reads the same whatever store keeps the tags. */
import type { TagError } from '../../model/tags.js';
import { AdapterError } from '../adapter-error.js';

/** A broken tag rule (`checkTagName`, `applyTagChanges`) as kind `invalid` with the rule's code. */
export function tagRuleError(error: TagError, where?: string): AdapterError {
  const message = where ? `${error.message} (${where})` : error.message;
  return new AdapterError('invalid', message, { status: 400, code: error.code, details: { tag: error.tag } });
}

/** A tag missing from the partner's set. */
export function tagNotFound(name: string): AdapterError {
  return new AdapterError('not-found', `Tag ${JSON.stringify(name)} was not found`, { status: 404, code: 'not-found' });
}
