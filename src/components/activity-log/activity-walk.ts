/**
 * The activity log over a source that filters by one criterion and lists newest first only (Partner Center's
 * audit records): its source wrapped so that further filters and the oldest-first order are done here over every
 * record of the period, walked (the period is at most 90 days, and the walk at most WALK_LIMIT records), with the
 * walk's progress and Cancel, and a line saying the work is done here. Past the bound the order and the filters
 * the source cannot do are dropped, and said.
 */
import { msg, str } from '@lit/localize';
import { deepEquals } from '@lit/task/deep-equals.js';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { unsupportedActivityQuery } from '../../adapter/capability-checks.js';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import { honouredActivityQuery } from '../../adapter/local-query.js';
import { LocalQueryController } from '../../controllers/local-query-controller.js';
import { formatNumber } from '../../localization/labels.js';
import type { ActivityQuery } from '../../model/activity.js';

export interface ActivityWalkOptions {
  adapter(): CustomerAdapter | undefined;
  /** The query the log shows now. */
  query(): ActivityQuery;
  /** Shows only this part of the current query (the order and filters the source does itself). */
  showOnly(query: ActivityQuery): void;
  /** Cancel removed itself: focus goes back to the grid. */
  refocus(): void;
}

export class ActivityWalk extends LocalQueryController {
  /** Why the last order or filter was dropped (the walk passed the bound), until the query changes again. */
  private refusal = '';
  private refusedQuery: ActivityQuery | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ActivityWalkOptions,
  ) {
    super(host, options.adapter);
  }

  /** Why oldest first is not offered (the period is known to hold more records than the bound), or `undefined`. */
  sortReason(): string | undefined {
    if (!this.adapter || this.wrapped!.sourceCapabilities.activitySort) return undefined;
    if (!this.wrapped!.knownActivityOverLimit({ ...this.options.query(), sort: 'asc' })) return undefined;
    return msg(str`This data source lists newest first only, and the period has more than ${formatNumber(this.wrapped!.limit)} records to turn round here.`);
  }

  /** Why the Action filter is not offered (done here, over more records than the bound), or `undefined`. */
  actionReason(): string | undefined {
    if (!this.adapter) return undefined;
    const { operationTypes: _types, ...query } = this.options.query();
    const source = this.wrapped!.sourceCapabilities;
    const honoured = unsupportedActivityQuery({ ...query, operationTypes: ['create_order'] }, source) === undefined;
    if (honoured || !this.wrapped!.knownActivityOverLimit(query)) return undefined;
    return msg(str`This data source cannot filter by action, and the period has more than ${formatNumber(this.wrapped!.limit)} records to filter here.`);
  }

  hostUpdate(): void {
    if (this.refusal && !deepEquals(this.options.query(), this.refusedQuery)) this.refusal = '';
  }

  cancel(): void {
    this.dropUnhonoured();
    this.walk = undefined;
    this.options.refocus();
  }

  /** The walk's progress with Cancel; once walked, that the order or filters were done here; or a refusal. */
  render(): TemplateResult {
    return html`<div part="walk-status" class="walk-status" role="status">${this.renderContent()}</div>`;
  }

  private renderContent(): TemplateResult | typeof nothing {
    if (this.walk) {
      const { purpose, loaded, total } = this.walk;
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
    const source = this.adapter && this.wrapped!.sourceCapabilities;
    if (source && unsupportedActivityQuery(this.options.query(), source) !== undefined) {
      return html`<span>${msg('This data source filters by one criterion at a time and lists newest first only: the rest is done here, over every record of the period.')}</span>`;
    }
    return nothing;
  }

  private dropUnhonoured(): void {
    if (this.wrapped) this.options.showOnly(honouredActivityQuery(this.options.query(), this.wrapped.sourceCapabilities));
  }

  protected overLimit(limit: number): void {
    this.dropUnhonoured();
    this.refusal = msg(str`The period has more than ${formatNumber(limit)} records to sort or filter here, which this data source cannot do itself: the log shows them newest first, without that filter.`);
    this.refusedQuery = this.options.query();
  }
}
