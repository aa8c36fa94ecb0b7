/**
 * The demo portal: the customers page as a host portal would assemble it from the library, on generated data.
 * Everything a scenario needs comes from the URL (see portal-params.ts).
 */
import { html, nothing, render } from 'lit';
import type { CustomerAdapter } from '../../src/adapter/customer-adapter.js';
import { RestAdapter } from '../../src/adapter/rest/rest-adapter.js';
import { PartnerCenterAdapter } from '../../src/adapter/partner-center/partner-center-adapter.js';
import { PARTNER_CENTER_CAPABILITIES } from '../../src/adapter/capabilities.js';
import { IndexedDbTagStore } from '../../src/adapter/tag-stores/indexeddb-tag-store.js';
import { withTagStore } from '../../src/adapter/with-tag-store.js';
import { datasetTags } from '../../mocks/data/dataset.js';
import { setLocale } from '../../src/localization/localization.js';
import { DatasetLoader } from '../../mocks/dataset-loader.js';
import { LoadingAdapter } from '../../mocks/loading-adapter.js';
import { mockApi, mockAuthHeaders, startMockWorker } from '../../mocks/browser.js';
import { partnerCenterMock, startPartnerCenterMock } from '../../mocks/partner-center/browser.js';
import '../../src/define.js';
import type { PortalParams } from './portal-params.js';
import type { CustomerList } from '../../src/components/customer-list/customer-list.component.js';
import { hasViewStateParams, viewStateFromSearchParams, viewStateKey, viewStateToSearchParams, type ViewState } from '../../src/model/view-state.js';

/** The host page's own words; the elements bring their own translations. */
const PAGE_TEXT = {
  en: { customers: 'Customers', activity: 'Activity log', nav: 'Partner center', role: { 'admin-agent': 'Admin agent', 'sales-agent': 'Sales agent' } },
  pl: { customers: 'Klienci', activity: 'Dziennik aktywności', nav: 'Centrum partnerskie', role: { 'admin-agent': 'Agent administracyjny', 'sales-agent': 'Agent sprzedaży' } },
} as const;

export interface Portal {
  adapter: CustomerAdapter;
  params: PortalParams;
  /**
   * The mock API behind `adapter=rest` (undefined with `adapter=memory`): scripts and reviewers change its faults
   * while the page runs, e.g. `portal.mock.faults.reset()` or `portal.mock.configure({ latencyMs: 3000 })`, and
   * read what reached it in `portal.mock.requests`.
   */
  mock?: typeof mockApi;
  /** The fake Partner Center behind `adapter=partner-center`: its faults (`.api.configure`) and its request log. */
  partnerCenter?: typeof partnerCenterMock;
}

/**
 * `adapter=rest` (the default): a RestAdapter on the page's origin, answered by the MSW worker, so the page's
 * own `fetch('/v1/customers?size=500')` gets the same data. `adapter=memory`: the data in a MemoryAdapter.
 * `adapter=partner-center`: PartnerCenterAdapter on the fake Partner Center, tags in the same browser store as
 * `adapter=limited`. `adapter=limited`: the same rows in a MemoryAdapter playing Partner Center (`PARTNER_CENTER_CAPABILITIES`),
 * with tags in an `IndexedDbTagStore` per seed (`customer-list-tags:demo-seed-<seed>`) joined by `withTagStore`.
 * Either way the dataset is generated a slice at a time behind a `LoadingAdapter`, so a million rows show
 * their first page at once instead of after the whole dataset is built.
 */
export async function createPortalAdapter({ adapter, rows, seed, hostile, role, latency, fail, lang }: PortalParams): Promise<CustomerAdapter> {
  if (adapter === 'rest') {
    await startMockWorker();
    mockApi.reset({ rows, seed, hostile, defaultRole: role });
    // A slow or failing network to try every flow on: `latency` and `fail` in the URL.
    mockApi.configure({ latencyMs: latency, status: Object.fromEntries(fail.map((route) => [route, 500])) });
    // Our mock serves `offset`: a jump far down the list fetches just the rows in view.
    return new RestAdapter({ headers: mockAuthHeaders(role), offsetPaging: true });
  }
  if (adapter === 'partner-center') {
    // Microsoft's documented API, faked from its documentation under /partner-center (where a host's pass-through would be).
    await startPartnerCenterMock();
    partnerCenterMock.reset({ rows, seed, hostile, defaultRole: role });
    partnerCenterMock.api.configure({ latencyMs: latency, status: Object.fromEntries(fail.map((route) => [route, 500])) });
    const partnerCenter = new PartnerCenterAdapter({ baseUrl: '/partner-center', headers: mockAuthHeaders(role), locale: lang === 'pl' ? 'pl-PL' : 'en-US' });
    // Partner Center keeps no tags: they live in this browser, as a portal without a tag backend would keep them.
    return withTagStore(partnerCenter, await demoTagStore(seed, hostile), { agentRole: role });
  }
  if (adapter === 'limited') {
    const source = new LoadingAdapter(new DatasetLoader({ rows, seed, hostile, agentRole: role, latencyMs: latency, capabilities: PARTNER_CENTER_CAPABILITIES }));
    return withTagStore(source, await demoTagStore(seed, hostile), { agentRole: role });
  }
  return new LoadingAdapter(new DatasetLoader({ rows, seed, hostile, agentRole: role, latencyMs: latency }));
}

