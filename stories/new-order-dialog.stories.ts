/**
 * <new-order-dialog> in every state a designer reviews: each step (catalog, products, review, submitted), a
 * catalog with no products, a catalog refused for the customer, a failing submit (MemoryAdapter and mock API),
 * slow catalogs, Polish, dark and right-to-left. Args pick the data, the adapter (memory, or REST on the mock
 * API), the agent, the locale, the theme and direction, and how far the story drives the flow; the loader
 * builds fresh data and a fresh adapter whenever they change, so an order in one story never leaks into another.
 *
 * The dialog is modal and starts closed: each story renders it with an "Open new order" button, clicks that
 * button as soon as the dialog is created, then clicks through the dialog's own controls up to the story's step;
 * `play` waits for that and fails the story if the step cannot be reached.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import { AdapterError } from '../src/adapter/adapter-error.js';
import type { AgentRole, CustomerAdapter, ListProductsRequest } from '../src/adapter/customer-adapter.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapter/memory-adapter.js';
import { RestAdapter } from '../src/adapter/rest/rest-adapter.js';
import type { NewOrderDialog } from '../src/components/new-order-dialog/new-order-dialog.js';
import type { OrderCreateEvent, OrderDialogCloseEvent, OrderSubmitEvent } from '../src/components/new-order-dialog/new-order-dialog.events.js';
import '../src/components/new-order-dialog/new-order-dialog.js';
import { setLocale } from '../src/localization/localization.js';
import type { Catalog as CatalogId, Order, Product } from '../src/model/catalog.js';
import type { CustomerRow } from '../src/model/customer.js';
import { generateDataset } from '../mocks/data/index.js';
import { mockApi, mockAuthHeaders } from '../mocks/browser.js';
import { driveWhenCreated, reportDrive, waitFor } from './support/drive.js';
import { applyChunkState, chunkArgType, showsChunkFailure, type ChunkState } from './support/lazy-chunks.js';
import { themeStyle } from './support/theme.js';

type ScenarioName = 'direct-customer' | 'indirect-customer' | 'no-software' | 'unavailable-catalogs';
type Step = 'catalog' | 'products' | 'review' | 'submitted';

interface Args {
  scenario: ScenarioName;
  adapter: 'memory' | 'rest';
  agentRole: AgentRole;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  /** Added latency in ms (the mock API's, or the MemoryAdapter's). */
  latencyMs: number;
  /** Every submit fails: a MemoryAdapter whose createOrder rejects, or the mock API answering 500. */
  failSubmit: boolean;
  /** How far the play function drives the dialog after opening it. */
  step: Step;
  /** The code of the steps after the catalog: arrives as usual, stays loading, or cannot be fetched. */
  chunk: ChunkState;
}

/** The data a story starts from, and the customer the order is for. */
interface Scenario {
  customers: CustomerRow[];
  tags: string[];
  products: Product[];
  catalogRefusals: Record<string, Partial<Record<CatalogId, string>>>;
  customer: CustomerRow;
  /** A catalog whose products cannot be loaded (MemoryAdapter only). */
  failingCatalog?: CatalogId;
}

/** The catalog the play function opens: it has the most products. */
const STORY_CATALOG: CatalogId = 'online-services';

/** 40 generated rows (seed 1), and the first customer that `pick` accepts. */
function datasetFor(pick: (row: CustomerRow, refused: boolean) => boolean): Scenario {
  const data = generateDataset({ rows: 40, seed: 1 });
  const customer = data.customers.find((row) => pick(row, row.id in data.catalogRefusals));
  if (!customer) throw new Error('The generated dataset has no customer for this story');
  return { ...data, customer };
}

const directCustomer = (row: CustomerRow, refused: boolean) => row.relationship === 'cloud-reseller' && !refused;

const scenarios: Record<ScenarioName, () => Scenario> = {
  /** A cloud-reseller customer: every catalog is offered. */
  'direct-customer': () => datasetFor(directCustomer),
  /** A customer who buys only through an indirect reseller: Marketplace is refused, with the reason. */
  'indirect-customer': () => datasetFor((row, refused) => row.relationship === 'indirect-reseller' && refused),
  /** The same direct customer, but the partner offers nothing in the Software catalog. */
  'no-software': () => {
    const scenario = datasetFor(directCustomer);
    return { ...scenario, products: scenario.products.filter((product) => product.catalog !== 'software') };
  },
  /** An indirect-only customer (Marketplace refused), no Software products, and Azure's products cannot be loaded. */
  'unavailable-catalogs': () => {
    const scenario = datasetFor((row, refused) => row.relationship === 'indirect-reseller' && refused);
    return { ...scenario, products: scenario.products.filter((product) => product.catalog !== 'software'), failingCatalog: 'azure' };
  },
};

