/**
 * The demo portal's URL parameters: an interface reviewers and acceptance checks drive, so keep it stable.
 * Bad values fall back to the default and are reported, never thrown.
 */
import type { AgentRole } from '../../src/adapter/customer-adapter.js';
import { MOCK_ROUTES, type MockRoute } from '../../mocks/api/routes.js';

export interface PortalParams {
  rows: number;
  seed: number;
  role: AgentRole;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  /**
   * `rest` (mock API), `memory`, `partner-center`: PartnerCenterAdapter on the fake Partner Center
   * (mocks/partner-center, under /partner-center) with its tags in the browser (IndexedDB), or `limited`: a
   * MemoryAdapter doing what Partner Center does (no sort, no totals, no tags), tags in the browser too.
   */
  adapter: 'rest' | 'memory' | 'partner-center' | 'limited';
  hostile: boolean;
  /** Milliseconds added to every mock API response (a slow network). */
  latency: number;
  /** Mock API routes answered 500 (a failing service), e.g. `orders`, `assign-tags`. */
  fail: MockRoute[];
  /** The page shown: the customer list, or the activity log. */
  view: 'customers' | 'activity';
}

export const DEFAULT_PARAMS: PortalParams = {
  rows: 1000,
  seed: 1,
  role: 'admin-agent',
  lang: 'en',
  theme: 'light',
  dir: 'ltr',
  adapter: 'rest',
  hostile: false,
  latency: 0,
  fail: [],
  view: 'customers',
};

const MAX_ROWS = 1_000_000;
const MAX_LATENCY = 60_000;

export function parsePortalParams(search: string): { params: PortalParams; warnings: string[] } {
  const query = new URLSearchParams(search);
  const warnings: string[] = [];
  const oneOf = <K extends keyof PortalParams>(key: K, allowed: readonly PortalParams[K][]): PortalParams[K] => {
    const value = query.get(key);
    if (value === null) return DEFAULT_PARAMS[key];
    if ((allowed as readonly unknown[]).includes(value)) return value as PortalParams[K];
    warnings.push(`${key}=${value} is not one of ${allowed.join(', ')}; using ${String(DEFAULT_PARAMS[key])}`);
    return DEFAULT_PARAMS[key];
  };
  const integer = (key: 'rows' | 'seed' | 'latency', min: number, max: number): number => {
    const value = query.get(key);
    if (value === null) return DEFAULT_PARAMS[key];
    const number = Number(value);
    if (Number.isInteger(number) && number >= min && number <= max) return number;
    warnings.push(`${key}=${value} is not a whole number from ${min} to ${max}; using ${DEFAULT_PARAMS[key]}`);
    return DEFAULT_PARAMS[key];
  };
  const params: PortalParams = {
    rows: integer('rows', 0, MAX_ROWS),
    seed: integer('seed', 0, 2 ** 31 - 1),
    role: oneOf('role', ['admin-agent', 'sales-agent']),
    lang: oneOf('lang', ['en', 'pl']),
    theme: oneOf('theme', ['light', 'dark']),
    dir: oneOf('dir', ['ltr', 'rtl']),
    adapter: oneOf('adapter', ['rest', 'memory', 'partner-center', 'limited']),
    hostile: query.get('hostile') === '1' || query.get('hostile') === 'true',
    latency: integer('latency', 0, MAX_LATENCY),
    fail: routeList(query.get('fail'), warnings),
    view: oneOf('view', ['customers', 'activity']),
  };
  return { params, warnings };
}

/** `fail=orders,assign-tags`: known route names, each once; an unknown one is reported and skipped. */
function routeList(value: string | null, warnings: string[]): MockRoute[] {
  if (!value) return [];
  const routes: MockRoute[] = [];
  for (const name of value.split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!(MOCK_ROUTES as readonly string[]).includes(name)) warnings.push(`fail=${name} is not a mock API route (${MOCK_ROUTES.join(', ')}); ignored`);
    else if (!routes.includes(name as MockRoute)) routes.push(name as MockRoute);
  }
  return routes;
}
