/**
 * <billing-profile-form> in every state a designer reviews: loaded, invalid fields with their summary, saving,
 * a conflict with someone else's save, a failing save with Retry, a failing load, a sales agent saving, Polish,
 * dark, right-to-left, and the form inside a host <form>. Args pick the customer, the adapter (memory, or REST on
 * the mock API), the agent, the locale, the theme and direction, how saves behave, and how far the story drives
 * the form; the loader builds fresh data and a fresh adapter whenever they change, so a save in one story never
 * leaks into another.
 *
 * Each story waits for the profile to load, then edits and saves through the form's own controls in its shadow
 * root, as an agent would; `play` waits for that and fails the story if its state cannot be reached.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import { AdapterError } from '../src/adapter/adapter-error.js';
import type { AgentRole, CustomerAdapter } from '../src/adapter/customer-adapter.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapter/memory-adapter.js';
import { RestAdapter } from '../src/adapter/rest/rest-adapter.js';
import type { BillingProfileForm } from '../src/components/billing-profile-form/billing-profile-form.js';
import type {
  BillingProfileCloseEvent,
  BillingProfileDiscardEvent,
  BillingProfileSaveEvent,
} from '../src/components/billing-profile-form/billing-profile-form.events.js';
import '../src/components/billing-profile-form/billing-profile-form.js';
import { setLocale } from '../src/localization/localization.js';
import type { BillingProfile } from '../src/model/billing.js';
import type { CustomerRow } from '../src/model/customer.js';
import { generateBillingProfile, generateDataset } from '../mocks/data/index.js';
import { mockApi, mockAuthHeaders } from '../mocks/browser.js';
import { driveWhenCreated, reportDrive, waitFor } from './support/drive.js';
import { applyChunkState, chunkArgType, showsChunkFailure, type ChunkState } from './support/lazy-chunks.js';
import { themeStyle } from './support/theme.js';

type CustomerName = 'generated' | 'polish';
/** What an update does: saves, never answers (the form stays "Saving…"), or fails as an unreachable server. */
type SaveBehaviour = 'saves' | 'never-answers' | 'network-error';
/** How far the story drives the form once it has loaded. */
type Drive = 'none' | 'invalid' | 'edit-and-save' | 'conflict';

interface Args {
  customer: CustomerName;
  adapter: 'memory' | 'rest';
  agentRole: AgentRole;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  /** Added latency in ms (the mock API's, or the MemoryAdapter's). */
  latencyMs: number;
  save: SaveBehaviour;
  /** Loading the profile fails: a MemoryAdapter whose getBillingProfile rejects, or the mock API answering 500. */
  failLoad: boolean;
  drive: Drive;
  /** The code of the conflict's comparison: arrives as usual, stays loading, or cannot be fetched. */
  chunk: ChunkState;
}

const SEED = 1;

/** A Polish company: its Polish letters make the generator give it a Polish profile (PL, a Polish address, pl-PL). */
const POLISH_CUSTOMER: CustomerRow = {
  id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  companyName: 'Zakłady Mięsne Łódź sp. z o.o.',
  primaryDomain: 'zmlodz.onmicrosoft.com',
  relationship: 'cloud-reseller',
  tags: ['Polska', 'VIP'],
};

const profileOf = (row: CustomerRow) => generateBillingProfile(row, SEED);

/** 40 generated rows (seed 1) plus the Polish company; the story edits that one, or the first generated one with a US profile. */
function scenario(customer: CustomerName): { customers: CustomerRow[]; tags: string[]; customerId: string } {
  const { customers, tags } = generateDataset({ rows: 40, seed: SEED });
  const american = customers.find((row) => profileOf(row).defaultAddress.country === 'US');
  if (!american) throw new Error('The generated dataset has no customer with a US profile');
  return { customers: [...customers, POLISH_CUSTOMER], tags, customerId: customer === 'polish' ? POLISH_CUSTOMER.id : american.id };
}

/** A MemoryAdapter whose updates never answer, so "Saving…" stays on screen. */
class NeverAnsweringAdapter extends MemoryAdapter {
  override updateBillingProfile(): Promise<BillingProfile> {
    return new Promise(() => {});
  }
}

