/**
 * The demo portal: the customers page as a host portal would assemble it from the library, on generated data.
 * Everything a scenario needs comes from the URL (see portal-params.ts).
 */
import { html, render } from 'lit';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import type { CustomerAdapter } from '../../src/adapter/customer-adapter.js';
import { setLocale } from '../../src/localization/localization.js';
import { generateBillingProfile, generateDataset, type Dataset } from '../../mocks/data/index.js';
import { customerTablePreview } from './customer-table-preview.js';
import type { PortalParams } from './portal-params.js';

/** The host page's own words; the elements bring their own translations. */
const PAGE_TEXT = {
  en: { title: 'Customers', role: { 'admin-agent': 'Admin agent', 'sales-agent': 'Sales agent' }, restPending: 'The REST adapter is not available yet; showing the in-memory adapter.' },
  pl: { title: 'Klienci', role: { 'admin-agent': 'Agent administracyjny', 'sales-agent': 'Agent sprzedaży' }, restPending: 'Adapter REST nie jest jeszcze dostępny; pokazano adapter w pamięci.' },
} as const;

export interface Portal {
  adapter: CustomerAdapter;
  dataset: Dataset;
  params: PortalParams;
}

export function applyPageSettings(params: PortalParams, doc: Document = document): void {
  const root = doc.documentElement;
  root.lang = params.lang;
  root.dir = params.dir;
  root.dataset.theme = params.theme;
  root.style.colorScheme = params.theme;
}

export async function mountPortal(container: HTMLElement, params: PortalParams, warnings: string[] = []): Promise<Portal> {
  const locale = await setLocale(params.lang);
  const dataset = generateDataset({ rows: params.rows, seed: params.seed, hostile: params.hostile });
  const adapter = new MemoryAdapter({
    customers: dataset.customers,
    tags: dataset.tags,
    products: dataset.products,
    billingProfile: (row) => generateBillingProfile(row, params.seed),
    agentRole: params.role,
  });
  const text = PAGE_TEXT[params.lang];
  const notices = params.adapter === 'rest' ? [...warnings, text.restPending] : warnings;
  const firstPage = await adapter.listCustomers({ pageSize: 100 });
  render(
    html`
      <header class="portal-header">
        <h1>${text.title}</h1>
        <span class="agent" data-role=${params.role}>${text.role[params.role]}</span>
      </header>
      ${notices.map((notice) => html`<p class="notice" role="note">${notice}</p>`)}
      <main>${customerTablePreview(firstPage, locale)}</main>
    `,
    container,
  );
  return { adapter, dataset, params };
}
