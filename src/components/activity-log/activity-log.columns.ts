/**
 * The activity grid's columns (how each cell draws; ActivityLog.csv's are in activity-export-part.ts). Values
 * render as text through lit, each in its own isolated box (`dir="auto"`), direction overrides shown as markers.
 */
import { html, type TemplateResult } from 'lit';
import { revealDirectionControls, userText } from '../../internal/user-text.js';
import { operationLabel, recordCount, statusLabel, type ActivityColumnId } from '../../localization/activity-labels.js';
import { getLocale } from '../../localization/localization.js';
import type { ActivityRecord } from '../../model/activity.js';

/** The data columns, in display order; the disclosure column comes before them. */
export const ACTIVITY_COLUMNS: readonly ActivityColumnId[] = ['operationDate', 'customerName', 'operationType', 'userPrincipalName', 'operationStatus'];
/** Disclosure column plus data columns: what keyboard navigation moves across. */
export const ACTIVITY_COLUMN_COUNT = ACTIVITY_COLUMNS.length + 1;

/**
 * The date format of the UI's language and the dates it wrote lately: every render draws each row's date twice
 * (its cell and its button's name), and scrolling draws the same rows frame after frame.
 */
let dateFormat: { locale: string; format: Intl.DateTimeFormat; written: Map<string, string> } | undefined;
/** Dates kept written: far more than the rows of any window. */
const WRITTEN_DATES = 2000;

/** The date format of the UI's language, made once per language. */
function dateFormatter(): NonNullable<typeof dateFormat> {
  const locale = getLocale();
  if (dateFormat?.locale !== locale) dateFormat = { locale, format: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), written: new Map() };
  return dateFormat;
}

/**
 * Makes the formats the first page needs ahead, when the browser is idle: the date format of the UI's language,
 * and the number format and plural rules of the record count. Making the first of each in a page loads the
 * locale's data, milliseconds each (tens on a busy machine), which would otherwise land between the records
 * arriving and their rows being drawn. Only warms caches, so nothing needs undoing when the element leaves.
 */
export function prepareFormats(): void {
  const prepare = () => {
    dateFormatter();
    recordCount(0);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 1000 });
  else setTimeout(prepare, 0);
}

/** A record's date and time in the UI's language and the browser's time zone. */
export function formatOperationDate(iso: string): string {
  const { format, written } = dateFormatter();
  let text = written.get(iso);
  if (text === undefined) {
    const at = new Date(iso);
    text = Number.isNaN(at.getTime()) ? iso : format.format(at);
    if (written.size >= WRITTEN_DATES) written.clear();
    written.set(iso, text);
  }
  return text;
}

/** One data cell's content. */
export function renderActivityCell(id: ActivityColumnId, record: ActivityRecord): TemplateResult {
  switch (id) {
    case 'operationDate':
      return html`<time class="clip" datetime=${record.operationDate} title=${record.operationDate}>${formatOperationDate(record.operationDate)}</time>`;
    case 'customerName': {
      const name = record.customerName || record.customerId;
      return html`<span class="clip" dir="auto" title=${revealDirectionControls(name)}>${userText(name)}</span>`;
    }
    case 'operationType': {
      // An action this library does not know shows as the service sent it: a user value like any other.
      const label = operationLabel(record.operationType);
      return html`<span class="clip" dir="auto" title=${revealDirectionControls(label)}>${userText(label)}</span>`;
    }
    case 'userPrincipalName':
      return html`<span class="clip" dir="auto" title=${revealDirectionControls(record.userPrincipalName)}>${userText(record.userPrincipalName)}</span>`;
    case 'operationStatus':
      return html`<span class="status-${record.operationStatus}">${statusLabel(record.operationStatus)}</span>`;
  }
}