/** A MemoryAdapter whose updates fail as an unreachable server's would; loading works. */
class UnreachableOnSaveAdapter extends MemoryAdapter {
  override async updateBillingProfile(): Promise<BillingProfile> {
    // Long enough to see "Saving…" first.
    await new Promise((resolve) => setTimeout(resolve, 600 + this.latencyMs));
    throw new AdapterError('network', 'The server could not be reached', { reason: 'The server could not be reached' });
  }
}

/** A MemoryAdapter whose loads fail as an unavailable server's would. */
class FailingLoadAdapter extends MemoryAdapter {
  override async getBillingProfile(): Promise<BillingProfile> {
    await new Promise((resolve) => setTimeout(resolve, 300 + this.latencyMs));
    throw new AdapterError('server', 'The partner center is temporarily unavailable (503).', { status: 503 });
  }
}

function buildAdapter(args: Args, data: ReturnType<typeof scenario>): CustomerAdapter {
  const { agentRole, latencyMs } = args;
  const { customers, tags } = data;
  if (args.adapter === 'memory') {
    const options: MemoryAdapterOptions = { customers, tags, billingProfile: profileOf, agentRole, latencyMs };
    if (args.failLoad) return new FailingLoadAdapter(options);
    if (args.save === 'never-answers') return new NeverAnsweringAdapter(options);
    if (args.save === 'network-error') return new UnreachableOnSaveAdapter(options);
    return new MemoryAdapter(options);
  }
  mockApi.reset({ data: { customers, tags }, seed: SEED, defaultRole: agentRole });
  mockApi.configure({ latencyMs, ...(args.failLoad ? { status: { 'billing-profile': 500 } } : {}) });
  // No retries inside the adapter, so a failure shows at once.
  return new RestAdapter({ headers: mockAuthHeaders(agentRole), retry: { retries: 0 } });
}

/**
 * The mock API serves loads and saves on one route, so a failing or silent save is armed only once the
 * profile has loaded: from then on every request to it fails, or waits an hour.
 */
function armMockSaveFault(save: SaveBehaviour): void {
  if (save === 'network-error') mockApi.configure({ networkFailure: ['billing-profile'] });
  if (save === 'never-answers') mockApi.configure({ latencyMs: 3_600_000 });
}


// Event details for the Actions panel (the events themselves do not serialize well).
const logSave = (event: BillingProfileSaveEvent) => action('billing-profile-save')({ customerId: event.customerId, profile: event.profile });
const logDiscard = (event: BillingProfileDiscardEvent) => action('billing-profile-discard')({ customerId: event.customerId });
const logClose = (event: BillingProfileCloseEvent) => action('billing-profile-close')({ reason: event.reason });
const logChange = (event: Event) => action('change')({ value: (event.target as BillingProfileForm).value });

/** Prints what the host form holds, one `[name, value]` entry a line. */
function printEntries(form: HTMLFormElement, what: string): void {
  const entries = [...new FormData(form)];
  form.querySelector('output')!.textContent = `${what}:\n${entries.map((entry) => JSON.stringify(entry)).join('\n')}`;
  action(what)({ entries });
}

function handleHostSubmit(event: SubmitEvent): void {
  event.preventDefault();
  printEntries(event.currentTarget as HTMLFormElement, 'submit');
}

function handleHostReset(event: Event): void {
  const form = event.currentTarget as HTMLFormElement;
  // `reset` fires before the controls are reset: print what they hold afterwards.
  setTimeout(() => printEntries(form, 'reset'));
}

const inShadow = <E extends HTMLElement = HTMLElement>(form: BillingProfileForm, selector: string): E | null | undefined => form.shadowRoot?.querySelector<E>(selector);

