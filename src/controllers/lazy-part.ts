/**
 * A part of an element that loads by `import()` the first time an agent reaches it: a menu opened, an export
 * started, a mode entered. The element's first load then carries only what it draws at once (`npm run size`
 * measures that, SPEC §4), and a page that never opens the menu never downloads it.
 *
 * One implementation for every element: the part loads once per controller (the browser's module map makes a
 * second `import()` of the same module free), a failed load is kept as `error` and forgotten on the next
 * `load()`, so Retry tries again, and the host renders again whenever a load settles. While a load is pending
 * the element draws its usual busy state; on a failure it draws the shared failure view with Retry
 * (`renderLoadFailure`, src/internal/load/), so a chunk that cannot be fetched reads like any failed load.
 *
 * The agent's action that needs the part goes through `when()`: done at once when the part is there, else
 * remembered while it loads (the latest one only: the agent may have moved on), done as it arrives, and kept
 * after a failed load for `retry()`. `renderLazy` (render-lazy.ts) draws the part, the busy state or the failure.
 *
 * It only asks its host to render again, so it needs none of a controller's lifecycle hooks and does not register
 * as one.
 *
 * What an element draws on its first render never goes through this: lazy loading is for later actions only.
 *
 * @example
 * private readonly viewsMenu = new LazyPart(this, () => import('./views-menu.js'));
 * // on the click:
 * void this.viewsMenu.when((menu) => menu.open());
 * // in render():
 * renderLazy(this.viewsMenu, (menu) => menu.renderViewsMenu(…), { busy, failure: { what: msg('…') } })
 */
import type { ReactiveControllerHost } from 'lit';

export class LazyPart<T> {
  private loaded?: T;
  /** The load under way, or done; forgotten when it fails, so the next `load()` tries again. */
  private loading?: Promise<T>;
  private failure: unknown;
  /** The action that waits for the part (see `when()`). */
  private action?: (part: T) => unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {}

  /** The loaded module, once `load()` has resolved. */
  get value(): T | undefined {
    return this.loaded;
  }

  /** Why the last load failed; cleared when `load()` starts again. */
  get error(): unknown {
    return this.failure;
  }

  /** A load is under way. */
  get pending(): boolean {
    return this.loading !== undefined && this.loaded === undefined;
  }

  /** An action waits for the part: it is on its way, or its load failed and `retry()` will do the action. */
  get waiting(): boolean {
    return this.action !== undefined;
  }

  /**
   * The module: at once when loaded, else from one shared load. Rejects when the load fails; the next call
   * starts a new one. The host renders again when the load starts and when it settles either way.
   */
  load(): Promise<T> {
    if (!this.loading) {
      this.failure = undefined;
      this.loading = this.importer().then(
        (module) => {
          this.host.requestUpdate();
          return (this.loaded = module);
        },
        (error: unknown) => {
          this.failure = error;
          this.loading = undefined;
          this.host.requestUpdate();
          throw error;
        },
      );
      this.host.requestUpdate();
    }
    return this.loading;
  }

  /**
   * Starts the load ahead of need (the pointer over the control, focus on it, a render that shows the step
   * before), after the update under way if any, and ignores its failure: the action itself loads again and
   * reports. After a failure it does not try again: a failed load renders the host again, so a prefetch from a
   * render would otherwise retry without end, and a click right after would join that fetch, and its fate,
   * instead of making its own.
   *
   * `ahead` fetches less than the part, when the part brings more than may be fetched before the agent acts (the
   * list's command that composes an element prefetches only the list's own module).
   */
  prefetch(ahead: () => Promise<unknown> = () => this.load()): void {
    // After the update under way, if any: a render that moves focus (the grid's active cell) fires focus
    // listeners inside the host's update, and a load started there would ask for another update from within it.
    queueMicrotask(() => {
      if (this.failure === undefined) ahead().catch(() => undefined);
    });
  }

  /**
   * Does `action` with the part: at once when it is loaded, else as it arrives (before the host renders it).
   * Only the latest action waits: a newer `when()` or `cancel()` drops it, the agent having moved on. After a
   * failed load the action still waits, for `retry()`.
   *
   * Resolves, once the action has run (and its promise settled) or was dropped, with true; with false when the
   * load failed while the action waited. It never rejects: the failure is `error`, for the host to draw.
   */
  async when(action: (part: T) => unknown): Promise<boolean> {
    if (this.loaded === undefined) {
      this.action = action;
      // Drawn as waiting (the agent's control busy) though a prefetch may have started the load already.
      this.host.requestUpdate();
      try {
        await this.load();
      } catch {
        return this.action !== action;
      }
      if (this.action !== action) return true;
      this.action = undefined;
    }
    await action(this.loaded!);
    return true;
  }

  /** Drops the waiting action: the agent moved on (left the mode, discarded what they would have saved). */
  cancel(): void {
    this.action = undefined;
    this.host.requestUpdate();
  }

  /** Retry after a failed load: loads again, and the waiting action, if any, runs on arrival. As `when()` resolves. */
  retry(): Promise<boolean> {
    return this.when(this.action ?? (() => undefined));
  }
}
