/**
 * <activity-log> in every state a designer reviews: records loaded (and one expanded), empty, loading, an error
 * with Retry, throttled, refused to a sales agent, an adapter without activity records, one customer, hostile
 * values, Polish, right-to-left, dark and 100 000 records. Args pick the adapter (a MemoryAdapter over a generated
 * history, or REST on the mock API), what its `listActivity` does, the agent, the locale, the theme and direction;
 * the loader builds a fresh adapter whenever they change.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import { abortError, AdapterError } from '../src/adapter/adapter-error.js';
import type { ActivityPage, AgentRole, CustomerAdapter, ListActivityRequest } from '../src/adapter/customer-adapter.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapter/memory-adapter.js';
import { RestAdapter } from '../src/adapter/rest/rest-adapter.js';
import type { ActivityLog } from '../src/components/activity-log/activity-log.js';
import '../src/components/activity-log/activity-log.js';
import { setLocale } from '../src/localization/localization.js';
import { daysAgo, type ActivityRecord } from '../src/model/activity.js';
import { generateDataset } from '../mocks/data/index.js';
import { mockApi, mockAuthHeaders } from '../mocks/browser.js';
import { waitFor } from './support/drive.js';
import { applyChunkState, chunkArgType, showsChunkFailure, type ChunkState } from './support/lazy-chunks.js';
import { themeStyle } from './support/theme.js';

/** What the adapter's `listActivity` does. */
type Behaviour = 'answers' | 'never-answers' | 'fails' | 'throttled' | 'missing';

interface Args {
  adapter: 'memory' | 'rest';
  behaviour: Behaviour;
  /** Activity records in the generated history (over 10 000: copies of a 2 000-record history). */
  records: number;
  seed: number;
  hostile: boolean;
  agentRole: AgentRole;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  /** Added latency in ms (the mock API's, or the MemoryAdapter's). */
  latencyMs: number;
  /** Open the log for one customer, as the customer list's Activity command does. */
  oneCustomer: boolean;
  /** The whole 90 days instead of the default 30. */
  wholeRetention: boolean;
  /** The export's code: arrives as usual, stays loading, or cannot be fetched. */
  chunk: ChunkState;
}

/** Customers in the generated dataset: a history of a few records each. */
const CUSTOMERS = 400;
/** Histories up to this size are generated; the generator makes about 12 000 records a second. */
const GENERATED_MAX = 10_000;
/** A larger history repeats a generated one of this size, so 100 000 records cost about a second. */
const REPEATED = 2_000;

/** A MemoryAdapter whose listActivity never answers, fails or is throttled, for the states those show. */
class StoryAdapter extends MemoryAdapter {
  constructor(
    options: MemoryAdapterOptions,
    private readonly behaviour: Behaviour,
  ) {
    super(options);
    // A host's adapter written before activity records existed has no such method at all.
    if (behaviour === 'missing') Object.defineProperty(this, 'listActivity', { value: undefined });
  }

  override async listActivity(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    switch (this.behaviour) {
      case 'never-answers':
        return new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(abortError(signal)), { once: true }));
      case 'fails':
        throw new AdapterError('server', 'Internal error (GET /v1/auditrecords: HTTP 500)', { status: 500 });
      case 'throttled':
        throw new AdapterError('throttled', 'Too many requests (GET /v1/auditrecords: HTTP 429)', { status: 429, retryAfterMs: 30_000 });
      default:
        return super.listActivity(request, signal);
    }
  }
}

/**
 * `count` records: a generated history, or for more than 10 000 copies of a 2 000-record one, each copy with its
 * own ids and moved back 13 minutes more than the last (under 11 hours in all: generated records start a day
 * inside the 90 days, so every copy stays in them).
 */
function history(count: number, seed: number, hostile: boolean): { dataset: ReturnType<typeof generateDataset>; activity: ActivityRecord[] } {
  const dataset = generateDataset({ rows: CUSTOMERS, seed, hostile, activityRecords: count <= GENERATED_MAX ? count : REPEATED });
  if (count <= GENERATED_MAX) return { dataset, activity: dataset.activity };
  const activity: ActivityRecord[] = [];
  for (let copy = 0; activity.length < count; copy++) {
    for (const item of dataset.activity.slice(0, count - activity.length)) {
      const suffix = `-${copy}`;
      activity.push({
        ...item,
        id: `${item.id}${suffix}`,
        originalCorrelationId: `${item.originalCorrelationId}${suffix}`,
        operationDate: new Date(Date.parse(item.operationDate) - copy * 13 * 60_000).toISOString(),
      });
    }
  }
  return { dataset, activity };
}

