import { localized, msg, str } from '@lit/localize';
import { deepEquals } from '@lit/task/deep-equals.js';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdapterError } from '../../adapter/adapter-error.js';
import { capabilitiesOf } from '../../adapter/capabilities.js';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import { DebouncedInput } from '../../controllers/debounced-input.js';
import type { ExportJob } from '../../controllers/export-controller.js';
import type { CsvColumn } from '../../model/csv.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { GridFocusController } from '../../controllers/grid-focus-controller.js';
import type { GridPosition } from '../../controllers/grid-navigation.js';
import { RowsController } from '../../controllers/rows-controller.js';
import { WindowController } from '../../controllers/window-controller.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { missingAdapterError } from '../../internal/failure.js';
import { ACTIVITY_RETENTION_DAYS, daysAgo, type ActivityQuery, type ActivityRecord } from '../../model/activity.js';
import { LazyExport } from '../../internal/export/lazy-export.js';
import { ActivityDetails } from './activity-details.js';
import { ActivityCustomerChangeEvent } from './activity-log.events.js';
import { ExpandedRowHeight } from './expanded-row-height.js';
import { recordCount, recordCountAtLeast } from '../../localization/activity-labels.js';
import { formatNumber } from '../../localization/labels.js';
import { ACTIVITY_COLUMN_COUNT, prepareFormats } from './activity-log.columns.js';
import { renderFilters } from './activity-log.filters.js';
import { ActivityPeriod } from './activity-period.js';
import { ActivitySource } from './activity-source.js';
import { renderActivityGrid } from './activity-log.grid.js';
import { styles } from './activity-log.styles.js';

/** Why nothing is asked of the adapter: the agent's role, an adapter without records, a refused period. */
const BLOCKING_CODES = new Set(['no-adapter', 'no-activity', 'role', 'period']);

/**
 * The customers' activity records (partner center audit records): who did what to which customer and when,
 * for a period of the last 90 days (the last 30 by default), filtered by customer and action, newest first.
 * Each row expands to show what changed, field by field. Export activity saves `ActivityLog.csv` of every
 * record the period and filters select. Admin agents only; the adapter refuses others too.
 *
 * @summary Activity records of a partner's customers, with details and export.
 * @tag activity-log
 *
 * @fires export-start - Export activity was chosen; cancelable, to veto it.
 * @fires export-progress - After each page of the export: `{ rows, total }`.
 * @fires export-complete - `ActivityLog.csv` was handed to the browser: `{ rows, bytes, filename }`.
 * @fires export-error - The export failed and nothing was saved: `{ error }`.
 * @fires export-cancel - The export was cancelled and nothing was saved: `{ rows }`.
 * @fires activity-customer-change - The agent changed whose records are shown ("All customers"): `{ customerId }`,
 *   '' for every customer. Not fired when the host sets `customer-id`.
 *
 * @csspart filters - The period, customer and action filters and Export activity.
 * @csspart from-input - The From date.
 * @csspart to-input - The To date.
 * @csspart customer-input - The company name filter.
 * @csspart action-select - The action filter.
 * @csspart period-error - Why the period is refused.
 * @csspart command - A button (Export activity, All customers, Cancel, Retry).
 * @csspart progress - Export progress and Cancel.
 * @csspart progress-bar - The export's `<progress>`.
 * @csspart cancel - The export's Cancel.
 * @csspart message - The export's result.
 * @csspart viewport - The scrolling container of the grid and its state messages.
 * @csspart grid - The grid (`role=grid`).
 * @csspart header - The sticky header row.
 * @csspart header-cell - One column header.
 * @csspart row - One record's row.
 * @csspart cell - One data cell.
 * @csspart disclosure - A row's button that shows or hides its details.
 * @csspart details - An expanded row's details.
 * @csspart state - The loading, empty, refused or error message.
 * @csspart status - The record count under the grid.
 *
 * @cssprop [--activity-log-height=480px] - Height of the scrolling grid.
 * @cssprop [--activity-log-row-height=40px] - Height of every row (rows are one height, for fast windowing).
 * @cssprop [--activity-log-font] - Font (falls back to `--customer-list-font`).
 * @cssprop [--activity-log-accent-color] - Links, focus rings and the sort indicator.
 * @cssprop [--activity-log-border-color] - Lines between rows and around the grid.
 * @cssprop [--activity-log-background] - Background of the grid.
 */
@localized()
export class ActivityLog extends AdapterElement {
  static override readonly defaultTag = 'activity-log';
  static override styles = styles;

