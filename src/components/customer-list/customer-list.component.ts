import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import type { SortingState } from '@tanstack/table-core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { AdapterError, isAdapterError } from '../../adapter/adapter-error.js';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import { moveInGrid, type GridPosition } from '../../controllers/grid-navigation.js';
import { PagedRows } from '../../controllers/paged-rows.js';
import { rowWindow, scrollTopForRow, scrollTopToReveal, type RowWindow } from '../../controllers/windowing.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { customerCount, formatNumber } from '../../localization/labels.js';
import { rowKey, type CustomerRow } from '../../model/customer.js';
import { isSearchTooLong, type CustomerFilter, type CustomerQuery, type SearchField, type SortSpec } from '../../model/query.js';
import type { Selection } from '../../model/selection.js';
import { SelectionModel } from '../../model/selection-model.js';
import { patchRowTags, type TagChange } from '../../model/tag-patch.js';
import { tagKey } from '../../model/tags.js';
import { ariaSort, COLUMN_COUNT, createListTable, DATA_COLUMNS, headerLabel, renderCell, sortSpecsOf, type CellContext } from './customer-list.columns.js';
import type { BillingProfileSaveEvent } from '../billing-profile-form/billing-profile-form.events.js';
import { BillingPanel } from './billing-panel.js';
import { BillingProfileRequestEvent, CustomerOpenEvent, CustomerSelectEvent, ExportRequestEvent, ManageTagsRequestEvent, NewOrderRequestEvent } from './customer-list.events.js';
import { styles } from './customer-list.styles.js';
import { renderToolbar } from './customer-list.toolbar.js';
import { TagEditorPopover } from './tag-editor-popover.js';

/** What the list needs of a composed <new-order-dialog>, which it knows by tag name only. */
interface NewOrderDialogLike extends HTMLElement {
  show(options: { customer: CustomerRow }): Promise<void>;
}

/** Rows loaded ahead of the last rendered one, so scrolling rarely waits for a page. */
const PREFETCH_ROWS = 200;
/** Rows rendered past each edge of the viewport; rows render in the scroll event's frame, so few suffice. */
const OVERSCAN = 4;
const DEFAULT_ROW_HEIGHT = 40;

/**
 * The partner's customers: search, filters, sortable columns, selection (including "all matching" as a
 * query), a role-aware command bar and windowed rendering that stays fast at 100 000 rows.
 *
 * @summary Customer list of a partner center's Customers page.
 * @tag customer-list
 *
 * @fires customer-select - The selection changed: `{ selection, count }`.
 * @fires customer-open - A company name was activated: `{ customer, href }`; cancelable (route in-app instead).
 * @fires new-order-request - New order was chosen for the one selected customer: `{ customer }`. Cancelable: cancel it to
 *   run your own order flow instead of the <new-order-dialog> (shown when the page defines it).
 * @fires billing-profile-request - Billing information was chosen for the one selected customer: `{ customer }`. Cancelable:
 *   cancel it to show your own form instead of the <billing-profile-form> panel (shown when the page defines it).
 * @fires manage-tags-request - Manage tags was chosen: `{ selection, count }`. Cancelable: cancel it to show your own
 *   editor instead of the <tag-editor> popover (shown when the page defines <tag-editor>).
 * @fires export-request - Export customers was chosen (only when no <export-button> is defined on the page).
 *
 * @slot commands - Host commands, placed after the built-in ones in the command bar.
 *
 * @csspart toolbar - Search, filters and command bar.
 * @csspart search-field-select - The "Search by" selector.
 * @csspart search-input - The search box.
 * @csspart search-error - Why the text in the search box is not searched (longer than any value it could match).
 * @csspart filters - The filter controls and active filter chips.
 * @csspart filter-chip - One active filter, a button that removes it.
 * @csspart command-bar - The command buttons.
 * @csspart command - One command button.
 * @csspart export - The composed <export-button>, when the page defines it.
 * @csspart new-order-dialog - The composed <new-order-dialog>, when the page defines it.
 * @csspart billing-panel - The side panel holding a <billing-profile-form>, when the page defines it.
 * @csspart tag-popover - The Manage tags popover holding a <tag-editor>, when the page defines it.
 * @csspart selection-bar - "N selected" and the select-all / clear actions.
 * @csspart viewport - The scrolling container of the grid and its state messages.
 * @csspart grid - The grid (`role=grid`).
 * @csspart header - The sticky header row.
 * @csspart header-cell - One column header.
 * @csspart row - One data row.
 * @csspart cell - One data cell.
 * @csspart checkbox - A row's or the header's selection checkbox.
 * @csspart link - A company name link.
 * @csspart reseller - An indirect reseller's name (a button filtering by it).
 * @csspart tag - A tag chip.
 * @csspart state - The loading, empty, no-match or error message.
 * @csspart status - The row count line under the grid.
 * @csspart announcement - A failure of something the agent did, said after the fact (a tag save that failed after its popover closed).
 *
 * @cssprop [--customer-list-height=480px] - Height of the scrolling grid.
 * @cssprop [--customer-list-row-height=40px] - Height of every row (rows are one height, for fast windowing).
 * @cssprop [--customer-list-font] - Font of the whole list.
 * @cssprop [--customer-list-text-color] - Text color.
 * @cssprop [--customer-list-muted-color] - Secondary text color.
 * @cssprop [--customer-list-background] - Background of the grid.
 * @cssprop [--customer-list-header-background] - Background of the header row.
 * @cssprop [--customer-list-border-color] - Row and control borders.
 * @cssprop [--customer-list-hover-background] - Background of a hovered row.
 * @cssprop [--customer-list-selected-background] - Background of a selected row.
 * @cssprop [--customer-list-accent-color] - Links, focus rings, checkboxes and primary buttons.
 * @cssprop [--customer-list-tag-background] - Background of tag chips.
 * @cssprop [--customer-list-error-color] - Error messages.
 */
