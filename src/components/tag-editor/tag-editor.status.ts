/**
 * What <tag-editor> says about itself around the checklist: who the changes apply to (and who is left out), and
 * how the last save went. Templates over plain values, no callbacks.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { TagCounts } from '../../adapter/customer-adapter.js';
import { formatNumber } from '../../localization/labels.js';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; updated: number; skipped: number } | { kind: 'failed'; message: string };

export interface SummaryFacts {
  /** The counts of the selection the checklist shows, once loaded; undefined for a picker or while loading. */
  counts: TagCounts | undefined;
  /** The selection changed and its counts are still being fetched. */
  recounting: boolean;
  isAdmin: boolean;
}

export function renderSummary({ counts, recounting, isAdmin }: SummaryFacts): TemplateResult | typeof nothing {
  const lines: TemplateResult[] = [];
  if (recounting) lines.push(html`<p role="status">${msg('Counting the selected customers…')}</p>`);
  else if (counts) {
    const skipped = counts.selected - counts.eligible;
    if (counts.selected === 0) lines.push(html`<p>${msg('No customers are selected.')}</p>`);
    else lines.push(html`<p>${msg(str`Selected customers: ${formatNumber(counts.selected)}.`)}</p>`);
    if (skipped > 0) {
      lines.push(html`<p>${counts.eligible === 0
        ? msg('None of them can carry tags: tags need a reseller relationship with the customer.')
        : msg(str`Left out, as tags need a reseller relationship with the customer: ${formatNumber(skipped)}.`)}</p>`);
    }
  }
  if (!isAdmin) lines.push(html`<p>${msg('Only admin agents can change tags; you can view them.')}</p>`);
  return lines.length ? html`<div part="summary" class="summary" id="summary">${lines}</div>` : nothing;
}

export function renderSaveState(save: SaveState): TemplateResult | typeof nothing {
  switch (save.kind) {
    case 'saving':
      return html`<p part="message" class="message" role="status">${msg('Saving tags…')}</p>`;
    case 'saved':
      return html`<p part="message" class="message" role="status">
        ${msg(str`Tags saved. Customers updated: ${formatNumber(save.updated)}.`)}
        ${save.skipped ? msg(str`Left out, without a reseller relationship: ${formatNumber(save.skipped)}.`) : nothing}
      </p>`;
    case 'failed':
      return html`<p part="message" class="message error" role="alert">
        ${msg('The tags were not saved; nothing changed.')} <span dir="auto">${save.message}</span> ${msg('Your choices are kept: Save to try again.')}
      </p>`;
    default:
      return nothing;
  }
}