  /** First day of the period (`YYYY-MM-DD`, UTC); empty for 30 days ago. At most 90 days back. */
  @property() from = '';

  /** Last day of the period (`YYYY-MM-DD`, UTC, inclusive); empty for today. */
  @property() to = '';

  /** Only this customer's records (its Microsoft ID), as the customer list's Activity command opens the log. */
  @property({ attribute: 'customer-id' }) customerId = '';

  /** Only customers whose company name contains this text (any letter case). Typing sets it after a pause. */
  @property({ attribute: 'customer-name' }) customerName = '';

  /** Only this action (`create_order`, `update_customer_billing_profile`, …); empty for all. */
  @property({ attribute: 'operation-type' }) operationType = '';

  /** Records asked of the adapter per request (the REST API serves at most 500). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 500;

  /** Milliseconds of typing pause before the company name filter applies. */
  @property({ type: Number, attribute: 'search-debounce' }) searchDebounce = 250;

  /** Name of the exported file. */
  @property() filename = 'ActivityLog.csv';

  @state() private sort: 'desc' | 'asc' = 'desc';
  @state() private expanded = -1;
  /** The query whose rows are drawn. */
  private shownQuery: ActivityQuery | undefined;

  /** What the source cannot filter or order is done over the walked period, with progress and Cancel. */
  private readonly source = new ActivitySource(this, {
    adapter: () => this.activeAdapter,
    query: () => this.query(),
    showOnly: (query) => this.showOnly(query),
    refocus: () => this.gridFocus.refocus(),
  });

  private readonly rows = new RowsController(this, {
    source: () => (this.blocked() ? undefined : this.activeAdapter),
    query: () => this.query(),
    fetch: (adapter: CustomerAdapter, query: ActivityQuery, page, signal) => this.source.list(adapter, { ...query, ...page }, signal),
    pageSize: () => this.pageSize,
    missingSource: () => this.blocked() ?? missingAdapterError(),
    counted: (adapter) => capabilitiesOf(adapter).totals,
    offsetPaging: (adapter) => capabilitiesOf(adapter).offsetPaging,
  });

  private readonly window: WindowController = new WindowController(this, {
    viewport: () => this.renderRoot.querySelector<HTMLElement>('.viewport'),
    header: () => this.renderRoot.querySelector<HTMLElement>('.header'),
    rowCount: () => this.rows.rowCount,
    scrolledBack: () => this.rows.cancelLoadToEnd(),
    rowHeightProperty: '--_row-height',
    defaultRowHeight: 40,
    expanded: () => (this.expanded >= 0 ? { index: this.expanded, extra: this.expandedHeight.extra } : undefined),
  });

  /** An expanded row's details load on the first expand, or when the agent points at or focuses a disclosure button. */
  private readonly details = new ActivityDetails(this);

  /** The expanded row is drawn as tall as its details; the rows after it move down by the difference. */
  private readonly expandedHeight: ExpandedRowHeight = new ExpandedRowHeight(this, {
    row: () => (this.expanded >= 0 ? this.renderRoot.querySelector<HTMLElement>('.data-row.expanded') : null),
    rowHeight: () => this.window.rowHeight,
  });

  private readonly gridFocus = new GridFocusController(this, {
    grid: () => this.renderRoot.querySelector<HTMLElement>('[role=grid]'),
    rowCount: () => this.rows.rowCount + 1,
    loadToEnd: () => this.rows.loadToEnd(),
    cancelLoadToEnd: () => this.rows.cancelLoadToEnd(),
    columnCount: () => ACTIVITY_COLUMN_COUNT,
    pageRows: () => this.window.pageRows,
    revealRow: (index) => this.window.reveal(index),
    handleKey: (event, position) => this.handleGridKey(event, position),
    focusTarget: 'button, a',
    // The Date header, which sorts: the Details header before it shows nothing and does nothing.
    start: { row: 0, column: 1 },
  });

  private readonly period = new ActivityPeriod(this, {
    from: () => this.from,
    to: () => this.to,
    commit: (from, to) => {
      this.from = from;
      this.to = to;
    },
    fields: () => ({ from: this.renderRoot.querySelector('[part=from-input]'), to: this.renderRoot.querySelector('[part=to-input]') }),
  });

  private readonly nameFilter = new DebouncedInput(this, {
    delay: () => this.searchDebounce,
    commit: (text) => (this.customerName = text),
  });

