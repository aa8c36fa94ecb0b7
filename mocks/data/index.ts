/** Deterministic, seeded mock data for demos, stories, tests and benchmarks (SPEC §2). */
export { generateActivity, type ActivityOptions } from './activity.js';
export { generateBillingProfile } from './billing-profiles.js';
export { generateCustomers } from './customers.js';
export { generateDataset, type Dataset } from './dataset.js';
export { HOSTILE_STRINGS } from './hostile.js';
export { DEFAULT_ACTIVITY_MAX, DEFAULT_ACTIVITY_PER_ROW, DEFAULT_ROWS, DEFAULT_SEED, type DatasetOptions } from './options.js';
export { generateProducts } from './products.js';
export { INDIRECT_RESELLERS } from './resellers.js';
export { PARTNER_TAGS } from './tags.js';
