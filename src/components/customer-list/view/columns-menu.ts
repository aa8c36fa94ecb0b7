/**
 * The Columns menu of <customer-list>: a popover dialog under the Columns command with a checkbox per column
 * (Company name always shown), buttons that move a column earlier or later, and Reset to defaults (opening,
 * closing and focus as every list menu: see MenuPopover). Loaded on the Columns command's first use, with its styles.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { columnLabel } from '../../../localization/labels.js';
import type { ColumnId } from '../../../model/query.js';
import { ALWAYS_SHOWN, moveColumn, type ViewState } from '../../../model/view-state.js';
import { adoptLazyStyles } from '../../../internal/load/lazy-styles.js';
import { MenuPopover } from '../overlays/menu-popover.js';
import { COLUMNS_MENU_ID } from './menu-ids.js';
import { viewStyles } from './view.styles.js';

type Columns = Pick<ViewState, 'columnOrder' | 'columnVisibility'>;

export interface ColumnsMenuOptions {
  columns(): Columns;
  /** The agent changed the order or what is shown. */
  change(columns: Partial<Columns>): void;
  /** Reset to defaults: every column shown, in its default order and width. */
  reset(): void;
  root(): ShadowRoot | null;
}

export class ColumnsMenu extends MenuPopover {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: ColumnsMenuOptions,
  ) {
    super(host, COLUMNS_MENU_ID, 'columns', options.root);
    adoptLazyStyles(host, viewStyles);
  }

  render(): TemplateResult {
    const { columnOrder, columnVisibility } = this.options.columns();
    const last = columnOrder.length - 1;
    return html`<div id=${COLUMNS_MENU_ID} popover part="columns-menu" class="menu-popover columns-menu" role="dialog" aria-label=${msg('Columns')}>
      <ul class="column-choices" aria-label=${msg('Columns shown and their order')}>
        ${columnOrder.map((id, index) => {
            const label = columnLabel(id);
            const fixed = id === ALWAYS_SHOWN;
            return html`<li class="column-choice" data-column-id=${id}>
              <label>
                <input
                  type="checkbox"
                  data-action="show"
                  .checked=${fixed || columnVisibility[id] !== false}
                  ?disabled=${fixed}
                  aria-describedby=${fixed ? 'always-shown' : nothing}
                  @change=${(event: Event) => this.show(id, (event.target as HTMLInputElement).checked)}
                />
                <span>${label}</span>
              </label>
              ${this.moveButton(id, -1, index === 0, msg(str`Move ${label} earlier`), '↑')}
              ${this.moveButton(id, 1, index === last, msg(str`Move ${label} later`), '↓')}
            </li>`;
        })}
      </ul>
      <p id="always-shown" class="menu-note">${msg('Company name is always shown.')}</p>
      <button type="button" part="command" class="command" data-action="reset-columns" @click=${this.handleReset}>${msg('Reset to defaults')}</button>
    </div>`;
  }

  /** At either end the button stays focusable (`aria-disabled`), so focus never drops out of the menu. */
  private moveButton(id: ColumnId, by: number, atEnd: boolean, label: string, glyph: string): TemplateResult {
    return html`<button
      type="button"
      class="icon-button"
      data-action=${by < 0 ? 'earlier' : 'later'}
      aria-label=${label}
      title=${label}
      aria-disabled=${atEnd ? 'true' : 'false'}
      @click=${() => !atEnd && void this.move(id, by)}
    ><span aria-hidden="true">${glyph}</span></button>`;
  }

  private show(id: ColumnId, shown: boolean): void {
    const { columnVisibility } = this.options.columns();
    const next = { ...columnVisibility };
    if (shown) delete next[id];
    else next[id] = false;
    this.options.change({ columnVisibility: next });
  }

  /** Rows are drawn in place (no keyed moves): focus follows the moved column to its new row. */
  private async move(id: ColumnId, by: number): Promise<void> {
    this.options.change({ columnOrder: moveColumn(this.options.columns().columnOrder, id, by) });
    await this.host.updateComplete;
    const row = this.popover()?.querySelector<HTMLElement>(`[data-column-id="${id}"]`);
    const same = row?.querySelector<HTMLElement>(`[data-action=${by < 0 ? 'earlier' : 'later'}]`);
    // At the end now: the other direction is the one that still does something.
    const target = same?.getAttribute('aria-disabled') === 'true' ? row?.querySelector<HTMLElement>(`[data-action=${by < 0 ? 'later' : 'earlier'}]`) : same;
    target?.focus();
  }

  private readonly handleReset = () => this.options.reset();

  protected firstFocus(popover: HTMLElement): HTMLElement | null {
    return popover.querySelector<HTMLElement>('input:not(:disabled), button');
  }
}
