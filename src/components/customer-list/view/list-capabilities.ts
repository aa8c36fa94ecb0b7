/**
 * What the list offers over its source, as one concern (issue 25 point 2): the source wrapped so that a sort or
 * filter it cannot do is done here over the walked rows (LocalQueryAdapter), the walk's progress with Cancel, the
 * refusal past the bound, and for each control that is not offered the reason its accessible description gives.
 * A sort arrow or filter chip on screen is therefore always true of the rows drawn.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AdapterCapabilities } from '../../../adapter/capabilities.js';
import type { CustomerAdapter } from '../../../adapter/customer-adapter.js';
import { honouredCustomerQuery, type WalkProgress } from '../../../adapter/local-query.js';
import { LocalQueryController } from '../../../controllers/local-query-controller.js';
import { columnLabel, formatNumber, searchFieldLabel } from '../../../localization/labels.js';
import { sortSpecs, type ColumnId, type CustomerQuery, type SearchField } from '../../../model/query.js';
import { fitViewState, type ViewState } from '../../../model/view-state.js';
import { droppedViewPartsSentence } from './view-announcements.js';

export interface ListCapabilitiesOptions {
  /** The source the host gave. */
  adapter(): CustomerAdapter | undefined;
  /** The query the list shows now (search, filters, sort). */
  query(): CustomerQuery;
  /** Shows only this part of the current query: the sort and filters left out are dropped, as by the agent. */
  showOnly(query: CustomerQuery): void;
  /** Says something the agent did not directly see happen (a sort refused past the bound). */
  announce(text: string): void;
  /** Cancel removed itself: focus goes back to the grid. */
  refocus(): void;
}

/** Why controls of the toolbar are not offered; a missing entry is offered. */
export interface ToolbarReasons {
  searchFields: Partial<Record<SearchField, string>>;
  tagFilter?: string;
  relationshipFilter?: string;
}

export class ListCapabilities extends LocalQueryController {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: ListCapabilitiesOptions,
  ) {
    super(host, options.adapter);
  }

  /** What the source itself honours. */
  get source(): AdapterCapabilities | undefined {
    return this.adapter ? this.wrapped!.sourceCapabilities : undefined;
  }

  /** A sort shown on a column no longer offered (a new source) is dropped rather than drawn over unsorted rows. */
  hostUpdate(): void {
    const query = this.options.query();
    if (sortSpecs(query.sort).some((spec) => this.sortReason(spec.column) !== undefined)) this.dropUnhonoured();
  }

  /** Why column `column` does not sort, or `undefined` when it does (by the source, or here over the walked rows). */
  sortReason(column: ColumnId): string | undefined {
    const source = this.source;
    if (!source || source.sortColumns.includes(column)) return undefined;
    if (column === 'tags' && !source.tags) return msg('This data source keeps no tags, so the list cannot sort by them.');
    if (this.wrapped!.knownOverLimit(this.options.query())) {
      return msg(str`This data source cannot sort by ${columnLabel(column)}, and there are more than ${formatNumber(this.wrapped!.limit)} customers to sort here.`);
    }
    return undefined;
  }

  /** Why each toolbar control that is not offered is not. */
  toolbarReasons(): ToolbarReasons {
    const source = this.source;
    const reasons: ToolbarReasons = { searchFields: {} };
    if (!source) return reasons;
    for (const field of ['companyName', 'primaryDomain', 'id'] as const) {
      if (!source.searchFields.includes(field)) reasons.searchFields[field] = msg(str`This data source cannot search by ${searchFieldLabel(field)}.`);
    }
    if (!source.tags) reasons.tagFilter = msg('This data source keeps no tags.');
    // Another relationship than the one shown is asked of the same walk: too long for one is too long for all.
    const { relationship: _relationship, ...others } = this.options.query();
    if (!source.filters.includes('relationship') && this.wrapped!.knownOverLimit(others)) {
      reasons.relationshipFilter = msg(str`This data source cannot filter by relationship, and there are more than ${formatNumber(this.wrapped!.limit)} customers to filter here.`);
    }
    return reasons;
  }

  /**
   * A view as far as the source can show it; a part left out is said in the announcement (a visible line and
   * an alert), so the agent does not take the list for what the view described.
   */
  fitView(state: ViewState): ViewState {
    const reasons = this.toolbarReasons();
    const { state: fitted, dropped } = fitViewState(state, {
      sortable: (column) => this.sortReason(column) === undefined,
      searchable: (field) => reasons.searchFields[field] === undefined,
      tagFilter: reasons.tagFilter === undefined,
      relationshipFilter: reasons.relationshipFilter === undefined,
    });
    if (dropped.length) this.options.announce(droppedViewPartsSentence(dropped));
    return fitted;
  }

  /** Cancel of a walk: drop what needed it and show the source's own order; focus goes back to the grid. */
  cancel(): void {
    this.dropUnhonoured();
    this.walk = undefined;
    this.options.refocus();
  }

  /** "Sorting needs every customer: 3 000 of 12 000 loaded" and Cancel, while a walk runs; else nothing. */
  render(): TemplateResult {
    const walk = this.walk;
    return html`<div part="walk-status" class="walk-status" role="status">${walk ? html`<span>${walkText(walk)}</span>
          <button type="button" part="command" class="command" data-action="cancel-walk" @click=${() => this.cancel()}>${msg('Cancel')}</button>` : nothing}</div>`;
  }

  private dropUnhonoured(): void {
    const source = this.source;
    if (source) this.options.showOnly(honouredCustomerQuery(this.options.query(), source));
  }

  protected overLimit(limit: number): void {
    this.options.announce(
      msg(str`More than ${formatNumber(limit)} customers would have to be loaded to sort or filter them here, which this data source cannot do itself. The list shows them in the source's order, without that sort or filter.`),
    );
    this.dropUnhonoured();
  }
}

function walkText({ purpose, loaded, total }: WalkProgress): string {
  const count = formatNumber(loaded);
  if (purpose === 'sort') {
    return total === undefined ? msg(str`Sorting needs every customer: ${count} loaded so far`) : msg(str`Sorting needs every customer: ${count} of ${formatNumber(total)} loaded`);
  }
  return total === undefined ? msg(str`Filtering needs every customer: ${count} loaded so far`) : msg(str`Filtering needs every customer: ${count} of ${formatNumber(total)} loaded`);
}
