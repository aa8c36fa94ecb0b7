/** Mounting a <customer-list> and reading what a user sees in it. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/browser/wait.js';
import { buttonWithText, mountElement, rowsInOrder, shadowOf, untilDrawn } from '../../support/browser/element-harness.js';
import '../../../src/components/customer-list/customer-list.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import type { AgentRole, CustomerAdapter } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { isSearchTooLong } from '../../../src/model/query.js';
import { contractFixture } from '../../../src/testing/index.js';
import { choose, click, typeInto, type ClickOptions } from '../../support/browser/input.js';

export interface MountOptions {
  adapter?: CustomerAdapter;
  role?: AgentRole;
  /** Wait for the first rows (default true). */
  waitForRows?: boolean;
  height?: string;
}

export async function mountList({ adapter = new MemoryAdapter(contractFixture()), role = 'admin-agent', waitForRows = true, height = '480px' }: MountOptions = {}): Promise<CustomerList> {
  const list = await mountElement<CustomerList>('customer-list', { adapter, role, attributes: { 'search-debounce': '0' }, style: `--customer-list-height: ${height}` });
  if (waitForRows) await waitForRowsOf(list);
  return list;
}

export const shadow: (list: CustomerList) => ShadowRoot = shadowOf;

export async function waitForRowsOf(list: CustomerList): Promise<void> {
  await untilDrawn(
    list,
    () => grid(list)?.getAttribute('aria-busy') === 'false' && (dataRows(list).some((row) => !row.classList.contains('pending')) || shadow(list).querySelector('.state:not(.skeletons)') !== null),
    'rows did not render',
  );
}

/** Rendered data rows in display order. */
export const dataRows: (list: CustomerList) => HTMLElement[] = rowsInOrder;

export function names(list: CustomerList): string[] {
  return dataRows(list).map((row) => row.querySelector('a')?.textContent ?? '');
}

export function cellText(row: HTMLElement, column: string): string {
  return row.querySelector<HTMLElement>(`.cell.${column}`)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The tags a row holds, in order, as a screen reader reads its Tags cell: the chips drawn and those counted in
 * "+N" (the hidden names behind it), without the "+N" itself.
 */
export function rowTags(row: HTMLElement): string[] {
  const cell = row.querySelector<HTMLElement>('.cell.tags');
  if (!cell) return [];
  return [...cell.querySelectorAll<HTMLElement>('[part~=tag]:not(.more), .visually-hidden > span')].map((tag) => tag.textContent!.trim());
}

export function checkbox(row: HTMLElement): HTMLInputElement {
  return row.querySelector<HTMLInputElement>('input[type=checkbox]')!;
}

export function headerCell(list: CustomerList, label: string): HTMLElement {
  const cell = [...shadow(list).querySelectorAll<HTMLElement>('[role=columnheader]')].find((header) => header.textContent?.trim().startsWith(label));
  if (!cell) throw new Error(`no column header "${label}"`);
  return cell;
}

/** A toolbar or state button by its drawn text. */
export const button: (list: CustomerList, label: string) => HTMLButtonElement | undefined = buttonWithText;

/** Types into the search box with the keyboard (choosing the "Search by" field first), then waits for the list. */
export async function search(list: CustomerList, text: string, field?: 'companyName' | 'primaryDomain' | 'id'): Promise<void> {
  if (field) await choose(shadow(list).querySelector<HTMLSelectElement>('[part=search-field-select]')!, field);
  await typeInto(searchInput(list), text);
  await settle(list);
}

export function searchInput(list: CustomerList): HTMLInputElement {
  return shadow(list).querySelector<HTMLInputElement>('[part=search-input]')!;
}

/** Clicks a row's checkbox with the mouse (Shift held for a range) and waits for the render. */
export async function clickCheckbox(list: CustomerList, row: HTMLElement, modifiers: ClickOptions['modifiers'] = []): Promise<void> {
  await click(checkbox(row), { modifiers });
  await list.updateComplete;
}

/** Rows the list shows as selected. */
export function selectedRows(list: CustomerList): HTMLElement[] {
  return dataRows(list).filter((row) => row.getAttribute('aria-selected') === 'true');
}

/**
 * Waits until what the search box holds is the search in effect (its pause has passed; a text too long to
 * search never is), then until the query that started has answered and rendered. Conditions, not a sleep: on
 * a loaded machine the search's timer can fire well after any fixed wait.
 */
export async function settle(list: CustomerList): Promise<void> {
  const box = searchInput(list);
  await waitUntil(() => box.value === list.searchText || isSearchTooLong(box.value), 'the search box text was never searched', { timeout: 20_000 });
  // The update that follows a new search renders the grid busy: only after it does "not busy" mean answered.
  await list.updateComplete;
  await waitUntil(() => shadow(list).querySelector('[role=grid]')?.getAttribute('aria-busy') === 'false', 'list stayed busy', { timeout: 20_000 });
  await list.updateComplete;
}

export function grid(list: CustomerList): HTMLElement {
  return shadow(list).querySelector<HTMLElement>('[role=grid]')!;
}

export const columnsCommand = (list: CustomerList) => shadow(list).querySelector<HTMLButtonElement>('[data-command=columns]')!;
export const columnsMenu = (list: CustomerList) => shadow(list).querySelector<HTMLElement>('[part=columns-menu]')!;

/** The column ids of the header, and of the first data row, in the order drawn on screen (left to right). */
export function drawnColumns(list: CustomerList): { header: string[]; row: string[] } {
  const byX = (cells: HTMLElement[]) => cells.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
  const header = byX([...shadow(list).querySelectorAll<HTMLElement>('[role=columnheader][data-column-id]')]).map((cell) => cell.dataset.columnId!);
  const ids = ['id', 'companyName', 'primaryDomain', 'relationship', 'tags'];
  const row = byX([...dataRows(list)[0]!.querySelectorAll<HTMLElement>('[role=gridcell]')].filter((cell) => ids.some((id) => cell.classList.contains(id)))).map((cell) => ids.find((id) => cell.classList.contains(id))!);
  return { header, row };
}

export async function openColumnsMenu(list: CustomerList): Promise<void> {
  await click(columnsCommand(list));
  await untilMenuOpen(list, columnsMenu);
}

/**
 * Waits for a menu the agent just asked for: it loads on its command's first use (overlays/lazy-opener.ts), then
 * opens; once loaded it opens at once. Fails when it never opens.
 */
export async function untilMenuOpen(list: CustomerList, menu: (list: CustomerList) => HTMLElement | null): Promise<void> {
  await list.updateComplete;
  await waitUntil(() => menu(list)?.matches(':popover-open') === true, 'the menu is open');
}
