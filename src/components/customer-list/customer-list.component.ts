import { localized, msg, str } from '@lit/localize';
import type { SortingState } from '@tanstack/table-core';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { CustomerAdapter } from '../../adapter/customer-adapter.js';
import { DebouncedInput } from '../../controllers/debounced-input.js';
import { GridFocusController } from '../../controllers/grid-focus-controller.js';
import type { GridPosition } from '../../controllers/grid-navigation.js';
import { RowsController } from '../../controllers/rows-controller.js';
import { SelectionController } from '../../controllers/selection-controller.js';
import { WindowController } from '../../controllers/window-controller.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { missingAdapterError } from '../../internal/failure.js';
import { registeredTag } from '../../internal/registry.js';
import { customerCount, formatNumber } from '../../localization/labels.js';
import type { BillingProfile } from '../../model/billing.js';
import type { CustomerRow } from '../../model/customer.js';
import { isSearchTooLong, type CustomerFilter, type CustomerQuery, type SearchField, type SortSpec } from '../../model/query.js';
import type { Selection } from '../../model/selection.js';
import { patchRowTags, type TagChange } from '../../model/tag-patch.js';
import { tagKey } from '../../model/tags.js';
import { BillingPanel } from './billing-panel.js';
import { COLUMN_COUNT, createListTable, DATA_COLUMNS, sortSpecsOf } from './customer-list.columns.js';
import { BillingProfileRequestEvent, CustomerOpenEvent, CustomerSelectEvent, ExportRequestEvent, ManageTagsRequestEvent, NewOrderRequestEvent } from './customer-list.events.js';
import { renderGrid } from './customer-list.grid.js';
import { styles } from './customer-list.styles.js';
import { renderToolbar, type ToolbarContext } from './customer-list.toolbar.js';
import { TagEditorPopover } from './tag-editor-popover.js';

