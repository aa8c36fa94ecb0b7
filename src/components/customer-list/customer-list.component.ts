import { localized, msg } from '@lit/localize';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DebouncedInput } from '../../controllers/debounced-input.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import type { BillingProfile } from '../../model/billing.js';
import { renameCustomerRows } from '../../model/customer.js';
import { COLUMN_IDS, hasListFilter, isSearchTooLong, listQuery, type CustomerFilter, type SearchField, type SortSpec } from '../../model/query.js';
import { VIEW_STATE_VERSION, type SavedView, type ViewState } from '../../model/view-state.js';
import type { Selection } from '../../model/selection.js';
import { patchRowTags, tagFilterAfter, type TagChange } from '../../model/tag-patch.js';
import { CustomerGrid } from './grid/customer-grid.js';
import { CustomerOpenEvent, CustomerSelectEvent } from './customer-list.events.js';
import { droppedSelectionSentence } from './view/view-announcements.js';
import type { ColumnsMenu } from './view/columns-menu.js';
import { LazyOpener } from './overlays/lazy-opener.js';
import { ListToolbar } from './toolbar/list-toolbar.js';
import { ListView } from './view/list-view.js';
import { ListStatus } from './status/list-status.js';
import { styles } from './customer-list.styles.js';
import { ListCommands } from './toolbar/list-commands.js';
import { ListCapabilities } from './view/list-capabilities.js';
import { ViewFields, VIEW_PROPERTIES } from './view/view-fields.js';
import { prepareNumberFormats } from '../../localization/labels.js';

