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
import { renderLazy } from '../../controllers/render-lazy.js';
import type { ExportTexts } from './export-state.js';

/** The module LazyExport loads. */
export type ExportPart = typeof import('./export-part.js');

/**
 * `P` is the part as loaded: the shared engine, or an element's module that re-exports it with what only its export
 * needs (its CSV columns), handed to the job.
 */
export class LazyExport<P extends ExportPart> {
  private readonly part: LazyPart<P>;
  private controller: ExportController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The command and the progress area, as ExportController's `focus` hook; the command also takes focus on Retry. */
    private readonly focus: NonNullable<ExportHooks['focus']>,
    /**
     * How the part is fetched: the element's own module, which re-exports the engine (export-part.ts) with what
     * only its export needs, so the two arrive as one chunk; or one a test holds or fails.
     */
    importer: () => Promise<P>,
  ) {
    this.part = new LazyPart(host, importer);
  }

  /** Loads the engine ahead of need (the pointer over the command, focus on it). */
  prefetch(): void {
    this.part.prefetch();
  }

  /** An export was asked for and has not ended: the part loading, or the export running. */
  get running(): boolean {
    return (this.part.waiting && this.part.pending) || (this.controller?.running ?? false);
  }

  /** The export's state; `idle` until the engine has loaded. */
  get state(): ExportState {
    return this.controller?.state ?? { kind: 'idle' };
  }

  /** Starts an export as ExportController.start does, once the engine has loaded. */
  async start<Row>(problem: unknown, job: (part: P) => ExportJob<Row>): Promise<void> {
    if (this.running) return;
    // Drawn at once as started (the load renders the host), though the part may still be on its way.
    await this.part.when((part) => (this.controller ??= new part.ExportController(this.host, { ...part.exportEventHooks(this.host), focus: this.focus })).start(problem, () => job(part)));
  }

  cancel(): void {
    this.controller?.cancel();
  }

  /** The progress with Cancel, or the result; while loading, the element's "Exporting…" text; a failed load with Retry. */
  render(texts: ExportTexts): TemplateResult | typeof nothing {
    return renderLazy(this.part, (part) => part.renderExportState(this.state, texts), {
      busy: this.running ? html`<span part="progress" class="progress" role="status"><span class="progress-text">${texts.progress(0, undefined)}</span></span>` : nothing,
      failure: this.part.waiting && { what: msg('Export failed; nothing was saved.'), classes: 'message failed', retry: () => this.handleRetry() },
    });
  }

  private handleRetry(): void {
    // Retry goes with the failure: focus waits on the command that starts the export.
    this.focus().command?.focus();
    void this.part.retry();
  }
}
