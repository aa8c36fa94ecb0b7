/** Who the changes of <tag-editor> apply to, and who is left out: a template over plain values. */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { TagCounts } from '../../adapter/customer-adapter.js';
import { formatNumber } from '../../localization/labels.js';

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