@localized()
export class CustomerList extends AdapterElement {
  static override readonly defaultTag = 'customer-list';
  static override styles = styles;

  /** Rows asked of the adapter per request (the REST API serves at most 500). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 500;

  /** Milliseconds of typing pause before a search runs; each new search aborts the one in flight. */
  @property({ type: Number, attribute: 'search-debounce' }) searchDebounce = 250;

  /** Field the search box searches: `companyName`, `primaryDomain` or `id` (exact Microsoft ID). */
  @property({ attribute: 'search-field' }) searchField: SearchField = 'companyName';

  /** The search text in effect. Typing sets it after `search-debounce`; setting it searches at once. */
  @property({ attribute: 'search-text' }) searchText = '';

  /** Rows carrying every one of these tags. */
  @property({ attribute: false }) tagFilter: string[] = [];

  /** Rows of this relationship (`cloud-reseller`, `indirect-reseller`, `advisor`, `none`), or all. */
  @property({ attribute: 'relationship-filter' }) relationshipFilter = '';

  /** Rows that came through this indirect reseller (its ID). */
  @property({ attribute: false }) resellerFilter?: { id: string; name: string };

  /** Link of a company name; `{id}` and `{relationship}` are replaced by the row's (URL-encoded). */
  @property({ attribute: 'customer-href' }) customerHref = '/customers/{id}/services';

  @state() private searchDraft = '';
  @state() private sort: SortSpec[] = [];
  @state() private scrollPosition = 0;
  @state() private viewportHeight = 400;
  @state() private active: GridPosition = { row: 0, column: 0 };
  @state() private partnerTags: string[] = [];
  @state() private retryCountdown = 0;
  /** A failure of something the agent did that happened out of sight (a save answered after its popover closed). */
  @state() private announcement?: string;

  @query('.viewport') private viewport?: HTMLElement;
  @query('[part=search-input]') private searchInput?: HTMLInputElement;

  private readonly table = createListTable((sorting) => this.handleSortingChange(sorting));
  private selectionModel = new SelectionModel();
  private anchorRow: number | undefined;
  private rowHeight = DEFAULT_ROW_HEIGHT;
  private headerHeight = DEFAULT_ROW_HEIGHT;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setInterval> | undefined;
  private focusInGrid = false;
  /** A keyboard move asked the next render to scroll the focused cell into view. */
  private revealActiveCell = false;
  private renderingDom = false;
  private lastFilterKey: string | undefined;
  private resizeObserver?: ResizeObserver;

  private readonly rowsTask = new Task(this, {
    task: async ([adapter, queryKey], { signal }) => {
      if (!adapter) throw new AdapterError('invalid', msg('No data source: set the adapter property or provide one through context.'), { code: 'no-adapter' });
      const query = JSON.parse(queryKey) as CustomerQuery;
      return PagedRows.load(adapter, query, this.pageSize, signal, () => this.requestUpdate());
    },
    args: () => [this.activeAdapter, JSON.stringify(this.currentQuery())] as const,
    onError: (error) => this.scheduleThrottledRetry(error),
    onComplete: () => this.cancelThrottledRetry(),
  });

  private readonly tagPopover = new TagEditorPopover(this, {
    adapter: () => this.activeAdapter,
    agentRole: () => this.agentRole,
    patch: (change) => this.patchTags(change),
    tagSetChanged: () => void this.tagsTask.run(),
    announceFailure: (text) => (this.announcement = text),
    count: (selection) => SelectionModel.from(selection).count(this.totalCount ?? 0),
    popover: () => this.renderRoot.querySelector<HTMLElement>('.tag-popover'),
    invoker: () => this.renderRoot.querySelector<HTMLElement>('[data-command="manage-tags"]'),
  });

  private readonly billingPanel = new BillingPanel(this, {
    adapter: () => this.activeAdapter,
    agentRole: () => this.agentRole,
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('.billing-panel'),
    invoker: () => this.renderRoot.querySelector<HTMLElement>('[data-command="billing"]'),
  });