/** A MemoryAdapter whose orders fail as an unavailable server's would; catalogs load as usual. */
class FailingOrderAdapter extends MemoryAdapter {
  override async createOrder(): Promise<Order> {
    // Long enough to see "Submitting…" first.
    await new Promise((resolve) => setTimeout(resolve, 600 + this.latencyMs));
    throw new AdapterError('server', 'The ordering service is unavailable', { status: 503 });
  }
}

/** A MemoryAdapter whose products of one catalog cannot be loaded, as an unavailable service's; the others load. */
class FailingCatalogAdapter extends MemoryAdapter {
  constructor(
    options: MemoryAdapterOptions,
    private readonly failing: CatalogId,
  ) {
    super(options);
  }

  override async listProducts(request: ListProductsRequest, signal?: AbortSignal): Promise<Product[]> {
    if (request.catalog !== this.failing) return super.listProducts(request, signal);
    await new Promise((resolve) => setTimeout(resolve, 300 + this.latencyMs));
    throw new AdapterError('server', 'The catalog service is unavailable', { status: 503 });
  }
}

function buildAdapter(args: Args, scenario: Scenario): CustomerAdapter {
  const { agentRole, latencyMs, failSubmit } = args;
  const { customers, tags, products, catalogRefusals, failingCatalog } = scenario;
  if (args.adapter === 'memory') {
    const options: MemoryAdapterOptions = { customers, tags, products, catalogRefusals, agentRole, latencyMs };
    if (failingCatalog) return new FailingCatalogAdapter(options, failingCatalog);
    return failSubmit ? new FailingOrderAdapter(options) : new MemoryAdapter(options);
  }
  mockApi.reset({ data: { customers, tags, products, catalogRefusals }, defaultRole: agentRole });
  mockApi.configure({ latencyMs, ...(failSubmit ? { status: { orders: 500 } } : {}) });
  // No retries inside the adapter, so a failing submit shows at once.
  return new RestAdapter({ headers: mockAuthHeaders(agentRole), retry: { retries: 0 } });
}


// Event details for the Actions panel (the events themselves do not serialize well).
const logSubmit = (event: OrderSubmitEvent) => action('order-submit')({ order: event.order });
const logCreate = (event: OrderCreateEvent) => action('order-create')({ order: event.order });
const logClose = (event: OrderDialogCloseEvent) => action('order-dialog-close')({ reason: event.reason, unsaved: event.unsaved });

/** The "Open new order" button: opens the dialog next to it for the story's customer. */
function openFor(customer: CustomerRow) {
  return (event: Event) => {
    const dialog = (event.currentTarget as HTMLElement).parentElement!.querySelector('new-order-dialog')!;
    void dialog.show({ customer });
  };
}

/** Clicks an element of the dialog's shadow root once it is there (and, for a command, enabled). */
async function clickIn(dialog: NewOrderDialog, selector: string): Promise<void> {
  const target = await waitFor(() => dialog.shadowRoot?.querySelector<HTMLElement>(selector), selector);
  target.click();
  await dialog.updateComplete;
}

const stepHeading = (dialog: NewOrderDialog) => dialog.shadowRoot?.querySelector('.step-heading')?.textContent?.trim() ?? '';

