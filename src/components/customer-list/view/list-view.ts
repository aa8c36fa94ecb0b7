/**
 * The list's view as one concern: applying a whole view at once, the agent's saved views and their menu, and
 * the bookkeeping that decides after each update whether the view changed. A changed view is stored under
 * `persist-key` and, when the agent (not the host) changed it, reported with `view-state-change`.
 */
import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ViewStateController, parseSavedViews } from '../../../controllers/view-state-controller.js';
import { parseViewState, viewStateKey, VIEW_STATE_VERSION, type SavedView, type ViewState } from '../../../model/view-state.js';
import type { SortSpec } from '../../../model/query.js';
import { SavedViewsChangeEvent, ViewStateChangeEvent } from '../customer-list.events.js';
import { LazyOpener } from '../overlays/lazy-opener.js';
import type { ViewsMenu } from './views-menu.js';

export interface ListViewOptions {
  /** The storage key, or '' for none. */
  persistKey(): string;
  /** The view shown now. */
  read(): ViewState;
  /**
   * Shows every part of a view but its sort; the host sets them all before its next update, so there is one
   * query.
   */
  write(state: ViewState): void;
  /**
   * The view as far as the source can show it (optional): a part it cannot show is left out, and said, rather
   * than drawn over rows it does not describe.
   */
  fit?(state: ViewState): ViewState;
  /** Gives the table a view's sort; only called when it differs from the sort shown. */
  sort(sort: readonly SortSpec[]): void;
  root(): ShadowRoot | null;
}

export class ListView implements ReactiveController {
  /** Where the view and the saved views are kept. */
  readonly store: ViewStateController;
  /** The Views menu, loaded on its command's first use. */
  readonly menu: LazyOpener<ViewsMenu>;

  /** The key of the view last reported and stored: a new one means the view changed. */
  private reportedKey = '';
  /** Something that is part of the view may have changed since the last update. */
  private maybeChanged = false;
  /** The agent changed the view since the last update: the next update fires view-state-change. */
  private changedByAgent = false;
  /** `viewState` was set since the persist key last changed: it wins over the stored view. */
  private setByHost = false;
  /** The sort a view being applied sets: the table reports it back, and that is not the agent's doing. */
  private sortFromView: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ListViewOptions,
  ) {
    host.addController(this);
    this.store = new ViewStateController(host, {
      persistKey: options.persistKey,
      current: options.read,
      restore: (state) => this.apply(state),
      savedViewsChanged: (views) => host.dispatchEvent(new SavedViewsChangeEvent(views)),
    });
    this.menu = new LazyOpener(host, { command: 'views', label: () => msg('Views'), load: () => this.loadMenu() });
  }

  private async loadMenu(): Promise<ViewsMenu> {
    const { ViewsMenu } = await import('./views-menu.js');
    const { host, options } = this;
    return new ViewsMenu(host, {
      views: () => this.store.savedViews,
      activeName: () => {
        const key = viewStateKey(options.read());
        return this.store.savedViews.find((view) => viewStateKey(view.state) === key)?.name;
      },
      nameProblem: (name, renaming) => this.store.nameProblem(name, renaming),
      save: (name) => this.store.save(name),
      rename: (from, to) => this.store.rename(from, to),
      remove: (name) => this.store.remove(name),
      apply: (view) => {
        this.apply(view.state);
        this.noteChange(true);
      },
      root: options.root,
    });
  }

  /** The host's `viewState` setter: a view of this version is applied, anything else is ignored with a warning. */
  setByHostValue(value: ViewState): void {
    const parsed = parseViewState(value);
    if (!parsed.ok) {
      console.warn(`customer-list: ignoring a viewState that is not a view of version ${VIEW_STATE_VERSION} (${parsed.reason}).`);
      return;
    }
    this.setByHost = true;
    this.apply(parsed.state);
  }

  /** The host's `savedViews` setter. */
  replaceSavedViews(value: readonly SavedView[]): void {
    const parsed = parseSavedViews(value);
    if (typeof parsed === 'string') {
      console.warn(`customer-list: ignoring savedViews: ${parsed}.`);
      return;
    }
    this.store.replace(parsed);
    this.host.requestUpdate();
  }

  /**
   * Applies a whole view at once. What other search or filters do to the selection is the selection's own
   * business, as when the agent types a search: picked rows stay picked, "all matching" is cleared and said.
   */
  apply(given: ViewState): void {
    const state = this.options.fit?.(given) ?? given;
    const before = this.options.read();
    this.options.write(state);
    const sort = JSON.stringify(state.sort);
    if (sort !== JSON.stringify(before.sort)) {
      this.sortFromView = sort;
      this.options.sort(state.sort);
    }
    this.noteChange(false);
  }

  /** The table reported its sort: the agent's doing, unless it is the sort a view just set. */
  sortChanged(sort: readonly SortSpec[]): void {
    if (JSON.stringify(sort) !== this.sortFromView) this.noteChange(true);
    this.sortFromView = undefined;
  }

  /** The agent changed part of the view (or the host did, with `agent` false). */
  noteChange(agent: boolean): void {
    this.maybeChanged = true;
    if (agent) this.changedByAgent = true;
    this.host.requestUpdate();
  }

  /** Before an update in which the persist key changed: load what is stored under the new one. */
  persistKeyChanged(): void {
    this.store.load(this.setByHost);
    this.setByHost = false;
    // What a new key starts from is its stored view, not a change to report or to store again.
    this.reportedKey = viewStateKey(this.options.read());
  }

  /** The saved-view menu's render dependencies: it marks the view shown now only while open. */
  menuDeps(): unknown[] {
    const menu = this.menu.value;
    return [this.store.savedViews, menu?.version, menu?.isOpen ? viewStateKey(this.options.read()) : ''];
  }

  /** After an update that may have changed the view: store it, and tell the host when the agent changed it. */
  hostUpdated(): void {
    if (!this.maybeChanged) return;
    this.maybeChanged = false;
    const byAgent = this.changedByAgent;
    this.changedByAgent = false;
    const state = this.options.read();
    const key = viewStateKey(state);
    if (key === this.reportedKey) return;
    this.reportedKey = key;
    this.store.store();
    if (byAgent) this.host.dispatchEvent(new ViewStateChangeEvent(state));
  }
}