/**
 * The demo partner's tags, kept in this browser. A store opened for the first time gets the dataset's tag set
 * (assigned to nobody), so the tag editor has tags to offer; after that it holds whatever the agent made of it.
 */
async function demoTagStore(seed: number, hostile: boolean): Promise<IndexedDbTagStore> {
  const store = new IndexedDbTagStore({ partnerId: `demo-seed-${seed}` });
  if (!(await store.listTags()).length) {
    // A hostile dataset's tags include some the rules refuse (that is their point): those stay out of the set.
    for (const tag of datasetTags({ hostile })) await store.createTag(tag).catch(() => undefined);
  }
  return store;
}

/** Saved views and the last view, kept per role: a sales agent's views are not an admin agent's. */
export function viewStorageKey(role: PortalParams['role']): string {
  return `portal-customer-views:${role}`;
}

/** The view into the URL, keeping the portal's own parameters; a new history entry for the agent's changes. */
function writeUrlView(state: ViewState, push: boolean): void {
  const url = new URL(location.href);
  const search = viewStateToSearchParams(state, new URLSearchParams(url.search));
  if (search.toString() === url.searchParams.toString()) return;
  url.search = search.toString();
  if (push) history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}

export function applyPageSettings(params: PortalParams, doc: Document = document): void {
  const root = doc.documentElement;
  root.lang = params.lang;
  root.dir = params.dir;
  root.dataset.theme = params.theme;
  root.style.colorScheme = params.theme;
  // The elements follow the user's preference unless told the page's scheme (what themes/*.css do).
  root.style.setProperty('--customer-list-color-scheme', params.theme);
}

export async function mountPortal(container: HTMLElement, params: PortalParams, warnings: string[] = []): Promise<Portal> {
  if (params.adapter !== 'rest' && params.fail.length) warnings = [...warnings, 'fail= applies to the mock API (adapter=rest); the memory adapter does not fail on request'];
  await setLocale(params.lang);
  const adapter = await createPortalAdapter(params);
  const text = PAGE_TEXT[params.lang];
  let view = params.view;
  /**
   * The two pages switch in place (the URL's `view` follows, back and forward too), so the mock API keeps what
   * the agent just did and the activity log shows it.
   */
  const show = (next: PortalParams['view'], push: boolean) => {
    view = next;
    if (push) {
      const url = new URL(location.href);
      if (next === 'customers') url.searchParams.delete('view');
      else url.searchParams.set('view', next);
      history.pushState({ view: next }, '', url);
    }
    draw();
    if (next === 'customers') showUrlView(true);
    container.querySelector<HTMLElement>('h1')?.focus();
  };
  const link = (target: PortalParams['view'], label: string) =>
    html`<a
      href=${`?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), view: target })}`}
      aria-current=${view === target ? 'page' : nothing}
      @click=${(event: MouseEvent) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        show(target, true);
      }}
    >${label}</a>`;
  const list = () => container.querySelector<CustomerList>('customer-list');
  /**
   * The list's view lives in the URL, so a copied link opens the same view and back/forward step through the
   * agent's changes. A URL without one shows the view kept for this role (persist-key), and then says it.
   */
  const showUrlView = (initial = false) => {
    const element = list();
    if (!element) return;
    const search = new URLSearchParams(location.search);
    if (hasViewStateParams(search) || !initial) {
      const state = viewStateFromSearchParams(search);
      if (viewStateKey(state) !== viewStateKey(element.viewState)) element.viewState = state;
      return;
    }
    void element.updateComplete.then(() => writeUrlView(element.viewState, false));
  };
  const handleViewChange = (event: CustomEvent | Event) => writeUrlView((event as Event & { viewState: ViewState }).viewState, true);
  const draw = () =>
    render(
      html`
        <header class="portal-header">
          <h1 tabindex="-1">${view === 'activity' ? text.activity : text.customers}</h1>
          <span class="agent" data-role=${params.role}>${text.role[params.role]}</span>
        </header>
        <nav class="portal-nav" aria-label=${text.nav}>${link('customers', text.customers)} ${link('activity', text.activity)}</nav>
        ${warnings.map((warning) => html`<p class="notice" role="note">${warning}</p>`)}
        <main>
          ${view === 'activity'
            ? html`<activity-log .adapter=${adapter} agent-role=${params.role}></activity-log>`
            : html`<customer-list .adapter=${adapter} agent-role=${params.role} persist-key=${viewStorageKey(params.role)} @view-state-change=${handleViewChange}></customer-list>`}
        </main>
      `,
      container,
    );
  addEventListener('popstate', () => {
    const next = new URLSearchParams(location.search).get('view') === 'activity' ? 'activity' : 'customers';
    if (next !== view) show(next, false);
    else if (view === 'customers') showUrlView();
  });
  draw();
  if (view === 'customers') showUrlView(true);
  return { adapter, params, ...(params.adapter === 'rest' ? { mock: mockApi } : {}), ...(params.adapter === 'partner-center' ? { partnerCenter: partnerCenterMock } : {}) };
}
