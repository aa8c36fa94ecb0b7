/** Word lists company names are built from, one group per script or language. */
import { latinSlug, latinWords, pairedWords, type Word } from './slug.js';

/** Shared brands, so a prefix search ("Contoso") returns many rows. */
export const ENGLISH_BRANDS = latinWords([
  'Contoso', 'Fabrikam', 'Adatum', 'Northwind', 'Tailspin', 'Wingtip', 'Litware', 'Proseware', 'Woodgrove',
  'Coho', 'Lucerne', 'Trey Research', 'Wide World', 'Blue Yonder', 'Humongous', 'Fourth Coffee', 'Relecloud',
  'VanArsdel', 'Lamna', 'Alpine Ski House', "Margie's", 'City Power & Light', 'Consolidated', 'Southridge',
  'Bellows', 'Munson', 'Graphic Design', 'Best For You', 'Nod', 'Datum',
]);

export const ENGLISH_INDUSTRIES: readonly Word[] = [
  ...latinWords([
    'Logistics', 'Consulting', 'Retail', 'Energy', 'Foods', 'Software', 'Media', 'Travel', 'Insurance',
    'Legal', 'Labs', 'Motors', 'Bank', 'Hotels', 'Textiles', 'Robotics', 'Analytics', 'Brewing', 'Airlines',
  ]),
  ...pairedWords([
    ['Pharmaceuticals', 'pharma'],
    ['Manufacturing', 'mfg'],
    ['Healthcare', 'health'],
    ['Financial Services', 'finance'],
    ['Engineering', 'eng'],
    ['Construction', 'build'],
  ]),
].map((word, index) => ({ ...word, index }));

export const ENGLISH_LEGAL_FORMS = latinWords([
  'Ltd', 'Inc.', 'LLC', 'GmbH', 'plc', 'Corp.', 'Co.', 'Pty Ltd', 'S.A.', 'B.V.', 'AB', 'Oy', 'A/S', 'S.r.l.',
]);

export const POLISH_TRADES = latinWords([
  'Zakłady Mięsne', 'Przedsiębiorstwo Handlowe', 'Spółdzielnia Mleczarska', 'Hurtownia Budowlana', 'Piekarnia',
  'Drukarnia', 'Biuro Rachunkowe', 'Fabryka Mebli', 'Zakład Usług Leśnych', 'Przychodnia Zdrowia',
]);

export const POLISH_PLACES = latinWords([
  'Łódź', 'Gdańsk', 'Kraków', 'Wrocław', 'Poznań', 'Białystok', 'Zielona Góra', 'Częstochowa', 'Bielsko-Biała',
  'Świnoujście', 'Rzeszów', 'Toruń',
]);

export const POLISH_ADJECTIVES = latinWords(['Żółta', 'Złota', 'Biała', 'Zielona', 'Wesoła', 'Śląska', 'Mała', 'Górska']);

export const POLISH_NOUNS = latinWords(['Łódź', 'Gęś', 'Pszczoła', 'Róża', 'Wieża', 'Góra', 'Sowa', 'Źródła']);

export const POLISH_LEGAL_FORMS = latinWords(['Sp. z o.o.', 'S.A.', 'Sp. j.', 'Sp. k.', 's.c.']);

export const GERMAN_FAMILIES = latinWords([
  'Müller', 'Schäfer', 'Groß', 'Weiß', 'Köhler', 'Jäger', 'Krüger', 'Schröder', 'Ößwald', 'Bäumer', 'Fuchs',
]);

export const GERMAN_TRADES = latinWords([
  'Maschinenbau', 'Straßenbau', 'Präzisionstechnik', 'Brauerei', 'Gärtnerei', 'Spedition', 'Elektrotechnik',
  'Möbelwerk', 'Süßwaren', 'Bäckerei',
]);

export const GERMAN_LEGAL_FORMS = latinWords(['GmbH', 'AG', 'KG', 'GmbH & Co. KG', 'e.K.', 'OHG']);

export const JAPANESE_BRANDS = pairedWords([
  ['サクラ', 'sakura'], ['富士', 'fuji'], ['山田', 'yamada'], ['青空', 'aozora'], ['ひかり', 'hikari'],
  ['大和', 'yamato'], ['日の出', 'hinode'], ['三河', 'mikawa'], ['北斗', 'hokuto'], ['みどり', 'midori'],
]);

export const JAPANESE_BUSINESSES = pairedWords([
  ['物産', 'bussan'], ['商事', 'shoji'], ['電機', 'denki'], ['工業', 'kogyo'], ['製作所', 'seisakusho'],
  ['運輸', 'unyu'], ['食品', 'shokuhin'], ['建設', 'kensetsu'], ['ソフトウェア', 'software'],
]);

export const CHINESE_CITIES = pairedWords([['上海', 'shanghai'], ['深圳', 'shenzhen'], ['北京', 'beijing'], ['杭州', 'hangzhou']]);

export const CHINESE_BRANDS = pairedWords([
  ['华美', 'huamei'], ['长城', 'changcheng'], ['东方', 'dongfang'], ['金龙', 'jinlong'], ['天元', 'tianyuan'],
  ['新华', 'xinhua'], ['恒达', 'hengda'],
]);

export const CHINESE_BUSINESSES = pairedWords([
  ['科技', 'keji'], ['贸易', 'maoyi'], ['电子', 'dianzi'], ['物流', 'wuliu'], ['软件', 'ruanjian'], ['实业', 'shiye'],
]);

export const ARABIC_BRANDS = pairedWords([
  ['النخيل', 'alnakheel'], ['الصقر', 'alsaqr'], ['الفجر', 'alfajr'], ['الواحة', 'alwaha'], ['الخليج', 'alkhaleej'],
  ['الريان', 'alrayyan'],
]);

export const ARABIC_BUSINESSES = pairedWords([
  ['للتجارة', 'trading'], ['للمقاولات', 'contracting'], ['للتقنية', 'tech'], ['للاستشارات', 'consulting'],
  ['للخدمات اللوجستية', 'logistics'],
]);

export const KOREAN_BRANDS = pairedWords([
  ['한빛', 'hanbit'], ['새봄', 'saebom'], ['푸른', 'pureun'], ['대한', 'daehan'], ['미래', 'mirae'], ['하늘', 'haneul'],
]);

export const KOREAN_BUSINESSES = pairedWords([
  ['전자', 'jeonja'], ['물산', 'mulsan'], ['건설', 'geonseol'], ['소프트', 'soft'], ['제약', 'jeyak'], ['식품', 'sikpum'],
]);

/** Emoji in ordinary company names, including sequences: a flag, a ZWJ family, a skin tone. */
const EMOJI_PAIRS: readonly (readonly [string, string])[] = [
  ['Rocket', '🚀'], ['Coffee', '☕'], ['Green', '🌱'], ['Pizza', '🍕'], ['Star', '⭐'], ['Happy', '😀'],
  ['Ocean', '🌊'], ['Polska', '🇵🇱'], ['Family', '👨‍👩‍👧'], ['Thumbs', '👍🏽'],
];

export const EMOJI_WORDS: readonly { word: Word; emoji: string }[] = EMOJI_PAIRS.map(([text, emoji], index) => ({
  word: { text, slug: latinSlug(text), index },
  emoji,
}));

export const EMOJI_NOUNS = latinWords(['Labs', 'Studio', 'Co', 'Express', 'Works', 'Roasters']);