  private readonly tagsTask = new Task(this, {
    task: async ([adapter], { signal }) => (adapter ? adapter.listTags(signal) : []),
    args: () => [this.activeAdapter] as const,
    onComplete: (tags) => (this.partnerTags = [...tags]),
  });

  /** The selection, as adapters and events take it. Setting it replaces the selection without an event. */
  get selection(): Selection {
    return this.selectionModel.toSelection();
  }

  set selection(selection: Selection) {
    this.selectionModel = SelectionModel.from(selection);
    this.requestUpdate();
  }

  /** Rows the current query matches, once the first page has arrived. */
  get totalCount(): number | undefined {
    return this.rowsTask.value?.totalCount;
  }

  /** Rows in the current selection. */
  get selectedCount(): number {
    return this.selectionModel.count(this.totalCount ?? 0);
  }

  /** The filter part of the current query: what a select-all selects. */
  get filter(): CustomerFilter {
    const { sort: _sort, ...filter } = this.currentQuery();
    return filter;
  }

  /** Loads the list again, e.g. after data changed elsewhere. */
  refresh(): void {
    void this.rowsTask.run();
    void this.tagsTask.run();
  }

  /**
   * Shows a tag change on the rows already loaded, without reloading them: an assignment (what a save does to
   * every selected customer, both rows of a dual-role one), a rename or a delete. A tag filter follows a
   * rename or delete. Returns a function that puts the rows back, for a save that failed.
   */
  patchTags(change: TagChange): () => void {
    const undo = patchRowTags(this.rowsTask.value?.rows ?? [], change);
    if (change.kind !== 'assign') {
      const key = tagKey(change.kind === 'rename' ? change.from : change.tag);
      if (this.tagFilter.some((tag) => tagKey(tag) === key)) {
        this.tagFilter = change.kind === 'rename' ? this.tagFilter.map((tag) => (tagKey(tag) === key ? change.to : tag)) : this.tagFilter.filter((tag) => tagKey(tag) !== key);
      }
    }
    this.requestUpdate();
    return () => {
      undo();
      this.requestUpdate();
    };
  }

  /** Selects every row the current search and filters match, loaded or not. */
  selectAllMatching(): void {
    this.selectionModel.selectAllMatching(this.filter);
    this.selectionChanged();
  }

  clearSelection(): void {
    this.selectionModel.clear();
    this.anchorRow = undefined;
    this.selectionChanged();
  }

