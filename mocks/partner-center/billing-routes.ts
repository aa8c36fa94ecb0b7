/** The billing profile: develop/get-all-of-a-customer-s-billing-profiles.md, update-a-customer-s-billing-profile.md. */
import { HttpResponse } from 'msw';
import { jsonBody } from '../api/request-bodies.js';
import { BadRequest, type Handler } from './route.js';
import { billingProfileFromPc, pcBillingProfile } from './shapes.js';


export const getBillingProfile: Handler = async ({ params, store }) => HttpResponse.json(pcBillingProfile(params.id!, await store.getBillingProfile(params.id!)));

export const updateBillingProfile: Handler = async ({ request, params, store }) => {
  const ifMatch = request.headers.get('If-Match');
  if (!ifMatch) throw new BadRequest('If-Match: "<ETag>" is required for concurrency detection');
  const body = await jsonBody(request);
  // "Request body: The full resource." A body missing what the GET gave is not the full resource.
  for (const key of ['id', 'defaultAddress', 'attributes']) if (!(key in body)) throw new BadRequest(`The request body must be the full resource; "${key}" is missing`);
  const etag = ifMatch.replace(/^(W\/)?"(.*)"$/, '$2');
  const saved = await store.updateBillingProfile(params.id!, billingProfileFromPc(body, etag));
  return HttpResponse.json(pcBillingProfile(params.id!, saved));
};
