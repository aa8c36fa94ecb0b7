export * from './adapter-error.js';
export * from './customer-adapter.js';
export * from './context.js';
export { MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter.js';
