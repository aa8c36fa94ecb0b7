/**
 * A plain table of one page of customers: what the portal and Storybook show until <customer-list> exists.
 * Values are rendered as text by lit, so hostile names stay inert; `dir="auto"` keeps each value's own direction.
 */
import { html, type TemplateResult } from 'lit';
import type { CustomerPage } from '../../src/adapter/customer-adapter.js';
import { columnLabel, relationshipLabel } from '../../src/localization/labels.js';
import { COLUMN_IDS } from '../../src/model/query.js';

export function customerTablePreview(page: CustomerPage, locale: string): TemplateResult {
  const count = new Intl.NumberFormat(locale);
  return html`
    <p class="count" role="status">${count.format(page.items.length)} / ${count.format(page.totalCount)}</p>
    <table class="preview">
      <thead>
        <tr>${COLUMN_IDS.map((column) => html`<th scope="col">${columnLabel(column)}</th>`)}</tr>
      </thead>
      <tbody>
        ${page.items.map(
          (row) => html`<tr>
            <td class="mono">${row.id}</td>
            <td class="clip" dir="auto" title=${row.companyName}>${row.companyName}</td>
            <td class="clip" dir="auto" title=${row.primaryDomain}>${row.primaryDomain}</td>
            <td>${relationshipLabel(row.relationship)}${row.indirectReseller ? html`<br /><small dir="auto">${row.indirectReseller.name}</small>` : ''}</td>
            <td>${row.tags.map((tag) => html`<span class="tag" dir="auto">${tag}</span>`)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  `;
}
