/**
 * Compile-time tests of types/vue.d.ts (run by `npm run typecheck`): Vue sees every element as a global component
 * with typed props and `on…` listeners.
 */
import type { GlobalComponents } from 'vue';
import type {} from '../../types/vue.js';
import type { CustomerSelectEvent } from '../../src/index.js';

type Props<Tag extends keyof GlobalComponents> = GlobalComponents[Tag] extends abstract new (...args: never[]) => { $props: infer P } ? P : never;

export const list: Props<'customer-list'> = { agentRole: 'sales-agent', onCustomerSelect: (event: CustomerSelectEvent) => void event.count };
export const editor: Props<'tag-editor'> = { name: 'tags', onTagsAssign: (event) => void event.add };
// @ts-expect-error agentRole is 'admin-agent' | 'sales-agent'
export const refused: Props<'customer-list'> = { agentRole: 'root' };
