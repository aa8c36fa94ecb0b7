import { createContext } from '@lit/context';
import type { CustomerAdapter } from './customer-adapter.js';

/**
 * Provide one adapter for a whole subtree of elements:
 * `new ContextProvider(host, { context: customerAdapterContext, initialValue: adapter })`.
 * An element's own `adapter` property wins over the context.
 */
export const customerAdapterContext = createContext<CustomerAdapter | undefined>(Symbol.for('customer-list-elements/adapter'));