  /** Scrolls row `index` (0-based, in the current order) to the top and loads up to it. */
  scrollToRow(index: number): void {
    const viewport = this.viewport;
    if (!viewport) return;
    viewport.scrollTop = scrollTopForRow(index, this.windowInput());
    this.scrollPosition = viewport.scrollTop;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A billing form anywhere on the page (not only in this list's panel) saves the name this list shows.
    this.ownerDocument.addEventListener('billing-profile-save', this.handleBillingSave);
    this.searchDraft = this.searchText;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('billing-profile-save', this.handleBillingSave);
    clearTimeout(this.searchTimer);
    clearInterval(this.retryTimer);
    this.resizeObserver?.disconnect();
    this.rowsTask.value?.dispose();
  }

  protected override firstUpdated(): void {
    // Its first callback comes right after observe(), outside this update: that is the first measurement.
    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(this.viewport!);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('searchText') && this.searchText !== this.searchDraft && !this.searchTimer) this.searchDraft = this.searchText;
    const filterKey = JSON.stringify(this.filter);
    const filterChanged = this.lastFilterKey !== undefined && filterKey !== this.lastFilterKey;
    this.lastFilterKey = filterKey;
    // A selection belongs to the rows of a query: a new search or filter starts a new one.
    if (filterChanged && (this.selectionModel.allMatching || this.selectionModel.count(0) > 0)) {
      this.selectionModel.clear();
      this.anchorRow = undefined;
      queueMicrotask(() => this.dispatchEvent(new CustomerSelectEvent(this.selection, 0)));
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    this.renderingDom = true;
    try {
      super.update(changed);
    } finally {
      this.renderingDom = false;
    }
  }

  protected override updated(): void {
    const rows = this.rowsTask.value;
    if (rows && this.rowsTask.status === TaskStatus.COMPLETE) {
      const view = this.currentWindow(rows.totalCount);
      rows.ensureLoaded(Math.max(view.end, this.active.row) + PREFETCH_ROWS);
    }
    if (this.focusInGrid) this.focusActiveCell();
    if (this.revealActiveCell) {
      this.revealActiveCell = false;
      // Rows are already in the window; this scrolls the grid sideways (a narrow screen, 200 % zoom, either
      // direction) and the page, when the grid itself is partly off-screen.
      this.cellTarget(this.active)?.closest('[data-column]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  protected override render(): TemplateResult {
    return html`
      ${renderToolbar(this.toolbarContext())}
      ${this.renderSelectionBar()}
      ${this.renderGrid()}
      ${this.renderStatus()}
      ${this.tagPopover.render()} ${this.billingPanel.render()}
      ${customElements.get('new-order-dialog') ? html`<new-order-dialog part="new-order-dialog" .adapter=${this.activeAdapter} agent-role=${this.agentRole}></new-order-dialog>` : nothing}
    `;
  }

  // ---- query

  private currentQuery(): CustomerQuery {
    const query: CustomerQuery = {};
    const text = this.searchText.trim();
    if (text) query.search = { field: this.searchField, text };
    if (this.tagFilter.length) query.tags = [...this.tagFilter];
    if (this.relationshipFilter) query.relationship = this.relationshipFilter;
    if (this.resellerFilter) query.indirectResellerId = this.resellerFilter.id;
    if (this.sort.length) query.sort = this.sort;
    return query;
  }

  private get hasFilter(): boolean {
    return Boolean(this.searchText.trim() || this.tagFilter.length || this.relationshipFilter || this.resellerFilter);
  }

  private handleSortingChange(sorting: SortingState): void {
    this.sort = sortSpecsOf(sorting);
  }

  private handleSearchInput(text: string): void {
    this.searchDraft = text;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.commitSearch(), this.searchDebounce);
  }

  private commitSearch(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    // Longer than any name or domain: it could match nothing, so the box says so and the last search stays.
    if (isSearchTooLong(this.searchDraft)) return;
    this.searchText = this.searchDraft;
  }

  /** A removed chip takes focus with it: the next chip gets it, else the one before, else the Tag filter. */
  private async removeFilterChip(chip: HTMLElement, remove: () => void): Promise<void> {
    const chips = () => [...this.renderRoot.querySelectorAll<HTMLElement>('[part~=filter-chip]')];
    const index = chips().indexOf(chip);
    remove();
    await this.updateComplete;
    const left = chips();
    (left[index] ?? left[index - 1] ?? this.renderRoot.querySelector<HTMLElement>('[data-filter=tag]:not(:disabled)') ?? this.searchInput)?.focus();
  }

  /** Clear search (or filters) from the no-match message: the message goes, focus goes to the search box. */
  private async clearFiltersFromMessage(): Promise<void> {
    this.clearFilters();
    await this.updateComplete;
    this.searchInput?.focus();
  }

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
    this.searchDraft = '';
    this.searchText = '';
    this.tagFilter = [];
    this.relationshipFilter = '';
    this.resellerFilter = undefined;
  }

  private toolbarContext() {
    const count = this.selectedCount;
    const singleRow = this.singleSelectedRow();
    return {
      adapter: this.activeAdapter,
      agentRole: this.agentRole,
      searchField: this.searchField,
      searchDraft: this.searchDraft,
      searchTooLong: isSearchTooLong(this.searchDraft),
      tagFilter: this.tagFilter,
      relationshipFilter: this.relationshipFilter,
      resellerFilter: this.resellerFilter,
      partnerTags: this.partnerTags,
      isAdmin: this.isAdmin,
      selectedCount: count,
      newOrderReady: singleRow !== undefined,
      manageTagsOpen: this.tagPopover.available ? this.tagPopover.isOpen : undefined,
      onSearchField: (field: SearchField) => (this.searchField = field),
      onSearchInput: (text: string) => this.handleSearchInput(text),
      onSearchCommit: () => this.commitSearch(),
      onAddTag: (tag: string) => (this.tagFilter = [...this.tagFilter, tag]),
      onRemoveTag: (tag: string, chip: HTMLElement) => void this.removeFilterChip(chip, () => (this.tagFilter = this.tagFilter.filter((other) => other !== tag))),
      onRelationship: (relationship: string) => (this.relationshipFilter = relationship),
      onRemoveReseller: (chip: HTMLElement) => void this.removeFilterChip(chip, () => (this.resellerFilter = undefined)),
      onNewOrder: () => singleRow && this.handleNewOrder(singleRow),
      onBilling: () => singleRow && this.handleBilling(singleRow),
      onManageTags: () => this.handleManageTags(count),
      onExport: () => this.dispatchEvent(new ExportRequestEvent()),
    };
  }

  /** Billing information opens the <billing-profile-form> panel, unless a host cancels the request. */
  private handleBilling(customer: CustomerRow): void {
    if (this.dispatchEvent(new BillingProfileRequestEvent(customer))) void this.billingPanel.open(customer);
  }

  /** A saved billing profile renames the customer's rows here at once (the billing name is the listed one). */
  private readonly handleBillingSave = (event: BillingProfileSaveEvent) => {
    let changed = false;
    for (const row of this.rowsTask.value?.rows ?? []) {
      if (row.id !== event.customerId || row.companyName === event.profile.companyName) continue;
      row.companyName = event.profile.companyName;
      changed = true;
    }
    if (changed) this.requestUpdate();
  };

  /** New order opens the <new-order-dialog> the page defines, unless a host cancels the request. */
  private handleNewOrder(customer: CustomerRow): void {
    if (!this.dispatchEvent(new NewOrderRequestEvent(customer))) return;
    void this.renderRoot.querySelector<NewOrderDialogLike>('new-order-dialog')?.show({ customer });
  }

  /** Manage tags toggles the editor popover, unless a host cancels the request to show its own. */
  private handleManageTags(count: number): void {
    if (this.tagPopover.isOpen) return this.tagPopover.close();
    if (count === 0 || !this.dispatchEvent(new ManageTagsRequestEvent(this.selection, count))) return;
    void this.tagPopover.open(this.selection);
  }

  /** The selected row when exactly one loaded row is selected: what New order needs. */
  private singleSelectedRow(): CustomerRow | undefined {
    const selection = this.selection;
    if (selection.mode !== 'some' || selection.keys.length !== 1) return undefined;
    return this.rowsTask.value?.rows.find((row) => rowKey(row) === selection.keys[0]);
  }

  // ---- selection

  private selectionChanged(): void {
    // The model is mutable, so nothing reactive changed: ask for the render.
    this.requestUpdate();
    this.tagPopover.follow(this.selection);
    this.dispatchEvent(new CustomerSelectEvent(this.selection, this.selectedCount));
  }

  private toggleRow(index: number, range: boolean): void {
    const rows = this.rowsTask.value?.rows;
    const row = rows?.[index];
    if (!rows || !row) return;
    if (range && this.anchorRow !== undefined) {
      const selected = this.selectionModel.isSelected(rowKey(rows[this.anchorRow] ?? row));
      const [from, to] = this.anchorRow < index ? [this.anchorRow, index] : [index, this.anchorRow];
      this.selectionModel.setRows(rows.slice(from, to + 1), selected);
    } else {
      this.selectionModel.toggle(rowKey(row));
      this.anchorRow = index;
    }
    this.selectionChanged();
  }

  private toggleAll(): void {
    if (this.selectionModel.allMatching && this.selectedCount === this.totalCount) this.clearSelection();
    else this.selectAllMatching();
  }

  /**
   * Always rendered and one line high, empty while nothing is selected: a bar appearing on the first selection
   * would push every row down under the pointer, and a live region must exist before it speaks.
   */
  private renderSelectionBar(): TemplateResult {
    const count = this.selectedCount;
    const total = this.totalCount ?? 0;
    return html`<div part="selection-bar" class="selection-bar" ?data-empty=${count === 0}>
      <span role="status">${count ? msg(str`${formatNumber(count)} selected`) : ''}</span>
      ${count && !this.selectionModel.allMatching && total > count && !this.replacingRows
        ? html`<button type="button" class="link-button" data-action="select-all" @click=${this.handleSelectAllCommand}>${msg(str`Select all ${formatNumber(total)} matching customers`)}</button>`
        : nothing}
      ${count ? html`<button type="button" class="link-button" data-action="clear-selection" @click=${this.handleClearSelectionCommand}>${msg('Clear selection')}</button>` : nothing}
    </div>`;
  }

  /** The command goes away once everything is selected: focus moves on to Clear selection beside it. */
  private readonly handleSelectAllCommand = async () => {
    this.selectAllMatching();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action=clear-selection]')?.focus();
  };

