/**
 * The part every grid shares in doing over walked data what its source cannot (LocalQueryAdapter): one wrapper
 * per source (the grid's load compares its source by identity, so a new wrapper per call would reload it on every
 * render), the walk in progress for the status line, and the moment a walk passes the bound; the list says what
 * that means for it. (The activity log follows its source itself, activity-log/activity-source.ts, so that its
 * first load carries no wrapper.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerAdapter } from '../adapter/customer-adapter.js';
import { LocalQueryAdapter, type WalkProgress } from '../adapter/local-query.js';

export abstract class LocalQueryController implements ReactiveController {
  /** The walk in progress for the current query, if any. */
  protected walk: WalkProgress | undefined;
  protected wrapped: LocalQueryAdapter | undefined;

  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly givenSource: () => CustomerAdapter | undefined,
  ) {
    host.addController(this);
  }

  /** The source as the grid lists (and exports) it. */
  get adapter(): CustomerAdapter | undefined {
    const source = this.givenSource();
    if (!source) return undefined;
    if (this.wrapped?.source !== source) {
      this.walk = undefined;
      this.wrapped = new LocalQueryAdapter(source, { onProgress: (progress) => this.progress(source, progress) });
    }
    return this.wrapped;
  }

  /** The walk ends with its host: a new one starts when the host lists again. */
  hostDisconnected(): void {
    this.walk = undefined;
  }

  /** A walk passed the bound: drop what needed it, and say so. */
  protected abstract overLimit(limit: number): void;

  private progress(source: CustomerAdapter, progress: WalkProgress): void {
    // A walk of a source the host has since replaced reports into nothing.
    if (source !== this.givenSource()) return;
    this.walk = progress.state === 'running' ? progress : undefined;
    if (progress.state === 'over-limit') this.overLimit(this.wrapped!.limit);
    this.host.requestUpdate();
  }
}
