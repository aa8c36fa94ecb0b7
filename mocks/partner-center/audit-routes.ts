/** Audit records: develop/get-a-record-of-partner-center-activity-by-user.md. */
import { HttpResponse } from 'msw';
import type { ListActivityRequest } from '../../src/adapter/customer-adapter.js';
import { defaultPeriod } from '../../src/model/activity.js';
import { BadRequest, nextUri, pageSize, parseFilter, seekState, seekToken, type Handler } from './route.js';
import { pcAuditRecord, pcCollection } from './shapes.js';

/** The partner the audit records name (develop/get-a-record-of-partner-center-activity-by-user.md:160). */
const PARTNER_ID = '3b33e682-00c3-41ee-9dd2-a548adf56438';


type ActivitySeek = { query: Omit<ListActivityRequest, 'pageSize' | 'continuationToken'>; size: number; token: string };

function activityQuery(url: URL, now: Date): Omit<ListActivityRequest, 'pageSize' | 'continuationToken'> {
  const period = defaultPeriod(now);
  const query: Omit<ListActivityRequest, 'pageSize' | 'continuationToken'> = {
    from: url.searchParams.get('startDate') ?? period.from,
    to: url.searchParams.get('endDate') ?? period.to,
  };
  const filter = parseFilter(url);
  if (!filter) return query;
  if (typeof filter.Value !== 'string') throw new BadRequest('The filter Value must be a string');
  if (filter.Field === 'CompanyName' && filter.Operator === 'substring') return { ...query, customerName: filter.Value };
  if (filter.Field === 'CustomerId' && filter.Operator === 'equals') return { ...query, customerId: filter.Value };
  if (filter.Field === 'ResourceType' && filter.Operator === 'equals') return { ...query, resourceType: filter.Value };
  throw new BadRequest('The filter must be CompanyName/substring, CustomerId/equals or ResourceType/equals');
}

export const listAuditRecords: Handler = async ({ request, url, store, mock }) => {
  const seek = url.searchParams.get('seekOperation');
  const state = seek === 'Next' ? seekState<ActivitySeek>(request) : undefined;
  const size = state?.size ?? pageSize(url);
  const query = state?.query ?? activityQuery(url, mock.api.now());
  const page = await store.listActivity({ ...query, pageSize: size, ...(state ? { continuationToken: state.token } : {}) });
  const next = page.continuationToken === undefined ? undefined : {
    uri: nextUri(mock, '/auditrecords', `size=${size}&seekOperation=Next`),
    token: seekToken({ query, size, token: page.continuationToken } satisfies ActivitySeek),
  };
  return HttpResponse.json(pcCollection(page.items.map((record) => pcAuditRecord(record, PARTNER_ID)), url.pathname + url.search, next));
};
