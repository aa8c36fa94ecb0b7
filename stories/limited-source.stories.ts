/**
 * <customer-list> and <activity-log> over a source that honours what Partner Center's API does and no more
 * (`MemoryAdapter.partnerCenterLike`): no sort, no totals, no tags, one search or filter per request, audit
 * records with one filter, newest first. Each story shows one state of issue 25: a control not offered with its
 * reason, a sort done here over the walked customers with its progress and Cancel, a sort refused past the bound,
 * a saved view applied without what the source cannot show, and the activity log filtering and ordering here.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CustomerAdapter } from '../src/adapter/customer-adapter.js';
import { WALK_LIMIT } from '../src/adapter/local-query.js';
import { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import type { ActivityLog } from '../src/components/activity-log/activity-log.js';
import '../src/components/activity-log/activity-log.js';
import type { CustomerList } from '../src/components/customer-list/customer-list.js';
import '../src/components/customer-list/customer-list.js';
import { setLocale } from '../src/localization/localization.js';
import { defaultViewState } from '../src/model/view-state.js';
import { generateDataset } from '../mocks/data/index.js';
import { waitFor } from './support/drive.js';
import { themeStyle } from './support/theme.js';

interface Args {
  rows: number;
  /** Latency of every call, so a walk's progress can be watched. */
  latencyMs: number;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
}

async function loaded<E extends CustomerList | ActivityLog>(canvasElement: HTMLElement, tag: string): Promise<E> {
  const element = canvasElement.querySelector<E>(tag);
  if (!element) throw new Error(`No <${tag}> in the story`);
  // Not `totalCount`: over a source that counts nothing it stays unknown until the last page has arrived.
  await waitFor(() => element.shadowRoot?.querySelector('[role=grid][aria-busy=false]') != null, `the rendered ${tag}`, 60_000);
  await element.updateComplete;
  return element;
}

const meta: Meta<Args> = {
  title: 'Limited source/Partner Center like',
  args: { rows: 2000, latencyMs: 0, lang: 'en', theme: 'light' },
  argTypes: {
    rows: { control: { type: 'number', min: 0, max: 100_000 } },
    latencyMs: { control: { type: 'number', min: 0, step: 100 } },
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      const dataset = generateDataset({ rows: args.rows, seed: 1, activityRecords: Math.min(args.rows * 3, 6000) });
      return { adapter: MemoryAdapter.partnerCenterLike({ ...dataset, latencyMs: args.latencyMs }) };
    },
  ],
  render: (args, { loaded: { adapter } }) => html`<div lang=${args.lang} style=${themeStyle(args.theme)}>
    <customer-list .adapter=${adapter as CustomerAdapter} agent-role="admin-agent" style="--customer-list-height: 360px"></customer-list>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Tags are not offered (no tag filter, no sort by Tags) and each says why in its description and tooltip. */
export const NotOffered: Story = {};

/**
 * A view sorted by Company name, which the source cannot do, opened on it: every customer is walked first, with
 * the count so far and Cancel (the first rows wait for the walk, as there is no order to show them in before).
 */
export const SortingWithProgress: Story = {
  args: { rows: 5000, latencyMs: 400 },
  render: (args, { loaded: { adapter } }) => html`<div lang=${args.lang} style=${themeStyle(args.theme)}>
    <customer-list
      .adapter=${adapter as CustomerAdapter}
      .viewState=${{ ...defaultViewState(), sort: [{ column: 'companyName', direction: 'asc' }] }}
      agent-role="admin-agent"
      page-size="250"
      style="--customer-list-height: 360px"
    ></customer-list>
  </div>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector<CustomerList>('customer-list')!;
    await waitFor(() => list.shadowRoot?.querySelector('[data-action=cancel-walk]'), 'the walk progress');
  },
};

/** The same sort over a source whose list is walked to the end: the rows drawn are sorted, with their true count. */
export const SortedHere: Story = {
  play: async ({ canvasElement }) => {
    const list = await loaded<CustomerList>(canvasElement, 'customer-list');
    list.viewState = { ...list.viewState, sort: [{ column: 'companyName', direction: 'desc' }], relationship: 'indirect-reseller' };
    await waitFor(() => list.shadowRoot!.querySelector('[role=grid]')?.getAttribute('aria-busy') === 'false' && !list.shadowRoot!.querySelector('[data-action=cancel-walk]'), 'the sorted list');
  },
};

/** More customers than the walk's bound: the sort is refused, said, and the list stays in the source's order. */
export const OverTheBound: Story = {
  args: { rows: WALK_LIMIT + 1 },
  play: async ({ canvasElement }) => {
    const list = await loaded<CustomerList>(canvasElement, 'customer-list');
    list.viewState = { ...list.viewState, sort: [{ column: 'companyName', direction: 'asc' }] };
    await waitFor(() => list.shadowRoot!.querySelector('[part=announcement] p'), 'the refusal', 60_000);
  },
};

/** A saved view naming a sort by Tags and a tag filter, applied without them, and saying so. */
export const ViewWithoutWhatTheSourceLacks: Story = {
  play: async ({ canvasElement }) => {
    const list = await loaded<CustomerList>(canvasElement, 'customer-list');
    list.viewState = { ...list.viewState, sort: [{ column: 'tags', direction: 'asc' }], tags: ['VIP'] };
    await waitFor(() => list.shadowRoot!.querySelector('[part=announcement] p'), 'the note');
  },
};

/** The activity log filtering by company name (the source does) and by action (a second filter, done over the walked period), saying so. */
export const ActivityFilteredHere: Story = {
  render: (args, { loaded: { adapter } }) => html`<div lang=${args.lang} style=${themeStyle(args.theme)}>
    <activity-log .adapter=${adapter as CustomerAdapter} agent-role="admin-agent" customer-name="a" operation-type="update_customer_tags" style="--activity-log-height: 360px"></activity-log>
  </div>`,
  play: async ({ canvasElement }) => {
    await loaded<ActivityLog>(canvasElement, 'activity-log');
  },
};