/** Types a value the way an agent does: focus, the value, `input`, then leaving the field. */
async function edit(form: BillingProfileForm, name: string, value: string): Promise<void> {
  const input = await waitFor(() => inShadow<HTMLInputElement>(form, `[name="${name}"]`), `the ${name} field`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await form.updateComplete;
}

async function pressSave(form: BillingProfileForm): Promise<void> {
  (await waitFor(() => inShadow(form, 'button[type=submit]'), 'the Save button')).click();
  await form.updateComplete;
}

/** Another agent saves the same profile first (a new phone number and street), through the same adapter. */
async function saveAsSomeoneElse(adapter: CustomerAdapter, customerId: string): Promise<void> {
  const current = await adapter.getBillingProfile(customerId);
  await adapter.updateBillingProfile(customerId, {
    ...current,
    // A field the agent leaves alone (taken into the form) and one the agent edits too (a clash to decide).
    phoneNumber: '+1 425 555 0100',
    email: 'billing@example.com',
  });
}

/** Waits for the profile, then drives the form to the story's state. */
async function driveForm(form: BillingProfileForm, args: Args): Promise<void> {
  if (args.failLoad) {
    await waitFor(() => inShadow(form, '[role=alert] button'), 'the load error and its Retry');
    return;
  }
  await waitFor(() => inShadow(form, 'form'), 'the loaded form');
  if (args.adapter === 'rest') armMockSaveFault(args.save);
  switch (args.drive) {
    case 'none':
      return;
    case 'invalid':
      await edit(form, 'companyName', 'X');
      await edit(form, 'email', 'nope');
      await pressSave(form);
      await waitFor(() => inShadow(form, '[part=summary]'), 'the summary of fields to fix');
      return;
    case 'edit-and-save':
      await edit(form, 'defaultAddress.addressLine2', 'Suite 200');
      await pressSave(form);
      await waitFor(() => inShadow(form, '[part=message]'), 'the save status');
      return;
    case 'conflict':
      await saveAsSomeoneElse(form.adapter!, form.customerId);
      await edit(form, 'email', 'accounts.payable@example.com');
      await pressSave(form);
      if (args.chunk === 'loading') await waitFor(() => inShadow(form, '[part=conflict] [role=status]'), 'the comparison loading');
      else if (args.chunk === 'fails') await waitFor(() => showsChunkFailure(form.shadowRoot, '[part=conflict]'), 'the failure view in the conflict');
      else await waitFor(() => inShadow(form, '[part=conflict] table'), 'the comparison with the saved values');
      return;
  }
}

interface Loaded {
  adapter: CustomerAdapter;
  customerId: string;
}

const meta: Meta<Args> = {
  title: 'Elements/billing-profile-form',
  component: 'billing-profile-form',
  args: {
    customer: 'generated',
    adapter: 'memory',
    agentRole: 'admin-agent',
    lang: 'en',
    theme: 'light',
    dir: 'ltr',
    latencyMs: 0,
    save: 'saves',
    failLoad: false,
    drive: 'none',
    chunk: 'loads',
  },
  argTypes: {
    customer: { control: 'inline-radio', options: ['generated', 'polish'], description: 'A generated customer with a US profile, or a Polish company' },
    adapter: { control: 'inline-radio', options: ['memory', 'rest'], description: 'MemoryAdapter, or RestAdapter on the mock API' },
    agentRole: { control: 'inline-radio', options: ['admin-agent', 'sales-agent'] },
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    latencyMs: { control: { type: 'number', min: 0, step: 100 } },
    save: { control: 'inline-radio', options: ['saves', 'never-answers', 'network-error'], description: 'What an update does' },
    failLoad: { control: 'boolean', description: 'Loading fails (MemoryAdapter rejects with 503; the mock API answers 500)' },
    drive: {
      control: 'inline-radio',
      options: ['none', 'invalid', 'edit-and-save', 'conflict'],
      description: 'What the story does once loaded: nothing; an invalid company name and email, then Save; an edit, then Save; someone else saves first, then an edit and Save',
    },
    chunk: chunkArgType,
  },
  // The conflict's comparison loads on first use (prefetched when a save is sent): held or failed as `chunk` says.
  parameters: { lazyPart: 'billing-profile-form.conflict-view' },
  beforeEach: applyChunkState,
  loaders: [
    async ({ args }): Promise<Loaded> => {
      await setLocale(args.lang);
      const data = scenario(args.customer);
      return { adapter: buildAdapter(args, data), customerId: data.customerId };
    },
  ],
  // Keyed on the adapter: new data gets a new form, driven from the start.
  render: (args, { loaded }) => {
    const { adapter, customerId } = loaded as Loaded;
    return html`${keyed(
      adapter,
      html`<div dir=${args.dir} lang=${args.lang} style=${themeStyle(args.theme)}>
        <billing-profile-form
          ${ref(driveWhenCreated<BillingProfileForm>((form) => driveForm(form, args)))}
          .adapter=${adapter}
          customer-id=${customerId}
          agent-role=${args.agentRole}
          style="max-width: 48rem"
          @billing-profile-save=${logSave}
          @billing-profile-discard=${logDiscard}
          @billing-profile-close=${logClose}
          @change=${logChange}
        ></billing-profile-form>
      </div>`,
    )}`;
  },
  // Reports the drive's outcome, so a story that cannot reach its state fails visibly.
  play: reportDrive('billing-profile-form'),
};
export default meta;

type Story = StoryObj<Args>;

/** A generated customer's complete profile: company and contact, address, language. */
export const Loaded: Story = {};

/** The same, loaded through the REST adapter from the mock API. */
export const LoadedOnMockApi: Story = { args: { adapter: 'rest' } };

/** Company name "X" and email "nope", then Save: each field's message, and the summary linking to them. */
export const InvalidFields: Story = { args: { drive: 'invalid' } };

/** An edit, then Save on an adapter that never answers: "Saving…" stays. */
export const Saving: Story = { args: { save: 'never-answers', drive: 'edit-and-save' } };

/**
 * Someone else saves a new phone number and email while the agent changes the email too; Save meets a stale
 * etag: the phone number is taken into the form, and the two emails stand side by side, with "Use saved".
 */
export const Conflict: Story = { args: { drive: 'conflict' } };

/** The same conflict over HTTP: the mock API answers 412 with the current profile. */
export const ConflictOnMockApi: Story = { args: { drive: 'conflict', adapter: 'rest' } };

/** A conflict while the comparison's code is still on its way: the conflict box says "Loading…". */
export const ConflictViewLoading: Story = { args: { drive: 'conflict', chunk: 'loading' }, tags: ['!autodocs'] };

/** The comparison's code cannot be fetched: "The differences could not be loaded." with Retry, in the conflict box. */
export const ConflictViewCannotLoad: Story = { args: { drive: 'conflict', chunk: 'fails' }, tags: ['!autodocs'] };

/** The update rejects with a network error: the reason, the edits kept, and Retry. */
export const Failure: Story = { args: { save: 'network-error', drive: 'edit-and-save' } };

/** The mock API answers the load with 500: the message and Retry. */
export const LoadFailureOnMockApi: Story = { args: { failLoad: true, adapter: 'rest' } };

/** A sales agent may edit billing too: an edit, saved. */
export const SalesAgent: Story = { args: { agentRole: 'sales-agent', drive: 'edit-and-save' } };

/** A Polish company's profile, in Polish: labels, messages and country names. */
export const Polish: Story = { args: { lang: 'pl', customer: 'polish' } };

/** The page's color-scheme is dark; the form follows it through light-dark(). */
export const Dark: Story = { args: { theme: 'dark' } };

export const RightToLeft: Story = { args: { dir: 'rtl' } };

/**
 * The form as a control of a host form, without its own Save and Cancel: Submit prints the `billing.*` entries
 * it adds to the host's FormData (invalid fields block the submit), and Reset goes back to the loaded profile.
 */
export const InAHostForm: Story = {
  name: 'In a host form',
  render: (args, { loaded }) => {
    const { adapter, customerId } = loaded as Loaded;
    return html`${keyed(
      adapter,
      html`<div dir=${args.dir} lang=${args.lang} style=${themeStyle(args.theme)}>
        <form @submit=${handleHostSubmit} @reset=${handleHostReset} style="display: grid; gap: 0.75rem; max-width: 48rem">
          <billing-profile-form
            ${ref(driveWhenCreated<BillingProfileForm>((form) => driveForm(form, args)))}
            name="billing"
            hide-actions
            .adapter=${adapter}
            customer-id=${customerId}
            agent-role=${args.agentRole}
            @change=${logChange}
          ></billing-profile-form>
          <div><button type="submit">Submit</button> <button type="reset">Reset</button></div>
          <output aria-live="polite" style="white-space: pre-wrap; font-family: monospace"></output>
        </form>
      </div>`,
    )}`;
  },
};
