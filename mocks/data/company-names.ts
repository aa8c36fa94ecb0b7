/**
 * Realistic company names in several scripts, each with an ASCII slug for its domain. A name is one of
 * a few thousand word combinations, so each combination is built once and then shared by every row that
 * draws it: a million rows then hold a few thousand flat strings rather than a million concatenations,
 * which is most of what keeps large datasets fast (less to allocate and for the garbage collector to copy).
 */
import {
  ARABIC_BRANDS,
  ARABIC_BUSINESSES,
  CHINESE_BRANDS,
  CHINESE_BUSINESSES,
  CHINESE_CITIES,
  EMOJI_NOUNS,
  EMOJI_WORDS,
  ENGLISH_BRANDS,
  ENGLISH_INDUSTRIES,
  ENGLISH_LEGAL_FORMS,
  GERMAN_FAMILIES,
  GERMAN_LEGAL_FORMS,
  GERMAN_TRADES,
  JAPANESE_BRANDS,
  JAPANESE_BUSINESSES,
  KOREAN_BRANDS,
  KOREAN_BUSINESSES,
  POLISH_ADJECTIVES,
  POLISH_LEGAL_FORMS,
  POLISH_NOUNS,
  POLISH_PLACES,
  POLISH_TRADES,
} from './names.js';
import { WeightedChoice, type Random } from './random.js';

export interface CompanyName {
  name: string;
  /**
   * Lowercase ASCII letters and digits, with hyphens only between words; never ending in `-<digits>`,
   * which is left free for the suffix that makes domains unique.
   */
  slug: string;
}

/** Name patterns; with the words' indices they number every possible name. */
const PATTERN = {
  englishNumbered: 1,
  englishIndustryNumbered: 2,
  englishIndustry: 3,
  englishLegal: 4,
  polishTrade: 5,
  polishAdjective: 6,
  germanFamilyFirst: 7,
  germanTradeFirst: 8,
  japanese: 9,
  chinese: 10,
  chineseWithCity: 11,
  arabic: 12,
  korean: 13,
  emoji: 14,
} as const;

type Pattern = (typeof PATTERN)[keyof typeof PATTERN];

/**
 * A number for a pattern and up to three word indices or small numbers (each below 256). It stays below
 * 2³⁰, a small integer for V8, so the cache's keys are never allocated as heap numbers.
 */
function comboKey(pattern: Pattern, a: number, b = 0, c = 0): number {
  return (pattern << 24) | (a << 16) | (b << 8) | c;
}

type Script = 'english' | 'polish' | 'german' | 'japanese' | 'chinese' | 'arabic' | 'korean' | 'emoji';

// Mostly English-like names, as in most partners' lists, with every other script well represented.
const SCRIPTS = new WeightedChoice<Script>([
  ['english', 62],
  ['polish', 10],
  ['german', 9],
  ['japanese', 5],
  ['chinese', 4],
  ['arabic', 3],
  ['korean', 3],
  ['emoji', 4],
]);

/** Draws company names from one random stream; one instance per generated dataset. */
export class CompanyNames {
  private readonly cache = new Map<number, CompanyName>();

  constructor(private readonly random: Random) {}

  next(): CompanyName {
    switch (SCRIPTS.pick(this.random)) {
      case 'english':
        return this.english();
      case 'polish':
        return this.polish();
      case 'german':
        return this.german();
      case 'japanese':
        return this.japanese();
      case 'chinese':
        return this.chinese();
      case 'arabic':
        return this.arabic();
      case 'korean':
        return this.korean();
      case 'emoji':
        return this.withEmoji();
    }
  }

  private store(key: number, name: string, slug: string): CompanyName {
    const entry = { name, slug };
    this.cache.set(key, entry);
    return entry;
  }

  private english(): CompanyName {
    const random = this.random;
    const brand = random.pick(ENGLISH_BRANDS);
    const style = random.next();
    if (style < 0.15) {
      // "Contoso 9" next to "Contoso 10": numeric collation makes a visible difference.
      const n = random.int(1, 150);
      const key = comboKey(PATTERN.englishNumbered, brand.index, n);
      return this.cache.get(key) ?? this.store(key, `${brand.text} ${n}`, `${brand.slug}${n}`);
    }
    const industry = random.pick(ENGLISH_INDUSTRIES);
    if (style < 0.25) {
      const n = random.int(1, 40);
      const key = comboKey(PATTERN.englishIndustryNumbered, brand.index, industry.index, n);
      return (
        this.cache.get(key) ??
        this.store(key, `${brand.text} ${industry.text} ${n}`, `${brand.slug}${industry.slug}${n}`)
      );
    }
    if (style < 0.45) {
      const key = comboKey(PATTERN.englishIndustry, brand.index, industry.index);
      return this.cache.get(key) ?? this.store(key, `${brand.text} ${industry.text}`, `${brand.slug}${industry.slug}`);
    }
    const legal = random.pick(ENGLISH_LEGAL_FORMS);
    const key = comboKey(PATTERN.englishLegal, brand.index, industry.index, legal.index);
    return (
      this.cache.get(key) ??
      this.store(key, `${brand.text} ${industry.text} ${legal.text}`, `${brand.slug}${industry.slug}`)
    );
  }