  /** The bar empties: focus goes back to the grid, on the cell the agent was last on. */
  private readonly handleClearSelectionCommand = () => {
    this.focusInGrid = true;
    this.clearSelection();
  };

  // ---- grid

  private measure(): void {
    const viewport = this.viewport;
    if (!viewport) return;
    const style = getComputedStyle(this);
    this.rowHeight = parseFloat(style.getPropertyValue('--_row-height')) || DEFAULT_ROW_HEIGHT;
    this.headerHeight = this.renderRoot.querySelector<HTMLElement>('.header')?.offsetHeight || this.rowHeight;
    this.viewportHeight = Math.max(this.rowHeight, viewport.clientHeight - this.headerHeight);
  }

  private windowInput() {
    return { viewportHeight: this.viewportHeight, rowHeight: this.rowHeight, rowCount: this.totalCount ?? 0 };
  }

  private currentWindow(rowCount: number): RowWindow {
    return rowWindow({ ...this.windowInput(), rowCount, scrollTop: this.scrollPosition, overscan: OVERSCAN });
  }

  private handleScroll(event: Event): void {
    this.scrollPosition = (event.target as HTMLElement).scrollTop;
  }

  private renderGrid(): TemplateResult {
    const rows = this.rowsTask.value;
    const total = rows?.totalCount ?? 0;
    const pending = this.rowsTask.status === TaskStatus.PENDING;
    const error = this.rowsTask.status === TaskStatus.ERROR ? this.rowsTask.error : undefined;
    const view = this.currentWindow(rows ? total : 0);
    // The scroll container holds the grid and, beside it, any state message: a grid may only contain rows.
    return html`<div part="viewport" class="viewport" @scroll=${this.handleScroll}>
      <div
        part="grid"
        class="grid ${this.replacingRows ? 'replacing' : ''}"
        role="grid"
        aria-label=${msg('Customers')}
        aria-rowcount=${total + 1}
        aria-colcount=${COLUMN_COUNT}
        aria-multiselectable="true"
        aria-busy=${pending ? 'true' : 'false'}
        @keydown=${this.handleKeydown}
        @focusin=${this.handleFocusIn}
        @focusout=${this.handleFocusOut}
      >
        ${this.renderHeader(total)}
        <div role="rowgroup" class="body" style=${styleMap({ height: `${rows && !error ? view.scrollHeight : 0}px` })}>
          ${rows && !error ? this.renderRows(rows, view) : nothing}
        </div>
      </div>
      ${this.renderState(rows, pending, error)}
    </div>`;
  }

