/**
 * Per-country data for billing profiles: people, cities, streets and phone formats, following the
 * address rules of `BILLING_COUNTRIES` (every country here uses a postal code; US and JP a state).
 */
import type { Random } from './random.js';
import { latinWords, pairedWords, type Word } from './slug.js';

export type ProfileCountry = 'US' | 'PL' | 'GB' | 'DE' | 'JP';

export const PROFILE_COUNTRIES: readonly ProfileCountry[] = ['US', 'PL', 'GB', 'DE', 'JP'];

export interface City {
  city: string;
  state?: string;
  /** The postal code, or its fixed beginning when `postalDigits` random digits follow. */
  postalCode: string;
  postalDigits?: number;
  /** Phone number up to the subscriber part, which is random. */
  phonePrefix: string;
}

export interface CountryData {
  culture: string;
  language: string;
  firstNames: readonly Word[];
  lastNames: readonly Word[];
  cities: readonly City[];
  street: (random: Random) => string;
  /** Optional second address line (suite, floor, flat). */
  addressLine2: (random: Random) => string;
  /** Digits after `phonePrefix`; fictional ranges where the country has them (555-01xx, 020 7946 0xxx). */
  subscriberNumber: (random: Random) => string;
}

function digits(random: Random, count: number): string {
  return String(random.int(0, 10 ** count - 1)).padStart(count, '0');
}

export function postalCode(city: City, random: Random): string {
  return city.postalDigits ? city.postalCode + digits(random, city.postalDigits) : city.postalCode;
}

const ENGLISH_FIRST_NAMES = latinWords([
  'James', 'Mary', 'Olivia', 'Liam', 'Noah', 'Emma', 'Ava', 'Ethan', 'Sophia', 'Aisha', 'Priya', 'Wei', 'Carlos',
]);
const ENGLISH_LAST_NAMES = latinWords([
  'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', "O'Brien", 'Patel', 'Nguyen', 'García',
]);

