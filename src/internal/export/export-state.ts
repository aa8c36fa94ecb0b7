/**
 * How an export's state reads, the same for every export of this library: progress with Cancel, what was saved,
 * why it failed (nothing saved), or that it was cancelled.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ExportTooLargeError } from '../../controllers/csv-walk.js';
import type { ExportState } from '../../controllers/export-controller.js';
import { formatNumber } from '../../localization/labels.js';
import { getLocale } from '../../localization/localization.js';
import { failureDetails, failureMessage } from '../failure.js';

export interface ExportTexts {
  /** "Exporting 300 of 1,000 customers…", or with no total known "Exporting customers…" / "300 customers written". */
  progress(rows: number, total: number | undefined): string;
  onCancel(): void;
  /** When given, the result (saved, failed, cancelled) has a Dismiss button that calls it. */
  onDismiss?(): void;
}

export function renderExportState(state: ExportState, { progress, onCancel, onDismiss }: ExportTexts): TemplateResult | typeof nothing {
  switch (state.kind) {
    case 'running':
      return html`<span part="progress" class="progress" role="status">
        <progress part="progress-bar" aria-label=${msg('Export progress')} max=${state.total ?? nothing} value=${state.total === undefined ? nothing : state.rows}></progress>
        <span class="progress-text">${progress(state.rows, state.total)}</span>
        <button type="button" part="cancel" class="command" @click=${onCancel}>${msg('Cancel')}</button>
      </span>`;
    case 'done': {
      const text = msg(str`Saved ${state.filename}: ${formatNumber(state.rows)} rows, ${formatBytes(state.bytes)}.`);
      return result(html`<p part="message" class="message" role="status" title=${text}>${text}</p>`, onDismiss);
    }
    case 'failed': {
      const [what, why] = [msg('Export failed; nothing was saved.'), exportFailure(state.error)];
      return result(html`<p part="message" class="message failed" role="alert" title=${`${what} ${why}`}>${what} <span dir="auto">${why}</span></p>`, onDismiss);
    }
    case 'cancelled': {
      const text = msg('Export cancelled; nothing was saved.');
      return result(html`<p part="message" class="message" role="status" title=${text}>${text}</p>`, onDismiss);
    }
    default:
      return nothing;
  }
}

/** The message, with Dismiss beside it when the host lets the agent clear it. */
function result(message: TemplateResult, onDismiss: (() => void) | undefined): TemplateResult {
  if (!onDismiss) return message;
  return html`<div part="result" class="result">${message}<button type="button" part="dismiss" class="command" @click=${onDismiss}>${msg('Dismiss')}</button></div>`;
}

/** Why an export failed, for the agent; the request details go to the console, for whoever looks into it. */
function exportFailure(error: unknown): string {
  if (error instanceof ExportTooLargeError) return msg('The file would be too large for the browser to save.');
  const details = failureDetails(error);
  if (details) console.warn(`export: ${details}`);
  return failureMessage(error);
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
