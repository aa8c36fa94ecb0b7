/**
 * An element's export with its engine loaded on first use: the CSV walk, file-saver, the `export-*` events and
 * the progress view (export-part.ts) come by `import()` when the agent points at or focuses the export command
 * (a prefetch), or at the latest when they press it, so an element that is only read never downloads them.
 *
 * Until then the element draws only its command. While the part loads, the export reads as started (the command
 * busy, the element's own "Exporting…" text); if the part cannot be loaded, the shared failure view says the export
 * failed, with Retry, which keeps focus on the command. Once loaded, everything is the ExportController's, exactly
 * as an element holding it from the start: the file, its name, progress, Cancel, errors and events.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../../controllers/lazy-part.js';
import type { ExportController, ExportHooks, ExportJob, ExportState } from '../../controllers/export-controller.js';
import { renderLoadFailure } from '../load/load-failure.js';
import type { ExportTexts } from './export-state.js';

/** The module LazyExport loads. */
export type ExportPart = typeof import('./export-part.js');

/**
 * `P` is the part as loaded: the shared engine, or an element's module that re-exports it with what only its export
 * needs (its CSV columns), handed to the job.
 */
export class LazyExport<P extends ExportPart = ExportPart> {
  private readonly part: LazyPart<P>;
  private controller: ExportController | undefined;
  /** An export was asked for and waits for the part. */
  private waiting = false;
  /** The export the agent asked for while the part failed to load: Retry asks for it again. */
  private retry: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The command and the progress area, as ExportController's `focus` hook; the command also takes focus on Retry. */
    private readonly focus: NonNullable<ExportHooks['focus']>,
    /** How the part is fetched: the shared engine's chunk (then `P` is ExportPart), an element's own, or one a test fails. */
    importer: () => Promise<P> = () => import('./export-part.js') as Promise<P>,
  ) {
    this.part = new LazyPart(host, importer);
  }

  /** Loads the engine ahead of need (the pointer over the command, focus on it). */
  prefetch(): void {
    this.part.prefetch();
  }

  /** An export was asked for and has not ended: the part loading, or the export running. */
  get running(): boolean {
    return this.waiting || (this.controller?.running ?? false);
  }

  /** The export's state; `idle` until the engine has loaded. */
  get state(): ExportState {
    return this.controller?.state ?? { kind: 'idle' };
  }

  /** Starts an export as ExportController.start does, once the engine has loaded. */
  async start<Row>(problem: unknown, job: (part: P) => ExportJob<Row>): Promise<void> {
    if (this.running) return;
    this.retry = () => void this.start(problem, job);
    // Drawn at once as started, though the part may still be on its way.
    this.waiting = true;
    this.host.requestUpdate();
    let part;
    try {
      part = await this.part.load();
    } catch {
      // Drawn by render() with Retry, as any load that failed.
      return;
    } finally {
      this.waiting = false;
    }
    this.retry = undefined;
    this.controller ??= new part.ExportController(this.host, { ...part.exportEventHooks(this.host), focus: this.focus });
    await this.controller.start(problem, () => job(part));
  }

  cancel(): void {
    this.controller?.cancel();
  }

  /** The progress with Cancel, or the result; while loading, the element's "Exporting…" text; a failed load with Retry. */
  render(texts: ExportTexts): TemplateResult | typeof nothing {
    const { value, error } = this.part;
    if (value) return value.renderExportState(this.state, texts);
    if (this.retry && error !== undefined) return renderLoadFailure({ error, what: msg('Export failed; nothing was saved.'), retry: () => this.handleRetry(), part: 'message', classes: 'message failed' });
    if (this.waiting) return html`<span part="progress" class="progress" role="status"><span class="progress-text">${texts.progress(0, undefined)}</span></span>`;
    return nothing;
  }

  private handleRetry(): void {
    // Retry goes with the failure: focus waits on the command that starts the export.
    this.focus().command?.focus();
    this.retry?.();
  }
}