  private renderHeader(total: number): TemplateResult {
    const all = this.selectionModel.allMatching;
    const count = this.selectedCount;
    const isActive = (column: number) => this.active.row === 0 && this.active.column === column;
    return html`<div role="rowgroup" class="header" part="header">
      <div role="row" aria-rowindex="1" class="row header-row">
        <div role="columnheader" class="cell select-cell" aria-colindex="1" data-column="0">
          <input
            part="checkbox"
            type="checkbox"
            tabindex=${isActive(0) ? 0 : -1}
            aria-label=${msg(str`Select all ${formatNumber(total)} matching customers`)}
            .checked=${live(all && count > 0)}
            .indeterminate=${live(count > 0 && !(all && count === total))}
            ?disabled=${total === 0}
            aria-disabled=${this.replacingRows ? 'true' : 'false'}
            title=${this.replacingRows ? msg('Wait for the list to update before selecting.') : nothing}
            @click=${(event: MouseEvent) => (this.replacingRows ? event.preventDefault() : this.toggleAll())}
          />
        </div>
        ${DATA_COLUMNS.map((id, index) => {
          const column = this.table.getColumn(id)!;
          const sorted = column.getIsSorted();
          return html`<div
            role="columnheader"
            part="header-cell"
            class="cell header-cell"
            aria-colindex=${index + 2}
            aria-sort=${ariaSort(this.table, id)}
            data-column=${index + 1}
            tabindex=${isActive(index + 1) ? 0 : -1}
            @click=${(event: MouseEvent) => column.getToggleSortingHandler()?.(event)}
          >
            <span class="clip" title=${headerLabel(id)}>${headerLabel(id)}</span>
            <span class="sort-indicator" aria-hidden="true">${sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}</span>
          </div>`;
        })}
      </div>
    </div>`;
  }

  /**
   * The window's rows, keyed by row index, in ascending order, plus the focused row when it is scrolled
   * away. Keys keep each row's node while it stays in the window, so focus never hops between nodes as the
   * window moves, and the focused row stays rendered (and focused) wherever it is. Ascending order means no
   * kept node is ever moved in the DOM, which would drop its focus.
   */
  private renderRows(rows: PagedRows, view: RowWindow): TemplateResult {
    const focused = this.active.row - 1;
    const indexes: number[] = [];
    if (focused >= 0 && focused < view.start) indexes.push(focused);
    for (let index = view.start; index < view.end; index++) indexes.push(index);
    if (focused >= view.end && focused < rows.totalCount) indexes.push(focused);
    return html`${repeat(indexes, (index) => index, this.rowRenderer(rows, view))}`;
  }

  private rowRenderer(rows: PagedRows, view: RowWindow): (index: number) => TemplateResult {
    const context: CellContext = {
      href: (row) => this.customerHref.replaceAll('{id}', encodeURIComponent(row.id)).replaceAll('{relationship}', encodeURIComponent(row.relationship)),
      tabIndex: () => -1,
      onOpen: (event, row) => this.handleOpen(event, row),
      onFilterReseller: (row) => (this.resellerFilter = row.indirectReseller),
      matchedTags: this.tagFilter,
    };
    const replacing = this.replacingRows;
    // One template for loaded and still-loading rows: cells keep their elements (and focus) while a row loads.
    return (index) => {
      const row = rows.rows[index];
      const selected = row !== undefined && this.selectionModel.isSelected(rowKey(row));
      const activeColumn = this.active.row === index + 1 ? this.active.column : -1;
      const cellContext = { ...context, tabIndex: (column: number) => (column === activeColumn ? 0 : -1) };
      const cellTabIndex = (column: number, focusable: boolean) => (focusable ? (activeColumn === column ? 0 : -1) : nothing);
      return html`<div
        role="row"
        part="row"
        class="row data-row ${row ? '' : 'pending'}"
        aria-rowindex=${index + 2}
        aria-selected=${selected ? 'true' : 'false'}
        aria-busy=${row ? nothing : 'true'}
        ?data-selected=${selected}
        style=${styleMap({ transform: `translateY(${view.rowTop(index)}px)` })}
      >
        <div role="gridcell" class="cell select-cell" aria-colindex="1" data-column="0" tabindex=${cellTabIndex(0, !row)}>
          ${row
            ? html`<input
                part="checkbox"
                type="checkbox"
                tabindex=${activeColumn === 0 ? 0 : -1}
                aria-label=${msg(str`Select ${row.companyName}`)}
                aria-disabled=${replacing ? 'true' : 'false'}
                title=${replacing ? msg('Wait for the list to update before selecting.') : nothing}
                .checked=${live(selected)}
                @click=${(event: MouseEvent) => this.handleRowCheckbox(event, index)}
              />`
            : nothing}
        </div>
        ${DATA_COLUMNS.map((id, column) => {
          // The name cell's link takes focus itself; a loading row's name cell takes it instead.
          const focusable = id !== 'companyName' || !row;
          return html`<div role="gridcell" part="cell" class="cell ${id}" aria-colindex=${column + 2} data-column=${column + 1} tabindex=${cellTabIndex(column + 1, focusable)}>${row
            ? renderCell(id, row, cellContext, column + 1)
            : html`<span class="skeleton">${column === 0 ? msg('Loading…') : ''}</span>`}</div>`;
        })}
      </div>`;
    };
  }

