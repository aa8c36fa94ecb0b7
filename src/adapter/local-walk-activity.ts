/**
 * The activity half of the walker (see local-walk.ts), loaded with it on the first activity query a source does
 * not honour: the records of the period walked, then filtered and ordered here with the memory adapter's own
 * matcher and comparator. Apart from the customer half so that the list, which walks customers only, never
 * loads the activity model.
 */
import { activityComparator, activityMatcher } from '../model/activity-order.js';
import type { ActivityPage, ListActivityRequest } from './customer-adapter.js';
import { activityKey, honouredActivityQuery, WALK_TOKEN_PREFIX } from './local-query-terms.js';
import { queryKey, type LocalWalker } from './local-walk.js';

/** A page of activity records for a query the source does not honour, or the next page of one walked before. */
export async function activityPage(walker: LocalWalker, request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
  if (request.continuationToken?.startsWith(WALK_TOKEN_PREFIX)) return walker.servePage(request, signal);
  const { source, sourceCapabilities } = walker.host;
  const listActivity = source.listActivity!.bind(source);
  const { pageSize, continuationToken: _token, ...query } = request;
  const part = honouredActivityQuery(query, sourceCapabilities);
  const purpose = (query.sort ?? 'desc') !== (part.sort ?? 'desc') ? 'sort' : 'filter';
  const kept = request.offset === undefined ? undefined : walker.keptWalk<ActivityPage['items'][number]>(queryKey(request));
  if (kept) return walker.pageOf(kept.id, kept.items, request.offset!, pageSize);
  const walked = await walker.walk<ActivityPage['items'][number]>('activity', purpose, activityKey(part), (token, walkSignal) =>
    listActivity({ ...part, pageSize, ...(token ? { continuationToken: token } : {}) }, walkSignal), signal);
  const items = walked.filter(activityMatcher(query)).sort(activityComparator(query.sort));
  return walker.firstPage(queryKey(request), items, pageSize, request.offset);
}