/** The adapter, and a customer with records (for `oneCustomer`). */
async function buildAdapter(args: Args): Promise<{ adapter: CustomerAdapter; customerId: string }> {
  const { records, seed, hostile, agentRole, latencyMs, behaviour } = args;
  if (args.adapter === 'rest') {
    mockApi.reset({ rows: CUSTOMERS, seed, hostile, activityRecords: Math.min(records, GENERATED_MAX), defaultRole: agentRole });
    mockApi.configure({
      latencyMs,
      ...(behaviour === 'fails' ? { status: { activity: 500 } } : {}),
      ...(behaviour === 'throttled' ? { throttle: { requests: 1000, retryAfterSeconds: 30, routes: ['activity'] } } : {}),
    });
    // No retries inside the adapter, so the log's own error, retry and throttle states show at once.
    const adapter = new RestAdapter({ headers: mockAuthHeaders(agentRole), retry: { retries: 0 } });
    // Read behind the API, so the story's own requests (and their faults) are the log's only.
    const { items } = await mockApi.as('admin-agent').listActivity({ from: daysAgo(30), to: new Date().toISOString().slice(0, 10), pageSize: 500 });
    return { adapter, customerId: firstCustomer(items) };
  }
  const { dataset, activity } = history(records, seed, hostile);
  const adapter = new StoryAdapter({ ...dataset, activity, agentRole, latencyMs }, behaviour);
  return { adapter, customerId: firstCustomer(activity) };
}

/** The newest record's customer (tag operations have none). */
const firstCustomer = (records: readonly ActivityRecord[]) => records.find((item) => item.customerId)?.customerId ?? '';

const logExport = (name: string) => (event: Event) => action(name)({ ...event });

/** The story's log, once its first records are drawn. */
async function loadedLog(canvasElement: HTMLElement): Promise<ActivityLog> {
  const log = canvasElement.querySelector('activity-log');
  if (!log) throw new Error('No <activity-log> in the story');
  await log.updateComplete;
  await waitFor(() => log.totalCount !== undefined && log.shadowRoot?.querySelector('.data-row:not(.pending) [part=disclosure]'), 'the rendered activity-log', 30_000);
  await log.updateComplete;
  return log;
}