  private polish(): CompanyName {
    const random = this.random;
    const legal = random.pick(POLISH_LEGAL_FORMS);
    if (random.chance(0.6)) {
      const trade = random.pick(POLISH_TRADES);
      const place = random.pick(POLISH_PLACES);
      const key = comboKey(PATTERN.polishTrade, trade.index, place.index, legal.index);
      return (
        this.cache.get(key) ??
        this.store(key, `${trade.text} ${place.text} ${legal.text}`, `${trade.slug}-${place.slug}`)
      );
    }
    const adjective = random.pick(POLISH_ADJECTIVES);
    const noun = random.pick(POLISH_NOUNS);
    const key = comboKey(PATTERN.polishAdjective, adjective.index, noun.index, legal.index);
    return (
      this.cache.get(key) ??
      this.store(key, `${adjective.text} ${noun.text} ${legal.text}`, `${adjective.slug}${noun.slug}`)
    );
  }

  private german(): CompanyName {
    const random = this.random;
    const family = random.pick(GERMAN_FAMILIES);
    const trade = random.pick(GERMAN_TRADES);
    const legal = random.pick(GERMAN_LEGAL_FORMS);
    if (random.chance(0.5)) {
      const key = comboKey(PATTERN.germanFamilyFirst, family.index, trade.index, legal.index);
      return (
        this.cache.get(key) ??
        this.store(key, `${family.text} ${trade.text} ${legal.text}`, `${family.slug}${trade.slug}`)
      );
    }
    const key = comboKey(PATTERN.germanTradeFirst, trade.index, family.index, legal.index);
    return (
      this.cache.get(key) ?? this.store(key, `${trade.text} ${family.text} ${legal.text}`, `${trade.slug}${family.slug}`)
    );
  }

  private japanese(): CompanyName {
    const random = this.random;
    const brand = random.pick(JAPANESE_BRANDS);
    const business = random.pick(JAPANESE_BUSINESSES);
    // 株式会社 before or after the name, or the older 有限会社.
    const style = random.int(0, 9);
    const key = comboKey(PATTERN.japanese, brand.index, business.index, style);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const core = brand.text + business.text;
    const name = style < 6 ? `株式会社${core}` : style < 9 ? `${core}株式会社` : `有限会社${core}`;
    return this.store(key, name, `${brand.slug}-${business.slug}`);
  }

  private chinese(): CompanyName {
    const random = this.random;
    const brand = random.pick(CHINESE_BRANDS);
    const business = random.pick(CHINESE_BUSINESSES);
    if (random.chance(0.7)) {
      const key = comboKey(PATTERN.chinese, brand.index, business.index);
      return (
        this.cache.get(key) ??
        this.store(key, `${brand.text}${business.text}有限公司`, `${brand.slug}-${business.slug}`)
      );
    }
    const city = random.pick(CHINESE_CITIES);
    const key = comboKey(PATTERN.chineseWithCity, city.index, brand.index, business.index);
    return (
      this.cache.get(key) ??
      this.store(
        key,
        `${city.text}${brand.text}${business.text}股份有限公司`,
        `${city.slug}-${brand.slug}-${business.slug}`,
      )
    );
  }

  private arabic(): CompanyName {
    const random = this.random;
    const brand = random.pick(ARABIC_BRANDS);
    const business = random.pick(ARABIC_BUSINESSES);
    const key = comboKey(PATTERN.arabic, brand.index, business.index);
    return (
      this.cache.get(key) ??
      this.store(key, `شركة ${brand.text} ${business.text}`, `${brand.slug}-${business.slug}`)
    );
  }

  private korean(): CompanyName {
    const random = this.random;
    const brand = random.pick(KOREAN_BRANDS);
    const business = random.pick(KOREAN_BUSINESSES);
    // 주식회사 before or after the name, or its short form (주).
    const style = random.int(0, 9);
    const key = comboKey(PATTERN.korean, brand.index, business.index, style);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const core = brand.text + business.text;
    const name = style < 5 ? `주식회사 ${core}` : style < 8 ? `(주)${core}` : `${core} 주식회사`;
    return this.store(key, name, `${brand.slug}-${business.slug}`);
  }

  private withEmoji(): CompanyName {
    const random = this.random;
    const { word, emoji } = random.pick(EMOJI_WORDS);
    const noun = random.pick(EMOJI_NOUNS);
    const key = comboKey(PATTERN.emoji, word.index, noun.index);
    return (
      this.cache.get(key) ??
      this.store(key, `${word.text} ${emoji} ${noun.text}`, `${word.slug}${noun.slug}`)
    );
  }
}