  private renderState(rows: PagedRows | undefined, pending: boolean, error: unknown): TemplateResult | typeof nothing {
    if (error !== undefined) return this.renderError(error, () => this.refresh());
    if (!rows && pending) {
      return html`<div class="state skeletons" part="state" role="status" aria-live="polite">
        <span class="visually-hidden">${msg('Loading customers…')}</span>
        ${Array.from({ length: 6 }, () => html`<div class="skeleton-row" aria-hidden="true"><span class="skeleton"></span></div>`)}
      </div>`;
    }
    if (rows?.error !== undefined) return this.renderError(rows.error, () => rows.retry(rows.rows.length + this.pageSize), true);
    if (!rows || rows.totalCount > 0) return nothing;
    if (this.hasFilter) {
      return html`<div class="state" part="state" role="status">
        <p>${this.searchText.trim() ? msg(str`No customers match “${this.searchText.trim()}”.`) : msg('No customers match these filters.')}</p>
        <button type="button" part="command" class="command" @click=${() => void this.clearFiltersFromMessage()}>${this.searchText.trim() ? msg('Clear search') : msg('Clear filters')}</button>
      </div>`;
    }
    return html`<div class="state" part="state" role="status"><p>${msg('No customers yet.')}</p></div>`;
  }

  private renderError(error: unknown, retry: () => void, partial = false): TemplateResult {
    const throttled = isAdapterError(error, 'throttled');
    const message = error instanceof Error ? error.message : String(error);
    return html`<div class="state error ${partial ? 'partial' : ''}" part="state" role="alert">
      <p>${partial ? msg('Loading more customers failed.') : msg('The customers could not be loaded.')} <span dir="auto">${message}</span></p>
      ${throttled && this.retryCountdown > 0 ? html`<p>${msg(str`Retrying in ${this.retryCountdown} s…`)}</p>` : nothing}
      <button type="button" part="command" class="command" @click=${retry}>${msg('Retry')}</button>
    </div>`;
  }

  /**
   * A throttled first load retries by itself once the server's Retry-After has passed, counting down.
   * Called from the task's onError, outside an update, so the countdown's first value costs no extra render.
   */
  private scheduleThrottledRetry(error: unknown): void {
    if (!isAdapterError(error, 'throttled') || this.retryTimer !== undefined) return;
    const until = Date.now() + (error.retryAfterMs ?? 5000);
    const tick = () => {
      this.retryCountdown = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      if (this.retryCountdown > 0) return;
      clearInterval(this.retryTimer);
      this.retryTimer = undefined;
      this.refresh();
    };
    this.retryTimer = setInterval(tick, 250);
    tick();
  }

  private cancelThrottledRetry(): void {
    clearInterval(this.retryTimer);
    this.retryTimer = undefined;
    this.retryCountdown = 0;
  }

  /**
   * A new search or filter is loading while the previous query's rows are still drawn: they are shown dimmed
   * as being replaced, the count says so, and their checkboxes wait (a selection made on rows about to go
   * would not belong to the new query).
   */
  private get replacingRows(): boolean {
    return this.rowsTask.status === TaskStatus.PENDING && this.rowsTask.value !== undefined;
  }

  private renderStatus(): TemplateResult {
    const total = this.totalCount;
    const text = this.replacingRows ? msg('Updating the list…') : total === undefined ? '' : customerCount(total);
    // Under the grid, so a failure appearing moves no row; the alert region is always there, ready to speak.
    return html`<div part="status" class="status" role="status" aria-live="polite">${text}</div>
      <div part="announcement" class="announcement" role="alert">
        ${this.announcement
          ? html`<p>${this.announcement}</p>
              <button type="button" part="command" class="command" @click=${this.handleDismissAnnouncement}>${msg('Dismiss')}</button>`
          : nothing}
      </div>`;
  }

