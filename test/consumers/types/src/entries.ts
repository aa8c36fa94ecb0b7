// Every entry point a host imports, each bringing real types (not `any`).
import type {} from 'customer-list-elements/define.js';
import { RestAdapter, type CustomerRow } from 'customer-list-elements/adapters.js';
import { setLocale, CustomerList as BundledList } from 'customer-list-elements/bundle.js';
import { CustomerList, CUSTOMER_LIST_TAG } from 'customer-list-elements/customer-list.js';
import { ExportButton } from 'customer-list-elements/export-button.js';
import { TagEditor } from 'customer-list-elements/tag-editor.js';
import { NewOrderDialog } from 'customer-list-elements/new-order-dialog.js';
import { BillingProfileForm } from 'customer-list-elements/billing-profile-form.js';
import { ActivityLog } from 'customer-list-elements/activity-log.js';
import { CustomerList as ListForReact } from 'customer-list-elements/react';
import { CustomerList as OneWrapper } from 'customer-list-elements/react/customer-list.js';
import type {} from 'customer-list-elements/types/react-jsx';

export const row: CustomerRow = { id: 'a', companyName: 'Contoso', primaryDomain: 'contoso.example', relationship: 'cloud-reseller', tags: [] };
export const adapter = new RestAdapter({ baseUrl: 'https://api.partner.example' });
// @ts-expect-error baseUrl is a string
export const refused = new RestAdapter({ baseUrl: 42 });
export const locale: Promise<'en' | 'pl'> = setLocale('pl');
export const classes = [BundledList, CustomerList, ExportButton, TagEditor, NewOrderDialog, BillingProfileForm, ActivityLog];
export const tag: 'customer-list' = CUSTOMER_LIST_TAG;
export const wrappers = [ListForReact, OneWrapper];
