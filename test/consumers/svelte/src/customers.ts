import type { CustomerRow } from 'customer-list-elements'

/** 240 made-up customers; an app would use a RestAdapter on its partner API instead. */
export const customers: CustomerRow[] = Array.from({ length: 240 }, (_, index) => ({
  id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  companyName: `Customer ${String(index + 1).padStart(3, '0')}`,
  primaryDomain: `customer${index + 1}.onmicrosoft.com`,
  relationship: index % 5 === 0 ? 'indirect-reseller' : 'cloud-reseller',
  tags: index % 3 === 0 ? ['priority'] : [],
}))
