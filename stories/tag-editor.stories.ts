/**
 * <tag-editor> in every state a designer reviews: one dual-role customer, several customers with mixed tags, a
 * select-all over the mock API, an empty tag set, 150 tags, a failing save (MemoryAdapter and mock API), a
 * sales agent (read-only), Polish, dark, and the tag picker inside a host form. Args pick the data, the
 * adapter (memory, or REST on the mock API), the agent, the locale and the theme; the loader builds fresh data
 * and a fresh adapter whenever they change, so a save in one story never leaks into another.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import { AdapterError } from '../src/adapter/adapter-error.js';
import type { AgentRole, AssignTagsResult, CustomerAdapter } from '../src/adapter/customer-adapter.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapter/memory-adapter.js';
import { RestAdapter } from '../src/adapter/rest/rest-adapter.js';
import type { TagEditor } from '../src/components/tag-editor/tag-editor.js';
import type {
  TagCreateEvent,
  TagDeleteEvent,
  TagEditorCloseEvent,
  TagEditorDiscardEvent,
  TagRenameEvent,
  TagsAssignErrorEvent,
  TagsAssignEvent,
  TagsAssignStartEvent,
} from '../src/components/tag-editor/tag-editor.events.js';
import '../src/components/tag-editor/tag-editor.js';
import { setLocale } from '../src/localization/localization.js';
import { rowKey, type CustomerRow } from '../src/model/customer.js';
import type { Selection } from '../src/model/selection.js';
import { generateDataset, PARTNER_TAGS } from '../mocks/data/index.js';
import { mockApi, mockAuthHeaders } from '../mocks/browser.js';
import { waitFor } from './support/drive.js';
import { applyChunkState, chunkArgType, showsChunkFailure, type ChunkState, type LazyPartName } from './support/lazy-chunks.js';
import { themeStyle } from './support/theme.js';

type ScenarioName = 'single-dual-role' | 'several-mixed' | 'all-matching' | 'empty-tag-set' | 'many-tags' | 'picker';

interface Args {
  scenario: ScenarioName;
  adapter: 'memory' | 'rest';
  agentRole: AgentRole;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
  /** Added latency in ms (the mock API's, or the MemoryAdapter's). */
  latencyMs: number;
  /** Every save fails: a MemoryAdapter whose assignTags rejects, or the mock API answering 500. */
  failSave: boolean;
  /** The host cancels `tag-editor-discard`: Cancel and Escape keep the unsaved choices. */
  keepOnDiscard: boolean;
  /** The part a story reaches (`parameters.lazyPart`): arrives as usual, stays loading, or cannot be fetched. */
  chunk?: ChunkState;
}

/** The data a story starts from: rows, the partner's tag set, and the customers being edited. */
interface Scenario {
  customers: CustomerRow[];
  tags: string[];
  /** Unset: the editor is a tag picker. */
  selection?: Selection;
}