/** Opens the dialog with its button, as an agent would, then clicks through the flow up to `step`. */
async function openAndAdvance(dialog: NewOrderDialog, args: Args): Promise<void> {
  await waitFor(() => dialog.isConnected, 'the story to be in the document');
  const opener = await waitFor(() => dialog.parentElement?.querySelector<HTMLButtonElement>('[data-action=open]'), 'the "Open new order" button');
  // Focused first, so the dialog hands focus back to it on close.
  opener.focus();
  opener.click();
  await waitFor(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the open dialog');
  if (args.step === 'catalog') return;
  await clickIn(dialog, `[part=catalog][data-catalog="${STORY_CATALOG}"][aria-disabled="false"]`);
  if (args.chunk === 'loading') {
    await waitFor(() => dialog.shadowRoot?.querySelector('.step-loading[role=status]'), 'the step loading');
    return;
  }
  if (args.chunk === 'fails') {
    await waitFor(() => showsChunkFailure(dialog.shadowRoot), 'the failure view of the step');
    return;
  }
  if (args.step === 'products') return;
  await clickIn(dialog, '.product input');
  await clickIn(dialog, '[data-action=add]');
  await clickIn(dialog, '[data-action=review][aria-disabled="false"]');
  if (args.step === 'review') return;
  await clickIn(dialog, '[data-action=submit]');
  // Either the order is created, or the error and its Retry show.
  await waitFor(() => dialog.shadowRoot?.querySelector('[data-field=id], [role=alert]'), 'the submit result');
  await dialog.updateComplete;
  if (!args.failSubmit && !dialog.shadowRoot!.querySelector('[data-field=id]')) throw new Error(`The order was not submitted (step "${stepHeading(dialog)}")`);
}

const meta: Meta<Args> = {
  title: 'Elements/new-order-dialog',
  component: 'new-order-dialog',
  args: {
    scenario: 'direct-customer',
    adapter: 'memory',
    agentRole: 'admin-agent',
    lang: 'en',
    theme: 'light',
    dir: 'ltr',
    latencyMs: 0,
    failSubmit: false,
    step: 'catalog',
    chunk: 'loads',
  },
  argTypes: {
    scenario: { control: 'select', options: Object.keys(scenarios) },
    adapter: { control: 'inline-radio', options: ['memory', 'rest'], description: 'MemoryAdapter, or RestAdapter on the mock API' },
    agentRole: { control: 'inline-radio', options: ['admin-agent', 'sales-agent'] },
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    latencyMs: { control: { type: 'number', min: 0, step: 100 } },
    failSubmit: { control: 'boolean', description: 'Every submit fails (MemoryAdapter rejects with 503; the mock API answers 500)' },
    step: { control: 'inline-radio', options: ['catalog', 'products', 'review', 'submitted'], description: 'How far the story clicks through the flow (Online Services, first product)' },
    chunk: chunkArgType,
  },
  // The steps after the catalog load on first use (prefetched while the catalog step shows): held or failed as `chunk` says.
  parameters: { lazyPart: 'new-order-dialog.later-steps' },
  beforeEach: applyChunkState,
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      const scenario = scenarios[args.scenario]();
      return { adapter: buildAdapter(args, scenario), customer: scenario.customer };
    },
  ],
  // Keyed on the adapter: new data gets a new dialog, which does not reload catalogs for a changed adapter while open.
  render: (args, { loaded }) =>
    html`${keyed(
      loaded.adapter,
      html`<div dir=${args.dir} lang=${args.lang} style=${themeStyle(args.theme)}>
        <button type="button" data-action="open" @click=${openFor(loaded.customer as CustomerRow)}>Open new order</button>
        <new-order-dialog
          ${ref(driveWhenCreated<NewOrderDialog>((dialog) => openAndAdvance(dialog, args)))}
          .adapter=${loaded.adapter as CustomerAdapter}
          agent-role=${args.agentRole}
          @order-submit=${logSubmit}
          @order-create=${logCreate}
          @order-dialog-close=${logClose}
        ></new-order-dialog>
      </div>`,
    )}`,
  // Reports the drive's outcome, so a story that cannot reach its step fails visibly.
  play: reportDrive('new-order-dialog'),
};
export default meta;

type Story = StoryObj<Args>;

/** Opened for a direct customer: the four catalogs, each with its description. */
export const Catalog: Story = {};

/** Online Services chosen: the product list, a search box and the empty cart. */
export const Products: Story = { args: { step: 'products' } };

/** The first product added to the order: its line with term, billing cycle, quantity and friendly name. */
export const Review: Story = { args: { step: 'review' } };

/** The order submitted: its id, status and creation date. */
export const Submitted: Story = { args: { step: 'submitted' } };

/** The same flow, submitted through the REST adapter to the mock API. */
export const SubmittedOnMockApi: Story = { args: { step: 'submitted', adapter: 'rest' } };

/** The partner offers nothing in Software: that catalog says so and cannot be chosen. */
export const EmptyCatalog: Story = { args: { scenario: 'no-software' } };

/** An indirect-only customer: Marketplace is refused, with the reason; the other catalogs work. */
export const RefusedCatalog: Story = { args: { scenario: 'indirect-customer' } };

/**
 * Every way a catalog cannot be chosen, in the one disabled look (a dashed box, muted words): Marketplace refused
 * for an indirect-only customer, with the reason; Software with no products; Azure's products could not be loaded.
 */
export const CatalogsThatCannotBeChosen: Story = { args: { scenario: 'unavailable-catalogs' } };

/** Online Services chosen while the code of the later steps is still on its way: "Loading…" under the step's heading. */
export const LaterStepsLoading: Story = { args: { step: 'products', chunk: 'loading' }, tags: ['!autodocs'] };

/** The code of the later steps cannot be fetched: "This step could not be loaded." with Retry. */
export const LaterStepsCannotLoad: Story = { args: { step: 'products', chunk: 'fails' }, tags: ['!autodocs'] };

/** createOrder rejects with a 503: the message, the line kept, and Retry. */
export const FailingSubmit: Story = { args: { step: 'submitted', failSubmit: true } };

/** The mock API answers the order with 500. */
export const FailingSubmitOnMockApi: Story = { args: { step: 'submitted', failSubmit: true, adapter: 'rest' } };

/** Every call takes 2.5 s: "Loading products…" under each catalog first. */
export const SlowCatalog: Story = { args: { latencyMs: 2500 } };

export const Polish: Story = { args: { lang: 'pl' } };

/** The page's color-scheme is dark; the dialog follows it through light-dark(). */
export const Dark: Story = { args: { theme: 'dark' } };

export const RightToLeft: Story = { args: { dir: 'rtl' } };