export const COUNTRY_DATA: Readonly<Record<ProfileCountry, CountryData>> = {
  US: {
    culture: 'en-US',
    language: 'en',
    firstNames: ENGLISH_FIRST_NAMES,
    lastNames: ENGLISH_LAST_NAMES,
    cities: [
      { city: 'Redmond', state: 'WA', postalCode: '98052', phonePrefix: '+1 425 555 01' },
      { city: 'Seattle', state: 'WA', postalCode: '98101', phonePrefix: '+1 206 555 01' },
      { city: 'New York', state: 'NY', postalCode: '10001', phonePrefix: '+1 212 555 01' },
      { city: 'Austin', state: 'TX', postalCode: '78701', phonePrefix: '+1 512 555 01' },
      { city: 'Chicago', state: 'IL', postalCode: '60601', phonePrefix: '+1 312 555 01' },
      { city: 'Boston', state: 'MA', postalCode: '02108', phonePrefix: '+1 617 555 01' },
    ],
    street: (random) =>
      `${random.int(1, 9999)} ${random.pick(['Main Street', 'Pine Street', '1st Avenue', 'Microsoft Way', 'Market Street'])}`,
    addressLine2: (random) => `Suite ${random.int(100, 999)}`,
    subscriberNumber: (random) => digits(random, 2),
  },
  GB: {
    culture: 'en-GB',
    language: 'en',
    firstNames: ENGLISH_FIRST_NAMES,
    lastNames: ENGLISH_LAST_NAMES,
    cities: [
      { city: 'London', postalCode: 'EC1A 1BB', phonePrefix: '+44 20 7946 0' },
      { city: 'Manchester', postalCode: 'M1 1AE', phonePrefix: '+44 161 496 0' },
      { city: 'Edinburgh', postalCode: 'EH1 1YZ', phonePrefix: '+44 131 496 0' },
      { city: 'Bristol', postalCode: 'BS1 4DJ', phonePrefix: '+44 117 496 0' },
    ],
    street: (random) => `${random.int(1, 250)} ${random.pick(['High Street', 'Baker Street', 'Station Road', 'Church Lane'])}`,
    addressLine2: (random) => `Floor ${random.int(1, 12)}`,
    subscriberNumber: (random) => digits(random, 3),
  },
  PL: {
    culture: 'pl-PL',
    language: 'pl',
    firstNames: latinWords(['Agnieszka', 'Łukasz', 'Małgorzata', 'Paweł', 'Katarzyna', 'Michał', 'Zofia', 'Wojciech']),
    lastNames: latinWords(['Wójcik', 'Zieliński', 'Kowalczyk', 'Lewandowski', 'Wiśniewska', 'Dąbrowski', 'Woźniak']),
    cities: [
      { city: 'Warszawa', postalCode: '00-', postalDigits: 3, phonePrefix: '+48 22 ' },
      { city: 'Kraków', postalCode: '30-', postalDigits: 3, phonePrefix: '+48 12 ' },
      { city: 'Łódź', postalCode: '90-', postalDigits: 3, phonePrefix: '+48 42 ' },
      { city: 'Gdańsk', postalCode: '80-', postalDigits: 3, phonePrefix: '+48 58 ' },
      { city: 'Wrocław', postalCode: '50-', postalDigits: 3, phonePrefix: '+48 71 ' },
    ],
    street: (random) =>
      `ul. ${random.pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Świętokrzyska', 'Żelazna'])} ${random.int(1, 180)}`,
    addressLine2: (random) => `lok. ${random.int(1, 60)}`,
    subscriberNumber: (random) => `${digits(random, 3)} ${digits(random, 2)} ${digits(random, 2)}`,
  },
  DE: {
    culture: 'de-DE',
    language: 'de',
    firstNames: latinWords(['Jürgen', 'Jörg', 'Lena', 'Sören', 'Anja', 'Björn', 'Maximilian', 'Käthe']),
    lastNames: latinWords(['Müller', 'Schröder', 'Weiß', 'Groß', 'Köhler', 'Schäfer', 'Fischer', 'Hoffmann']),
    cities: [
      { city: 'Berlin', postalCode: '10115', phonePrefix: '+49 30 ' },
      { city: 'München', postalCode: '80331', phonePrefix: '+49 89 ' },
      { city: 'Hamburg', postalCode: '20095', phonePrefix: '+49 40 ' },
      { city: 'Köln', postalCode: '50667', phonePrefix: '+49 221 ' },
      { city: 'Frankfurt am Main', postalCode: '60311', phonePrefix: '+49 69 ' },
    ],
    street: (random) => {
      const street = random.pick(['Hauptstraße', 'Königsallee', 'Friedrichstraße', 'Schloßstraße', 'Mühlenweg']);
      return `${street} ${random.int(1, 200)}`;
    },
    addressLine2: (random) => `${random.int(1, 6)}. OG`,
    subscriberNumber: (random) => digits(random, 7),
  },
  JP: {
    culture: 'ja-JP',
    language: 'ja',
    firstNames: pairedWords([['花子', 'hanako'], ['太郎', 'taro'], ['陽菜', 'hina'], ['蓮', 'ren'], ['美咲', 'misaki']]),
    lastNames: pairedWords([['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['渡辺', 'watanabe']]),
    cities: [
      { city: '千代田区', state: '東京都', postalCode: '100-0005', phonePrefix: '+81 3-' },
      { city: '大阪市北区', state: '大阪府', postalCode: '530-0001', phonePrefix: '+81 6-' },
      { city: '横浜市西区', state: '神奈川県', postalCode: '220-0012', phonePrefix: '+81 45-' },
      { city: '札幌市中央区', state: '北海道', postalCode: '060-0001', phonePrefix: '+81 11-' },
    ],
    // Japanese block addresses: district, then chōme-banchi-gō.
    street: (random) =>
      `${random.pick(['丸の内', '梅田', 'みなとみらい', '北一条西'])}${random.int(1, 9)}-${random.int(1, 20)}-${random.int(1, 30)}`,
    addressLine2: (random) => `${random.int(2, 40)}階`,
    subscriberNumber: (random) => `${digits(random, 4)}-${digits(random, 4)}`,
  },
};