/** What the list needs of a composed <new-order-dialog>, which it knows by its role only. */
interface NewOrderDialogLike extends HTMLElement {
  show(options: { customer: CustomerRow }): Promise<void>;
}

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
 * The elements it opens (`<tag-editor>`, `<new-order-dialog>`, `<billing-profile-form>`, `<export-button>`) are
 * composed under whatever tags the page registered them with (`TagEditor.define('acme-tag-editor')` works): see
 * `CustomerList.composes`. Without them, the request events above leave the job to the host.
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

  /**
   * The elements this list opens, by their default tags. Each is rendered under the tag the page registered it
   * with (`define()` records it), and only when the page registered it: this list imports none of them, so it
   * still loads alone.
   */
  static readonly composes = ['tag-editor', 'new-order-dialog', 'billing-profile-form', 'export-button'] as const;

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

  @state() private sort: SortSpec[] = [];
  @state() private partnerTags: string[] = [];
  /** A failure of something the agent did that happened out of sight (a save answered after its popover closed). */
  @state() private announcement?: string;

  @query('.viewport') private viewport?: HTMLElement;
  @query('[part=search-input]') private searchInput?: HTMLInputElement;

  private readonly table = createListTable((sorting: SortingState) => (this.sort = sortSpecsOf(sorting)));

  private readonly rows = new RowsController(this, {
    source: () => this.activeAdapter,
    query: () => this.currentQuery(),
    fetch: (adapter: CustomerAdapter, query: CustomerQuery, page, signal) => adapter.listCustomers({ ...query, ...page }, signal),
    pageSize: () => this.pageSize,
    missingSource: missingAdapterError,
  });

  private readonly rowWindow = new WindowController(this, {
    viewport: () => this.viewport,
    header: () => this.renderRoot.querySelector<HTMLElement>('.header'),
    rowCount: () => this.totalCount ?? 0,
    rowHeightProperty: '--_row-height',
    defaultRowHeight: 40,
  });

  private readonly gridFocus = new GridFocusController(this, {
    grid: () => this.renderRoot.querySelector<HTMLElement>('[role=grid]'),
    rowCount: () => (this.totalCount ?? 0) + 1,
    columnCount: () => COLUMN_COUNT,
    pageRows: () => this.rowWindow.pageRows,
    revealRow: (index) => this.rowWindow.reveal(index),
    handleKey: (event, position) => this.handleGridKey(event, position),
  });

  private readonly selectionController = new SelectionController(this, {
    rows: () => this.rows.value?.rows,
    total: () => this.totalCount ?? 0,
    filter: () => this.filter,
    changed: (selection, count) => {
      this.tagPopover.follow(selection);
      this.dispatchEvent(new CustomerSelectEvent(selection, count));
    },
  });

  private readonly search = new DebouncedInput(this, {
    delay: () => this.searchDebounce,
    // Longer than any name or domain: it could match nothing, so the box says so and the last search stays.
    accepts: (text) => !isSearchTooLong(text),
    commit: (text) => (this.searchText = text),
  });

  private readonly tagPopover = new TagEditorPopover(this, {
    adapter: () => this.activeAdapter,
    agentRole: () => this.agentRole,
    patch: (change) => this.patchTags(change),
    tagSetChanged: () => void this.loadTags(),
    announceFailure: (text) => (this.announcement = text),
    count: (selection) => (selection.mode === 'some' ? selection.keys.length : Math.max(0, (this.totalCount ?? 0) - selection.excludedKeys.length)),
    popover: () => this.renderRoot.querySelector<HTMLElement>('.tag-popover'),
    invoker: () => this.renderRoot.querySelector<HTMLElement>('[data-command="manage-tags"]'),
  });

  private readonly billingPanel = new BillingPanel(this, {
    adapter: () => this.activeAdapter,
    agentRole: () => this.agentRole,
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('.billing-panel'),
    invoker: () => this.renderRoot.querySelector<HTMLElement>('[data-command="billing"]'),
    saved: (customerId, profile) => this.applyBillingProfile(customerId, profile),
  });

  /** Which adapter the partner's tags were loaded from: a new one loads them again. */
  private tagsFrom?: CustomerAdapter;

  /** The selection, as adapters and events take it. Setting it replaces the selection without an event. */
  get selection(): Selection {
    return this.selectionController.selection;
  }

  set selection(selection: Selection) {
    this.selectionController.selection = selection;
  }

  /** Rows the current query matches, once the first page has arrived. */
  get totalCount(): number | undefined {
    return this.rows.totalCount;
  }

  /** Rows in the current selection. */
  get selectedCount(): number {
    return this.selectionController.count;
  }

  /** The filter part of the current query: what a select-all selects. */
  get filter(): CustomerFilter {
    const { sort: _sort, ...filter } = this.currentQuery();
    return filter;
  }

  /** Loads the list again, e.g. after data changed elsewhere. */
  refresh(): void {
    this.rows.reload();
    void this.loadTags();
  }

  /**
   * Shows a tag change on the rows already loaded, without reloading them: an assignment (what a save does to
   * every selected customer, both rows of a dual-role one), a rename or a delete. A tag filter follows a
   * rename or delete. Returns a function that puts the rows back, for a save that failed.
   */
  patchTags(change: TagChange): () => void {
    const undo = patchRowTags(this.rows.value?.rows ?? [], change);
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

  /**
   * Shows a saved billing profile's company name on the customer's loaded rows (the billing name is the listed
   * one). The list's own Billing information panel does this itself; a host with a form elsewhere calls it
   * from that form's `billing-profile-save`.
   */
  applyBillingProfile(customerId: string, profile: Pick<BillingProfile, 'companyName'>): void {
    let changed = false;
    for (const row of this.rows.value?.rows ?? []) {
      if (row.id !== customerId || row.companyName === profile.companyName) continue;
      row.companyName = profile.companyName;
      changed = true;
    }
    if (changed) this.requestUpdate();
  }

  /** Selects every row the current search and filters match, loaded or not. */
  selectAllMatching(): void {
    this.selectionController.selectAllMatching();
  }

  clearSelection(): void {
    this.selectionController.clear();
  }

  /** Scrolls row `index` (0-based, in the current order) to the top and loads up to it. */
  scrollToRow(index: number): void {
    this.rowWindow.scrollToRow(index);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.search.follow(this.searchText);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('searchText')) this.search.follow(this.searchText);
    if (this.activeAdapter !== this.tagsFrom) void this.loadTags();
  }

  protected override updated(): void {
    this.rows.ensureLoaded(Math.max(this.rowWindow.current().end, this.gridFocus.active.row));
  }

  protected override render(): TemplateResult {
    const dialog = registeredTag('new-order-dialog');
    return html`
      ${renderToolbar(this.toolbarContext())}
      ${this.renderSelectionBar()}
      ${renderGrid(this.gridContext())}
      ${this.renderStatus()}
      ${this.tagPopover.render()} ${this.billingPanel.render()}
      ${dialog ? html`<${unsafeStatic(dialog)} part="new-order-dialog" data-role="new-order-dialog" .adapter=${this.activeAdapter} agent-role=${this.agentRole}></${unsafeStatic(dialog)}>` : nothing}
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

  /** The partner's tags, for the tag filter. Not fatal: without them the filter offers nothing. */
  private async loadTags(): Promise<void> {
    const adapter = (this.tagsFrom = this.activeAdapter);
    if (!adapter) return;
    try {
      const tags = await adapter.listTags();
      if (adapter === this.activeAdapter) this.partnerTags = [...tags];
    } catch {
      // The list itself reports a failing adapter; the tag filter just stays as it was.
    }
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
  private async clearFilters(): Promise<void> {
    this.search.reset();
    this.searchText = '';
    this.tagFilter = [];
    this.relationshipFilter = '';
    this.resellerFilter = undefined;
    await this.updateComplete;
    this.searchInput?.focus();
  }

  private toolbarContext(): ToolbarContext {
    const count = this.selectedCount;
    const single = this.selectionController.single();
    return {
      adapter: this.activeAdapter,
      agentRole: this.agentRole,
      searchField: this.searchField,
      searchDraft: this.search.draft,
      searchTooLong: isSearchTooLong(this.search.draft),
      tagFilter: this.tagFilter,
      relationshipFilter: this.relationshipFilter,
      resellerFilter: this.resellerFilter,
      partnerTags: this.partnerTags,
      isAdmin: this.isAdmin,
      selectedCount: count,
      newOrderReady: single !== undefined,
      manageTagsOpen: this.tagPopover.available ? this.tagPopover.isOpen : undefined,
      onSearchField: (field) => (this.searchField = field),
      onSearchInput: (text) => this.search.input(text),
      onSearchCommit: () => this.search.flush(),
      onAddTag: (tag) => (this.tagFilter = [...this.tagFilter, tag]),
      onRemoveTag: (tag, chip) => void this.removeFilterChip(chip, () => (this.tagFilter = this.tagFilter.filter((other) => other !== tag))),
      onRelationship: (relationship) => (this.relationshipFilter = relationship),
      onRemoveReseller: (chip) => void this.removeFilterChip(chip, () => (this.resellerFilter = undefined)),
      onNewOrder: () => single && this.handleNewOrder(single),
      onBilling: () => single && this.handleBilling(single),
      onManageTags: () => this.handleManageTags(count),
      onExport: () => this.dispatchEvent(new ExportRequestEvent()),
    };
  }

  // ---- commands

  /** Billing information opens the <billing-profile-form> panel, unless a host cancels the request. */
  private handleBilling(customer: CustomerRow): void {
    if (this.dispatchEvent(new BillingProfileRequestEvent(customer))) void this.billingPanel.open(customer);
  }

  /** New order opens the <new-order-dialog> the page defines, unless a host cancels the request. */
  private handleNewOrder(customer: CustomerRow): void {
    if (!this.dispatchEvent(new NewOrderRequestEvent(customer))) return;
    void this.renderRoot.querySelector<NewOrderDialogLike>('[data-role=new-order-dialog]')?.show({ customer });
  }

  /** Manage tags toggles the editor popover, unless a host cancels the request to show its own. */
  private handleManageTags(count: number): void {
    if (this.tagPopover.isOpen) return this.tagPopover.close();
    if (count === 0 || !this.dispatchEvent(new ManageTagsRequestEvent(this.selection, count))) return;
    void this.tagPopover.open(this.selection);
  }

  // ---- grid

  /**
   * A new search or filter is loading while the previous query's rows are still drawn: they are shown dimmed
   * as being replaced, the count says so, and their checkboxes wait (a selection made on rows about to go
   * would not belong to the new query).
   */
  private get replacingRows(): boolean {
    return this.rows.replacing;
  }

  private gridContext() {
    const rows = this.rows.value;
    const error = this.rows.error;
    const total = this.totalCount ?? 0;
    const selection = this.selectionController;
    return {
      rows,
      total,
      view: this.rowWindow.current(rows && !error ? total : 0),
      pending: this.rows.pending,
      replacing: this.replacingRows,
      error,
      retryCountdown: this.rows.retryCountdown,
      table: this.table,
      activeRow: this.gridFocus.active.row,
      tabIndex: (row: number, column: number) => this.gridFocus.tabIndex(row, column),
      isSelected: (row: CustomerRow) => selection.isSelected(row),
      selectedCount: selection.count,
      allSelected: selection.allMatching,
      searchText: this.searchText.trim(),
      filtered: this.hasFilter,
      cell: {
        href: (row: CustomerRow) => this.customerHref.replaceAll('{id}', encodeURIComponent(row.id)).replaceAll('{relationship}', encodeURIComponent(row.relationship)),
        onOpen: (event: MouseEvent, row: CustomerRow) => this.handleOpen(event, row),
        onFilterReseller: (row: CustomerRow) => (this.resellerFilter = row.indirectReseller),
        matchedTags: this.tagFilter,
      },
      onScroll: this.rowWindow.handleScroll,
      onKeydown: this.gridFocus.handleKeydown,
      onFocusIn: this.gridFocus.handleFocusIn,
      onFocusOut: this.gridFocus.handleFocusOut,
      onHeaderCheckbox: (event: MouseEvent) => (this.replacingRows ? event.preventDefault() : selection.toggleAll()),
      onRowCheckbox: (event: MouseEvent, index: number) => this.handleRowCheckbox(event, index),
      onRetry: () => this.refresh(),
      onRetryPage: () => this.rows.retryPage(),
      onClearFilters: () => void this.clearFilters(),
    };
  }

  /**
   * The click is left to the browser (no preventDefault: that would make it restore the box's old state after
   * the render); the render then sets `checked` from the model, which differs only for a Shift range. Rows
   * about to be replaced keep their boxes as they are (the box is aria-disabled and says why).
   */
  private handleRowCheckbox(event: MouseEvent, index: number): void {
    if (this.replacingRows) return event.preventDefault();
    this.gridFocus.active = { row: index + 1, column: 0 };
    this.selectionController.toggleRow(index, event.shiftKey);
  }

  /** Space, Enter and Ctrl+A in the grid; the focus controller moves on every other key. */
  private handleGridKey(event: KeyboardEvent, position: GridPosition): boolean {
    if ((event.key === 'a' || event.key === 'A') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!this.replacingRows) this.selectAllMatching();
      return true;
    }
    if (event.key !== ' ' && event.key !== 'Enter') return false;
    // Enter on the name link is the link's own: the browser follows it (or customer-open stops it).
    if ((event.target as Element).tagName === 'A' && event.key === 'Enter') return true;
    event.preventDefault();
    if (position.row === 0) {
      if (position.column === 0 && !this.replacingRows) this.selectionController.toggleAll();
      else if (position.column > 0) this.table.getColumn(DATA_COLUMNS[position.column - 1]!)?.getToggleSortingHandler()?.(event);
    } else if (event.key === 'Enter' && DATA_COLUMNS[position.column - 1] === 'companyName') {
      this.gridFocus.target(position)?.click();
    } else if (!this.replacingRows) {
      this.selectionController.toggleRow(position.row - 1, event.shiftKey);
    }
    return true;
  }

  private handleOpen(event: MouseEvent, row: CustomerRow): void {
    const href = (event.currentTarget as HTMLAnchorElement).href;
    if (!this.dispatchEvent(new CustomerOpenEvent(row, href))) event.preventDefault();
  }

  // ---- selection bar and status

  /**
   * Always rendered and one line high, empty while nothing is selected: a bar appearing on the first selection
   * would push every row down under the pointer, and a live region must exist before it speaks.
   */
  private renderSelectionBar(): TemplateResult {
    const count = this.selectedCount;
    const total = this.totalCount ?? 0;
    return html`<div part="selection-bar" class="selection-bar" ?data-empty=${count === 0}>
      <span role="status">${count ? msg(str`${formatNumber(count)} selected`) : ''}</span>
      ${count && !this.selectionController.allMatching && total > count && !this.replacingRows
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
    this.gridFocus.refocus();
    this.clearSelection();
  };

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
    this.gridFocus.refocus();
  };
}
