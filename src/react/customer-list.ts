// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.
/**
 * `<customer-list>` for React: Customer list of a partner center's Customers page.
 * Properties are props, events typed `on…` props. Importing this module registers `<customer-list>`, and no
 * other element, under its default tag.
 *
 * @example
 * import { CustomerList } from 'customer-list-elements/react/customer-list.js';
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../components/customer-list/customer-list.js';
import { CustomerList as CustomerListElement } from '../components/customer-list/customer-list.component.js';
import { type ActivityRequestEvent, type BillingProfileRequestEvent, type CustomerOpenEvent, type CustomerSelectEvent, type ExportRequestEvent, type ManageTagsRequestEvent, type NewOrderRequestEvent, type SavedViewsChangeEvent, type ViewStateChangeEvent } from '../components/customer-list/customer-list.events.js';

export const CustomerList = createComponent({
  tagName: 'customer-list',
  elementClass: CustomerListElement,
  react: React,
  events: {
    onCustomerSelect: 'customer-select' as EventName<CustomerSelectEvent>,
    onCustomerOpen: 'customer-open' as EventName<CustomerOpenEvent>,
    onNewOrderRequest: 'new-order-request' as EventName<NewOrderRequestEvent>,
    onBillingProfileRequest: 'billing-profile-request' as EventName<BillingProfileRequestEvent>,
    onActivityRequest: 'activity-request' as EventName<ActivityRequestEvent>,
    onManageTagsRequest: 'manage-tags-request' as EventName<ManageTagsRequestEvent>,
    onExportRequest: 'export-request' as EventName<ExportRequestEvent>,
    onViewStateChange: 'view-state-change' as EventName<ViewStateChangeEvent>,
    onSavedViewsChange: 'saved-views-change' as EventName<SavedViewsChangeEvent>,
  },
});
