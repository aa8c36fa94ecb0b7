import { localized, msg, str } from '@lit/localize';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../adapter/adapter-error.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { baseStyles, commandStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';
import { columnLabel, formatNumber, relationshipLabel } from '../../localization/labels.js';
import { getLocale } from '../../localization/localization.js';
import { BOM, customerCsvColumns, CSV_COLUMN_IDS, type CsvDelimiter } from '../../model/csv.js';
import type { ColumnId } from '../../model/query.js';
import { ExportCancelEvent, ExportCompleteEvent, ExportErrorEvent, ExportProgressEvent, ExportStartEvent } from './export-button.events.js';
import { ExportTooLargeError, walkToCsv } from './export-walk.js';
import { fileSaver } from './save-file.js';
import { failureDetails, failureMessage, missingAdapterError } from '../../internal/failure.js';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; rows: number; total: number | undefined }
  | { kind: 'done'; rows: number; bytes: number }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

/** Browsers fail or hang past a few hundred MB in one Blob; stop before that and say so. */
const DEFAULT_MAX_FILE_SIZE = 500_000_000;

/**
 * Exports the partner's **full** customer list as `Customers.csv`, whatever a list on the page shows: it walks
 * every page through the adapter, shows progress, can be cancelled, and saves only a complete file.
 * CSV per RFC 4180 (CRLF, quoting), UTF-8 with a byte-order mark, formula injection neutralized.
 *
 * @summary Export customers to CSV.
 * @tag export-button
 *
 * @fires export-start - Before an export starts; cancelable, to veto it.
 * @fires export-progress - After each page: `{ rows, total }`.
 * @fires export-complete - The file was handed to the browser: `{ rows, bytes, filename }`.
 * @fires export-error - The export failed and nothing was saved: `{ error }`.
 * @fires export-cancel - The user cancelled and nothing was saved: `{ rows }`.
 *
 * @csspart button - The Export customers button.
 * @csspart progress - Progress text, bar and Cancel while an export runs.
 * @csspart progress-bar - The `<progress>` element.
 * @csspart cancel - The Cancel button.
 * @csspart message - The result or error message.
 *
 * @cssprop [--export-button-accent-color] - Progress bar and focus ring.
 * @cssprop [--export-button-border-color] - Button border.
 * @cssprop [--export-button-background] - Button background.
 * @cssprop [--export-button-error-color] - Error message color.
 */
@localized()
export class ExportButton extends AdapterElement {
  static override readonly defaultTag = 'export-button';
  static override styles = [
    tokenStyles,
    baseStyles,
    commandStyles,
    css`
    :host {
      --_accent: var(--export-button-accent-color, var(--_p-accent));
      --_control-border: var(--export-button-border-color, var(--_p-control-border));
      --_background: var(--export-button-background, var(--_p-background));
      --_error: var(--export-button-error-color, var(--_p-error));
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_p-gap);
      font: inherit;
    }
    button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.7;
    }
    .progress {
      display: inline-flex;
      align-items: center;
      gap: var(--_p-gap);
    }
    progress {
      width: 8rem;
      accent-color: var(--_accent);
    }
    .message.failed {
      color: var(--_error);
    }
    p {
      margin: 0;
    }
  `,
  ];

  /** Name of the saved file. */
  @property() filename = 'Customers.csv';

  /** Start the file with a UTF-8 byte-order mark so spreadsheets read non-ASCII names right. `bom="false"` omits it. */
  @property({ converter: { fromAttribute: (value) => value !== 'false' } }) bom = true;

  /** Cell separator: `,` (default) or `;` for spreadsheet locales that expect it, or a tab. */
  @property() delimiter: CsvDelimiter = ',';

  /** Columns to export, in order (default: Microsoft ID, company name, primary domain, relationship, tags). */
  @property({ attribute: false }) columns: readonly ColumnId[] = CSV_COLUMN_IDS;

  /** Rows asked per request; adapters serve at most their own cap (the REST API: 500). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 5000;

  /** Refuse, with a message, a file that would be larger than this many bytes. */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize = DEFAULT_MAX_FILE_SIZE;

  @state() private exportState: ExportState = { kind: 'idle' };

  private controller: AbortController | undefined;

  /** True while an export runs. */
  get running(): boolean {
    return this.exportState.kind === 'running';
  }

