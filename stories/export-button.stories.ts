/**
 * <export-button> in every state a designer reviews: idle, exporting with progress (slow API), throttled and
 * waited out, failing, cancelled, Polish, dark. In Storybook the file really downloads, as a user gets it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import { RestAdapter } from '../src/adapter/rest/rest-adapter.js';
import '../src/components/export-button/export-button.js';
import { setLocale } from '../src/localization/localization.js';
import { mockApi, mockAuthHeaders } from '../mocks/browser.js';
import { themeStyle } from './support/theme.js';

interface Args {
  rows: number;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
  /** Mock API latency per page, so progress is visible. */
  latencyMs: number;
  /** Answer customer pages with this status (0: none). */
  failWith: number;
  /** Throttle this many page requests with 429 (Retry-After: 1 s); the export waits them out. */
  throttle: number;
  delimiter: ',' | ';';
  bom: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/export-button',
  component: 'export-button',
  args: { rows: 10_000, lang: 'en', theme: 'light', latencyMs: 0, failWith: 0, throttle: 0, delimiter: ',', bom: true },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    delimiter: { control: 'inline-radio', options: [',', ';'] },
    failWith: { control: 'select', options: [0, 500, 503, 401] },
  },
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      mockApi.reset({ rows: args.rows, seed: 1 });
      mockApi.configure({
        latencyMs: args.latencyMs,
        throttle: { requests: args.throttle, retryAfterSeconds: 1, routes: ['customers'] },
        ...(args.failWith ? { status: { customers: args.failWith } } : {}),
      });
      return { adapter: new RestAdapter({ headers: mockAuthHeaders('admin-agent'), retry: { retries: 0 } }) };
    },
  ],
  render: (args, { loaded }) => html`<div style=${themeStyle(args.theme)}>
    <export-button
      .adapter=${loaded.adapter}
      delimiter=${args.delimiter}
      bom=${String(args.bom)}
      page-size="500"
      @export-start=${action('export-start')}
      @export-progress=${action('export-progress')}
      @export-complete=${action('export-complete')}
      @export-error=${action('export-error')}
      @export-cancel=${action('export-cancel')}
    ></export-button>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Idle: Story = {};
export const SlowWithProgress: Story = { args: { latencyMs: 400 } };
export const ThrottledThenDone: Story = { args: { throttle: 2, rows: 2000 } };
export const Failing: Story = { args: { failWith: 500 } };
export const Polish: Story = { args: { lang: 'pl' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const SemicolonForEuropeanSpreadsheets: Story = { args: { delimiter: ';' } };
