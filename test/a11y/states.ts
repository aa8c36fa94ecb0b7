/**
 * Every element in each state the axe tests cover, reached with real input, for the checks that measure what is
 * drawn (contrast.test.ts) and the second engine (equal-access.test.ts). A scenario drives one flow and calls
 * `check(step, root)` at each state worth checking; `root` is what a person sees at that moment (the open side
 * panel, not the list greyed out behind its backdrop). Pages: light, dark (a host page that links
 * themes/dark.css and paints itself from it), and Polish right to left.
 */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/browser/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CustomerList } from '../../src/components/customer-list/customer-list.js';
import type { NewOrderDialog } from '../../src/components/new-order-dialog/new-order-dialog.js';
import type { TagEditor } from '../../src/components/tag-editor/tag-editor.js';
import type { BillingProfileForm } from '../../src/components/billing-profile-form/billing-profile-form.js';
import type { ExportButton } from '../../src/components/export-button/export-button.js';
import type { CustomerPage, ListCustomersRequest } from '../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../src/adapter/memory-adapter.js';
import { setLocale } from '../../src/localization/localization.js';
import { generateDataset } from '../../mocks/data/index.js';
import { IDS } from '../../src/testing/index.js';
import { cellText, clickCheckbox, dataRows, mountList } from '../components/customer-list/list-harness.js';
import { clickTag, waitForTags } from '../components/tag-editor/editor-harness.js';
import { openDialog, pickProduct, settle as settleDialog } from '../components/new-order-dialog/dialog-harness.js';
import { edit, loaded, memoryAdapter } from '../components/billing-profile-form/form-harness.js';
import { ActivityAdapter, dataRows as recordRows, disclosure, mountLog, record, settled } from '../components/activity-log/log-harness.js';
import { nextEvent } from '../support/browser/element.js';
import { click } from '../support/browser/input.js';

export type Checkpoint = (step: string, root: Element) => Promise<void>;

export interface Scenario {
  name: string;
  run(check: Checkpoint): Promise<void>;
}

export type Page = 'light' | 'dark' | 'Polish, right to left';

/**
 * Dresses the test page as a host page would and returns how to undo it. Dark: the user prefers dark and the
 * page links themes/dark.css and paints its own background and text from the same tokens.
 */
export async function dressPage(page: Page): Promise<() => Promise<void>> {
  const root = document.documentElement;
  if (page === 'dark') {
    await emulateMedia({ colorScheme: 'dark' });
    const style = document.createElement('style');
    style.textContent = `${await (await fetch('/themes/dark.css')).text()}
      :root { color-scheme: dark; background: var(--customer-list-background); color: var(--customer-list-text-color); }`;
    document.head.append(style);
    return async () => {
      style.remove();
      await emulateMedia({ colorScheme: 'light' });
    };
  }
  await emulateMedia({ colorScheme: 'light' });
  if (page === 'Polish, right to left') {
    await setLocale('pl');
    root.lang = 'pl';
    root.dir = 'rtl';
    return async () => {
      await setLocale('en');
      root.lang = 'en';
      root.dir = 'ltr';
    };
  }
  return async () => {};
}

const BASIC = 'Microsoft 365 Business Basic';