  /** Starts an export, as a click does. Resolves when it has finished, failed or been cancelled. */
  async export(): Promise<void> {
    if (this.running) return;
    const adapter = this.activeAdapter;
    if (!adapter) {
      this.fail(missingAdapterError());
      return;
    }
    if (!this.dispatchEvent(new ExportStartEvent())) return;
    const controller = (this.controller = new AbortController());
    this.exportState = { kind: 'running', rows: 0, total: undefined };
    try {
      const columns = customerCsvColumns(columnLabel, relationshipLabel, this.columns);
      const { chunks, rows } = await walkToCsv({
        adapter,
        columns,
        delimiter: this.delimiter,
        pageSize: this.pageSize,
        signal: controller.signal,
        maxLength: this.maxFileSize,
        onPage: (done, total) => {
          this.exportState = { kind: 'running', rows: done, total };
          this.dispatchEvent(new ExportProgressEvent(done, total));
        },
      });
      const blob = new Blob(this.bom ? [BOM, ...chunks] : chunks, { type: 'text/csv;charset=utf-8' });
      fileSaver.saveAs(blob, this.filename);
      this.exportState = { kind: 'done', rows, bytes: blob.size };
      this.dispatchEvent(new ExportCompleteEvent(rows, blob.size, this.filename));
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) {
        const rows = this.exportState.kind === 'running' ? this.exportState.rows : 0;
        this.exportState = { kind: 'cancelled' };
        this.dispatchEvent(new ExportCancelEvent(rows));
      } else {
        this.fail(error);
      }
    } finally {
      this.controller = undefined;
    }
  }

  /** Stops a running export; nothing is saved. */
  cancel(): void {
    this.controller?.abort();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancel();
  }

  /**
   * The progress area, Cancel in it, goes when an export ends (cancelled, finished or failed): if focus is there
   * it moves to Export customers first, instead of falling to the page's body.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('exportState') && !this.running && this.renderRoot.querySelector('[part=progress]')?.matches(':focus-within')) {
      this.renderRoot.querySelector<HTMLElement>('[part=button]')?.focus();
    }
  }

  private fail(error: unknown): void {
    const message = error instanceof ExportTooLargeError ? msg('The file would be too large for the browser to save.') : failureMessage(error);
    // The agent reads the reason; the request details are for whoever looks into it.
    const details = failureDetails(error);
    if (details) console.warn(`export-button: ${details}`);
    this.exportState = { kind: 'failed', message };
    this.dispatchEvent(new ExportErrorEvent(error));
  }

  protected override render(): TemplateResult {
    const running = this.running;
    return html`
      <button
        type="button"
        part="button"
        class="command"
        aria-disabled=${running ? 'true' : 'false'}
        aria-description=${running ? msg('An export is running; wait for it or cancel it.') : nothing}
        @click=${() => void this.export()}
      >
        ${msg('Export customers')}
      </button>
      ${this.renderState()}
    `;
  }

  private renderState(): TemplateResult | typeof nothing {
    const state = this.exportState;
    switch (state.kind) {
      case 'running': {
        const text = state.total === undefined ? msg('Exporting customers…') : msg(str`Exporting ${formatNumber(state.rows)} of ${formatNumber(state.total)} customers…`);
        return html`<span part="progress" class="progress" role="status">
          <progress part="progress-bar" aria-label=${msg('Export progress')} max=${state.total ?? 1} .value=${state.total === undefined ? 0 : state.rows}></progress>
          <span>${text}</span>
          <button type="button" part="cancel" class="command" @click=${() => this.cancel()}>${msg('Cancel')}</button>
        </span>`;
      }
      case 'done':
        return html`<p part="message" class="message" role="status">${msg(str`Saved ${this.filename}: ${formatNumber(state.rows)} rows, ${formatBytes(state.bytes)}.`)}</p>`;
      case 'failed':
        return html`<p part="message" class="message failed" role="alert">${msg('Export failed; nothing was saved.')} <span dir="auto">${state.message}</span></p>`;
      case 'cancelled':
        return html`<p part="message" class="message" role="status">${msg('Export cancelled; nothing was saved.')}</p>`;
      default:
        return nothing;
    }
  }
}

/** A byte count in the largest fitting unit, localized by Intl ("1.2 MB", "1,2 MB"). */
function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(getLocale(), { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
