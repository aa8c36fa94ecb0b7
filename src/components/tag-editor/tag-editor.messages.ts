/** Localized messages of the tag rules (SPEC §1 "Tags"): specific, never a generic "invalid". */
import { msg, str } from '@lit/localize';
import { isAdapterError } from '../../adapter/adapter-error.js';
import { failureMessage } from '../../internal/failure.js';
import { isolate } from '../../internal/isolate.js';
import { formatNumber } from '../../localization/labels.js';
import { MAX_TAGS_PER_CUSTOMER, TAG_MAX_LENGTH, tagLength, type TagError } from '../../model/tags.js';

export function tagErrorMessage(error: TagError): string {
  switch (error.code) {
    case 'empty':
      return msg('A tag needs at least one character other than spaces.');
    case 'too-long':
      return msg(str`A tag can be at most ${TAG_MAX_LENGTH} characters long; this one has ${formatNumber(tagLength(error.tag.trim()))}.`);
    case 'control-character':
      return msg('A tag cannot contain control characters such as tabs or line breaks.');
    case 'direction-control':
      return msg('A tag cannot contain hidden direction characters (U+202A–U+202E, U+2066–U+2069): they can make text read backwards.');
    case 'duplicate':
      return msg(str`The tag “${isolate(error.existing ?? error.tag)}” already exists (tags ignore case).`);
    case 'too-many':
      return msg(str`A customer can carry at most ${MAX_TAGS_PER_CUSTOMER} tags; some selected customers would have more.`);
  }
}


/** What a failed adapter call says to the agent: the tag rule it broke, else the adapter's own message. */
export function adapterFailureMessage(error: unknown): string {
  if (isAdapterError(error, 'forbidden')) return msg('Only admin agents can change tags.');
  if (isAdapterError(error, 'invalid') && error.code === 'too-many') {
    return tagErrorMessage({ code: 'too-many', tag: '', message: error.message });
  }
  return failureMessage(error);
}
