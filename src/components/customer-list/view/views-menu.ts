/**
 * The Views menu of <customer-list>: the agent's saved views (apply one, rename, delete) and a field to save the
 * current view under a name (opening, closing and focus as every list menu: see MenuPopover). Every action says
 * what it did in the menu's status line, and focus always lands on something that is still there. One message
 * shows at a time: a refusal replaces the last "Saved view …", and the next success replaces the refusal. Loaded on
 * the Views command's first use, with its styles.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { MAX_VIEW_NAME_LENGTH, viewNamed, type ViewNameProblem } from '../../../controllers/view-state-controller.js';
import { isolate } from '../../../internal/isolate.js';
import { userText } from '../../../internal/user-text.js';
import { formatNumber } from '../../../localization/labels.js';
import type { SavedView } from '../../../model/view-state.js';
import { adoptLazyStyles } from '../../../internal/load/lazy-styles.js';
import { EscapeLayer } from '../../../internal/overlay/escape-layer.js';
import { MenuPopover } from '../overlays/menu-popover.js';
import { VIEWS_MENU_ID } from './menu-ids.js';
import { viewStyles } from './view.styles.js';

export interface ViewsMenuOptions {
  views(): readonly SavedView[];
  /** The saved view the list shows now (same columns, sort, search and filters), if any. */
  activeName(): string | undefined;
  nameProblem(name: string, renaming?: string): ViewNameProblem | undefined;
  save(name: string): void;
  rename(from: string, to: string): void;
  remove(name: string): void;
  apply(view: SavedView): void;
  root(): ShadowRoot | null;
}