  /** Dismissing the message removes its button: focus goes to the grid. */
  private readonly handleDismissAnnouncement = () => {
    this.announcement = undefined;
    this.focusInGrid = true;
  };

  // ---- interaction

  /** Focus entering a cell (by click, Tab or script) makes it the grid's one tab stop. */
  private handleFocusIn(event: FocusEvent): void {
    this.focusInGrid = true;
    const position = this.cellPositionOf(event.composedPath()[0] as Element);
    if (position && (position.row !== this.active.row || position.column !== this.active.column)) this.active = position;
  }

  /**
   * Focus leaving for good, not focus lost because windowing removed the focused row's node: then the grid
   * still "has" focus, and the next update puts it on the active cell again.
   */
  private handleFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Element | null;
    // Chromium fires focusout while the node is still connected, during our render: hence the flag.
    // Only a grid cell's removal counts (focusInGrid): a toolbar control our render removed lets focus go.
    const removedByUs = to === null && this.focusInGrid && (this.renderingDom || !(event.target as Element).isConnected);
    this.focusInGrid = removedByUs || (to !== null && this.renderRoot.contains(to) && to.closest('.grid') !== null);
  }

  private handleOpen(event: MouseEvent, row: CustomerRow): void {
    const href = (event.currentTarget as HTMLAnchorElement).href;
    const open = new CustomerOpenEvent(row, href);
    if (!this.dispatchEvent(open)) event.preventDefault();
  }

  /**
   * The click is left to the browser (no preventDefault: that would make it restore the box's old state after
   * the render); the render then sets `checked` from the model, which differs only for a Shift range.
   */
  private handleRowCheckbox(event: MouseEvent, index: number): void {
    // Rows about to be replaced keep their boxes as they are (the box is aria-disabled and says why).
    if (this.replacingRows) return event.preventDefault();
    this.active = { row: index + 1, column: 0 };
    this.toggleRow(index, event.shiftKey);
  }

  private handleKeydown(event: KeyboardEvent): void {
    const total = this.totalCount ?? 0;
    if ((event.key === 'a' || event.key === 'A') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!this.replacingRows) this.selectAllMatching();
      return;
    }
    const target = this.cellPositionOf(event.target as Element);
    const from = target ?? this.active;
    if (event.key === ' ' || event.key === 'Enter') {
      if ((event.target as Element).tagName === 'A' && event.key === 'Enter') return;
      event.preventDefault();
      this.activate(from, event);
      return;
    }
    const pageRows = Math.max(1, Math.floor(this.viewportHeight / this.rowHeight) - 1);
    const next = moveInGrid(from, event, { rowCount: total + 1, columnCount: COLUMN_COUNT, pageRows }, getComputedStyle(this).direction === 'rtl');
    if (!next) return;
    event.preventDefault();
    this.moveTo(next);
  }

  private activate(position: GridPosition, event: KeyboardEvent): void {
    if (position.row === 0) {
      if (position.column === 0 && !this.replacingRows) this.toggleAll();
      else this.table.getColumn(DATA_COLUMNS[position.column - 1]!)?.getToggleSortingHandler()?.(event);
      return;
    }
    const index = position.row - 1;
    if (event.key === 'Enter' && DATA_COLUMNS[position.column - 1] === 'companyName') {
      this.cellTarget(position)?.click();
      return;
    }
    if (!this.replacingRows) this.toggleRow(index, event.shiftKey);
  }

  /**
   * Keyboard movement: scrolls the target row into the window (the header row shows the first rows under it,
   * as Ctrl+Home promises), and asks the next render to bring the focused cell into view sideways too.
   */
  private moveTo(position: GridPosition): void {
    this.active = position;
    this.focusInGrid = true;
    this.revealActiveCell = true;
    const viewport = this.viewport;
    if (!viewport) return;
    viewport.scrollTop = scrollTopToReveal(Math.max(0, position.row - 1), viewport.scrollTop, this.windowInput());
    this.scrollPosition = viewport.scrollTop;
    if (position.row === 0) this.focusActiveCell();
  }

  private cellPositionOf(element: Element | null): GridPosition | undefined {
    const cell = element?.closest<HTMLElement>('[data-column]');
    const row = cell?.closest<HTMLElement>('[aria-rowindex]');
    if (!cell || !row) return undefined;
    return { row: Number(row.getAttribute('aria-rowindex')) - 1, column: Number(cell.dataset.column) };
  }

  /** The element holding focus for a cell: its checkbox or link when it has one, else the cell. */
  private cellTarget({ row, column }: GridPosition): HTMLElement | undefined {
    const cell = this.renderRoot.querySelector<HTMLElement>(`.grid [aria-rowindex="${row + 1}"] [data-column="${column}"]`);
    if (!cell) return undefined;
    return cell.querySelector<HTMLElement>('input, a') ?? cell;
  }

  private focusActiveCell(): void {
    const target = this.cellTarget(this.active);
    if (target && (this.shadowRoot?.activeElement ?? null) !== target) target.focus({ preventScroll: true });
  }
}
