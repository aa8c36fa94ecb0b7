/**
 * The activity log's walk, loaded by `import()` (activity-source.ts) on the first query its source does not
 * honour (Partner Center's audit records filter by one criterion and list newest first only): every record of
 * the period walked (at most 90 days, and at most WALK_LIMIT records), then filtered and ordered here with the
 * memory adapter's own matcher and comparator; the walk's progress with Cancel; and past the bound, the order
 * and the filters the source cannot do dropped, and said. A log over a source that honours every query never
 * downloads any of it.
 */
import { msg, str } from '@lit/localize';
import { deepEquals } from '@lit/task/deep-equals.js';
import { html, type TemplateResult } from 'lit';
import { honouredActivityQuery, honoursActivityQuery } from '../../adapter/activity-query-terms.js';
import type { ActivityPage, ListActivityRequest } from '../../adapter/customer-adapter.js';
import type { WalkProgress } from '../../adapter/local-query-terms.js';
import { activityPage } from '../../adapter/local-walk-activity.js';
import { LocalWalker, type WalkHost } from '../../adapter/local-walk.js';
import { formatNumber } from '../../localization/labels.js';
import type { ActivityQuery } from '../../model/activity.js';

/** What the walk needs of the log: its source as the walker walks it, and the query it shows. */
export interface ActivityWalkOptions extends Omit<WalkHost, 'onProgress'> {
  /** Whether the walk's source is still the log's: a walk of a replaced source reports into nothing. */
  current(): boolean;
  /** The query the log shows now. */
  query(): ActivityQuery;
  /** Shows only this part of the current query (the order and filters the source does itself). */
  showOnly(query: ActivityQuery): void;
  /** Cancel removed itself: focus goes back to the grid. */
  refocus(): void;
  requestUpdate(): void;
}

/** One source's walk: the walker with the results it keeps, the walk in progress, and the last refusal. */
export class ActivityWalk {
  /** The walk in progress for the current query, if any. */
  private progress: WalkProgress | undefined;
  /** Why the last order or filter was dropped (the walk passed the bound), until the query changes again. */
  private refusal = '';
  private refusedQuery: ActivityQuery | undefined;
  private readonly walker: LocalWalker;

  constructor(private readonly options: ActivityWalkOptions) {
    this.walker = new LocalWalker({ ...options, onProgress: (progress) => this.report(progress) });
  }

  /** A page of records for a query the source does not honour, or the next page of one walked before. */
  page(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    return activityPage(this.walker, request, signal);
  }

  /** A refusal stays until the query changes. */
  hostUpdate(): void {
    if (this.refusal && !deepEquals(this.options.query(), this.refusedQuery)) this.refusal = '';
  }

  /** The walk ends with its host: a new one starts when the host lists again. */
  hostDisconnected(): void {
    this.progress = undefined;
  }

  cancel(): void {
    this.dropUnhonoured();
    this.progress = undefined;
    this.options.refocus();
  }

  /**
   * The walk's progress with Cancel; the refusal; else, while the query is one the source does not honour, that
   * the rest is done here; `undefined` when there is none of these.
   */
  render(): TemplateResult | undefined {
    if (this.progress) {
      const { purpose, loaded, total } = this.progress;
      const count = formatNumber(loaded);
      const text =
        purpose === 'sort'
          ? total === undefined
            ? msg(str`Oldest first needs every record of the period: ${count} loaded so far`)
            : msg(str`Oldest first needs every record of the period: ${count} of ${formatNumber(total)} loaded`)
          : total === undefined
            ? msg(str`Filtering needs every record of the period: ${count} loaded so far`)
            : msg(str`Filtering needs every record of the period: ${count} of ${formatNumber(total)} loaded`);
      return html`<span>${text}</span>
        <button type="button" part="command" class="command" data-action="cancel-walk" @click=${() => this.cancel()}>${msg('Cancel')}</button>`;
    }
    if (this.refusal) return html`<span>${this.refusal}</span>`;
    if (!honoursActivityQuery(this.options.query(), this.options.sourceCapabilities)) {
      return html`<span>${msg('This data source filters by one criterion at a time and lists newest first only: the rest is done here, over every record of the period.')}</span>`;
    }
    return undefined;
  }

  private report(progress: WalkProgress): void {
    if (!this.options.current()) return;
    this.progress = progress.state === 'running' ? progress : undefined;
    if (progress.state === 'over-limit') {
      this.dropUnhonoured();
      this.refusal = msg(str`The period has more than ${formatNumber(this.options.limit)} records to sort or filter here, which this data source cannot do itself: the log shows them newest first, without that filter.`);
      this.refusedQuery = this.options.query();
    }
    this.options.requestUpdate();
  }

  private dropUnhonoured(): void {
    this.options.showOnly(honouredActivityQuery(this.options.query(), this.options.sourceCapabilities));
  }
}
