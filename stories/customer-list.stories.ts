/**
 * <customer-list> in every state a designer reviews: loading, empty, no match, error with retry, throttled,
 * 10 / 1 000 / 100 000 rows, admin vs sales agent, Polish, dark, right-to-left, a slow API, hostile data and a
 * selection. Args pick the adapter (REST on the mock API, or memory), the dataset, the agent, the locale, the
 * theme and direction, and the mock API's faults; the loader builds a fresh adapter whenever they change.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import type { AgentRole, CustomerAdapter } from '../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import { RestAdapter } from '../src/adapter/rest/rest-adapter.js';
import type { CustomerList } from '../src/components/customer-list/customer-list.js';
import type {
  CustomerOpenEvent,
  CustomerSelectEvent,
  ManageTagsRequestEvent,
  NewOrderRequestEvent,
} from '../src/components/customer-list/customer-list.events.js';
import '../src/components/customer-list/customer-list.js';
import { setLocale } from '../src/localization/localization.js';
import { generateDataset } from '../mocks/data/index.js';
import { mockApi, mockAuthHeaders } from '../mocks/browser.js';
import { waitFor } from './support/drive.js';
import { applyChunkState, chunkArgType, showsChunkFailure, type ChunkState, type LazyPartName } from './support/lazy-chunks.js';
import { themeStyle } from './support/theme.js';

interface Args {
  adapter: 'rest' | 'memory';
  rows: number;
  seed: number;
  hostile: boolean;
  agentRole: AgentRole;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  /** Added latency in ms (the mock API's, or the MemoryAdapter's). */
  latencyMs: number;
  /** Mock API only: answer every customers request with this status (0 for none). */
  failWith: 0 | 401 | 500 | 503;
  /** Mock API only: answer this many requests with 429. */
  throttle: number;
  /** Mock API only: the Retry-After of those 429s, in seconds. */
  retryAfterSeconds: number;
  searchText: string;
  /** The part a story opens (`parameters.lazyPart`): arrives as usual, stays loading, or cannot be fetched. */
  chunk?: ChunkState;
}

function buildAdapter(args: Args): CustomerAdapter {
  const { rows, seed, hostile, agentRole, latencyMs } = args;
  if (args.adapter === 'memory') return new MemoryAdapter({ ...generateDataset({ rows, seed, hostile }), agentRole, latencyMs });
  mockApi.reset({ rows, seed, hostile, defaultRole: agentRole });
  mockApi.configure({
    latencyMs,
    ...(args.failWith ? { status: { customers: args.failWith } } : {}),
    ...(args.throttle > 0 ? { throttle: { requests: args.throttle, retryAfterSeconds: args.retryAfterSeconds } } : {}),
  });
  // No retries inside the adapter, so the list's own error, retry and throttle states show at once.
  return new RestAdapter({ headers: mockAuthHeaders(agentRole), retry: { retries: 0 } });
}


// Event details for the Actions panel (the events themselves do not serialize well).
const logSelect = (event: CustomerSelectEvent) => action('customer-select')({ selection: event.selection, count: event.count });
const logOpen = (event: CustomerOpenEvent) => {
  // Clicking a company name would navigate the preview away: route "in-app" instead, as a host would.
  event.preventDefault();
  action('customer-open')({ customer: event.customer, href: event.href });
};
const logNewOrder = (event: NewOrderRequestEvent) => action('new-order-request')({ customer: event.customer });
const logManageTags = (event: ManageTagsRequestEvent) => action('manage-tags-request')({ selection: event.selection, count: event.count });
const logExport = () => action('export-request')();

/** The story's list, once its first rows are rendered. */
async function loadedList(canvasElement: HTMLElement): Promise<CustomerList> {
  const list = canvasElement.querySelector('customer-list');
  if (!list) throw new Error('No <customer-list> in the story');
  await list.updateComplete;
  await waitFor(() => list.totalCount !== undefined && list.shadowRoot?.querySelector('.data-row:not(.pending)') != null, 'the rendered customer-list');
  await list.updateComplete;
  return list;
}

