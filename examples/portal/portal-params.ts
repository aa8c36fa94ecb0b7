/**
 * The demo portal's URL parameters: an interface reviewers and acceptance checks drive, so keep it stable.
 * Bad values fall back to the default and are reported, never thrown.
 */
import type { AgentRole } from '../../src/adapter/customer-adapter.js';

export interface PortalParams {
  rows: number;
  seed: number;
  role: AgentRole;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  adapter: 'rest' | 'memory';
  hostile: boolean;
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
};

const MAX_ROWS = 1_000_000;

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
  const integer = (key: 'rows' | 'seed', min: number, max: number): number => {
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
    adapter: oneOf('adapter', ['rest', 'memory']),
    hostile: query.get('hostile') === '1' || query.get('hostile') === 'true',
  };
  return { params, warnings };
}
