/** Tag rules of the partner center: SPEC §1 "Tags". Pure functions returning error values, never throwing. */

export const TAG_MAX_LENGTH = 50;
export const MAX_TAGS_PER_CUSTOMER = 150;

export type TagErrorCode = 'empty' | 'too-long' | 'control-character' | 'direction-control' | 'duplicate' | 'too-many';

export interface TagError {
  code: TagErrorCode;
  /** An English sentence; elements show a localized message chosen by `code`. */
  message: string;
  /** The offending tag, as given. */
  tag: string;
  /** For `duplicate`: the stored spelling of the tag it clashes with. */
  existing?: string;
}

export type TagCheck = { ok: true; tag: string } | { ok: false; error: TagError };

// \p{Cc} is the Unicode "control" category: C0, DEL and C1. Format characters (zero-width joiners,
// direction marks) are not controls and stay allowed, as the spec allows any other Unicode.
const CONTROL_CHARACTER = /\p{Cc}/u;
// Direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are format characters, but they
// reorder what is drawn: "Acme \u202Etxt.exe" shows as "Acme exe.txt". A tag name is a label, never that.
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Length in user-visible code points, so an emoji or a CJK character counts once. */
export function tagLength(tag: string): number {
  let length = 0;
  for (const _ of tag) length++;
  return length;
}

/**
 * The comparison key: tags are unique case-insensitively (`VIP` and `vip` are one tag). Upper- then
 * lower-casing folds special cases too (`straße` and `STRASSE` are one tag). Surrounding white space is
 * ignored and inner runs of it count as one space, because a page draws `Tier  1` exactly like `Tier 1`:
 * two tags a person cannot tell apart must not both exist.
 */
export function tagKey(tag: string): string {
  return tag.trim().replace(/\s+/gu, ' ').normalize('NFC').toUpperCase().toLowerCase();
}

function tagError(code: TagErrorCode, tag: string, message: string, existing?: string): TagCheck {
  return { ok: false, error: { code, tag, message, ...(existing === undefined ? {} : { existing }) } };
}

/**
 * Checks one tag name: trimmed of surrounding white space, 1 to 50 characters, no control characters or
 * direction overrides,
 * and not already among `existing` (compared by `tagKey`: case and runs of white space ignored). Returns the
 * trimmed name when valid.
 */
export function checkTagName(name: string, existing: Iterable<string> = []): TagCheck {
  const tag = name.trim();
  if (tag.length === 0) return tagError('empty', name, 'Tag is empty');
  if (CONTROL_CHARACTER.test(tag)) return tagError('control-character', name, 'Tag contains a control character');
  if (DIRECTION_CONTROL.test(tag)) return tagError('direction-control', name, 'Tag contains a direction override or isolate character');
  if (tagLength(tag) > TAG_MAX_LENGTH) {
    return tagError('too-long', name, `Tag is longer than ${TAG_MAX_LENGTH} characters`);
  }
  const key = tagKey(tag);
  for (const other of existing) {
    if (tagKey(other) === key) return tagError('duplicate', name, `Tag "${other}" already exists`, other);
  }
  return { ok: true, tag };
}

/** Finds the stored spelling of a tag, matching by `tagKey`. */
export function findTag(tags: Iterable<string>, name: string): string | undefined {
  const key = tagKey(name);
  for (const tag of tags) if (tagKey(tag) === key) return tag;
  return undefined;
}

/**
 * Removes duplicates by `tagKey`, keeping the first spelling of each tag, in the original order.
 */
export function uniqueTags(tags: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const key = tagKey(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/**
 * A customer's tags after adding and removing some. Tags already present keep their spelling; the result
 * is refused with `too-many` when it would exceed 150 tags.
 */
export function applyTagChanges(
  current: readonly string[],
  add: readonly string[],
  remove: readonly string[],
): { ok: true; tags: string[] } | { ok: false; error: TagError } {
  const removed = new Set(remove.map(tagKey));
  const tags = uniqueTags([...current, ...add]).filter((tag) => !removed.has(tagKey(tag)));
  // A customer already over the limit (imported data) may still drop tags, just not grow.
  if (tags.length > MAX_TAGS_PER_CUSTOMER && tags.length > uniqueTags(current).length) {
    const error: TagError = {
      code: 'too-many',
      tag: add[add.length - 1] ?? '',
      message: `A customer can have at most ${MAX_TAGS_PER_CUSTOMER} tags`,
    };
    return { ok: false, error };
  }
  return { ok: true, tags };
}

/** Errors no tag set can cure: the name breaks a rule on its own, whatever tags exist. */
const NEVER_A_TAG: readonly TagErrorCode[] = ['too-long', 'control-character', 'direction-control'];

/**
 * Why a name could never be a tag, whatever the tag set holds (too long, a control or direction character), or
 * undefined while it could be one (an empty name or a duplicate may still become valid as the agent types).
 */
export function neverATag(name: string): TagError | undefined {
  const check = checkTagName(name);
  return !check.ok && NEVER_A_TAG.includes(check.error.code) ? check.error : undefined;
}

/** What a pending change does to the customer with the most tags, as far as a selection's counts tell. */
export interface TagLoad {
  /** Tags of the selected customer that carries the most. */
  mostTags: number;
  /** Tags no selected customer carries that every one of them will gain (one each). */
  addedToEveryone: number;
  /** Tags leaving every selected customer: each takes at most one off a customer. */
  removed: number;
}

/**
 * Whether adding `more` tags no selected customer has yet surely takes the customer with the most tags past
 * 150: it gains every such tag and loses at most one per removed tag. What only a mixed tag could cause is left
 * to the adapter, which refuses the whole change; this check never blocks a change that would fit.
 */
export function surelyOverTagLimit({ mostTags, addedToEveryone, removed }: TagLoad, more: number): boolean {
  return mostTags + addedToEveryone - removed + more > MAX_TAGS_PER_CUSTOMER;
}
