import type { DebouncedInput } from '../../../controllers/debounced-input.js';
import { sortSpecs, type CustomerQuery, type ListFilters, type SearchField, type SortSpec } from '../../../model/query.js';
import type { ViewState } from '../../../model/view-state.js';
import type { CustomerGrid } from '../grid/customer-grid.js';

/** The element's properties that make up the view besides the columns and sort, which the grid's table holds. */
export const VIEW_PROPERTIES = ['searchField', 'searchText', 'tagFilter', 'relationshipFilter', 'resellerFilter'] as const;

/** <customer-list>'s view properties, as this module reads and writes them. */
export interface ViewFieldsHost extends ListFilters {
  searchField: SearchField;
  tagFilter: string[];
  resellerFilter?: { id: string; name: string };
}

export interface ViewFieldsOptions {
  search: DebouncedInput;
  grid: Pick<CustomerGrid, 'setColumns' | 'setSort'>;
  /** The sort in effect. */
  sort(): readonly SortSpec[];
  /** The view changed; `byAgent` when the agent did it (reported and stored), not the host. */
  noteChange(byAgent: boolean): void;
}

/**
 * Where a view lands: the element's search and filter properties, the search box, and the grid's columns and
 * sort. One place for the three ways a view changes besides typing: a whole view applied (stored, saved or set
 * by the host), the query cut back to what the source honours, and the agent rearranging columns.
 */
export class ViewFields {
  constructor(
    private readonly host: ViewFieldsHost,
    private readonly options: ViewFieldsOptions,
  ) {}

  /** The search and filter part of the view, copied so the snapshot shares nothing with the element. */
  snapshot(): Pick<ViewState, 'searchField' | 'searchText' | 'relationship' | 'tags' | 'reseller'> {
    const { host } = this;
    return {
      searchField: host.searchField,
      searchText: host.searchText,
      relationship: host.relationshipFilter,
      tags: [...host.tagFilter],
      ...(host.resellerFilter ? { reseller: { ...host.resellerFilter } } : {}),
    };
  }

  /**
   * Sets every part of a view but its sort (ListView gives the table that); the next update runs one query.
   * The search box is reset first, so a search still being typed does not land over the view's after its pause.
   */
  show(state: ViewState): void {
    const { host } = this;
    this.options.search.reset(state.searchText);
    host.searchField = state.searchField;
    host.searchText = state.searchText;
    host.relationshipFilter = state.relationship;
    host.tagFilter = [...state.tags];
    host.resellerFilter = state.reseller ? { ...state.reseller } : undefined;
    this.options.grid.setColumns(state);
  }

  /**
   * Shows only this part of the current query (what the source honours itself): a Cancel of a walk, or a walk
   * refused past its bound. Dropped as if by the agent, so the view reports and stores the change.
   */
  showOnly(query: CustomerQuery): void {
    const { host } = this;
    if (!query.search) {
      this.options.search.reset('');
      host.searchText = '';
    }
    host.relationshipFilter = query.relationship ?? '';
    host.tagFilter = [...(query.tags ?? [])];
    if (query.indirectResellerId === undefined) host.resellerFilter = undefined;
    const sort = sortSpecs(query.sort);
    if (JSON.stringify(sort) !== JSON.stringify(this.options.sort())) this.options.grid.setSort(sort);
    this.options.noteChange(true);
  }

  /** The agent rearranged the columns (menu, resize, drag). */
  changeColumns(columns: Partial<ViewState>): void {
    this.options.grid.setColumns(columns);
    this.options.noteChange(true);
  }
}
