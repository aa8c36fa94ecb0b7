/** Billing profiles for generated customers, deterministic per (customer ID, seed). */
import { BILLING_MAX_LENGTH, type Address, type BillingProfile } from '../../src/model/billing.js';
import type { CustomerRow } from '../../src/model/customer.js';
import { COUNTRY_DATA, postalCode, type ProfileCountry } from './countries.js';
import { DEFAULT_SEED } from './options.js';
import { Random, WeightedChoice, combineSeeds, hashString } from './random.js';

const OTHER_COUNTRIES = new WeightedChoice<ProfileCountry>([
  ['US', 45],
  ['GB', 25],
  ['DE', 10],
  ['PL', 10],
  ['JP', 10],
]);

// Once per profile, not per generated row, so a regular expression is affordable here.
const POLISH_HINT = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]|Sp\. z o\.o\./u;
const GERMAN_HINT = /[äöüßÄÖÜ]|GmbH|\bAG$|\bKG$/u;
const JAPANESE_HINT = /[\u3040-\u30ff]|株式会社|有限会社/u;

/** A country that fits the company name where the name gives it away, so profiles look coherent. */
function countryFor(companyName: string, random: Random): ProfileCountry {
  if (POLISH_HINT.test(companyName)) return 'PL';
  if (GERMAN_HINT.test(companyName)) return 'DE';
  if (JAPANESE_HINT.test(companyName)) return 'JP';
  return OTHER_COUNTRIES.pick(random);
}

/** `local@domain`, or at `example.com` when a (hostile, oversized) domain would break the length limit. */
function emailAddress(local: string, domain: string): string {
  const email = `${local}@${domain}`;
  return domain && email.length <= (BILLING_MAX_LENGTH.email ?? Infinity) ? email : `${local}@example.com`;
}

/**
 * A valid profile (per `validateBillingProfile`) for the row's customer; only a hostile company name can
 * make it invalid. Both rows of a dual-role customer get the same profile, as it belongs to the customer.
 */
export function generateBillingProfile(
  row: Pick<CustomerRow, 'id' | 'companyName' | 'primaryDomain'>,
  seed: number = DEFAULT_SEED,
): BillingProfile {
  const random = new Random(combineSeeds(hashString(row.id), seed));
  const country = countryFor(row.companyName, random);
  const data = COUNTRY_DATA[country];
  const first = random.pick(data.firstNames);
  const last = random.pick(data.lastNames);
  const city = random.pick(data.cities);

  const defaultAddress: Address = {
    country,
    city: city.city,
    addressLine1: data.street(random),
    postalCode: postalCode(city, random),
  };
  if (city.state) defaultAddress.state = city.state;
  if (random.chance(0.3)) defaultAddress.addressLine2 = data.addressLine2(random);

  return {
    firstName: first.text,
    lastName: last.text,
    email: emailAddress(`${first.slug}.${last.slug}`, row.primaryDomain),
    phoneNumber: city.phonePrefix + data.subscriberNumber(random),
    culture: data.culture,
    language: data.language,
    companyName: row.companyName,
    defaultAddress,
    etag: random.hex8(),
  };
}
