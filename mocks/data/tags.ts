/** The partner's tag set and how tags are dealt out to customers. */
import type { Random } from './random.js';

/** Tags customers are given. Each 1–50 characters, unique case-insensitively, valid for `checkTagName`. */
const ASSIGNED_TAGS: readonly string[] = [
  'VIP', 'Renewal Q1', 'Renewal Q2', 'Renewal Q3', 'Renewal Q4', 'EDU', 'Gov', 'Nonprofit', 'Tier 1', 'Tier 2',
  'Healthcare', 'Finance', 'Retail', 'Manufacturing', 'Migration', 'Onboarding', 'At risk', 'Upsell',
  'Copilot pilot', 'Azure credits', 'Key account – EMEA', 'Polska', 'Zdrowie i opieka', 'Priorität', '日本',
];

/** In the tag set but on no customer: filtering by it must find nothing. */
const UNUSED_TAGS: readonly string[] = ['Archived 2019'];

export const PARTNER_TAGS: readonly string[] = [...ASSIGNED_TAGS, ...UNUSED_TAGS];

const NO_TAGS_SHARE = 0.3;
const MAX_TAGS = 4;

/** 0–4 distinct tags from `pool`; about 30 % of customers get none. */
export function pickTags(random: Random, pool: readonly string[] = ASSIGNED_TAGS): string[] {
  if (random.chance(NO_TAGS_SHARE)) return [];
  return pickDistinct(random, pool, random.int(1, MAX_TAGS));
}

/** `count` distinct items of `pool` (fewer if the pool is smaller); rejection sampling, as count is tiny. */
function pickDistinct(random: Random, pool: readonly string[], count: number): string[] {
  const picked: string[] = [];
  const wanted = Math.min(count, pool.length);
  while (picked.length < wanted) {
    const item = random.pick(pool);
    if (!picked.includes(item)) picked.push(item);
  }
  return picked;
}
