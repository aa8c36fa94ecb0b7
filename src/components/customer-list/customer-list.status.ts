/**
 * The lines around the grid that report: the selection bar above it ("2 selected", Select all, Clear) and, under
 * it, the row count and any failure announced after the fact. Both keep their place whatever they say, so
 * nothing moves under the pointer, and both are live regions that exist before they speak.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { customerCount, formatNumber } from '../../localization/labels.js';

export interface BarContext {
  selected: number;
  total: number | undefined;
  allSelected: boolean;
  /** A new query loads while the previous rows are drawn: counts and select-all wait for it. */
  replacing: boolean;
  announcement: string | undefined;
  onSelectAll(): void;
  onClearSelection(): void;
  onDismiss(): void;
}

/** One line high and always there, empty while nothing is selected. */
export function renderSelectionBar({ selected, total = 0, allSelected, replacing, onSelectAll, onClearSelection }: BarContext): TemplateResult {
  return html`<div part="selection-bar" class="selection-bar" ?data-empty=${selected === 0}>
    <span role="status">${selected ? msg(str`${formatNumber(selected)} selected`) : ''}</span>
    ${selected && !allSelected && total > selected && !replacing
      ? html`<button type="button" class="link-button" data-action="select-all" @click=${onSelectAll}>${msg(str`Select all ${formatNumber(total)} matching customers`)}</button>`
      : nothing}
    ${selected ? html`<button type="button" class="link-button" data-action="clear-selection" @click=${onClearSelection}>${msg('Clear selection')}</button>` : nothing}
  </div>`;
}

/** The count under the grid, and a failure announced there (a tag save that failed after its popover closed). */
export function renderStatus({ total, replacing, announcement, onDismiss }: BarContext): TemplateResult {
  const text = replacing ? msg('Updating the list…') : total === undefined ? '' : customerCount(total);
  return html`<div part="status" class="status" role="status" aria-live="polite">${text}</div>
    <div part="announcement" class="announcement" role="alert">
      ${announcement
        ? html`<p>${announcement}</p>
            <button type="button" part="command" class="command" @click=${onDismiss}>${msg('Dismiss')}</button>`
        : nothing}
    </div>`;
}
