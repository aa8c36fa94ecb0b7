/**
 * The list's toolbar as one concern: the filter properties the agent changes from it, where focus goes when a
 * filter goes, the partner's tags its Tag filter offers, and when it draws again. The list re-renders on every
 * scroll frame; the toolbar only when something it shows changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { CustomerAdapter } from '../../../adapter/customer-adapter.js';
import type { DebouncedInput } from '../../../controllers/debounced-input.js';
import { DeliberateSelect } from '../../../controllers/deliberate-select.js';
import type { SelectionController } from '../../../controllers/selection-controller.js';
import { isSearchTooLong, type SearchField } from '../../../model/query.js';
import type { ColumnsMenu } from '../view/columns-menu.js';
import type { ListCommands } from './list-commands.js';
import type { LazyOpener } from '../overlays/lazy-opener.js';
import type { MenuPopover } from '../overlays/menu-popover.js';
import type { ViewsMenu } from '../view/views-menu.js';
import { registeredTag } from '../../../internal/registry.js';
import { renderToolbar, type ToolbarContext } from './list-toolbar.template.js';
import type { ToolbarReasons } from '../view/list-capabilities.js';

/** The list's public properties the toolbar reads and sets. */
export interface ToolbarHost extends ReactiveControllerHost, HTMLElement {
  searchField: SearchField;
  searchText: string;
  tagFilter: string[];
  relationshipFilter: string;
  resellerFilter?: { id: string; name: string };
  agentRole: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ListToolbarOptions {
  adapter(): CustomerAdapter | undefined;
  isAdmin(): boolean;
  search: DebouncedInput;
  selection: SelectionController;
  commands: ListCommands;
  columnsMenu: LazyOpener<ColumnsMenu>;
  viewsMenu: LazyOpener<ViewsMenu>;
  /** The agent changed part of the view. */
  viewChanged(): void;
  /** Resolves once the first rows of the current query are in (or failed). */
  rowsSettled(): Promise<void>;
  /** Why controls the source cannot serve are not offered; default: everything offered. */
  reasons?(): ToolbarReasons;
}

export class ListToolbar implements ReactiveController {
  /** The partner's tags, offered by the Tag filter. */
  private partnerTags: readonly string[] = [];
  /** Which adapter the partner's tags were loaded from: a new one loads them again. */
  private tagsFrom?: CustomerAdapter;
  /** The Relationship filter: an arrow key browses its options, a choice applies one. */
  private readonly relationshipSelect = new DeliberateSelect({
    applied: () => this.host.relationshipFilter,
    commit: (relationship) => this.byAgent(() => (this.host.relationshipFilter = relationship)),
  });
  /** The Tag filter adds the chosen tag and goes back to its prompt: what is "in effect" there is no tag. */
  private readonly tagSelect = new DeliberateSelect({
    applied: () => '',
    commit: (tag) => this.byAgent(() => (this.host.tagFilter = [...this.host.tagFilter, tag])),
  });

  constructor(
    private readonly host: ToolbarHost,
    private readonly options: ListToolbarOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.options.adapter() !== this.tagsFrom) void this.loadTags();
  }

  render(): unknown {
    return guard(this.deps(), () => renderToolbar(this.context()));
  }

  /**
   * The partner's tags, for the Tag filter. Not fatal: without them the filter offers nothing. Both requests go
   * out at once, but the tags are drawn only once the first rows are: the rows are what the agent waits for,
   * and the tags arriving first would cost them a whole render of the toolbar.
   */
  async loadTags(): Promise<void> {
    const adapter = (this.tagsFrom = this.options.adapter());
    if (!adapter) return;
    try {
      const tags = await adapter.listTags();
      await this.options.rowsSettled();
      if (adapter !== this.options.adapter()) return;
      this.partnerTags = [...tags];
      this.host.requestUpdate();
    } catch {
      // The list itself reports a failing adapter; the tag filter just stays as it was.
    }
  }

  /** Clear search (or filters) from the no-match message: the message goes, focus goes to the search box. */
  async clearFilters(): Promise<void> {
    const host = this.host;
    this.options.search.reset();
    host.searchText = '';
    host.tagFilter = [];
    host.relationshipFilter = '';
    host.resellerFilter = undefined;
    this.options.viewChanged();
    await host.updateComplete;
    this.searchInput()?.focus();
  }

