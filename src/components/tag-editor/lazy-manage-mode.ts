/**
 * <tag-editor>'s manage mode, loaded on first use through the shared `LazyPart`: the toggle ("Rename or delete
 * tags") prefetches it on pointer or focus, so an agent rarely waits; while it loads the list's place says
 * "Loading…", and a chunk that cannot be fetched draws the shared failure view with Retry. The mode itself
 * (manage-mode.ts) is created once, when its code has arrived, and from then on answers for itself.
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import { LazyPart } from '../../controllers/lazy-part.js';
import { renderLoadFailure } from '../../internal/load/load-failure.js';
import type { ManageHost, ManageMode, ManageOptions } from './manage-mode.js';

type ManagePart = typeof import('./manage-mode.part.js');

/** Where manage mode's code comes from. Tests swap `load` for one that fails, as a chunk that cannot be fetched does. */
export const manageModeModule = { load: (): Promise<ManagePart> => import('./manage-mode.part.js') };

export class LazyManageMode {
  private readonly part: LazyPart<ManagePart>;
  private mode?: ManageMode;
  /** The agent asked for manage mode: the toggle shows it pressed while the code still loads. */
  private wanted = false;

  constructor(
    private readonly host: ManageHost,
    private readonly options: ManageOptions,
  ) {
    this.part = new LazyPart(host, () => manageModeModule.load());
  }

  get managing(): boolean {
    return this.mode?.managing ?? this.wanted;
  }

  /** Starts loading ahead of need (the pointer over the toggle, focus on it); a failure shows only on entering. */
  prefetch(): void {
    this.part.prefetch();
  }

  /** Enters or leaves manage mode; entering loads its code first if need be. */
  setManaging(managing: boolean): void {
    this.wanted = managing;
    if (this.mode) return this.mode.setManaging(managing);
    this.options.changed(undefined);
    this.host.requestUpdate();
    if (managing) void this.enter();
  }

  /** The manage list once loaded, else the busy line or the failure view with Retry. */
  render(tags: readonly string[], busy: boolean): unknown {
    const part = this.part.value;
    if (part && this.mode) return part.renderManageList(this.mode, tags, busy);
    if (this.part.error === undefined) return html`<p part="message" class="message" role="status">${msg('Loading…')}</p>`;
    return renderLoadFailure({
      error: this.part.error,
      what: msg('Renaming and deleting tags could not be loaded.'),
      retry: () => void this.enter(),
      part: 'message',
      classes: 'message',
    });
  }

  private async enter(): Promise<void> {
    let part: ManagePart;
    try {
      part = await this.part.load();
    } catch {
      return; // LazyPart keeps the error and renders the host again: render() draws it with Retry.
    }
    this.mode ??= new part.ManageMode(this.host, this.options);
    if (this.wanted && !this.mode.managing) this.mode.setManaging(true);
  }
}
