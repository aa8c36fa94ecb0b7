/** Mounting a <tag-editor> and reading what a user sees in it. */
import { buttonNamed, clickAndRender, clickButtonNamed, mountElement, partOf, pasteFromClipboard, readText, shadowOf, untilDrawn } from '../../support/browser/element-harness.js';
import '../../../src/components/tag-editor/tag-editor.js';
import type { TagEditor } from '../../../src/components/tag-editor/tag-editor.js';
import type { AgentRole, AssignTagsRequest, AssignTagsResult, CustomerAdapter, TagCounts } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import { rowKey, type Relationship } from '../../../src/model/customer.js';
import type { Selection } from '../../../src/model/selection.js';
import { contractFixture } from '../../../src/testing/index.js';
import { nextEvent, settle } from '../../support/browser/element.js';
import { deepActiveElement, expectFocusOn, press, typeInto } from '../../support/browser/input.js';

export interface EditorOptions {
  adapter?: CustomerAdapter;
  role?: AgentRole;
  selection?: Selection;
  /** A CSS width for the editor, e.g. the popover's `26rem`; default the page's width. */
  width?: string;
}

export async function mountEditor({ adapter = new MemoryAdapter(contractFixture()), role = 'admin-agent', selection, width }: EditorOptions = {}): Promise<TagEditor> {
  const editor = await mountElement<TagEditor>('tag-editor', { adapter, role, properties: { selection }, style: width ? `width: ${width}` : '' });
  await waitForTags(editor);
  return editor;
}

export async function waitForTags(editor: TagEditor): Promise<void> {
  await untilDrawn(editor, () => !shadow(editor).textContent?.includes('Loading tags…'), 'tags did not load');
}

/** A selection of rows by Microsoft ID and relationship. */
export function rows(...pairs: [string, Relationship][]): Selection {
  return { mode: 'some', keys: pairs.map(([id, relationship]) => rowKey({ id, relationship })) };
}

export const shadow: (editor: TagEditor) => ShadowRoot = shadowOf;

/** The checkbox of a tag, by its visible name. */
export function tagBox(editor: TagEditor, tag: string): HTMLElement {
  const box = [...shadow(editor).querySelectorAll<HTMLElement>('[role=checkbox]')].find((item) => item.querySelector('.name')?.textContent === tag);
  if (!box) throw new Error(`no checkbox for tag ${JSON.stringify(tag)}; tags: ${visibleTags(editor).join(', ')}`);
  return box;
}

export function visibleTags(editor: TagEditor): string[] {
  return [...shadow(editor).querySelectorAll('[role=checkbox] .name, .manage-row .name')].map((name) => name.textContent ?? '');
}

/** `tag: aria-checked` for every visible tag. */
export function states(editor: TagEditor): Record<string, string> {
  return Object.fromEntries([...shadow(editor).querySelectorAll<HTMLElement>('[role=checkbox]')].map((item) => [item.querySelector('.name')!.textContent!, item.getAttribute('aria-checked')!]));
}

export function filterInput(editor: TagEditor): HTMLInputElement {
  return partOf<HTMLInputElement>(editor, 'filter-input');
}

export const button: (editor: TagEditor, label: string | RegExp) => HTMLButtonElement | undefined = buttonNamed;

/** The text of the message the filter box describes itself with. */
export function notice(editor: TagEditor): string {
  return shadow(editor).querySelector('#notice')?.textContent?.trim() ?? '';
}

/** Every visible text of the editor, white space collapsed. */
export function text(editor: TagEditor): string {
  return readText(shadow(editor).querySelector<HTMLElement>('.editor')!);
}

/** Types into the filter box with the keyboard, replacing what it held (clicking into it first), then waits for the render. */
export async function typeInFilter(editor: TagEditor, value: string): Promise<void> {
  await typeInto(filterInput(editor), value);
  await editor.updateComplete;
}

/**
 * Puts text the keyboard cannot type (a tab, a line break) into a box the way a person does: copied elsewhere,
 * then pasted with Control+V over what the box held.
 */
export async function pasteInto(input: HTMLInputElement, value: string): Promise<void> {
  await typeInto(input, '');
  await pasteFromClipboard(value);
}

/** Types a name into the filter box and presses Enter, then waits for the create (or its refusal) to render. */
export async function enterTag(editor: TagEditor, value: string): Promise<void> {
  await typeInFilter(editor, value);
  await press('Enter');
  await settle(editor);
}

/** Clicks a tag's checkbox with the mouse and waits for the render. */
export async function clickTag(editor: TagEditor, tag: string): Promise<void> {
  await clickAndRender(editor, tagBox(editor, tag));
}

/** Clicks a button of the editor, found by its accessible name, and waits for the render. */
export async function clickButton(editor: TagEditor, label: string | RegExp): Promise<void> {
  await clickButtonNamed(editor, label);
}

/**
 * Clicks "Rename or delete tags" and waits for the manage list: manage mode's code loads on first use
 * (lazy-manage-mode.ts), so its rows may come a moment after the click.
 */
export async function enterManageMode(editor: TagEditor): Promise<void> {
  await clickButton(editor, 'Rename or delete tags');
  await untilDrawn(editor, () => shadow(editor).querySelector('.manage, [part=message].hint'), 'manage mode did not open');
}

/** Presses a key where focus is, then waits for the editor to render. */
export async function pressIn(editor: TagEditor, key: string): Promise<void> {
  await press(key);
  await editor.updateComplete;
}

/** The tag whose checkbox has focus, or undefined. */
export function focusedTag(): string | undefined {
  return (deepActiveElement() as HTMLElement | null)?.dataset?.tag;
}

/** A MemoryAdapter that records assignTags calls and can be made to fail or wait. */
export class RecordingAdapter extends MemoryAdapter {
  readonly assignCalls: AssignTagsRequest[] = [];
  failWith: unknown;
  gate: Promise<void> | undefined;
  /** Each countTags call waits for the gate set when it was asked: answers can then arrive out of order. */
  countGate: Promise<void> | undefined;

  override async countTags(selection: Selection, signal?: AbortSignal): Promise<TagCounts> {
    const gate = this.countGate;
    const counts = await super.countTags(selection, signal);
    await gate;
    return counts;
  }

  override async assignTags(request: AssignTagsRequest, signal?: AbortSignal): Promise<AssignTagsResult> {
    this.assignCalls.push(structuredClone(request));
    await this.gate;
    if (this.failWith !== undefined) throw this.failWith;
    return super.assignTags(request, signal);
  }
}

/** The tags the adapter stores on a customer (its first row). */
export async function storedTags(adapter: CustomerAdapter, id: string): Promise<string[][]> {
  const page = await adapter.listCustomers({ search: { field: 'id', text: id }, pageSize: 10 });
  return page.items.map((row) => row.tags);
}

export { deepActiveElement, expectFocusOn, nextEvent, settle };
