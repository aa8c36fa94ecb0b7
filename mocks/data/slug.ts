/**
 * ASCII slugs for domain names. Only run while word lists are built (once per module load), never per
 * row, so the regular expressions here cost nothing when generating large datasets.
 */

// Latin letters that Unicode decomposition does not reduce to ASCII.
const LATIN_FOLDS: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd' };

/** `Zakłady Mięsne` → `zakladymiesne`, `Margie's Travel` → `margiestravel`. */
export function latinSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[łßøæœđ]/gu, (letter) => LATIN_FOLDS[letter] ?? '')
    .normalize('NFD')
    .replace(/[^a-z0-9]/gu, '');
}

/** A word in its own script with the ASCII form a domain or email address uses for it. */
export interface Word {
  text: string;
  slug: string;
  /** Position in its list: identifies a combination of words by number, for caching built names. */
  index: number;
}

/** Words in a Latin script: the slug is derived from the text. */
export function latinWords(texts: readonly string[]): Word[] {
  return texts.map((text, index) => ({ text, slug: latinSlug(text), index }));
}

/** Words in a non-Latin script, given as `[text, ascii]` pairs: no transliteration is attempted. */
export function pairedWords(pairs: readonly (readonly [string, string])[]): Word[] {
  return pairs.map(([text, slug], index) => ({ text, slug, index }));
}