/**
 * The partner's customers: search, filters, sortable columns, selection (including "all matching" as a
 * query), a role-aware command bar and windowed rendering that stays fast at 100 000 rows.
 *
 * The elements its commands open (`<tag-editor>`, `<new-order-dialog>`, `<billing-profile-form>`, `<activity-log>`,
 * `<export-button>`) are drawn under whatever tags the page registered them with (`TagEditor.define('acme-tag-editor')`
 * works). One the page has not registered is loaded on first use, so every command on screen does something; a
 * host that cancels a command's request event runs its own flow instead, and nothing is loaded.
 *
 * @summary Customer list of a partner center's Customers page.
 * @tag customer-list
 *
 * @fires customer-select - The selection changed: `{ selection, count }`.
 * @fires customer-open - A company name was activated: `{ customer, href }`; cancelable (route in-app instead).
 * @fires new-order-request - New order was chosen for the one selected customer: `{ customer }`. Cancelable: cancel it to
 *   run your own order flow instead of the <new-order-dialog>.
 * @fires billing-profile-request - Billing information was chosen for the one selected customer: `{ customer }`. Cancelable:
 *   cancel it to show your own form instead of the <billing-profile-form> panel.
 * @fires activity-request - Activity was chosen for the one selected customer (admin agents): `{ customer }`. Cancelable:
 *   cancel it to show the customer's activity your own way instead of the <activity-log> panel.
 * @fires manage-tags-request - Manage tags was chosen: `{ selection, count }`. Cancelable: cancel it to show your own
 *   editor instead of the <tag-editor> popover.
 * @fires export-request - Export customers was chosen while the page had no <export-button>. Cancelable: cancel it to
 *   export your own way instead of the list loading <export-button> and starting it.
 * @fires view-state-change - The agent changed the view (columns, widths, order, sort, search or filters): `{ viewState }`.
 *   Not fired when the host sets `viewState` (or another property) itself.
 * @fires saved-views-change - The agent saved, renamed or deleted a saved view: `{ savedViews }` (the whole list), for
 *   hosts that keep saved views on their server.
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
 * @csspart export - The composed <export-button> (loaded on first use when the page has not registered it).
 * @csspart new-order-dialog - The composed <new-order-dialog> (loaded on first use when the page has not registered it).
 * @csspart billing-panel - The side panel holding a <billing-profile-form> (loaded on first use when the page has not registered it).
 * @csspart activity-panel - The side panel holding an <activity-log> of one customer (loaded on first use when the page has not registered it).
 * @csspart tag-popover - The Manage tags popover holding a <tag-editor> (loaded on first use when the page has not registered it).
 * @csspart views-menu - The Views menu (a popover dialog): the saved views (show, rename, delete) and saving the current view.
 * @csspart columns-menu - The Columns menu (a popover dialog): a checkbox per column, move earlier/later, Reset to defaults.
 * @csspart selection-bar - "N selected" and the select-all / clear actions.
 * @csspart viewport - The scrolling container of the grid and its state messages.
 * @csspart grid - The grid (`role=grid`).
 * @csspart header - The sticky header row.
 * @csspart header-cell - One column header. Drag it with the mouse to move the column; while dragging, the header
 *   where it would drop has `data-drop="start"` (or `"end"` after the last).
 * @csspart resize-handle - The handle at a column header's end edge that resizes the column (`role=separator`).
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
 * @cssprop [--customer-list-border-color] - Lines between rows and around panels (and controls, unless the next is set).
 * @cssprop [--customer-list-control-border-color] - Borders of text boxes, drop-down lists, buttons and chips.
 * @cssprop [--customer-list-hover-background] - Background of a hovered row.
 * @cssprop [--customer-list-selected-background] - Background of a selected row.
 * @cssprop [--customer-list-accent-color] - Links, focus rings, checkboxes and primary buttons.
 * @cssprop [--customer-list-tag-background] - Background of tag chips.
 * @cssprop [--customer-list-error-color] - Error messages.
 * @cssprop [--customer-list-focus-color] - Focus ring of primary buttons, drawn 2px out from their accent fill.
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
  static readonly composes = ['tag-editor', 'new-order-dialog', 'billing-profile-form', 'export-button', 'activity-log'] as const;

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

  /**
   * Key under which the view (columns, sort, search, filters) and the saved views are kept in `localStorage`, so
   * the agent finds them again after a reload. Setting it applies the view stored under it, unless the host set
   * `viewState` since the key last changed (a view from the URL wins over the stored one); the saved views are
   * loaded either way. A stored value of another version or shape is ignored with one console warning.
   */
  @property({ attribute: 'persist-key' }) persistKey = '';

  /** Link of a company name; `{id}` and `{relationship}` are replaced by the row's (URL-encoded). */
  @property({ attribute: 'customer-href' }) customerHref = '/customers/{id}/services';

  @state() private sort: SortSpec[] = [];

  /*
   * The collaborators, in the order they are built. Most take their inputs as callbacks, read when first used;
   * those passed as values must exist first: the status line takes the grid, the view fields the grid and the
   * search box, and the toolbar, built last, the search box, the grid's selection, the commands and both menus.
   * The controllers among them hear connect and update in this order too.
   */

  /** 1. The source as the grid lists it: what it cannot sort or filter is done over its walked rows, or not offered. */
  private readonly capable = new ListCapabilities(this, {
    adapter: () => this.activeAdapter,
    query: () => listQuery(this, this.sort),
    showOnly: (query) => this.fields.showOnly(query),
    announce: (text) => this.status.announce(text),
    refocus: () => this.grid.focus.refocus(),
  });

  /** 2. The grid: its columns and sort, rows, selection, focus, windowing, column drag and resize. */
  private readonly grid = new CustomerGrid(this, {
    adapter: () => this.capable.adapter,
    sortReason: (column) => this.capable.sortReason(column),
    query: () => listQuery(this, this.sort),
    filter: () => this.filter,
    pageSize: () => this.pageSize,
    customerHref: () => this.customerHref,
    tagFilter: () => this.tagFilter,
    searchText: () => this.searchText.trim(),
    filtered: () => hasListFilter(this),
    sortChanged: (sort) => {
      this.sort = sort;
      this.view.sortChanged(sort);
    },
    selectionChanged: (selection, count) => {
      this.commands.follow(selection);
      this.dispatchEvent(new CustomerSelectEvent(selection, count));
    },
    selectionDropped: (count) => this.status.announce(droppedSelectionSentence(count)),
    open: (row, href) => this.dispatchEvent(new CustomerOpenEvent(row, href)),
    columnsChanged: (columns) => this.fields.changeColumns(columns),
    filterByReseller: (row) => {
      this.resellerFilter = row.indirectReseller;
      this.view.noteChange(true);
    },
    retry: () => this.refresh(),
    clearFilters: () => void this.toolbar.clearFilters(),
  });

  /** 3. The selection bar, the row count line and the announcement of failures after the fact. */
  private readonly status = new ListStatus(this, this.grid, () => hasListFilter(this));

  /** 4. The search box's text, committed after `search-debounce`. */
  private readonly search = new DebouncedInput(this, {
    delay: () => this.searchDebounce,
    // Longer than any name or domain: it could match nothing, so the box says so and the last search stays.
    accepts: (text) => !isSearchTooLong(text),
    commit: (text) => {
      this.searchText = text;
      this.view.noteChange(true);
    },
  });

  /** 5. Where a view lands: the search and filter properties, the search box, the grid's columns and sort. */
  private readonly fields = new ViewFields(this, {
    search: this.search,
    grid: this.grid,
    sort: () => this.sort,
    noteChange: (byAgent) => this.view.noteChange(byAgent),
  });

  /** 6. The Columns menu, loaded on its command's first use. */
  private readonly columnsMenu = new LazyOpener<ColumnsMenu>(this, {
    command: 'columns', label: () => msg('Columns'),
    load: async () => new (await import('./view/columns-menu.js')).ColumnsMenu(this, {
      columns: () => this.grid.columns,
      change: (columns) => this.fields.changeColumns(columns),
      reset: () => this.fields.changeColumns({ columnOrder: [...COLUMN_IDS], columnVisibility: {}, columnSizing: {} }),
      root: () => this.shadowRoot,
    }),
  });

  /** 7. The view as a whole: its persistence, the host's `viewState` and the Views menu (loaded on first use). */
  private readonly view = new ListView(this, {
    persistKey: () => this.persistKey,
    read: () => this.viewState,
    write: (state) => this.fields.show(state),
    fit: (state) => this.capable.fitView(state),
    sort: (sort) => this.grid.setSort(sort),
    root: () => this.shadowRoot,
  });

  /** 8. The commands and what they open; a composed element the page has not registered loads on first use. */
  private readonly commands = new ListCommands(this, {
    adapter: () => this.activeAdapter,
    agentRole: () => this.agentRole,
    selection: () => this.selection,
    count: (selection) => (selection.mode === 'some' ? selection.keys.length : Math.max(0, (this.totalCount ?? this.grid.rows.loadedCount) - selection.excludedKeys.length)),
    patchTags: (change) => this.patchTags(change),
    tagSetChanged: () => void this.toolbar.loadTags(),
    billingSaved: (customerId, profile) => this.applyBillingProfile(customerId, profile),
    announceFailure: (text) => this.status.announce(text),
  });

  /** 9. The toolbar: search, filters and the command bar, over the parts above. */
  private readonly toolbar = new ListToolbar(this, {
    adapter: () => this.activeAdapter,
    isAdmin: () => this.isAdmin,
    search: this.search,
    selection: this.grid.selection,
    commands: this.commands,
    columnsMenu: this.columnsMenu,
    viewsMenu: this.view.menu,
    viewChanged: () => this.view.noteChange(true),
    rowsSettled: () => this.grid.rows.settled(),
    reasons: () => this.capable.toolbarReasons(),
  });

  /** The selection, as adapters and events take it. Setting it replaces the selection without an event. */
  get selection(): Selection {
    return this.grid.selection.selection;
  }

  set selection(selection: Selection) {
    this.grid.selection.selection = selection;
  }

  /**
   * Rows the current query matches, once known: after the first page, or over a source that counts no totals
   * (capabilities `totals: false`) once the last page has arrived. Undefined until then.
   */
  get totalCount(): number | undefined {
    return this.grid.rows.totalCount;
  }

  /** Rows in the current selection. */
  get selectedCount(): number {
    return this.grid.selection.count;
  }

  /** The filter part of the current query: what a select-all selects. */
  get filter(): CustomerFilter {
    const { sort: _sort, ...filter } = listQuery(this, []);
    return filter;
  }

  /**
   * The view: which columns are shown, in which order and how wide (`columnVisibility`,
   * `columnOrder` and `columnSizing`), the sort, the search field and text, and the relationship, tag and
   * reseller filters. Reading gives a snapshot (plain JSON, `version` 1); setting applies all of it at once (one
   * query, one render) and fires no event. A value that is not a view of this version is ignored with a
   * console warning. A view whose search or filters differ keeps the rows picked one by one (the selection bar
   * counts those it hides) and clears a selection of all matching customers, saying so.
   */
  get viewState(): ViewState {
    return {
      version: VIEW_STATE_VERSION,
      ...this.grid.columns,
      sort: this.sort.map((sort) => ({ ...sort })),
      ...this.fields.snapshot(),
    };
  }

  set viewState(value: ViewState) {
    this.view.setByHostValue(value);
  }

  /**
   * The agent's saved views, `{ name, state }` in the order saved. Kept under `persist-key` when there is one;
   * a host that keeps them on its server sets them here and listens to `saved-views-change`.
   */
  get savedViews(): readonly SavedView[] {
    return this.view.store.savedViews;
  }

  set savedViews(value: readonly SavedView[]) {
    this.view.replaceSavedViews(value);
  }

  /** Loads the list again, e.g. after data changed elsewhere. */
  refresh(): void {
    this.grid.rows.reload();
    void this.toolbar.loadTags();
  }

  /**
   * Shows a tag change on the rows already loaded, without reloading them: an assignment (what a save does to
   * every selected customer, both rows of a dual-role one), a rename or a delete. A tag filter follows a
   * rename or delete. Returns a function that puts the rows back, for a save that failed.
   */
  patchTags(change: TagChange): () => void {
    const undo = patchRowTags(this.grid.rows.value?.loaded() ?? [], change);
    this.tagFilter = tagFilterAfter(this.tagFilter, change) ?? this.tagFilter;
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
    if (renameCustomerRows(this.grid.rows.value?.loaded() ?? [], customerId, profile.companyName)) this.requestUpdate();
  }

  /** Selects every row the current search and filters match, loaded or not. */
  selectAllMatching(): void {
    this.grid.selection.selectAllMatching();
  }

  /** Clears the selection (rows picked one by one and a select-all alike); fires `customer-select`. */
  clearSelection(): void {
    this.grid.selection.clear();
  }

  /** Scrolls row `index` (0-based, in the current order) to the top and loads up to it. */
  scrollToRow(index: number): void {
    this.grid.window.scrollToRow(index);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.search.follow(this.searchText);
    prepareNumberFormats();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('persistKey')) this.view.persistKeyChanged();
    if (changed.has('searchText')) this.search.follow(this.searchText);
    if (VIEW_PROPERTIES.some((name) => changed.has(name as keyof CustomerList))) this.view.noteChange(false);
  }

  protected override updated(): void {
    this.grid.loadWindow();
  }

  protected override render(): TemplateResult {
    return html`
      ${this.toolbar.render()}
      ${this.columnsMenu.render((menu) => menu.render(), [JSON.stringify(this.grid.columns)])}
      ${this.view.menu.render((menu) => menu.render(), this.view.menuDeps())}
      ${this.status.renderSelectionBar()}
      ${this.grid.render()}
      ${this.status.renderStatus()}
      ${this.capable.render()}
      ${this.commands.render()}
    `;
  }
}
