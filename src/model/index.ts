export * from './customer.js';
export * from './tags.js';
export * from './query.js';
export * from './selection.js';
export * from './catalog.js';
export * from './billing.js';
export * from './countries.js';
export * from './selection-model.js';
