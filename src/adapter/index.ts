export * from './adapter-error.js';
export * from './customer-adapter.js';
export * from './context.js';
export { DEFAULT_USER_PRINCIPAL_NAMES, MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter.js';
export { RestAdapter, type RestAdapterOptions } from './rest/rest-adapter.js';
export type { HeadersSource, RetryInfo } from './rest/http-client.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './rest/retry-policy.js';
export { resolveSelection, type ResolveSelectionOptions } from './resolve-selection.js';