function rowOf(list: CustomerList, id: string): HTMLElement {
  const row = dataRows(list).find((candidate) => cellText(candidate, 'id') === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

/** Clicks a command of the list's command bar (found by its name, whatever the language). */
async function clickCommand(list: CustomerList, name: string): Promise<void> {
  await click(list.shadowRoot!.querySelector(`[data-command=${name}]`)!);
}

/** Clicks a button of the dialog (found by its action, whatever the language) and waits for the render. */
async function clickAction(dialog: NewOrderDialog, selector: string): Promise<void> {
  await click(dialog.shadowRoot!.querySelector(selector)!);
  await settleDialog(dialog);
}

/** An adapter whose customer pages wait until the test lets one through, so an export stays in progress. */
function gatedAdapter(): { adapter: MemoryAdapter; allow(): void } {
  const inner = new MemoryAdapter(generateDataset({ rows: 2000, seed: 1 }));
  const waiting: (() => void)[] = [];
  let allowed = 0;
  const pass = () => {
    while (allowed > 0 && waiting.length) {
      allowed--;
      waiting.shift()!();
    }
  };
  const adapter = Object.assign(Object.create(inner) as MemoryAdapter, {
    listCustomers: (request: ListCustomersRequest, signal?: AbortSignal): Promise<CustomerPage> =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        pass();
      }).then(() => inner.listCustomers(request, signal)),
  });
  return { adapter, allow: () => ((allowed += 1), pass()) };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'customer list',
    async run(check) {
      const list = await mountList();
      await check('rows, nothing selected', list);
    },
  },
  {
    name: 'customer list with a selection',
    async run(check) {
      const list = await mountList();
      await clickCheckbox(list, dataRows(list)[0]!);
      await clickCheckbox(list, dataRows(list)[2]!);
      await check('two rows selected', list);
    },
  },
  {
    name: 'tag editor in the Manage tags popover',
    async run(check) {
      const list = await mountList();
      await clickCheckbox(list, rowOf(list, IDS.contoso10));
      await clickCommand(list, 'manage-tags');
      await waitUntil(() => list.shadowRoot!.querySelector('tag-editor'), 'no editor opened');
      const editor = list.shadowRoot!.querySelector<TagEditor>('tag-editor')!;
      await waitForTags(editor);
      await clickTag(editor, 'Gov');
      await check('a tag marked to add', list);
    },
  },
  {
    name: 'order dialog',
    async run(check) {
      const dialog = await openDialog();
      await check('catalogs', dialog);
      await clickAction(dialog, '[data-catalog=online-services]');
      await check('products, the cart empty', dialog);
      await pickProduct(dialog, BASIC, '4');
      await check('a product picked', dialog);
      await clickAction(dialog, '[data-action=add]');
      await check('a line in the cart', dialog);
      await clickAction(dialog, '[data-action=review]');
      await check('review', dialog);
      const created = nextEvent(dialog, 'order-create');
      await clickAction(dialog, '[data-action=submit]');
      await created;
      await settleDialog(dialog);
      await check('submitted', dialog);
    },
  },
  {
    name: 'billing panel',
    async run(check) {
      const list = await mountList({ adapter: memoryAdapter() });
      await clickCheckbox(list, rowOf(list, IDS.lodz));
      await clickCommand(list, 'billing');
      // The panel's code loads on the command's first use: find the panel once it is there.
      const openPanel = () => list.shadowRoot!.querySelector<HTMLDialogElement>('[part=billing-panel]');
      await waitUntil(() => openPanel()?.open && openPanel()!.querySelector('billing-profile-form'), 'the panel did not open');
      const panel = openPanel()!;
      const form = panel.querySelector<BillingProfileForm>('billing-profile-form')!;
      await loaded(form);
      await edit(form, 'email', 'not an address');
      await waitUntil(() => form.shadowRoot!.querySelector('[part=error]'), 'no field error shown');
      await check('an invalid field', panel);
    },
  },
  {
    name: 'export button',
    async run(check) {
      const { adapter, allow } = gatedAdapter();
      const exporter = await fixture<ExportButton>(html`<export-button .adapter=${adapter} page-size="500"></export-button>`);
      await check('idle', exporter);
      await click(exporter.shadowRoot!.querySelector('[part=button]')!);
      const progress = nextEvent(exporter, 'export-progress');
      allow();
      await progress;
      await exporter.updateComplete;
      await check('an export in progress', exporter);
      exporter.cancel();
    },
  },
  {
    // Collapsed and with one record expanded (its details are one gridcell across the row).
    name: 'activity log',
    async run(check) {
      const log = await mountLog(new ActivityAdapter(Array.from({ length: 12 }, (_, index) => record(index, index + 1))));
      await check('records', log);
      await click(disclosure(recordRows(log)[0]!));
      await settled(log);
      await check('a record expanded', log);
    },
  },
];
