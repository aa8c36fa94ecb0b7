/**
 * The MemoryAdapter's generated data as a plain table: the first story, until <customer-list> exists.
 * Args pick the dataset, so designers can look at 10 rows, hostile strings or Polish labels.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import { setLocale } from '../src/localization/localization.js';
import { generateDataset } from '../mocks/data/index.js';
import { customerTablePreview } from '../examples/portal/customer-table-preview.js';
// The demo host's look, so the preview table reads like the portal.
import '../examples/portal/portal.css';

interface Args {
  rows: number;
  seed: number;
  hostile: boolean;
  lang: 'en' | 'pl';
}

async function renderPage({ rows, seed, hostile, lang }: Args) {
  const locale = await setLocale(lang);
  const adapter = new MemoryAdapter(generateDataset({ rows, seed, hostile }));
  return customerTablePreview(await adapter.listCustomers({ pageSize: 50 }), locale);
}

const meta: Meta<Args> = {
  title: 'Data/Memory adapter',
  args: { rows: 1000, seed: 1, hostile: false, lang: 'en' },
  argTypes: {
    rows: { control: { type: 'number', min: 0, max: 100_000 } },
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
  },
  render: (args) => html`${until(renderPage(args), html`<p>Loading…</p>`)}`,
};
export default meta;

type Story = StoryObj<Args>;

export const FirstPage: Story = {};
export const TenRows: Story = { args: { rows: 10 } };
export const Hostile: Story = { args: { rows: 30, hostile: true } };
export const Polish: Story = { args: { lang: 'pl' } };
export const Empty: Story = { args: { rows: 0 } };
