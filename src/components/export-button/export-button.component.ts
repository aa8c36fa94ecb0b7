import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { capabilitiesOf } from '../../adapter/capabilities.js';
import { ExportController } from '../../controllers/export-controller.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { AdapterElement } from '../../internal/adapter-element.js';
import { renderExportState } from '../../internal/export/export-state.js';
import { missingAdapterError } from '../../internal/failure.js';
import { columnLabel, formatNumber, relationshipLabel } from '../../localization/labels.js';
import { customerCsvColumns, CSV_COLUMN_IDS, type CsvDelimiter } from '../../model/csv.js';
import type { ColumnId } from '../../model/query.js';
import { styles } from './export-button.styles.js';
import { exportEventHooks } from '../../internal/export/export-hooks.js';

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
 * @fires export-progress - After each page: `{ rows, total }`; `total` is undefined until known (a source that counts no totals says it at the last page).
 * @fires export-complete - The file was handed to the browser: `{ rows, bytes, filename }`.
 * @fires export-error - The export failed and nothing was saved: `{ error }`.
 * @fires export-cancel - The user cancelled and nothing was saved: `{ rows }`.
 *
 * @csspart button - The Export customers button.
 * @csspart progress - Progress text, bar and Cancel while an export runs.
 * @csspart progress-bar - The `<progress>` element.
 * @csspart cancel - The Cancel button.
 * @csspart result - The result or error message with its Dismiss button.
 * @csspart message - The result or error message.
 * @csspart dismiss - The Dismiss button, which clears the message.
 *
 * @cssprop [--export-button-accent-color] - Progress bar and focus ring.
 * @cssprop [--export-button-border-color] - Button border.
 * @cssprop [--export-button-background] - Button background.
 * @cssprop [--export-button-error-color] - Error message color.
 */
@localized()
export class ExportButton extends AdapterElement {
  static override readonly defaultTag = 'export-button';
  /** Focusing the element (a list starting an export it drew in place of its own command) focuses its button. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = styles;

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

  private readonly exporter = new ExportController(this, {
    ...exportEventHooks(this),
    focus: () => ({ command: this.renderRoot.querySelector<HTMLElement>('[part=button]'), progress: this.renderRoot.querySelector('[part=progress]') }),
  });

  /** Dismiss goes with the message it clears: focus moves to Export customers, not to the page. */
  private readonly focusKeeper = new FocusKeeper(this, {
    destination: () => this.renderRoot.querySelector<HTMLElement>('[part=button]'),
  });

  /** True while an export runs. */
  get running(): boolean {
    return this.exporter.running;
  }

  /** Starts an export, as a click does. Resolves when it has finished, failed or been cancelled. */
  async export(): Promise<void> {
    const adapter = this.activeAdapter;
    await this.exporter.start(adapter ? undefined : missingAdapterError(), () => ({
      filename: this.filename,
      columns: customerCsvColumns(columnLabel, relationshipLabel, this.columns),
      // The whole list, always: no search, filter or sort.
      fetchPage: (page, signal) => adapter!.listCustomers(page, signal),
      delimiter: this.delimiter,
      bom: this.bom,
      pageSize: this.pageSize,
      maxLength: this.maxFileSize,
      counted: capabilitiesOf(adapter!).totals,
    }));
  }

  /** Stops a running export; nothing is saved. */
  cancel(): void {
    this.exporter.cancel();
  }

  /** Clears the message of the last export. Its Dismiss button goes with it: focus moves to Export customers. */
  async dismiss(): Promise<void> {
    this.exporter.dismiss();
    await this.updateComplete;
  }

  protected override render(): TemplateResult {
    const running = this.running;
    return html`
      <button
        type="button"
        part="button"
        class="command"
        aria-disabled=${running ? 'true' : 'false'}
        aria-describedby=${running ? 'busy-reason' : nothing}
        @click=${() => void this.export()}
      >
        ${msg('Export customers')}
      </button>
      ${running ? html`<span id="busy-reason" hidden>${msg('An export is running; wait for it or cancel it.')}</span>` : nothing}
      ${renderExportState(this.exporter.state, {
        progress: (rows, total) =>
          total !== undefined
            ? msg(str`Exporting ${formatNumber(rows)} of ${formatNumber(total)} customers…`)
            : rows > 0
              ? msg(str`${formatNumber(rows)} customers written…`)
              : msg('Exporting customers…'),
        onCancel: () => this.cancel(),
        onDismiss: () => void this.dismiss(),
      })}
    `;
  }
}
