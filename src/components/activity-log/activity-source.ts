/**
 * The activity log's source as it lists and exports it (issue 25 for what, issue 27 for how it loads): a query
 * the source honours goes to it as it is, and each answer that counts its records past the bound is remembered;
 * a query it does not honour (a second filter, oldest first, on a source like Partner Center's audit records)
 * is walked here by activity-walk.ts, which loads by `import()` on the first such query, or ahead of it when the
 * agent points at or focuses the Date header or the Action filter of such a source. A log over a source that
 * honours every query never downloads the walk.
 *
 * What is remembered decides what is offered: past the bound, oldest first and the Action filter are not, and
 * the header and the filter say why.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { activityKey, honouredActivityQuery, honoursActivityQuery, honoursEveryActivityQuery } from '../../adapter/activity-query-terms.js';
import { capabilitiesOf, type AdapterCapabilities } from '../../adapter/capabilities.js';
import type { ActivityPage, CustomerAdapter, ListActivityRequest } from '../../adapter/customer-adapter.js';
import { knownPastBound, rememberSize, WALK_LIMIT, WALK_TOKEN_PREFIX, type SizesPastBound } from '../../adapter/walk-bound.js';
import { LazyPart } from '../../controllers/lazy-part.js';
import { formatNumber } from '../../localization/labels.js';
import type { ActivityQuery } from '../../model/activity.js';
import type { ActivityWalk } from './activity-walk.js';

export interface ActivitySourceOptions {
  adapter(): CustomerAdapter | undefined;
  /** The query the log shows now. */
  query(): ActivityQuery;
  /** Shows only this part of the current query (the order and filters the source does itself). */
  showOnly(query: ActivityQuery): void;
  /** Cancel removed itself: focus goes back to the grid. */
  refocus(): void;
}

/** What is known of one source: what it honours, the queries known to pass the bound, and its walk once needed. */
interface Followed {
  source: CustomerAdapter;
  capabilities: AdapterCapabilities;
  /** Queries (activityKey) known to select more than the bound. */
  sizes: SizesPastBound;
  walk?: ActivityWalk;
}

/** The walk's loading seam, an object so a test can fail or hold its load (test/support/browser/chunk-stub.ts). */
export const walkChunk = { load: () => import('./activity-walk.js') };

export class ActivitySource implements ReactiveController {
  private followed: Followed | undefined;
  private readonly walkPart = new LazyPart(this.host, () => walkChunk.load());

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ActivitySourceOptions,
  ) {
    host.addController(this);
  }

  /**
   * A page of `request` from `source`: as the source answers it when it honours the query, else from the walk
   * (loaded first if need be; a failed load fails the page, so the grid's Retry loads it again).
   */
  async list(source: CustomerAdapter, request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    // A page still asked of a source the host has since replaced adds nothing to what is known of the new one.
    const followed = this.follow()?.source === source ? this.followed! : nothingKnownOf(source);
    const { pageSize: _size, continuationToken, ...query } = request;
    if (!continuationToken?.startsWith(WALK_TOKEN_PREFIX) && honoursActivityQuery(query, followed.capabilities)) {
      const page = await source.listActivity!(request, signal);
      if (followed.capabilities.totals) rememberSize(followed.sizes, activityKey(query), page.totalCount);
      return page;
    }
    const { ActivityWalk } = await this.walkPart.load();
    followed.walk ??= new ActivityWalk({
      source,
      sourceCapabilities: followed.capabilities,
      limit: WALK_LIMIT,
      rememberSize: (key, size) => rememberSize(followed.sizes, key, size),
      current: () => this.followed === followed && source === this.options.adapter(),
      query: () => this.options.query(),
      showOnly: (shown) => this.options.showOnly(shown),
      refocus: () => this.options.refocus(),
      requestUpdate: () => this.host.requestUpdate(),
    });
    return followed.walk.page(request, signal);
  }

  /** Loads the walk ahead of need (the pointer over, or focus on, a control that may ask for it), if the source may need it. */
  prefetch(): void {
    const capabilities = this.follow()?.capabilities;
    if (!capabilities || honoursEveryActivityQuery(capabilities)) return;
    // A failed fetch ahead of need is not tried again (LazyPart.prefetch); the query that needs the walk loads it.
    this.walkPart.prefetch();
  }

  /** Why oldest first is not offered (the period is known to hold more records than the bound), or `undefined`. */
  sortReason(): string | undefined {
    const followed = this.follow();
    if (!followed || followed.capabilities.activitySort || !this.knownOverLimit(followed, { ...this.options.query(), sort: 'asc' })) return undefined;
    return msg(str`This data source lists newest first only, and the period has more than ${formatNumber(WALK_LIMIT)} records to turn round here.`);
  }

  /** Why the Action filter is not offered (done here, over more records than the bound), or `undefined`. */
  actionReason(): string | undefined {
    const followed = this.follow();
    if (!followed) return undefined;
    const { operationTypes: _types, ...query } = this.options.query();
    const honoured = honoursActivityQuery({ ...query, operationTypes: ['create_order'] }, followed.capabilities);
    if (honoured || !this.knownOverLimit(followed, query)) return undefined;
    return msg(str`This data source cannot filter by action, and the period has more than ${formatNumber(WALK_LIMIT)} records to filter here.`);
  }

  hostUpdate(): void {
    this.follow()?.walk?.hostUpdate();
  }

  hostDisconnected(): void {
    this.followed?.walk?.hostDisconnected();
  }

  /**
   * The walk's progress with Cancel; once walked, that the order or filters were done here; or a refusal. All
   * of it the walk's own words: none of it shows before the walk has loaded.
   */
  render(): TemplateResult {
    return html`<div part="walk-status" class="walk-status" role="status">${this.follow()?.walk?.render() ?? nothing}</div>`;
  }

  /** What is known of the host's source; a new source starts with nothing known and no walk. */
  private follow(): Followed | undefined {
    const source = this.options.adapter();
    if (!source) return undefined;
    if (this.followed?.source !== source) this.followed = nothingKnownOf(source);
    return this.followed;
  }

  /** Whether the records of a query's honoured part (its period and the filter the source does) are known to pass the bound. */
  private knownOverLimit(followed: Followed, query: ActivityQuery): boolean {
    return knownPastBound(followed.sizes, activityKey(honouredActivityQuery(query, followed.capabilities)));
  }
}

function nothingKnownOf(source: CustomerAdapter): Followed {
  return { source, capabilities: capabilitiesOf(source), sizes: new Map() };
}