  private searchInput(): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>('[part=search-input]');
  }

  /** What the toolbar shows depends on. */
  private deps(): unknown[] {
    const { host, options } = this;
    return [JSON.stringify(this.reasons()), host.searchField, options.search.draft, host.tagFilter, host.relationshipFilter, host.resellerFilter, this.partnerTags, host.agentRole, options.adapter(), options.selection.count, options.selection.single(), options.commands.manageTagsOpen, ...this.menuStates(), this.busy().join(), registeredTag('export-button')];
  }

  private context(): ToolbarContext {
    const { host, options } = this;
    const { commands, search } = options;
    const single = options.selection.single();
    return {
      adapter: options.adapter(),
      agentRole: host.agentRole,
      searchField: host.searchField,
      searchDraft: search.draft,
      searchTooLong: isSearchTooLong(search.draft),
      tagFilter: host.tagFilter,
      relationshipFilter: host.relationshipFilter,
      resellerFilter: host.resellerFilter,
      partnerTags: this.partnerTags,
      reasons: this.reasons(),
      isAdmin: options.isAdmin(),
      selectedCount: options.selection.count,
      newOrderReady: single !== undefined,
      manageTagsOpen: commands.manageTagsOpen,
      columnsOpen: options.columnsMenu.value?.isOpen ?? false,
      viewsOpen: options.viewsMenu.value?.isOpen ?? false,
      busy: this.busy(),
      onSearchField: (field) => this.byAgent(() => (host.searchField = field)),
      onSearchInput: (text) => search.input(text),
      onSearchCommit: () => search.flush(),
      tagSelect: this.tagSelect,
      onRemoveTag: (tag, chip) => void this.removeFilterChip(chip, () => (host.tagFilter = host.tagFilter.filter((other) => other !== tag))),
      relationshipSelect: this.relationshipSelect,
      onRemoveReseller: (chip) => void this.removeFilterChip(chip, () => (host.resellerFilter = undefined)),
      onNewOrder: () => single && commands.newOrder(single),
      onBilling: () => single && commands.billing(single),
      onActivity: () => single && commands.activity(single),
      onManageTags: () => commands.manageTags(),
      onExport: () => commands.export(),
      // Once loaded, the browser opens the menu (`popovertarget`); only a click before that asks for it here.
      onOpenMenu: (name) => {
        const menu = this.menu(name);
        if (!menu.value) void menu.open((loaded) => loaded.open());
      },
      onPrefetch: (command) => (command === 'columns' || command === 'views' ? this.menu(command).prefetch() : commands.prefetch(command)),
    };
  }

  private menu(name: 'columns' | 'views'): Pick<LazyOpener<MenuPopover>, 'open' | 'prefetch' | 'value'> {
    return name === 'columns' ? this.options.columnsMenu : this.options.viewsMenu;
  }

  /** Whether each menu is open. */
  private menuStates(): unknown[] {
    return [this.options.columnsMenu.value?.isOpen, this.options.viewsMenu.value?.isOpen];
  }

  /** The commands whose part is loading. */
  private busy(): string[] {
    const { columnsMenu, viewsMenu, commands } = this.options;
    return [...commands.busy(), ...(columnsMenu.busy ? ['columns'] : []), ...(viewsMenu.busy ? ['views'] : [])];
  }

  private reasons(): ToolbarReasons {
    return this.options.reasons?.() ?? { searchFields: {} };
  }

  private byAgent(change: () => void): void {
    change();
    this.options.viewChanged();
  }

  /** A removed chip takes focus with it: the next chip gets it, else the one before, else the Tag filter. */
  private async removeFilterChip(chip: HTMLElement, remove: () => void): Promise<void> {
    const root = this.host.renderRoot;
    const chips = () => [...root.querySelectorAll<HTMLElement>('[part~=filter-chip]')];
    const index = chips().indexOf(chip);
    this.byAgent(remove);
    await this.host.updateComplete;
    const left = chips();
    (left[index] ?? left[index - 1] ?? root.querySelector<HTMLElement>('[data-filter=tag]:not(:disabled)') ?? this.searchInput())?.focus();
  }
}