export class ViewsMenu extends MenuPopover {
  /** The view being renamed. */
  private renaming: string | undefined;
  /** A refused name: for the new view (undefined key) or the one being renamed. */
  private problem: { renaming: string | undefined; text: string } | undefined;
  private status = '';
  /** Escape in the rename field cancels the rename only; the menu stays open (the next Escape closes it). */
  private readonly renameLayer: EscapeLayer;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: ViewsMenuOptions,
  ) {
    super(host, VIEWS_MENU_ID, 'views', options.root);
    adoptLazyStyles(host, viewStyles);
    this.renameLayer = new EscapeLayer(host, {
      active: () => this.renaming !== undefined,
      element: () => this.popover()?.querySelector('.renaming'),
      dismiss: () => void this.endRename(),
    });
  }

  render(): TemplateResult {
    const views = this.options.views();
    const active = this.isOpen ? this.options.activeName() : undefined;
    const newProblem = this.problem && this.problem.renaming === undefined ? this.problem.text : '';
    return html`<div id=${VIEWS_MENU_ID} popover part="views-menu" class="menu-popover views-menu" role="dialog" aria-label=${msg('Saved views')}>
      ${views.length
        ? html`<ul class="view-list" aria-label=${msg('Saved views')}>
            ${views.map((view) => (view.name === this.renaming ? this.renderRename(view) : this.renderView(view, view.name === active)))}
          </ul>`
        : html`<p class="menu-note">${msg('No saved views yet.')}</p>`}
      <form class="save-view" @submit=${this.handleSave}>
        <label class="field">
          <span>${msg('Save the current view as')}</span>
          <input
            name="view-name"
            data-role="view-name"
            dir="auto"
            autocomplete="off"
            maxlength=${MAX_VIEW_NAME_LENGTH * 2}
            aria-invalid=${newProblem ? 'true' : 'false'}
            aria-describedby="view-name-problem"
            @input=${this.handleNameInput}
          />
        </label>
        <button type="submit" part="command" class="command" data-action="save-view">${msg('Save view')}</button>
      </form>
      <p id="view-name-problem" class="menu-error" role="alert">${newProblem}</p>
      <p class="menu-status" role="status">${this.status}</p>
    </div>`;
  }

  /** One saved view: its name applies it; Rename and Delete beside it, each named for the view. */
  private renderView(view: SavedView, active: boolean): TemplateResult {
    return html`<li class="view-item" data-view-name=${view.name}>
      <button type="button" class="view-apply" data-action="apply" aria-current=${active ? 'true' : nothing} @click=${() => this.apply(view)}>
        <span class="view-name" dir="auto">${userText(view.name)}</span>${active ? html`<span aria-hidden="true"> ✓</span>` : nothing}
      </button>
      <button type="button" class="link-button" data-action="rename" aria-label=${msg(str`Rename view ${view.name}`)} @click=${() => void this.startRename(view.name)}>${msg('Rename')}</button>
      <button type="button" class="link-button" data-action="delete" aria-label=${msg(str`Delete view ${view.name}`)} @click=${() => void this.remove(view.name)}>${msg('Delete')}</button>
    </li>`;
  }

  private renderRename(view: SavedView): TemplateResult {
    const problem = this.problem?.renaming === view.name ? this.problem.text : '';
    return html`<li class="view-item renaming" data-view-name=${view.name}>
      <form class="rename-view" @submit=${(event: SubmitEvent) => this.handleRename(event, view.name)}>
        <input
          name="view-name"
          data-role="rename"
          dir="auto"
          autocomplete="off"
          .value=${view.name}
          aria-label=${msg(str`New name for view ${view.name}`)}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby="rename-problem"
        />
        <button type="submit" class="link-button" data-action="rename-save">${msg('Save')}</button>
        <button type="button" class="link-button" data-action="rename-cancel" @click=${() => void this.endRename()}>${msg('Cancel')}</button>
      </form>
      <p id="rename-problem" class="menu-error" role="alert">${problem}</p>
    </li>`;
  }

  private problemText(problem: ViewNameProblem, name: string, renaming?: string): string {
    switch (problem) {
      case 'empty':
        return msg('Give the view a name.');
      case 'too-long':
        return msg(str`A view name has at most ${formatNumber(MAX_VIEW_NAME_LENGTH)} characters.`);
      case 'taken': {
        // The view that has the name, as it is spelled: "RENEWALS" typed clashes with "Renewals".
        const existing = viewNamed(this.options.views(), name, renaming)?.name ?? name.trim();
        return msg(str`There is already a view named ${isolate(existing)}.`);
      }
    }
  }

  private readonly handleNameInput = () => {
    if (this.problem?.renaming !== undefined || !this.problem) return;
    this.problem = undefined;
    this.changed();
  };

  private readonly handleSave = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('view-name') as HTMLInputElement;
    const name = input.value;
    const problem = this.options.nameProblem(name);
    if (problem) {
      this.problem = { renaming: undefined, text: this.problemText(problem, name) };
      this.status = '';
      input.focus();
    } else {
      this.options.save(name);
      input.value = '';
      this.problem = undefined;
      this.status = msg(str`Saved view ${isolate(name.trim())}.`);
    }
    this.changed();
  };

  private async startRename(name: string): Promise<void> {
    this.renaming = name;
    this.problem = undefined;
    this.changed();
    await this.host.updateComplete;
    const input = this.item(name)?.querySelector<HTMLInputElement>('[data-role=rename]');
    input?.focus();
    input?.select();
  }

  /** Back to the list, focus on the view's Rename (under its new name after a rename). */
  private async endRename(name = this.renaming): Promise<void> {
    this.renaming = undefined;
    this.problem = undefined;
    this.changed();
    await this.host.updateComplete;
    if (name) this.item(name)?.querySelector<HTMLElement>('[data-action=rename]')?.focus();
  }

  private handleRename(event: SubmitEvent, from: string): void {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('view-name') as HTMLInputElement;
    const to = input.value;
    if (to.trim() === from) return void this.endRename(from);
    const problem = this.options.nameProblem(to, from);
    if (problem) {
      this.problem = { renaming: from, text: this.problemText(problem, to, from) };
      this.status = '';
      this.changed();
      return;
    }
    this.options.rename(from, to);
    this.status = msg(str`Renamed view ${isolate(from)} to ${isolate(to.trim())}.`);
    void this.endRename(to.trim());
  }

  /** The deleted view's row goes: focus moves to the next view, else the one before, else the name field. */
  private async remove(name: string): Promise<void> {
    const names = this.options.views().map((view) => view.name);
    const index = names.indexOf(name);
    const next = names[index + 1] ?? names[index - 1];
    this.options.remove(name);
    this.status = msg(str`Deleted view ${isolate(name)}.`);
    this.changed();
    await this.host.updateComplete;
    const target = next === undefined ? this.popover()?.querySelector<HTMLElement>('[data-role=view-name]') : this.item(next)?.querySelector<HTMLElement>('[data-action=delete]');
    target?.focus();
  }

  /** Applying a view closes the menu; focus goes back to Views. */
  private apply(view: SavedView): void {
    this.options.apply(view);
    this.status = '';
    this.overlay.close('apply');
  }

  protected override opened(): void {
    this.status = '';
  }

  protected firstFocus(popover: HTMLElement): HTMLElement | null {
    return popover.querySelector<HTMLElement>('[data-action=apply], [data-role=view-name]');
  }

  protected override closed(): void {
    this.renaming = undefined;
    this.problem = undefined;
  }

  private item(name: string): HTMLElement | undefined {
    return [...(this.popover()?.querySelectorAll<HTMLElement>('[data-view-name]') ?? [])].find((item) => item.dataset.viewName === name);
  }
}
