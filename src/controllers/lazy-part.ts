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
 * What an element draws on its first render never goes through this: lazy loading is for later actions only.
 *
 * @example
 * private readonly viewsMenu = new LazyPart(this, () => import('./views-menu.js'));
 * // on the first open:
 * await this.viewsMenu.load();
 * // in render():
 * this.viewsMenu.value ? this.viewsMenu.value.renderViewsMenu(…) : this.viewsMenu.error ? renderLoadFailure(…) : busy
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LazyPart<T> implements ReactiveController {
  private loaded?: T;
  private loading?: Promise<T>;
  private failure: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {
    host.addController(this);
  }

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

  /**
   * The module: at once when loaded, else from one shared load. Rejects when the load fails; the next call
   * starts a new one. The host renders again when the load settles either way.
   */
  load(): Promise<T> {
    if (this.loaded !== undefined) return Promise.resolve(this.loaded);
    if (this.loading) return this.loading;
    this.failure = undefined;
    const loading = this.importer().then(
      (module) => {
        this.loaded = module;
        return module;
      },
      (error: unknown) => {
        this.failure = error;
        this.loading = undefined;
        throw error;
      },
    );
    this.loading = loading;
    void loading.then(
      () => this.host.requestUpdate(),
      () => this.host.requestUpdate(),
    );
    this.host.requestUpdate();
    return loading;
  }

  /**
   * Starts the load ahead of need (the pointer over the control, focus on it, a render that shows the step
   * before) and ignores its failure: the action itself loads again and reports. After a failure it does not try
   * again: a failed load renders the host again, so a prefetch from a render would otherwise retry without end.
   */
  prefetch(): void {
    if (this.failure !== undefined) return;
    this.load().catch(() => undefined);
  }

  hostConnected(): void {}
}
