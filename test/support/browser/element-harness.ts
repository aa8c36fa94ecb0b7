/**
 * What every element's tests do with an element, written once: mount it with an adapter (an agent role, a size),
 * wait until it has drawn, reach into its shadow root, find its parts, rows and buttons, click and wait for the
 * render. A per-element harness (`test/components/<element>/*-harness.ts`) keeps only what is its element's own:
 * which condition means "loaded", which parts it has, the fake adapters its tests need.
 *
 * Teardown is @open-wc's: `fixture` puts the element in a container that its `afterEach` (fixtureCleanup) removes,
 * so an element's `disconnectedCallback` runs after every test and no harness tears down by hand.
 */
import { fixture } from '@open-wc/testing';
import type { AgentRole, CustomerAdapter } from '../../../src/adapter/customer-adapter.js';
import { click, press } from './input.js';
import { waitUntil, WAIT_LIMIT_MS } from './wait.js';

/** An element of the library: it renders with Lit, so `updateComplete` resolves after its next render. */
export type RenderedElement = HTMLElement & { readonly updateComplete: Promise<unknown> };

export interface MountSpec {
  adapter: CustomerAdapter;
  /** The `agent-role` attribute; left off when not given (the element's default). */
  role?: AgentRole;
  /** Attributes set before the element is connected, as a template's static attributes are. */
  attributes?: Record<string, string>;
  /**
   * Properties set before the element is connected, as a template's `.prop=${…}` bindings are: a key given
   * with `undefined` is still assigned, as a binding to `undefined` is.
   */
  properties?: Record<string, unknown>;
  /** The `style` attribute, e.g. a height custom property. */
  style?: string;
}

/**
 * Creates `<tag>`, gives it its adapter, properties and attributes before it is connected (so its first render
 * already has them, as in a page), puts it on the page and waits for that render.
 */
export async function mountElement<T extends RenderedElement>(tag: string, { adapter, role, attributes = {}, properties = {}, style }: MountSpec): Promise<T> {
  const element = document.createElement(tag) as T;
  Object.assign(element, { adapter, ...properties });
  if (role !== undefined) element.setAttribute('agent-role', role);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (style !== undefined) element.setAttribute('style', style);
  return fixture<T>(element);
}

export function shadowOf(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no open shadow root`);
  return element.shadowRoot;
}

/**
 * Waits (polling, up to the shared limit) until `drawn` holds for the element, then for its render: how each
 * harness says "loaded", "rows shown" or "settled".
 */
export async function untilDrawn(element: RenderedElement, drawn: () => unknown, message: string): Promise<void> {
  await waitUntil(drawn, message, { timeout: WAIT_LIMIT_MS });
  await element.updateComplete;
}

/** The first element of the shadow root whose `part` names `part` (the attribute is a list of names). */
export function partOf<T extends HTMLElement = HTMLElement>(element: Element, part: string): T {
  return shadowOf(element).querySelector<T>(`[part~=${part}]`)!;
}

/** The grid's drawn data rows (`.data-row`) in display order (by `aria-rowindex`, not DOM order). */
export function rowsInOrder(element: Element): HTMLElement[] {
  return [...shadowOf(element).querySelectorAll<HTMLElement>('.data-row')].sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

/** A button's accessible name as these elements give it: its aria-label, else its text. */
export function buttonName(button: HTMLButtonElement): string {
  return button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '';
}

/** The element's button whose accessible name (aria-label, else text) is `label` or matches it. */
export function buttonNamed(element: Element, label: string | RegExp): HTMLButtonElement | undefined {
  return [...shadowOf(element).querySelectorAll<HTMLButtonElement>('button')].find((candidate) => {
    const name = buttonName(candidate);
    return typeof label === 'string' ? name === label : label.test(name);
  });
}

/** The element's button whose drawn text (not its aria-label) is `label`: for buttons that show their name. */
export function buttonWithText(element: Element, label: string): HTMLButtonElement | undefined {
  return [...shadowOf(element).querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === label);
}

/** Clicks `target` with the mouse, then waits for the element's render (or for `after`, when given). */
export async function clickAndRender(element: RenderedElement, target: Element, after: (element: RenderedElement) => Promise<unknown> = (host) => host.updateComplete): Promise<void> {
  await click(target);
  await after(element);
}

/**
 * Clicks the button named `label` (see `buttonNamed`) with the mouse and waits as `clickAndRender` does; fails
 * naming the buttons there are when none has that name.
 */
export async function clickButtonNamed(element: RenderedElement, label: string | RegExp, after?: (element: RenderedElement) => Promise<unknown>): Promise<void> {
  const target = buttonNamed(element, label);
  if (!target) throw new Error(`no button ${String(label)} in <${element.localName}>; buttons: ${[...shadowOf(element).querySelectorAll('button')].map((b) => buttonName(b as HTMLButtonElement)).join(', ')}`);
  await clickAndRender(element, target, after);
}

/** What a person reads in `box`: its rendered text (`innerText`, so hidden text is left out), white space collapsed. */
export function readText(box: HTMLElement): string {
  return box.innerText.replace(/\s+/g, ' ');
}

/**
 * Pastes `text` where focus is with the keyboard, as a person brings in a value copied elsewhere (the clipboard
 * is filled first, as copying in another application would).
 */
export async function pasteFromClipboard(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  await press('ControlOrMeta+v');
}
