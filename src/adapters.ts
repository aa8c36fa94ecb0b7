/** Entry point `customer-list-elements/adapters.js`: the adapter contract and its implementations, no elements. */
export * from './adapter/index.js';
export * from './model/index.js';
