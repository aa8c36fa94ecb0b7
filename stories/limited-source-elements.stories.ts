/**
 * Every other element over a limited source, as it meets Partner Center: the tag editor over a source that keeps
 * no tags, joined with a tag store; the export over a source that counts one page at a time; the billing form and
 * the order dialog over `PartnerCenterAdapter` on the fake Partner Center written from Microsoft's documentation.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CustomerAdapter } from '../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../src/adapter/memory-adapter.js';
import { PartnerCenterAdapter } from '../src/adapter/partner-center/partner-center-adapter.js';
import { MemoryTagStore } from '../src/adapter/tag-stores/memory-tag-store.js';
import { withTagStore } from '../src/adapter/with-tag-store.js';
import '../src/components/billing-profile-form/billing-profile-form.js';
import '../src/components/export-button/export-button.js';
import type { NewOrderDialog } from '../src/components/new-order-dialog/new-order-dialog.js';
import '../src/components/new-order-dialog/new-order-dialog.js';
import '../src/components/tag-editor/tag-editor.js';
import { setLocale } from '../src/localization/localization.js';
import type { CustomerRow } from '../src/model/customer.js';
import type { Selection } from '../src/model/selection.js';
import { generateDataset } from '../mocks/data/index.js';
import { mockAuthHeaders } from '../mocks/browser.js';
import { partnerCenterMock, startPartnerCenterMock } from '../mocks/partner-center/browser.js';
import { themeStyle } from './support/theme.js';

interface Args {
  rows: number;
  lang: 'en' | 'pl';
  theme: 'light' | 'dark';
}

/** PartnerCenterAdapter on the fake Partner Center, and its first reseller customer. */
async function partnerCenter(rows: number): Promise<{ adapter: CustomerAdapter; customer: CustomerRow }> {
  await startPartnerCenterMock();
  partnerCenterMock.reset({ rows, seed: 1 });
  const adapter = new PartnerCenterAdapter({ baseUrl: '/partner-center', headers: mockAuthHeaders('admin-agent'), retry: { retries: 0 } });
  const { items } = await adapter.listCustomers({ pageSize: 50 });
  return { adapter, customer: items.find((row) => row.relationship === 'cloud-reseller') ?? items[0]! };
}

const meta: Meta<Args> = {
  title: 'Limited source/Each element',
  args: { rows: 300, lang: 'en', theme: 'light' },
  argTypes: {
    rows: { control: { type: 'number', min: 1, max: 100_000 } },
    lang: { control: 'inline-radio', options: ['en', 'pl'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * <tag-editor> over every customer (a select-all) of a source that keeps no tags: the tags come from a tag store
 * joined by `withTagStore`, and the counts from the customers walked through the source.
 */
export const TagEditorWithTagStore: Story = {
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      const dataset = generateDataset({ rows: args.rows, seed: 1 });
      const tagged = Object.fromEntries(dataset.customers.slice(0, 40).map((row, index) => [row.id, [dataset.tags[index % 5]!]]));
      const store = new MemoryTagStore({ tags: dataset.tags, assignments: tagged });
      return { adapter: withTagStore(MemoryAdapter.partnerCenterLike(dataset), store, { agentRole: 'admin-agent' }) };
    },
  ],
  render: (args, { loaded: { adapter } }) => {
    const selection: Selection = { mode: 'all', query: {}, excludedKeys: [] };
    return html`<div lang=${args.lang} style=${themeStyle(args.theme)}>
      <tag-editor .adapter=${adapter as CustomerAdapter} .selection=${selection} agent-role="admin-agent"></tag-editor>
    </div>`;
  },
};

/** <export-button> over a source that counts one page at a time: it counts the rows it writes, with no percentage until the end. */
export const ExportWithoutTotals: Story = {
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      return { adapter: MemoryAdapter.partnerCenterLike({ ...generateDataset({ rows: args.rows, seed: 1 }), latencyMs: 200 }) };
    },
  ],
  render: (args, { loaded: { adapter } }) => html`<div lang=${args.lang} style=${themeStyle(args.theme)}>
    <export-button .adapter=${adapter as CustomerAdapter} page-size="100"></export-button>
  </div>`,
};

/** <billing-profile-form> over PartnerCenterAdapter: the documented profile, the contact's name and phone in `defaultAddress`. */
export const BillingOnPartnerCenter: Story = {
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      return partnerCenter(args.rows);
    },
  ],
  render: (args, { loaded: { adapter, customer } }) => html`<div lang=${args.lang} style=${themeStyle(args.theme)}>
    <billing-profile-form .adapter=${adapter as CustomerAdapter} customer-id=${(customer as CustomerRow).id} agent-role="admin-agent"></billing-profile-form>
  </div>`,
};

/** <new-order-dialog> over PartnerCenterAdapter: catalogs from the documented target views, products through SKUs and availabilities. */
export const NewOrderOnPartnerCenter: Story = {
  loaders: [
    async ({ args }) => {
      await setLocale(args.lang);
      return partnerCenter(args.rows);
    },
  ],
  render: (args, { loaded: { adapter, customer } }) => html`<div lang=${args.lang} style=${themeStyle(args.theme)}>
    <button type="button" @click=${(event: Event) => void (event.currentTarget as HTMLElement).parentElement!.querySelector<NewOrderDialog>('new-order-dialog')!.show({ customer: customer as CustomerRow })}>
      Open new order
    </button>
    <new-order-dialog .adapter=${adapter as CustomerAdapter} agent-role="admin-agent"></new-order-dialog>
  </div>`,
};