  /** The export's engine loads when the agent points at, focuses or presses Export activity. */
  private readonly exporter = new LazyExport(
    this,
    () => ({
      command: this.renderRoot.querySelector<HTMLElement>('[data-action=export]'),
      progress: this.renderRoot.querySelector('[part=progress]'),
    }),
    () => import('./activity-export-part.js'),
  );

  /**
   * Retry goes with its failure message as the records load again: focus goes to the grid's tab stop (the Date
   * header until the agent moved), which stays while they load, not to the page. Last: the grid's own focus
   * controller puts focus back first when windowing only moved the focused row.
   */
  private readonly focusKeeper = new FocusKeeper(this, {
    destination: () => this.renderRoot.querySelector<HTMLElement>('[role=grid] [tabindex="0"]') ?? this.renderRoot.querySelector<HTMLElement>('[role=columnheader][data-column="1"]'),
  });

  /**
   * Records the period and filters select, once known: after the first page, or over a source that counts no
   * totals (capabilities `totals: false`) once the last page has arrived. Undefined until then.
   */
  get totalCount(): number | undefined {
    return this.rows.totalCount;
  }

  /** Loads the records again, e.g. after the agent changed something elsewhere. */
  refresh(): void {
    this.rows.reload();
  }

  /** Scrolls record `index` (0-based, in the current order) to the top and loads up to it. */
  scrollToRow(index: number): void {
    this.window.scrollToRow(index);
  }

  /** Saves `ActivityLog.csv` of every record the period and filters select, as Export activity does. */
  async export(): Promise<void> {
    const adapter = this.activeAdapter;
    const problem = this.blocked() ?? (adapter?.listActivity ? undefined : missingAdapterError());
    await this.exporter.start<ActivityRecord>(problem, (part) => this.exportJob(part.activityCsvColumns(), adapter!));
  }

