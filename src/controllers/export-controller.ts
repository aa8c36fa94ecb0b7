/**
 * A CSV export as an element runs it: every page of a source walked into CSV text (a throttled page waited out),
 * progress as it goes, cancel, and the file saved only when complete. The same engine exports the customer list
 * (<export-button>) and the activity records (<activity-log>); what differs is the source and the columns.
 * Leaving the page cancels a running export: nothing half-done is ever saved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../adapter/adapter-error.js';
import { BOM, type CsvColumn, type CsvDelimiter } from '../model/csv.js';
import type { FetchPage } from './paged-rows.js';
import { walkToCsv } from './csv-walk.js';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; rows: number; total: number | undefined }
  | { kind: 'done'; rows: number; bytes: number; filename: string }
  | { kind: 'failed'; error: unknown }
  | { kind: 'cancelled'; rows: number };

export interface ExportJob<Row> {
  filename: string;
  columns: readonly CsvColumn<Row>[];
  fetchPage: FetchPage<Row>;
  delimiter: CsvDelimiter;
  /** Start the file with a UTF-8 byte-order mark (spreadsheets then read non-ASCII text right). */
  bom: boolean;
  pageSize: number;
  /** Refuse a file longer than this many UTF-16 units: browsers fail on huge Blobs. */
  maxLength: number;
  /** Whether a page's `totalCount` is the total (capabilities `totals`); when not, the total is known at the end. Default true. */
  counted?: boolean;
}

export interface ExportHooks {
  /** An export is about to start: false vetoes it (the page cancelled the `export-start` event). */
  start?(): boolean;
  /** After each page: rows written so far, and the total once known (undefined before, over a source that counts nothing). */
  progress?(rows: number, total: number | undefined): void;
  /** The file was handed to the browser. */
  saved?(rows: number, bytes: number, filename: string): void;
  failed?(error: unknown): void;
  cancelled?(rows: number): void;
  /** Hands the finished file to the browser (file-saver); replaceable in tests. */
  save(blob: Blob, filename: string): void;
  /**
   * The host's command that starts the export, and the progress area (Cancel in it) that goes when an export
   * ends, however it ends: if focus is in the progress then, it moves to the command instead of to the page.
   */
  focus?(): { command: HTMLElement | null | undefined; progress: Element | null | undefined };
}

export class ExportController implements ReactiveController {
  state: ExportState = { kind: 'idle' };
  private controller: AbortController | undefined;
  /** The last render drew the progress (an export was running). */
  private progressDrawn = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: ExportHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /**
   * Before the render that removes the progress (the first one after the export ended): focus in it would fall
   * to <body> with it. Other renders (a grid scrolling) ask nothing of the host's DOM.
   */
  hostUpdate(): void {
    if (this.running) {
      this.progressDrawn = true;
      return;
    }
    if (!this.progressDrawn) return;
    this.progressDrawn = false;
    const { command, progress } = this.hooks.focus?.() ?? {};
    if (progress?.matches(':focus-within')) command?.focus();
  }

  get running(): boolean {
    return this.state.kind === 'running';
  }

  /**
   * Starts an export as the host's command does: nothing while one runs; a `problem` that keeps it from starting
   * (no data source, a refused period) is reported as the export's failure; then the page may veto it (`start`
   * hook). `job` is asked for only once the export goes ahead.
   */
  async start<Row>(problem: unknown, job: () => ExportJob<Row>): Promise<void> {
    if (this.running) return;
    if (problem !== undefined) return this.fail(problem);
    if (this.hooks.start?.() === false) return;
    await this.run(job());
  }

  /** Runs an export to its end: saved, failed or cancelled. A second call while one runs does nothing. */
  async run<Row>(job: ExportJob<Row>): Promise<void> {
    if (this.running) return;
    const controller = (this.controller = new AbortController());
    this.set({ kind: 'running', rows: 0, total: undefined });
    try {
      const { chunks, rows } = await walkToCsv({
        ...job,
        signal: controller.signal,
        onPage: (done, total) => {
          this.set({ kind: 'running', rows: done, total });
          this.hooks.progress?.(done, total);
        },
      });
      const blob = new Blob(job.bom ? [BOM, ...chunks] : chunks, { type: 'text/csv;charset=utf-8' });
      this.hooks.save(blob, job.filename);
      this.set({ kind: 'done', rows, bytes: blob.size, filename: job.filename });
      this.hooks.saved?.(rows, blob.size, job.filename);
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) {
        const rows = this.state.kind === 'running' ? this.state.rows : 0;
        this.set({ kind: 'cancelled', rows });
        this.hooks.cancelled?.(rows);
      } else {
        this.fail(error);
      }
    } finally {
      this.controller = undefined;
    }
  }

  /** A failure before the walk could start (e.g. no data source), reported the same way. */
  fail(error: unknown): void {
    this.set({ kind: 'failed', error });
    this.hooks.failed?.(error);
  }

  /** Stops a running export; nothing is saved. */
  cancel(): void {
    this.controller?.abort();
  }

  /** Clears the result of the last export (the agent has read it); a running export is not touched. */
  dismiss(): void {
    if (!this.running && this.state.kind !== 'idle') this.set({ kind: 'idle' });
  }

  private set(state: ExportState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