const meta: Meta<Args> = {
  title: 'Elements/customer-list',
  component: 'customer-list',
  args: {
    adapter: 'rest',
    rows: 1000,
    seed: 1,
    hostile: false,
    agentRole: 'admin-agent',
    lang: 'en',
    theme: 'light',
    dir: 'ltr',
    latencyMs: 0,
    failWith: 0,
    throttle: 0,
    retryAfterSeconds: 5,
    searchText: '',
  },
  argTypes: {
    adapter: { control: 'inline-radio', options: ['rest', 'memory'], description: 'RestAdapter on the mock API, or MemoryAdapter' },
    rows: { control: { type: 'number', min: 0, max: 100_000 } },
    seed: { control: { type: 'number', step: 1 } },
    agentRole: { control: 'inline-radio', options: ['admin-agent', 'sales-agent'] },
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    latencyMs: { control: { type: 'number', min: 0, step: 100 } },
    failWith: { control: 'select', options: [0, 500, 503, 401], description: 'Mock API only: status of every customers request (0: none)' },
    throttle: { control: { type: 'number', min: 0 }, description: 'Mock API only: how many requests get 429' },
    retryAfterSeconds: { control: { type: 'number', min: 0 }, description: 'Mock API only: Retry-After of those 429s' },
    searchText: { control: 'text' },
  },
  // The chunk of a part that loads on first use, held or failed as a story's `chunk` says.
  beforeEach: applyChunkState,
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      return { adapter: buildAdapter(args) };
    },
  ],
  render: (args, { loaded }) => html`<div dir=${args.dir} lang=${args.lang} style=${themeStyle(args.theme)}>
    <customer-list
      .adapter=${loaded.adapter as CustomerAdapter}
      agent-role=${args.agentRole}
      search-text=${args.searchText}
      style="--customer-list-height: 520px"
      @customer-select=${logSelect}
      @customer-open=${logOpen}
      @new-order-request=${logNewOrder}
      @manage-tags-request=${logManageTags}
      @export-request=${logExport}
    ></customer-list>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** 1 000 customers from the mock REST API, as an admin agent. */
export const Default: Story = {};

export const TenRows: Story = { args: { rows: 10 } };

/** Windowed rendering over 100 000 rows held in a MemoryAdapter. */
export const HundredThousandRows: Story = { args: { adapter: 'memory', rows: 100_000 } };

/** The first page takes a minute, so the skeleton stays. */
export const Loading: Story = { args: { latencyMs: 60_000 } };

/** The partner has no customers yet. */
export const Empty: Story = { args: { rows: 0 } };

/** A search nothing matches, with "Clear search". */
export const NoMatch: Story = { args: { searchText: 'zzzz-no-such-company' } };

/** Every customers request fails with 500: the error and its Retry button. */
export const ErrorWithRetry: Story = { args: { failWith: 500 } };

/** Every request is throttled (429, Retry-After 5 s): the list counts down "Retrying in N s" and tries again. */
export const Throttled: Story = { args: { throttle: 1000 } };

/** Every response takes 1.5 s: the skeleton, then rows; scrolling far shows rows still loading. */
export const SlowApi: Story = { args: { latencyMs: 1500 } };

/** A sales agent: no "Manage tags" command. */
export const SalesAgent: Story = { args: { agentRole: 'sales-agent' } };

export const Polish: Story = { args: { lang: 'pl' } };

/** The page's color-scheme is dark; the list follows it through light-dark(). */
export const Dark: Story = { args: { theme: 'dark' } };

export const RightToLeft: Story = { args: { dir: 'rtl' } };

/** Markup, bidi controls, very long and odd strings in names, domains and tags: all shown as text. */
export const Hostile: Story = { args: { hostile: true, rows: 40 } };

/** Three rows picked by their checkboxes: highlighted rows, "3 selected" and the offer to select all matching. */
export const WithSelection: Story = {
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    const checkboxes = list.shadowRoot!.querySelectorAll<HTMLInputElement>('.data-row:not(.pending) input[type="checkbox"]');
    for (const checkbox of [...checkboxes].slice(0, 3)) {
      checkbox.click();
      await list.updateComplete;
    }
  },
};

/** "Select all matching": a selection stored as the query, counting every matching row, loaded or not. */
export const AllMatchingSelected: Story = {
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    list.selectAllMatching();
    await list.updateComplete;
  },
};

/** The Columns menu open: Relationship moved first and Tags hidden, with move buttons and Reset to defaults. */
export const ColumnsMenuOpen: Story = {
  args: { adapter: 'memory', rows: 200 },
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    list.viewState = { ...list.viewState, columnOrder: ['relationship', 'id', 'companyName', 'primaryDomain', 'tags'], columnVisibility: { tags: false } };
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-command=columns]')!.click();
  },
};

/** Every column resized near its narrowest: names, domains and IDs clip with an ellipsis, the full text in a tooltip. */
export const NarrowColumns: Story = {
  args: { adapter: 'memory', rows: 200 },
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    list.viewState = { ...list.viewState, columnSizing: { id: 96, companyName: 120, primaryDomain: 100, relationship: 90, tags: 80 } };
    await list.updateComplete;
  },
};

/** Two saved views, one of them shown ("Indirect, by name"), with the Views menu open. */
export const SavedView: Story = {
  args: { adapter: 'memory', rows: 200 },
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    const base = list.viewState;
    list.savedViews = [
      { name: 'Indirect, by name', state: { ...base, relationship: 'indirect-reseller', sort: [{ column: 'companyName', direction: 'asc' }], columnVisibility: { id: false }, columnSizing: { companyName: 280 } } },
      { name: 'Advisors', state: { ...base, relationship: 'advisor' } },
    ];
    list.viewState = list.savedViews[0]!.state;
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[data-command=views]')!.click();
  },
};

/** A command whose part loads on its first use, and that part's module. */
const LAZY_COMMANDS = {
  columns: 'columns-menu',
  views: 'views-menu',
  'manage-tags': 'tag-editor-popover',
  billing: 'billing-panel',
  activity: 'activity-panel',
} as const satisfies Record<string, LazyPartName>;

type LazyCommand = keyof typeof LAZY_COMMANDS;

/**
 * A story of `command`'s part while its chunk `chunk`: one customer picked when the command needs one, then the
 * command clicked, as an agent would; `play` waits for the busy command, or for the failure view under it.
 */
function partStory(command: LazyCommand, chunk: Exclude<ChunkState, 'loads'>): Story {
  return {
    args: { adapter: 'memory', rows: 200, chunk },
    argTypes: { chunk: chunkArgType },
    parameters: { lazyPart: LAZY_COMMANDS[command] },
    // The docs page shows every story in one page, on one network: a held or failed chunk there would be everyone's.
    tags: ['!autodocs'],
    play: async ({ canvasElement, args }) => {
      const list = await loadedList(canvasElement);
      const root = list.shadowRoot!;
      if (command !== 'columns' && command !== 'views') {
        root.querySelector<HTMLInputElement>('.data-row:not(.pending) input[type="checkbox"]')!.click();
        await list.updateComplete;
      }
      const button = root.querySelector<HTMLButtonElement>(`[data-command=${command}]`)!;
      button.click();
      if (args.chunk === 'loading') await waitFor(() => button.getAttribute('aria-busy') === 'true', `${command} busy while its part loads`);
      if (args.chunk === 'fails') {
        await waitFor(() => showsChunkFailure(root, `.load-failure-popover[data-for=${command}]:popover-open`), `the failure view under ${command}`);
      }
    },
  };
}

/** Columns clicked while the menu's code is still on its way: the command is busy; the menu opens once it arrives. */
export const ColumnsMenuLoading: Story = partStory('columns', 'loading');

/** The Columns menu's code cannot be fetched: "Columns could not be opened." under the command, focus on Retry. */
export const ColumnsMenuCannotLoad: Story = partStory('columns', 'fails');

/** Views clicked while the menu's code is still on its way: the command is busy. */
export const ViewsMenuLoading: Story = partStory('views', 'loading');

/** The Views menu's code cannot be fetched: "Views could not be opened." with Retry. */
export const ViewsMenuCannotLoad: Story = partStory('views', 'fails');

/** Manage tags clicked for one customer while the tag popover's code is on its way: the command is busy. */
export const ManageTagsLoading: Story = partStory('manage-tags', 'loading');

/** The tag popover's code cannot be fetched: "Manage tags could not be opened." with Retry. */
export const ManageTagsCannotLoad: Story = partStory('manage-tags', 'fails');

/** Billing information clicked while the side panel's code is on its way: the command is busy. */
export const BillingPanelLoading: Story = partStory('billing', 'loading');

/** The billing side panel's code cannot be fetched: "Billing information could not be opened." with Retry. */
export const BillingPanelCannotLoad: Story = partStory('billing', 'fails');

/** Activity clicked while the side panel's code is on its way: the command is busy. */
export const ActivityPanelLoading: Story = partStory('activity', 'loading');

/** The activity side panel's code cannot be fetched: "Activity could not be opened." with Retry. */
export const ActivityPanelCannotLoad: Story = partStory('activity', 'fails');