const WINGTIP = { id: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Wingtip Toys' };

/**
 * Customers of a small partner, made fresh for each story (a save changes them). Contoso is dual-role: one
 * cloud-reseller row and one indirect-reseller row of the same customer. Woodgrove is advisor only, so its tags
 * cannot change.
 */
function partnerRows() {
  const contoso = { id: 'c0a1b2c3-d4e5-4f60-8172-839405a6b7c8', companyName: 'Contoso Pharmaceuticals', primaryDomain: 'contosopharma.onmicrosoft.com' };
  const contosoDirect: CustomerRow = { ...contoso, relationship: 'cloud-reseller', tags: ['VIP', 'Renewal Q3', 'Healthcare'] };
  const contosoIndirect: CustomerRow = { ...contoso, relationship: 'indirect-reseller', indirectReseller: WINGTIP, tags: ['VIP', 'Renewal Q3', 'Healthcare'] };
  const fabrikam: CustomerRow = {
    id: 'f1e2d3c4-b5a6-4978-8a6b-5c4d3e2f1a0b',
    companyName: 'Fabrikam Manufacturing',
    primaryDomain: 'fabrikam.onmicrosoft.com',
    relationship: 'cloud-reseller',
    tags: ['VIP', 'Manufacturing', 'Upsell'],
  };
  const northwind: CustomerRow = {
    id: '0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e',
    companyName: 'Northwind Traders',
    primaryDomain: 'northwindtraders.com',
    relationship: 'indirect-reseller',
    indirectReseller: WINGTIP,
    tags: ['Renewal Q3', 'Retail'],
  };
  const adatum: CustomerRow = { id: 'a7d8a7d8-1111-4222-8333-444455556666', companyName: 'Adatum Corporation', primaryDomain: 'adatum.com', relationship: 'cloud-reseller', tags: [] };
  const lodz: CustomerRow = {
    id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
    companyName: 'Zakłady Mięsne Łódź sp. z o.o.',
    primaryDomain: 'zmlodz.onmicrosoft.com',
    relationship: 'cloud-reseller',
    tags: ['Polska', 'VIP'],
  };
  const tokyo: CustomerRow = {
    id: '9f8e7d6c-5b4a-4392-8817-161514131211',
    companyName: '株式会社東京クラウド',
    primaryDomain: 'tokyocloud.onmicrosoft.com',
    relationship: 'indirect-reseller',
    indirectReseller: WINGTIP,
    tags: ['日本'],
  };
  const woodgrove: CustomerRow = { id: 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b', companyName: 'Woodgrove Bank', primaryDomain: 'woodgrovebank.com', relationship: 'advisor', tags: ['Finance'] };
  const rows = [contosoDirect, contosoIndirect, fabrikam, northwind, adatum, lodz, tokyo, woodgrove];
  return { rows, contosoDirect, contosoIndirect, fabrikam, northwind, adatum, lodz, tokyo, woodgrove };
}

const selectionOf = (...rows: CustomerRow[]): Selection => ({ mode: 'some', keys: rows.map(rowKey) });

/** 150 tags: the generator's partner set, then campaigns. */
const HUNDRED_FIFTY_TAGS = [
  ...PARTNER_TAGS,
  ...Array.from({ length: 150 - PARTNER_TAGS.length }, (_, i) => `Campaign ${String(i + 1).padStart(3, '0')}`),
];

const scenarios: Record<ScenarioName, () => Scenario> = {
  /** Only the cloud-reseller row of dual-role Contoso is selected; its tags belong to the customer, so both rows change. */
  'single-dual-role': () => {
    const { rows, contosoDirect } = partnerRows();
    return { customers: rows, tags: [...PARTNER_TAGS], selection: selectionOf(contosoDirect) };
  },
  /** Both Contoso rows, four more customers and advisor-only Woodgrove, which is left out: VIP, Renewal Q3 and more are mixed. */
  'several-mixed': () => {
    const { rows, contosoDirect, contosoIndirect, fabrikam, northwind, adatum, lodz, woodgrove } = partnerRows();
    return { customers: rows, tags: [...PARTNER_TAGS], selection: selectionOf(contosoDirect, contosoIndirect, fabrikam, northwind, adatum, lodz, woodgrove) };
  },
  /** "Select all matching" over 1 000 generated customers: counts come from the adapter, not from loaded rows. */
  'all-matching': () => {
    const { customers, tags } = generateDataset({ rows: 1000, seed: 1 });
    return { customers, tags, selection: { mode: 'all', query: { search: { field: 'companyName', text: 'C' } }, excludedKeys: [] } };
  },
  /** The partner has no tags yet and no customer carries any. */
  'empty-tag-set': () => {
    const { rows, adatum, fabrikam } = partnerRows();
    const untagged = rows.map((row) => ({ ...row, tags: [] }));
    return { customers: untagged, tags: [], selection: selectionOf(adatum, fabrikam) };
  },
  /** A partner set of 150 tags; Contoso carries all of them, Fabrikam 140: no new tag fits on Contoso. */
  'many-tags': () => {
    const { rows, contosoDirect, contosoIndirect, fabrikam, adatum } = partnerRows();
    contosoDirect.tags = [...HUNDRED_FIFTY_TAGS];
    contosoIndirect.tags = [...HUNDRED_FIFTY_TAGS];
    fabrikam.tags = HUNDRED_FIFTY_TAGS.slice(0, 140);
    adatum.tags = ['VIP', 'EDU', 'Campaign 042'];
    return { customers: rows, tags: [...HUNDRED_FIFTY_TAGS], selection: selectionOf(contosoDirect, fabrikam, adatum) };
  },
  /** No selection: a tag picker, whose value is the checked tags. */
  picker: () => ({ customers: partnerRows().rows, tags: [...PARTNER_TAGS] }),
};

/** A MemoryAdapter whose saves fail as an unavailable server's would; everything else works. */
class FailingSaveAdapter extends MemoryAdapter {
  override async assignTags(): Promise<AssignTagsResult> {
    // Long enough to see "Saving tags…" first.
    await new Promise((resolve) => setTimeout(resolve, 600 + this.latencyMs));
    throw new AdapterError('server', 'The partner center is temporarily unavailable (503). Try again in a few minutes.', { status: 503 });
  }
}

function buildAdapter(args: Args, scenario: Scenario): CustomerAdapter {
  const { agentRole, latencyMs, failSave } = args;
  if (args.adapter === 'memory') {
    const options: MemoryAdapterOptions = { customers: scenario.customers, tags: scenario.tags, agentRole, latencyMs };
    return failSave ? new FailingSaveAdapter(options) : new MemoryAdapter(options);
  }
  mockApi.reset({ data: { customers: scenario.customers, tags: scenario.tags }, defaultRole: agentRole });
  mockApi.configure({ latencyMs, ...(failSave ? { status: { 'assign-tags': 500 } } : {}) });
  // No retries inside the adapter, so a failing save shows at once.
  return new RestAdapter({ headers: mockAuthHeaders(agentRole), retry: { retries: 0 } });
}


// Event details for the Actions panel (the events themselves do not serialize well).
const logAssignStart = (event: TagsAssignStartEvent) => action('tags-assign-start')({ selection: event.selection, add: event.add, remove: event.remove });
const logAssign = (event: TagsAssignEvent) => action('tags-assign')({ add: event.add, remove: event.remove, result: event.result });
const logAssignError = (event: TagsAssignErrorEvent) => action('tags-assign-error')({ add: event.add, remove: event.remove, error: String(event.error) });
const logCreate = (event: TagCreateEvent) => action('tag-create')({ tag: event.tag });
const logRename = (event: TagRenameEvent) => action('tag-rename')({ from: event.from, to: event.to });
const logDelete = (event: TagDeleteEvent) => action('tag-delete')({ tag: event.tag, removedFrom: event.removedFrom });
const logClose = (event: TagEditorCloseEvent) => action('tag-editor-close')({ reason: event.reason });
/** `tag-editor-discard` is cancelable: with `keepOnDiscard` the story's host keeps the choices, as a "Discard?" prompt would. */
const logDiscard = (keep: boolean) => (event: TagEditorDiscardEvent) => {
  if (keep) event.preventDefault();
  action('tag-editor-discard')({ reason: event.reason, kept: keep });
};
const logChange = (event: Event) => action('change')({ value: (event.target as TagEditor).value });

/** Shows what the host form would submit: one `tags` entry per checked tag. */
function showSubmitted(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const tags = new FormData(form).getAll('tags');
  form.querySelector('output')!.textContent = `FormData.getAll('tags') = ${JSON.stringify(tags)}`;
  action('submit')({ tags });
}

/** The story's editor, once its checklist is rendered. */
async function loadedEditor(canvasElement: HTMLElement): Promise<TagEditor> {
  const editor = canvasElement.querySelector('tag-editor');
  if (!editor) throw new Error('No <tag-editor> in the story');
  await waitFor(() => editor.shadowRoot?.querySelector('.item') != null, 'the rendered tag-editor');
  return editor;
}

/** Checks the first unchecked tag and saves, so the failure shows without a click. */
async function checkATagAndSave({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  pressSave(await checkATag(canvasElement));
}

const pressSave = (editor: TagEditor) => editor.shadowRoot!.querySelector<HTMLElement>('[data-action="save"]')?.click();

/** Checks the first unchecked tag: an unsaved choice. */
async function checkATag(canvasElement: HTMLElement): Promise<TagEditor> {
  const editor = await loadedEditor(canvasElement);
  editor.shadowRoot!.querySelector<HTMLElement>('.item[aria-checked="false"]')?.click();
  await editor.updateComplete;
  return editor;
}

/** Resolves once the editor says it is busy ("Loading…", "Saving tags…") in its message line. */
const untilBusy = (editor: TagEditor) => waitFor(() => editor.shadowRoot!.querySelector('[part=message][role=status]'), 'the busy message');

/** Resolves once the editor draws the failure view of a chunk that could not be fetched. */
const untilChunkFailure = (editor: TagEditor) => waitFor(() => showsChunkFailure(editor.shadowRoot), 'the failure view');

/** A story of a part of the editor that loads on first use, while its chunk stays loading or cannot be fetched. */
function partStory(part: LazyPartName, chunk: Exclude<ChunkState, 'loads'>, play: Story['play']): Story {
  return {
    args: { chunk },
    argTypes: { chunk: chunkArgType },
    parameters: { lazyPart: part },
    // The docs page shows every story in one page, on one network: a held or failed chunk there would be everyone's.
    tags: ['!autodocs'],
    play,
  };
}

/** "Rename or delete tags" pressed, then the list's place says "Loading…", or the failure view with Retry. */
async function enterManageMode({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }): Promise<void> {
  const editor = await loadedEditor(canvasElement);
  editor.shadowRoot!.querySelector<HTMLElement>('[data-action=manage]')!.click();
  if (args.chunk === 'loading') await untilBusy(editor);
  if (args.chunk === 'fails') await untilChunkFailure(editor);
}

/** A tag checked and saved, then "Saving tags…" while the save's code is on its way, or the failure view with Retry. */
async function saveATag({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }): Promise<void> {
  const editor = await checkATag(canvasElement);
  pressSave(editor);
  if (args.chunk === 'loading') await untilBusy(editor);
  if (args.chunk === 'fails') await untilChunkFailure(editor);
}

const meta: Meta<Args> = {
  title: 'Elements/tag-editor',
  component: 'tag-editor',
  args: {
    scenario: 'several-mixed',
    adapter: 'memory',
    agentRole: 'admin-agent',
    lang: 'en',
    theme: 'light',
    latencyMs: 0,
    failSave: false,
    keepOnDiscard: false,
  },
  argTypes: {
    scenario: { control: 'select', options: Object.keys(scenarios) },
    adapter: { control: 'inline-radio', options: ['memory', 'rest'], description: 'MemoryAdapter, or RestAdapter on the mock API' },
    agentRole: { control: 'inline-radio', options: ['admin-agent', 'sales-agent'] },
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    latencyMs: { control: { type: 'number', min: 0, step: 100 } },
    failSave: { control: 'boolean', description: 'Every save fails (MemoryAdapter rejects; the mock API answers 500)' },
    keepOnDiscard: { control: 'boolean', description: 'The host cancels `tag-editor-discard` (see Actions): Cancel and Escape keep the unsaved choices' },
  },
  // The chunk of a part that loads on first use, held or failed as a story's `chunk` says.
  beforeEach: applyChunkState,
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      const scenario = scenarios[args.scenario]();
      return { adapter: buildAdapter(args, scenario), selection: scenario.selection };
    },
  ],
  render: (args, { loaded }) => html`<div lang=${args.lang} style=${themeStyle(args.theme)}>
    <tag-editor
      .adapter=${loaded.adapter as CustomerAdapter}
      .selection=${loaded.selection as Selection | undefined}
      agent-role=${args.agentRole}
      style="max-width: 28rem"
      @tags-assign-start=${logAssignStart}
      @tags-assign=${logAssign}
      @tags-assign-error=${logAssignError}
      @tag-create=${logCreate}
      @tag-rename=${logRename}
      @tag-delete=${logDelete}
      @tag-editor-discard=${logDiscard(args.keepOnDiscard)}
      @tag-editor-close=${logClose}
      @change=${logChange}
    ></tag-editor>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One row of a dual-role customer selected: its tags are checked; a save changes both of its rows. */
export const SingleDualRoleCustomer: Story = { args: { scenario: 'single-dual-role' } };

/** Five customers (Contoso on both its rows) plus advisor-only Woodgrove, which is left out: mixed boxes and counts. */
export const SeveralWithMixedTags: Story = {};

/** The same, on the REST adapter over the mock API. */
export const SeveralOnMockApi: Story = { args: { adapter: 'rest' } };

/** "Select all matching" a search over 1 000 generated customers on the mock API. */
export const AllMatchingSearch: Story = { args: { scenario: 'all-matching', adapter: 'rest' } };

/** The partner has no tags yet: the hint to type a name and press Enter. */
export const EmptyTagSet: Story = { args: { scenario: 'empty-tag-set' } };

/** 150 tags in the partner's set; one selected customer already carries all of them, so a new tag is refused. */
export const HundredFiftyTags: Story = { args: { scenario: 'many-tags' } };

/** assignTags rejects with a server error: the message, nothing changed, and the choices kept for a retry. */
export const FailingSave: Story = { args: { failSave: true }, play: checkATagAndSave };

/** The mock API answers the save with 500. */
export const FailingSaveOnMockApi: Story = { args: { failSave: true, adapter: 'rest' }, play: checkATagAndSave };

/** A sales agent sees the tags and counts read-only, with a note saying why. */
export const SalesAgent: Story = { args: { agentRole: 'sales-agent' } };

export const Polish: Story = { args: { lang: 'pl' } };

/** The page's color-scheme is dark; the editor follows it through light-dark(). */
export const Dark: Story = { args: { theme: 'dark' } };

/**
 * The editor as a tag picker in a host form: it is form-associated, so its checked tags are submitted under its
 * `name`, one entry per tag, and Reset goes back to its `defaultValue`.
 */
export const PickerInHostForm: Story = {
  args: { scenario: 'picker' },
  render: (args, { loaded }) => html`<div lang=${args.lang} style=${themeStyle(args.theme)}>
    <form @submit=${showSubmitted} style="display: grid; gap: 0.75rem; max-width: 28rem">
      <label>Campaign name <input name="campaign" value="Spring renewals" /></label>
      <tag-editor
        name="tags"
        required
        .adapter=${loaded.adapter as CustomerAdapter}
        .defaultValue=${['VIP', 'Renewal Q3']}
        agent-role=${args.agentRole}
        @tag-create=${logCreate}
        @change=${logChange}
      ></tag-editor>
      <div><button type="submit">Submit</button> <button type="reset">Reset</button></div>
      <output aria-live="polite"></output>
    </form>
  </div>`,
};

/** A tag checked, then Cancel: the host cancels `tag-editor-discard` (logged in Actions), so the choice stays. */
export const DiscardKeptByHost: Story = {
  args: { keepOnDiscard: true },
  play: async ({ canvasElement }) => {
    const editor = await checkATag(canvasElement);
    editor.shadowRoot!.querySelector<HTMLElement>('[data-action="cancel-all"]')!.click();
    await editor.updateComplete;
    if (!editor.shadowRoot!.querySelector('[data-action="save"][aria-disabled="false"]')) throw new Error('The unsaved choice was discarded');
  },
};

/** "Rename or delete tags" pressed while manage mode's code is on its way: "Loading…" in the list's place. */
export const ManageModeLoading: Story = partStory('manage-mode.part', 'loading', enterManageMode);

/** Manage mode's code cannot be fetched: "Renaming and deleting tags could not be loaded." with Retry. */
export const ManageModeCannotLoad: Story = partStory('manage-mode.part', 'fails', enterManageMode);

/** Save pressed while the save's code is on its way: "Saving tags…" stays. */
export const SaveLoading: Story = partStory('save.part', 'loading', saveATag);

/** The save's code cannot be fetched: "The tags were not saved; nothing changed." with Retry; the choices stay. */
export const SaveCannotLoad: Story = partStory('save.part', 'fails', saveATag);
