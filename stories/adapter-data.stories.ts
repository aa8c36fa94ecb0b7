/**
 * The adapters' data as a plain table: the first stories, until <customer-list> exists. Args pick the dataset,
 * the adapter (memory, or REST on the mock API) and the mock API's faults, so designers can see slow, failing
 * and throttled loads as well as 10 rows, hostile strings or Polish labels.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import { RestAdapter } from '../src/adapter/rest/rest-adapter.js';
import { setLocale } from '../src/localization/localization.js';
import { generateDataset } from '../mocks/data/index.js';
import { mockApi, mockAuthHeaders } from '../mocks/browser.js';
import { customerTablePreview } from '../examples/portal/customer-table-preview.js';
// The demo host's look, so the preview table reads like the portal.
import '../examples/portal/portal.css';

interface Args {
  adapter: 'memory' | 'rest';
  rows: number;
  seed: number;
  hostile: boolean;
  lang: 'en' | 'pl';
  /** Mock API only: added latency in ms. */
  latencyMs: number;
  /** Mock API only: answer every customers request with this status (0 for none). */
  failWith: number;
  /** Mock API only: throttle this many requests with 429 and Retry-After: 1. */
  throttle: number;
}

function adapterFor(args: Args) {
  if (args.adapter === 'memory') return new MemoryAdapter(generateDataset(args));
  mockApi.reset({ rows: args.rows, seed: args.seed, hostile: args.hostile });
  mockApi.configure({ latencyMs: args.latencyMs, throttle: { requests: args.throttle, retryAfterSeconds: 1 }, ...(args.failWith ? { status: { customers: args.failWith } } : {}) });
  return new RestAdapter({ headers: mockAuthHeaders('admin-agent'), retry: { retries: 1 } });
}

async function renderPage(args: Args) {
  const locale = await setLocale(args.lang);
  try {
    return customerTablePreview(await adapterFor(args).listCustomers({ pageSize: 50 }), locale);
  } catch (error) {
    return html`<p class="notice" role="alert">${error instanceof Error ? error.message : String(error)}</p>`;
  }
}

const meta: Meta<Args> = {
  title: 'Data/Adapters',
  args: { adapter: 'rest', rows: 1000, seed: 1, hostile: false, lang: 'en', latencyMs: 0, failWith: 0, throttle: 0 },
  argTypes: {
    adapter: { control: 'inline-radio', options: ['rest', 'memory'] },
    rows: { control: { type: 'number', min: 0, max: 100_000 } },
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
    failWith: { control: 'select', options: [0, 401, 403, 500, 503] },
  },
  render: (args) => html`${until(renderPage(args), html`<p role="status">Loading…</p>`)}`,
};
export default meta;

type Story = StoryObj<Args>;

export const FirstPage: Story = {};
export const MemoryAdapterPage: Story = { args: { adapter: 'memory' } };
export const TenRows: Story = { args: { rows: 10 } };
export const Hostile: Story = { args: { rows: 30, hostile: true } };
export const Polish: Story = { args: { lang: 'pl' } };
export const Empty: Story = { args: { rows: 0 } };
export const SlowApi: Story = { args: { latencyMs: 2000 } };
export const FailingApi: Story = { args: { failWith: 500 } };
export const ThrottledThenServed: Story = { args: { throttle: 1 } };
