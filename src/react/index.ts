// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.
/**
 * React components for every element: properties as props, events as typed `on…` props. Importing this module
 * registers the elements under their default tags.
 *
 * @example
 * import { CustomerList } from 'customer-list-elements/react';
 * <CustomerList adapter={adapter} agentRole="admin-agent" onCustomerSelect={(event) => setCount(event.count)} />
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../define.js';
import { ActivityLog as ActivityLogElement } from '../components/activity-log/activity-log.component.js';
import { BillingProfileForm as BillingProfileFormElement } from '../components/billing-profile-form/billing-profile-form.component.js';
import { type BillingProfileCloseEvent, type BillingProfileDiscardEvent, type BillingProfileSaveEvent } from '../components/billing-profile-form/billing-profile-form.events.js';
import { CustomerList as CustomerListElement } from '../components/customer-list/customer-list.component.js';
import { type ActivityRequestEvent, type BillingProfileRequestEvent, type CustomerOpenEvent, type CustomerSelectEvent, type ExportRequestEvent, type ManageTagsRequestEvent, type NewOrderRequestEvent } from '../components/customer-list/customer-list.events.js';
import { ExportButton as ExportButtonElement } from '../components/export-button/export-button.component.js';
import { type ExportCancelEvent, type ExportCompleteEvent, type ExportErrorEvent, type ExportProgressEvent, type ExportStartEvent } from '../components/export-button/export-button.events.js';
import { NewOrderDialog as NewOrderDialogElement } from '../components/new-order-dialog/new-order-dialog.component.js';
import { type OrderCreateEvent, type OrderDialogCloseEvent, type OrderErrorEvent, type OrderSubmitEvent } from '../components/new-order-dialog/new-order-dialog.events.js';
import { TagEditor as TagEditorElement } from '../components/tag-editor/tag-editor.component.js';
import { type TagCreateEvent, type TagDeleteEvent, type TagEditorCloseEvent, type TagRenameEvent, type TagsAssignErrorEvent, type TagsAssignEvent, type TagsAssignStartEvent } from '../components/tag-editor/tag-editor.events.js';

/** `<activity-log>` for React: Activity records of a partner's customers, with details and export. */
export const ActivityLog = createComponent({
  tagName: 'activity-log',
  elementClass: ActivityLogElement,
  react: React,
  events: {
    onExportStart: 'export-start' as EventName<ExportStartEvent>,
    onExportProgress: 'export-progress' as EventName<ExportProgressEvent>,
    onExportComplete: 'export-complete' as EventName<ExportCompleteEvent>,
    onExportError: 'export-error' as EventName<ExportErrorEvent>,
    onExportCancel: 'export-cancel' as EventName<ExportCancelEvent>,
  },
});

/** `<billing-profile-form>` for React: Billing profile editor with validation and conflict handling. */
export const BillingProfileForm = createComponent({
  tagName: 'billing-profile-form',
  elementClass: BillingProfileFormElement,
  react: React,
  events: {
    onChange: 'change' as EventName<Event>,
    onBillingProfileSave: 'billing-profile-save' as EventName<BillingProfileSaveEvent>,
    onBillingProfileDiscard: 'billing-profile-discard' as EventName<BillingProfileDiscardEvent>,
    onBillingProfileClose: 'billing-profile-close' as EventName<BillingProfileCloseEvent>,
  },
});

/** `<customer-list>` for React: Customer list of a partner center's Customers page. */
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
  },
});

/** `<export-button>` for React: Export customers to CSV. */
export const ExportButton = createComponent({
  tagName: 'export-button',
  elementClass: ExportButtonElement,
  react: React,
  events: {
    onExportStart: 'export-start' as EventName<ExportStartEvent>,
    onExportProgress: 'export-progress' as EventName<ExportProgressEvent>,
    onExportComplete: 'export-complete' as EventName<ExportCompleteEvent>,
    onExportError: 'export-error' as EventName<ExportErrorEvent>,
    onExportCancel: 'export-cancel' as EventName<ExportCancelEvent>,
  },
});

/** `<new-order-dialog>` for React: Order flow for a selected customer. */
export const NewOrderDialog = createComponent({
  tagName: 'new-order-dialog',
  elementClass: NewOrderDialogElement,
  react: React,
  events: {
    onOrderSubmit: 'order-submit' as EventName<OrderSubmitEvent>,
    onOrderCreate: 'order-create' as EventName<OrderCreateEvent>,
    onOrderError: 'order-error' as EventName<OrderErrorEvent>,
    onOrderDialogClose: 'order-dialog-close' as EventName<OrderDialogCloseEvent>,
  },
});

/** `<tag-editor>` for React: Tag checklist, tag creation and bulk tag assignment for selected customers. */
export const TagEditor = createComponent({
  tagName: 'tag-editor',
  elementClass: TagEditorElement,
  react: React,
  events: {
    onChange: 'change' as EventName<Event>,
    onTagsAssignStart: 'tags-assign-start' as EventName<TagsAssignStartEvent>,
    onTagsAssign: 'tags-assign' as EventName<TagsAssignEvent>,
    onTagsAssignError: 'tags-assign-error' as EventName<TagsAssignErrorEvent>,
    onTagCreate: 'tag-create' as EventName<TagCreateEvent>,
    onTagRename: 'tag-rename' as EventName<TagRenameEvent>,
    onTagDelete: 'tag-delete' as EventName<TagDeleteEvent>,
    onTagEditorClose: 'tag-editor-close' as EventName<TagEditorCloseEvent>,
  },
});
