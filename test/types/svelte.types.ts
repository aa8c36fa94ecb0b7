/**
 * Compile-time tests of types/svelte.d.ts (run by `npm run typecheck`): svelte-check reads an element's
 * attributes from `SvelteHTMLElements`, so each element has its properties, attributes and `on<event>` listeners.
 */
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from '../../types/svelte.js';
import type { CustomerSelectEvent } from '../../src/index.js';

export const list: SvelteHTMLElements['customer-list'] = { agentRole: 'sales-agent', 'oncustomer-select': (event: CustomerSelectEvent) => void event.count };
export const editor: SvelteHTMLElements['tag-editor'] = { name: 'tags', 'ontags-assign': (event) => void event.add };
// @ts-expect-error agentRole is 'admin-agent' | 'sales-agent'
export const refused: SvelteHTMLElements['customer-list'] = { agentRole: 'root' };
// @ts-expect-error a customer-select listener receives a CustomerSelectEvent, not a number
export const wrongListener: SvelteHTMLElements['customer-list'] = { 'oncustomer-select': (event: number) => event };
