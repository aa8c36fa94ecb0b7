// Never rendered: type-checked by `tsc -b` (npm run build), so the wrapper's props are known to be strict.
import { CustomerList } from 'customer-list-elements/react/customer-list.js'
import type { CustomerSelectEvent } from 'customer-list-elements'

export const refused = (
  <>
    {/* @ts-expect-error agentRole is 'admin-agent' | 'sales-agent' */}
    <CustomerList agentRole="root" />
    {/* @ts-expect-error onCustomerSelect receives a CustomerSelectEvent, which has no `rows` */}
    <CustomerList onCustomerSelect={(event) => event.rows} />
  </>
)
export const accepted = <CustomerList pageSize={50} onCustomerSelect={(event: CustomerSelectEvent) => event.selection} />
