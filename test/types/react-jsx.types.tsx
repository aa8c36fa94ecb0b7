/**
 * Compile-time tests of types/react-jsx.d.ts (run by `npm run typecheck`): the elements used directly in React 19
 * JSX take their properties, attributes and typed event listeners, and refuse wrong ones.
 */
import type {} from '../../types/react-jsx.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CustomerSelectEvent } from '../../src/index.js';

const adapter = new MemoryAdapter();

export const ok = (
  <>
    <customer-list adapter={adapter} agentRole="admin-agent" page-size="100" oncustomer-select={(event: CustomerSelectEvent) => event.count} />
    <tag-editor selection={{ mode: 'some', keys: [] }} name="tags" ontags-assign={(event) => event.add.join(', ')} />
    <new-order-dialog customer-id="c1" onorder-create={(event) => event.order.id} />
    <export-button filename="Customers.csv" onexport-complete={(event) => event.rows} />
    <billing-profile-form customer-id="c1" onbilling-profile-save={(event) => event.profile.companyName} />
  </>
);

export const refused = (
  <>
    {/* @ts-expect-error agentRole is 'admin-agent' | 'sales-agent' */}
    <customer-list agentRole="root" />
    {/* @ts-expect-error the event is a CustomerSelectEvent, which has no `order` */}
    <customer-list oncustomer-select={(event) => event.order} />
  </>
);
