/** Names of the mock API's routes, used to aim faults at some of them. */
export const MOCK_ROUTES = [
  'customers',
  'customer',
  'tags',
  'tag',
  'assign-tags',
  'count-tags',
  'customer-tags',
  'tagged-customers',
  'billing-profile',
  'products',
  'orders',
  'activity',
] as const;

export type MockRoute = (typeof MOCK_ROUTES)[number];
