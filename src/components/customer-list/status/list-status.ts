/**
 * The lines around the grid that report: the selection bar above it ("2 selected", Select all, Clear) and, under
 * it, the row count and any failure announced after the fact. Both keep their place whatever they say, so
 * nothing moves under the pointer, and both are live regions that exist before they speak.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { customerCount, customerCountAtLeast, formatNumber } from '../../../localization/labels.js';
import type { CustomerGrid } from '../grid/customer-grid.js';

interface BarContext {
  selected: number;
  /** Selected rows the current query does not show (picked before a search or filter that hides them). */
  notShown: number;
  /** The list has a search or filter. */
  filtered: boolean;
  /** The query's total; undefined before the first page, and while a source that counts nothing has pages to go. */
  total: number | undefined;
  /** Rows loaded so far. */
  loaded: number;
  /** The first page is in and the total is unknown: more pages may follow. */
  totalUnknown: boolean;
  /** Rows a walk to the end has loaded (throttled), while one goes on. */
  walkProgress: number | undefined;
  /** Whether `selected` is exact (false for "all matching" over an unknown total). */
  countKnown: boolean;
  /** Rows excluded from "all matching". */
  excluded: number;
  allSelected: boolean;
  /** A new query loads while the previous rows are drawn: counts and select-all wait for it. */
  replacing: boolean;
  announcement: string | undefined;
  onSelectAll(): void;
  onClearSelection(): void;
  onDismiss(): void;
}

/**
 * "3 selected", and how many of them the list does not show: rows picked before a search hid them stay
 * selected, and every command acts on them too, so the count the agent reads must include them.
 */
function selectedText({ selected, notShown, filtered, replacing, countKnown, excluded }: BarContext): string {
  if (!selected) return '';
  // "All matching" over a total nobody counted yet: the query is selected, its size is not known.
  if (!countKnown) return excluded ? msg(str`All matching customers selected except ${formatNumber(excluded)}`) : msg('All matching customers selected');
  if (!notShown || replacing) return msg(str`${formatNumber(selected)} selected`);
  return filtered
    ? msg(str`${formatNumber(selected)} selected (${formatNumber(notShown)} hidden by the search or filters)`)
    : msg(str`${formatNumber(selected)} selected (${formatNumber(notShown)} no longer in the list)`);
}

/** One line high and always there, empty while nothing is selected. */
function renderSelectionBar(context: BarContext): TemplateResult {
  const { selected, notShown, total, totalUnknown, allSelected, replacing, onSelectAll, onClearSelection } = context;
  const more = totalUnknown || (total ?? 0) > selected - notShown;
  return html`<div part="selection-bar" class="selection-bar" ?data-empty=${selected === 0}>
    <span role="status">${selectedText(context)}</span>
    ${selected && !allSelected && more && !replacing
      ? html`<button type="button" class="link-button" data-action="select-all" @click=${onSelectAll}>${total === undefined ? msg('Select all matching customers') : msg(str`Select all ${formatNumber(total)} matching customers`)}</button>`
      : nothing}
    ${selected ? html`<button type="button" class="link-button" data-action="clear-selection" @click=${onClearSelection}>${msg('Clear selection')}</button>` : nothing}
  </div>`;
}

/** The count under the grid, and a failure announced there (a tag save that failed after its popover closed). */
function renderStatus({ total, loaded, totalUnknown, walkProgress, replacing, announcement, onDismiss }: BarContext): TemplateResult {
  const text = replacing
    ? msg('Updating the list…')
    : walkProgress !== undefined
      ? msg(str`Loading customers: ${formatNumber(walkProgress)} so far`)
      : totalUnknown
        ? customerCountAtLeast(loaded)
        : total === undefined
          ? ''
          : customerCount(total);
  return html`<div part="status" class="status" role="status" aria-live="polite">${text}</div>
    <div part="announcement" class="announcement" role="alert">
      ${announcement
        ? html`<p>${announcement}</p>
            <button type="button" part="command" class="command" @click=${onDismiss}>${msg('Dismiss')}</button>`
        : nothing}
    </div>`;
}

/**
 * The selection bar and the status lines of one list, with where focus goes when a command of theirs removes
 * itself, and the failure they announce.
 */
export class ListStatus {
  /** A failure of something the agent did that happened out of sight (a save answered after its popover closed). */
  private announcement: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly grid: CustomerGrid,
    /** Whether the list has a search or filter: what hides a selected row. */
    private readonly filtered: () => boolean,
  ) {}

  announce(text: string | undefined): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  renderSelectionBar(): TemplateResult {
    return renderSelectionBar(this.context());
  }

  renderStatus(): TemplateResult {
    return renderStatus(this.context());
  }

  private context(): BarContext {
    const { selection, rows } = this.grid;
    return {
      selected: selection.count,
      notShown: selection.notShown,
      filtered: this.filtered(),
      total: rows.totalCount,
      loaded: rows.loadedCount,
      totalUnknown: rows.totalUnknown,
      walkProgress: rows.walkProgress,
      countKnown: selection.countKnown,
      excluded: selection.excluded,
      allSelected: selection.allMatching,
      replacing: this.grid.replacing,
      announcement: this.announcement,
      onSelectAll: this.handleSelectAll,
      onClearSelection: this.handleClearSelection,
      onDismiss: this.handleDismiss,
    };
  }

  /** The command goes away once everything is selected: focus moves on to Clear selection beside it. */
  private readonly handleSelectAll = async () => {
    this.grid.selection.selectAllMatching();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[data-action=clear-selection]')?.focus();
  };

  /** The bar empties: focus goes back to the grid, on the cell the agent was last on. */
  private readonly handleClearSelection = () => {
    this.grid.focus.refocus();
    this.grid.selection.clear();
  };

  /** Dismissing the message removes its button: focus goes to the grid. */
  private readonly handleDismiss = () => {
    this.announce(undefined);
    this.grid.focus.refocus();
  };
}
