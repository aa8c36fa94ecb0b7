/**
 * Adversarial values for `hostile: true` datasets: markup, spreadsheet formulas, control and invisible
 * characters, bidirectional overrides, combining marks and oversized values. Elements must show them as
 * inert text, and export must neutralize them (SPEC §1 "Export").
 */

// The most dangerous first: with only a few rows, markup and formula injection are still covered.
const NAMES: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://evil.example","click")',
  '+1',
  '-2+3',
  '@SUM(A1:A2)',
  "=cmd|' /C calc'!A0",
  '\tTab Leading Ltd',
  '\rCarriage Return Ltd',
  'Quote "Co", Inc.\nLine 2',
  'Acme \u202Egnp.exe',
  'Zero\u200BWidth\u200DJoiner\uFEFFCo',
  'Z\u0334\u0321a\u0337l\u0338g\u0335o\u0336 Industries',
  '👩‍💻 Devs',
  '.',
  // 10 000 characters: layout, tooltips and CSV must cope without truncating the data itself.
  `${'Long '.repeat(1999)}Corp.`,
  '  Padded Name  ',
  '&lt;b&gt;Escaped&lt;/b&gt; &amp; Co',
  "{{constructor.constructor('alert(1)')()}}",
  'null',
];

/**
 * None of these can collide with a generated `<slug>.onmicrosoft.com`: each has a character, a suffix
 * or a dot a slug never has.
 */
const DOMAINS: readonly string[] = [
  'xn--80ak6aa92e.com',
  'evil<b>bold</b>.onmicrosoft.com',
  '=1+1.onmicrosoft.com',
  '"quoted,domain".onmicrosoft.com',
  'UPPER-Case.OnMicrosoft.COM',
  // Over the 253-character limit of a DNS name, in five 63-character labels.
  `${Array.from({ length: 5 }, (_, i) => `label${i}`.padEnd(63, 'x')).join('.')}.onmicrosoft.com`,
];

/** Pads with dots to exactly `length` code points, the unit `checkTagName` counts. */
function padToCodePoints(text: string, length: number): string {
  return text + '.'.repeat(length - [...text].length);
}

/** Valid tags (`checkTagName` accepts them) that are still hostile to rendering and export. */
const TAGS: readonly string[] = [
  '<b>bold</b>',
  '=1+1',
  '@admin',
  '-minus',
  '+plus',
  // Direction marks are allowed (overrides and isolates are refused); a mark next to a number still reorders.
  'Acme \u200Ftxt.exe 10',
  'Zero\u200DJoiner',
  '🔥 Hot lead',
  padToCodePoints('Exactly fifty characters', 50),
  // Astral characters: 50 code points but more UTF-16 units, so a length check on `.length` is wrong.
  padToCodePoints('📦📦📦📦📦 fifty code points', 50),
  // Export joins tags with "; ", and quotes fields with commas or quotes.
  'a; b',
  'Tag, "quoted"',
];

/** Adversarial samples, copied so a caller changing them cannot change what the generator produces. */
export const HOSTILE_STRINGS: { names: string[]; domains: string[]; tags: string[] } = {
  names: [...NAMES],
  domains: [...DOMAINS],
  tags: [...TAGS],
};

export { NAMES as HOSTILE_NAMES, DOMAINS as HOSTILE_DOMAINS, TAGS as HOSTILE_TAGS };

/**
 * A hostile domain for its `repeat`-th use: the plain sample first, then `-h2`, `-h3` … before the first
 * dot, so repeats stay unique and still cannot collide with generated domains.
 */
export function hostileDomain(sample: string, repeat: number): string {
  if (repeat <= 1) return sample;
  const dot = sample.indexOf('.');
  return `${sample.slice(0, dot)}-h${repeat}${sample.slice(dot)}`;
}
