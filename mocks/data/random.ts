/**
 * A small seeded PRNG (mulberry32) and the helpers the generators draw from. Every generated value
 * comes from here, never from Math.random or the clock, so a seed always yields the same dataset.
 */

// Character codes of the hex digits: a GUID is built with one String.fromCharCode call, which makes one
// flat string instead of a dozen concatenated pieces (about ten times faster, and less garbage).
const HEX = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
const DASH = 0x2d;
const FOUR = 0x34;

/** The hex digit code of the 4 bits of `value` starting at bit `shift`. */
function nibble(value: number, shift: number): number {
  return HEX[(value >>> shift) & 15]!;
}

/** Murmur3's 32-bit finalizer: spreads nearby seeds (1, 2, 3 …) far apart in the generator's state. */
export function scrambleSeed(seed: number): number {
  let h = seed >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over UTF-16 code units: turns a string (a customer ID) into a 32-bit seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Combines two seeds into one, so e.g. (customer ID, dataset seed) gives its own stream. */
export function combineSeeds(a: number, b: number): number {
  return scrambleSeed((a ^ Math.imul(b >>> 0, 0x9e3779b1)) >>> 0);
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = scrambleSeed(seed);
  }

  /** The next unsigned 32-bit integer (mulberry32). */
  uint32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Shuffles in place (Fisher–Yates) and returns the same array (a typed array too, with the same draws). */
  shuffle<T, A extends { [index: number]: T; length: number } = T[]>(items: A): A {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = items[i]!;
      items[i] = items[j]!;
      items[j] = swap;
    }
    return items;
  }

  /** Eight lowercase hex digits. */
  hex8(): string {
    const a = this.uint32();
    return String.fromCharCode(
      nibble(a, 28), nibble(a, 24), nibble(a, 20), nibble(a, 16), nibble(a, 12), nibble(a, 8), nibble(a, 4), nibble(a, 0),
    );
  }

  /** A lowercase version-4 GUID (8-4-4-4-12), as tenant IDs look. */
  guid(): string {
    const a = this.uint32();
    const b = this.uint32();
    // The variant bits 10xx of RFC 4122, as real tenant IDs carry (the version digit 4 is written below).
    const c = (this.uint32() & 0x3fffffff) | 0x80000000;
    const d = this.uint32();
    // prettier-ignore
    return String.fromCharCode(
      nibble(a, 28), nibble(a, 24), nibble(a, 20), nibble(a, 16), nibble(a, 12), nibble(a, 8), nibble(a, 4), nibble(a, 0), DASH,
      nibble(b, 28), nibble(b, 24), nibble(b, 20), nibble(b, 16), DASH,
      FOUR, nibble(b, 8), nibble(b, 4), nibble(b, 0), DASH,
      nibble(c, 28), nibble(c, 24), nibble(c, 20), nibble(c, 16), DASH,
      nibble(c, 12), nibble(c, 8), nibble(c, 4), nibble(c, 0),
      nibble(d, 28), nibble(d, 24), nibble(d, 20), nibble(d, 16), nibble(d, 12), nibble(d, 8), nibble(d, 4), nibble(d, 0),
    );
  }
}

/** A list of choices with weights, with the cumulative sums computed once rather than per draw. */
export class WeightedChoice<T> {
  private readonly values: readonly T[];
  private readonly cumulative: readonly number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('A weighted choice needs at least one entry');
    let sum = 0;
    this.values = entries.map(([value]) => value);
    this.cumulative = entries.map(([, weight]) => (sum += weight));
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let i = 0;
    while (i < this.cumulative.length - 1 && target >= this.cumulative[i]!) i++;
    return this.values[i]!;
  }
}