  /** Every record the period and filters select now, as `ActivityLog.csv` (`columns` load with the export's engine). */
  private exportJob(columns: CsvColumn<ActivityRecord>[], adapter: CustomerAdapter): ExportJob<ActivityRecord> {
    const query = this.query();
    return {
      filename: this.filename,
      columns,
      fetchPage: (page, signal) => this.source.list(adapter, { ...query, ...page }, signal),
      delimiter: ',',
      bom: true,
      pageSize: this.pageSize,
      maxLength: 500_000_000,
      counted: capabilitiesOf(adapter).totals,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.nameFilter.follow(this.customerName);
    // While the first records are asked for, not after they arrived.
    prepareFormats();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerName')) this.nameFilter.follow(this.customerName);
    // Other records, other rows: an expanded row belongs to the query it was opened in.
    const query = this.query();
    if (!this.shownQuery || !deepEquals(query, this.shownQuery)) {
      this.shownQuery = query;
      this.expanded = -1;
      this.expandedHeight.reset();
    }
  }

  protected override updated(): void {
    const { start, end } = this.window.current();
    this.rows.ensureWindow(start, end, this.gridFocus.active.row);
  }

  protected override render(): TemplateResult {
    const rows = this.rows.value;
    const error = this.rows.error;
    const total = this.rows.rowCount;
    const blocked = this.blocked();
    const today = new Date().toISOString().slice(0, 10);
    return html`${renderFilters({
        min: daysAgo(ACTIVITY_RETENTION_DAYS),
        max: today,
        periodError: blocked?.code === 'period' ? blocked.reason : '',
        invalidDates: blocked?.code === 'period' ? this.period.invalidFields() : [],
        customerId: this.customerId,
        customerNameDraft: this.nameFilter.draft,
        operationType: this.operationType,
        actionReason: this.operationType ? undefined : this.source.actionReason(),
        exportBusy: this.exporter.running,
        renderExport: (texts) => this.exporter.render(texts),
        onExportPrefetch: () => this.exporter.prefetch(),
        onActionPrefetch: () => this.source.prefetch(),
        canExport: !blocked,
        onFrom: (text) => this.period.type('from', text),
        onTo: (text) => this.period.type('to', text),
        onPeriodDone: () => this.period.done(),
        onCustomerName: (text) => this.nameFilter.input(text),
        onClearCustomer: () => void this.showEveryCustomer(),
        onOperationType: (type) => (this.operationType = type),
        onExport: () => void this.export(),
        onCancelExport: () => this.exporter.cancel(),
      })}
      ${renderActivityGrid({
        rows: blocked ? undefined : rows,
        total: blocked ? 0 : total,
        view: this.window.current(rows && !error && !blocked ? total : 0),
        pending: this.rows.pending,
        replacing: this.rows.replacing,
        error: error !== undefined && !isBlocking(error) ? error : undefined,
        retryCountdown: this.rows.retryCountdown,
        sort: this.sort,
        sortReason: this.sort === 'desc' ? this.source.sortReason() : undefined,
        activeRow: this.gridFocus.active.row,
        tabIndex: (row, column) => this.gridFocus.tabIndex(row, column),
        expanded: this.expanded,
        expandedExtra: this.expandedHeight.extra,
        blocked: blocked && blocked.code !== 'period' ? blocked.reason : undefined,
        onScroll: this.window.handleScroll,
        onKeydown: this.gridFocus.handleKeydown,
        onFocusIn: this.gridFocus.handleFocusIn,
        onFocusOut: this.gridFocus.handleFocusOut,
        onSort: () => this.toggleSort(),
        onSortPrefetch: () => this.source.prefetch(),
        onToggle: (index) => this.toggle(index),
        onDetailsPrefetch: () => this.details.prefetch(),
        renderDetails: (record, id, label) => this.details.render(record, id, label),
        onRetry: () => this.refresh(),
        onRetryPage: () => this.rows.retryPage(),
      })}
      <div part="status" class="status" role="status" aria-live="polite">${this.statusText()}</div>
      ${this.source.render()}`;
  }

  // ---- query

  private query(): ActivityQuery {
    const query: ActivityQuery = { ...this.period.current(), sort: this.sort };
    if (this.customerId) query.customerId = this.customerId;
    else if (this.customerName.trim()) query.customerName = this.customerName.trim();
    if (this.operationType) query.operationTypes = [this.operationType];
    return query;
  }

  /** What keeps the log from asking the adapter at all, said as the error the grid shows. */
  private blocked(): AdapterError | undefined {
    const adapter = this.activeAdapter;
    if (!adapter) return undefined;
    if (!this.isAdmin) return new AdapterError('forbidden', msg('Activity records are available to admin agents only.'), { code: 'role' });
    if (!adapter.listActivity) return new AdapterError('invalid', msg('This data source keeps no activity records.'), { code: 'no-activity' });
    return this.period.refusal();
  }

  private async showEveryCustomer(): Promise<void> {
    this.customerId = '';
    // A host that titled the log with the customer's name (the list's side panel) must stop naming one.
    this.dispatchEvent(new ActivityCustomerChangeEvent(this.customerId));
    await this.updateComplete;
    // The button went with the customer: focus goes to the company name filter that replaced it.
    this.renderRoot.querySelector<HTMLElement>('[part=customer-input]')?.focus();
  }

  /** Shows only this part of the query: the order and filters the source does itself (a Cancel, a refusal). */
  private showOnly(query: ActivityQuery): void {
    this.sort = query.sort ?? 'desc';
    if (!query.operationTypes?.length) this.operationType = '';
    if (!query.customerName) {
      this.nameFilter.reset('');
      this.customerName = '';
    }
  }

  private toggleSort(): void {
    // Newest first is the source's order; oldest first is not offered past the walk's bound (the header says why).
    if (this.sort === 'desc' && this.source.sortReason()) return;
    this.sort = this.sort === 'desc' ? 'asc' : 'desc';
  }

  // ---- rows

  private toggle(index: number): void {
    this.gridFocus.active = { row: index + 1, column: 0 };
    this.expanded = this.expanded === index ? -1 : index;
    this.expandedHeight.reset();
    if (this.expanded >= 0) this.details.load();
  }

  /** Enter or Space on the date header sorts; on a disclosure button the button acts itself. */
  private handleGridKey(event: KeyboardEvent, position: GridPosition): boolean {
    if (event.key !== ' ' && event.key !== 'Enter') return false;
    if ((event.target as Element).tagName === 'BUTTON') return true;
    event.preventDefault();
    if (position.row === 0 && position.column === 1) this.toggleSort();
    else if (position.row > 0) this.toggle(position.row - 1);
    return true;
  }

  private statusText(): string {
    const { rows } = this;
    if (rows.replacing) return msg('Updating the list…');
    const walked = rows.walkProgress;
    if (walked !== undefined) return msg(str`Loading records: ${formatNumber(walked)} so far`);
    // A source that counts nothing: the records loaded so far, never a page's count as the total.
    if (rows.totalUnknown) return recordCountAtLeast(rows.loadedCount);
    return rows.totalCount === undefined ? '' : recordCount(rows.totalCount);
  }
}

function isBlocking(error: unknown): boolean {
  return error instanceof AdapterError && error.code !== undefined && BLOCKING_CODES.has(error.code);
}
