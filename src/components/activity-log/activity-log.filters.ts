/**
 * The activity log's filters and its export: the period (From, To), the customer (company name contains, or the
 * one customer the host gave), the action, and Export activity with its progress. A template function over the
 * state it needs, so the element's file stays about state.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ExportTexts } from '../../internal/export/export-state.js';
import { userText } from '../../internal/user-text.js';
import { operationLabel } from '../../localization/activity-labels.js';
import { formatNumber } from '../../localization/labels.js';
import { KNOWN_OPERATION_TYPES, type PeriodField } from '../../model/activity.js';

export interface FiltersContext {
  /** The earliest and latest dates the inputs offer (90 days back, today). */
  min: string;
  max: string;
  /** Why the period is refused, shown next to it; '' when it is fine. */
  periodError: string;
  /** The dates the refusal is about (marked `aria-invalid`): a half-typed one alone, or both. */
  invalidDates: readonly PeriodField[];
  customerId: string;
  customerNameDraft: string;
  operationType: string;
  /** Why the Action filter is not offered (the source cannot filter by it, and the period is too long to here). */
  actionReason?: string | undefined;
  /** An export was asked for and has not ended. */
  exportBusy: boolean;
  /** The export's progress or result (LazyExport). */
  renderExport(texts: ExportTexts): TemplateResult | typeof nothing;
  /** The agent may choose an action soon (pointer over the Action filter, or focus on it). */
  onActionPrefetch(): void;
  /** The agent may export soon (pointer over Export activity, or focus on it). */
  onExportPrefetch(): void;
  canExport: boolean;
  onFrom(text: string): void;
  onTo(text: string): void;
  /** Focus left a date field: what was typed applies now. */
  onPeriodDone(): void;
  onCustomerName(text: string): void;
  onClearCustomer(button: HTMLElement): void;
  onOperationType(type: string): void;
  onExport(): void;
  onCancelExport(): void;
}

/**
 * The company name and the action copy every input into their state before the next render, so their `.value`
 * is bound plainly (as the tag editor's filter box); the dates have no binding: ActivityPeriod writes them.
 */
const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export function renderFilters(context: FiltersContext): TemplateResult {
  const invalid = (field: PeriodField) => (context.invalidDates.includes(field) ? 'true' : 'false');
  const running = context.exportBusy;
  return html`<div part="filters" class="filters">
      <label class="field">
        <span>${msg('From')}</span>
        <input part="from-input" type="date" min=${context.min} max=${context.max} aria-invalid=${invalid('from')} aria-describedby="period-error" @input=${(event: Event) => context.onFrom(valueOf(event))} @blur=${context.onPeriodDone} />
      </label>
      <label class="field">
        <span>${msg('To')}</span>
        <input part="to-input" type="date" min=${context.min} max=${context.max} aria-invalid=${invalid('to')} aria-describedby="period-error" @input=${(event: Event) => context.onTo(valueOf(event))} @blur=${context.onPeriodDone} />
      </label>
      ${context.customerId
        ? html`<span class="field customer-chip">
            <span>${msg('Customer')}</span>
            <span class="chip-line"><span class="chip" dir="auto">${userText(context.customerId)}</span>
              <button type="button" part="command" class="command" data-action="all-customers" @click=${(event: Event) => context.onClearCustomer(event.currentTarget as HTMLElement)}>${msg('All customers')}</button></span>
          </span>`
        : html`<label class="field">
            <span>${msg('Company name contains')}</span>
            <input part="customer-input" type="search" dir="auto" spellcheck="false" autocomplete="off" .value=${context.customerNameDraft} @input=${(event: Event) => context.onCustomerName(valueOf(event))} />
          </label>`}
      <label class="field">
        <span id="action-label">${msg('Action')}</span>
        <select
          part="action-select"
          aria-labelledby="action-label"
          aria-describedby=${context.actionReason ? 'action-reason' : nothing}
          title=${context.actionReason ?? nothing}
          ?disabled=${context.actionReason !== undefined}
          .value=${context.operationType}
          @change=${(event: Event) => context.onOperationType(valueOf(event))}
          @pointerenter=${context.onActionPrefetch}
          @focus=${context.onActionPrefetch}
        >
          <option value="" ?selected=${!context.operationType}>${msg('All actions')}</option>
          ${KNOWN_OPERATION_TYPES.map((type) => html`<option value=${type} ?selected=${type === context.operationType}>${operationLabel(type)}</option>`)}
        </select>
        ${context.actionReason ? html`<span id="action-reason" hidden>${context.actionReason}</span>` : nothing}
      </label>
      <span class="export">
        <button
          type="button"
          part="command"
          class="command"
          data-action="export"
          aria-disabled=${context.canExport && !running ? 'false' : 'true'}
          aria-describedby=${running ? 'export-busy-reason' : nothing}
          @click=${context.onExport}
          @pointerenter=${context.onExportPrefetch}
          @focus=${context.onExportPrefetch}
        >${msg('Export activity')}</button>
        ${running ? html`<span id="export-busy-reason" hidden>${msg('An export is running; wait for it or cancel it.')}</span>` : nothing}
        ${context.renderExport({
          progress: (rows, total) =>
            total !== undefined
              ? msg(str`Exporting ${formatNumber(rows)} of ${formatNumber(total)} records…`)
              : rows > 0
                ? msg(str`${formatNumber(rows)} records written…`)
                : msg('Exporting activity…'),
          onCancel: context.onCancelExport,
        })}
      </span>
    </div>
    <p id="period-error" part="period-error" class="period-error" role="alert">${context.periodError || nothing}</p>`;
}