/** Opens the first record's details, as its disclosure button does. */
async function expandFirstRecord({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const log = await loadedLog(canvasElement);
  log.shadowRoot!.querySelector<HTMLButtonElement>('.data-row:not(.pending) [part=disclosure]')!.click();
  await log.updateComplete;
  // The details' code loads on the first expand: the panel is busy until it has drawn them.
  await waitFor(() => log.shadowRoot!.querySelector('[part=details]:not([aria-busy])'), 'the expanded details');
}

/** A record expanded while the details' code is still on its way (the panel busy), or cannot be fetched (the failure view with Retry). */
async function expandWhileDetailsLoad({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }): Promise<void> {
  const log = await loadedLog(canvasElement);
  log.shadowRoot!.querySelector<HTMLButtonElement>('.data-row:not(.pending) [part=disclosure]')!.click();
  if (args.chunk === 'loading') await waitFor(() => log.shadowRoot!.querySelector('[part=details][aria-busy=true]'), 'the busy details panel');
  if (args.chunk === 'fails') await waitFor(() => showsChunkFailure(log.shadowRoot), 'the failure view of the details');
}

/** Export activity pressed, then the export reads as started while its code loads, or the failure view with Retry. */
async function startExport({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }): Promise<void> {
  const log = await loadedLog(canvasElement);
  log.shadowRoot!.querySelector<HTMLButtonElement>('[data-action=export][aria-disabled=false]')!.click();
  if (args.chunk === 'loading') await waitFor(() => log.shadowRoot!.querySelector('[part=progress][role=status]'), 'the export started');
  if (args.chunk === 'fails') {
    await waitFor(() => showsChunkFailure(log.shadowRoot), 'the failure view of the export');
  }
}

const meta: Meta<Args> = {
  title: 'Elements/activity-log',
  component: 'activity-log',
  args: {
    adapter: 'memory',
    behaviour: 'answers',
    records: 1200,
    seed: 1,
    hostile: false,
    agentRole: 'admin-agent',
    lang: 'en',
    theme: 'light',
    dir: 'ltr',
    latencyMs: 0,
    oneCustomer: false,
    wholeRetention: false,
    chunk: 'loads',
  },
  argTypes: {
    adapter: { control: 'inline-radio', options: ['memory', 'rest'], description: 'MemoryAdapter, or RestAdapter on the mock API' },
    behaviour: {
      control: 'select',
      options: ['answers', 'never-answers', 'fails', 'throttled', 'missing'],
      description: 'What listActivity does (REST: faults of the mock API; "never-answers" and "missing" are memory only)',
    },
    records: { control: { type: 'number', min: 0, max: 100_000 } },
    seed: { control: { type: 'number', step: 1 } },
    agentRole: { control: 'inline-radio', options: ['admin-agent', 'sales-agent'] },
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    latencyMs: { control: { type: 'number', min: 0, step: 100 } },
    chunk: chunkArgType,
  },
  // The export's engine loads on first use (prefetched by pointer or focus on Export activity): held or failed as `chunk` says.
  parameters: { lazyPart: 'activity-export-part' },
  beforeEach: applyChunkState,
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      return await buildAdapter(args);
    },
  ],
  render: (args, { loaded }) => html`<div dir=${args.dir} lang=${args.lang} style=${themeStyle(args.theme)}>
    <activity-log
      .adapter=${loaded.adapter as CustomerAdapter}
      agent-role=${args.agentRole}
      customer-id=${args.oneCustomer ? (loaded.customerId as string) : ''}
      from=${args.wholeRetention ? daysAgo(90) : ''}
      style="--activity-log-height: 520px"
      @export-start=${logExport('export-start')}
      @export-progress=${logExport('export-progress')}
      @export-complete=${logExport('export-complete')}
      @export-error=${logExport('export-error')}
      @export-cancel=${logExport('export-cancel')}
    ></activity-log>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The last 30 days of a generated history (every action, status and several agents), as an admin agent. */
export const Loaded: Story = {};

/** The first record expanded: what changed, field by field, its customized data and correlation id. */
export const ExpandedRecord: Story = { play: expandFirstRecord };

/** The same records read over the mock REST API (GET /v1/auditrecords). */
export const OverRestApi: Story = { args: { adapter: 'rest' } };

/** Nothing happened in the period: "No activity in this period." */
export const Empty: Story = { args: { records: 0 } };

/** The adapter never answers: the skeleton stays. */
export const Loading: Story = { args: { behaviour: 'never-answers' } };

/** Every request fails: the error and its Retry button. */
export const ErrorWithRetry: Story = { args: { behaviour: 'fails' } };

/** Every request is throttled (Retry-After 30 s): the log counts down and tries again by itself. */
export const Throttled: Story = { args: { behaviour: 'throttled' } };

/** A sales agent: activity records are for admin agents only; nothing is asked, Export activity is off. */
export const NotAvailableForYourRole: Story = { args: { agentRole: 'sales-agent' } };

/** A host's adapter written without listActivity: the log says the data source keeps no records. */
export const AdapterWithoutActivity: Story = { args: { behaviour: 'missing' } };

/** Opened for one customer, as the customer list's Activity command does; "All customers" widens it. */
export const OneCustomer: Story = { args: { oneCustomer: true, wholeRetention: true } };

/** Markup, formulas, direction overrides and 10 000-character values in names, agents and details: all text. */
export const HostileValues: Story = { args: { hostile: true, records: 300 }, play: expandFirstRecord };

export const Polish: Story = { args: { lang: 'pl' }, play: expandFirstRecord };

export const RightToLeft: Story = { args: { dir: 'rtl' }, play: expandFirstRecord };

/** The page's color-scheme is dark; the log follows it through light-dark(). */
export const Dark: Story = { args: { theme: 'dark' }, play: expandFirstRecord };

/** 100 000 records over the whole 90 days, windowed: scroll, jump with Ctrl+End, sort. */
export const HundredThousandRecords: Story = {
  args: { records: 100_000, wholeRetention: true },
  play: async ({ canvasElement, args }) => {
    const log = await loadedLog(canvasElement);
    if (log.totalCount !== args.records) throw new Error(`${log.totalCount} records in the period, not ${args.records}`);
  },
};

/** A record expanded while its details' code is still on its way: the panel reads "Loading…", busy, as a loading row. */
export const DetailsLoading: Story = { args: { chunk: 'loading' }, parameters: { lazyPart: 'activity-log.details' }, tags: ['!autodocs'], play: expandWhileDetailsLoad };

/** The details' code cannot be fetched: "The details could not be loaded." with Retry in the panel, focus kept on the row's button. */
export const DetailsCannotLoad: Story = { args: { chunk: 'fails' }, parameters: { lazyPart: 'activity-log.details' }, tags: ['!autodocs'], play: expandWhileDetailsLoad };

/** Export activity pressed while the export's code is still on its way: the export reads as started ("Exporting…"). */
export const ExportLoading: Story = { args: { chunk: 'loading' }, tags: ['!autodocs'], play: startExport };

/** The export's code cannot be fetched: "Export failed; nothing was saved." with Retry, focus kept on the command. */
export const ExportCannotLoad: Story = { args: { chunk: 'fails' }, tags: ['!autodocs'], play: startExport };
