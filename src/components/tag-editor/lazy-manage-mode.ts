/**
 * <tag-editor>'s manage mode, loaded on first use through the shared `LazyPart`: the toggle ("Rename or delete
 * tags") prefetches it on pointer or focus, so an agent rarely waits; while it loads the list's place says
 * "Loading…", and a chunk that cannot be fetched draws the shared failure view with Retry. The mode itself
 * (manage-mode.ts) is created once, when its code has arrived, and from then on answers for itself.
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import { LazyPart } from '../../controllers/lazy-part.js';
import { renderLazy } from '../../controllers/render-lazy.js';
import type { ManageHost, ManageMode, ManageOptions } from './manage-mode.js';

type ManagePart = typeof import('./manage-mode.part.js');

/** Where manage mode's code comes from. Tests swap `load` for one that fails, as a chunk that cannot be fetched does. */
export const manageModeModule = { load: (): Promise<ManagePart> => import('./manage-mode.part.js') };

export class LazyManageMode {
  private readonly part: LazyPart<ManagePart>;
  private mode?: ManageMode;

  constructor(
    private readonly host: ManageHost,
    private readonly options: ManageOptions,
  ) {
    this.part = new LazyPart(host, () => manageModeModule.load());
  }

  /** Managing, or asked to and its code still loading (the toggle shows pressed meanwhile), or failed to load. */
  get managing(): boolean {
    return this.mode?.managing ?? this.part.waiting;
  }

  /** Starts loading ahead of need (the pointer over the toggle, focus on it); a failure shows only on entering. */
  prefetch(): void {
    this.part.prefetch();
  }

  /** Enters or leaves manage mode; entering loads its code first if need be, leaving meanwhile forgets it. */
  setManaging(managing: boolean): void {
    if (this.mode) return this.mode.setManaging(managing);
    this.options.changed(undefined);
    this.host.requestUpdate();
    if (!managing) return this.part.cancel();
    // The mode is created once, with its code, and from then on answers for itself.
    void this.part.when((part) => (this.mode ??= new part.ManageMode(this.host, this.options)).setManaging(true));
  }

  /** The manage list once loaded, else the busy line or the failure view with Retry. */
  render(tags: readonly string[], busy: boolean): unknown {
    return renderLazy(this.part, (part) => this.mode && part.renderManageList(this.mode, tags, busy), {
      busy: html`<p part="message" class="message" role="status">${msg('Loading…')}</p>`,
      failure: { what: msg('Renaming and deleting tags could not be loaded.') },
    });
  }
}
