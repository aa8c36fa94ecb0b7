/**
 * Real input for the browser tests: every click, key and keystroke goes through Playwright into the browser's
 * own input pipeline (hit testing, default actions, focus, `:focus-visible`), as a person's would. A synthetic
 * `element.click()` or a dispatched `KeyboardEvent` skips all of that, which is how a checkbox that never showed
 * its state once passed every test. `npm run lint:input` refuses synthetic input outside a marked allow-list.
 */
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The innermost element drawn at a point, looking inside open shadow roots: what a click there hits. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether `inner` is `outer` or inside it, across shadow roots and slots. */
export function composedContains(outer: Node, inner: Node | null): boolean {
  for (let node: Node | null = inner; node; node = (node as Element).assignedSlot ?? node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node === outer) return true;
  }
  return false;
}

async function nextFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function inViewport(rect: DOMRect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth;
}

/** A point inside the element, in viewport pixels, scrolling the element into view first as a person would. */
async function pointOn(element: Element, offset?: { x: number; y: number }): Promise<[number, number]> {
  if (!inViewport(element.getBoundingClientRect())) {
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    await nextFrame();
  }
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) throw new Error(`cannot click ${describe(element)}: it has no box (hidden or not rendered)`);
  const x = offset ? rect.left + offset.x : rect.left + rect.width / 2;
  const y = offset ? rect.top + offset.y : rect.top + rect.height / 2;
  return [Math.round(x), Math.round(y)];
}

export interface ClickOptions {
  /** Hold Shift (a range) or Control/Meta while clicking. */
  modifiers?: readonly ('Shift' | 'Control' | 'Alt' | 'Meta')[];
  /** Where to click, from the element's top-left corner; default its center. */
  offset?: { x: number; y: number };
  /** Double-click. */
  double?: boolean;
}

/**
 * Clicks the element with the mouse. Fails, naming what is in the way, when something else is drawn on top of
 * it at that point: a person could not click it either.
 */
export async function click(element: Element, { modifiers = [], offset, double = false }: ClickOptions = {}): Promise<void> {
  const [x, y] = await pointOn(element, offset);
  const hit = deepElementFromPoint(x, y);
  if (!composedContains(element, hit)) throw new Error(`cannot click ${describe(element)}: ${hit ? describe(hit) : 'nothing'} is drawn on top of it at (${x}, ${y})`);
  for (const key of modifiers) await sendKeys({ down: key });
  try {
    if (double) await executeServerCommand('double-click', { position: [x, y] });
    else await sendMouse({ type: 'click', position: [x, y] });
  } finally {
    for (const key of [...modifiers].reverse()) await sendKeys({ up: key });
  }
}

/**
 * Presses the left mouse button on the element (its center) and keeps it down; returns the release, which lifts
 * the button wherever the pointer is. For what happens between mousedown and mouseup: a blur, and whether
 * anything moves under the pressed pointer.
 */
export async function pressMouseOn(element: Element): Promise<() => Promise<void>> {
  const [x, y] = await pointOn(element);
  const hit = deepElementFromPoint(x, y);
  if (!composedContains(element, hit)) throw new Error(`cannot press on ${describe(element)}: ${hit ? describe(hit) : 'nothing'} is drawn on top of it at (${x}, ${y})`);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down', button: 'left' });
  return async () => {
    await sendMouse({ type: 'up', button: 'left' });
  };
}

/** Moves the mouse over the element (hover) without clicking. */
export async function hover(element: Element): Promise<void> {
  const [x, y] = await pointOn(element);
  await sendMouse({ type: 'move', position: [x, y] });
}

/** Moves the mouse away to the page's corner, so no hover state lingers into the next test. */
export async function releaseMouse(): Promise<void> {
  await resetMouse();
}

/** Presses one key or chord, e.g. `Enter`, `Shift+Tab`, `Control+Home`. */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses a key several times. */
export async function pressRepeatedly(key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

/** Types text into whatever has focus, one key at a time. */
export async function type(text: string): Promise<void> {
  if (text) await sendKeys({ type: text });
}

/** Inserts text into the focused control at once, as a paste or an input method does: one input event. */
export async function paste(text: string): Promise<void> {
  await executeServerCommand('insert-text', { text });
}

/**
 * Clicks into a text box, selects what it holds and types `text` over it (an empty text clears it), as a
 * person replaces a value.
 */
export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await click(input);
  if (input.value) {
    await press('ControlOrMeta+a');
    await press('Backspace');
  }
  await type(text);
}

/**
 * Chooses an option of a `<select>` by its value, through Playwright's `selectOption` (it checks the control is
 * visible and enabled, then picks as a person's choice in the popup would, firing input and change).
 */
export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  const marker = `select-${Math.random().toString(36).slice(2)}`;
  select.setAttribute('data-test-select', marker);
  try {
    await executeServerCommand('select-option', { selector: `[data-test-select="${marker}"]`, value });
  } finally {
    select.removeAttribute('data-test-select');
  }
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus; fails after `limit` presses. The keyboard way to reach a
 * control, and a check that it can be reached at all.
 */
export async function tabTo(target: Element, { backwards = false, limit = 40 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (deepActiveElement() === target) return;
    await press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (deepActiveElement() !== target) throw new Error(`${describe(target)} was not reached in ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; focus is on ${describe(deepActiveElement())}`);
}

/**
 * Fails, naming both elements, unless `expected` has focus. Use it instead of chai's `expect(a).to.equal(b)` on
 * elements: chai's failure message serializes the DOM and can hang the test page.
 */
export function expectFocused(expected: Element | null | undefined, because = ''): void {
  const active = deepActiveElement();
  if (!expected) throw new Error(`expected an element to have focus${because ? ` (${because})` : ''}, but there was none to expect; focus is on ${describe(active)}`);
  if (active !== expected) throw new Error(`expected ${describe(expected)} to have focus${because ? ` (${because})` : ''}, but focus is on ${describe(active)}`);
}

/** Fails when focus is on the page's body (or nowhere): after an action, focus must land somewhere sensible. */
export function expectFocusNotLost(action = 'the action'): Element {
  const active = deepActiveElement();
  if (!active || active === document.body || active === document.documentElement) throw new Error(`focus was dropped to <body> after ${action}`);
  return active;
}

/**
 * Fails, naming both, unless `target` has focus. Compare elements this way, not with `expect(a).to.equal(b)`:
 * a failing chai assertion on DOM nodes makes the test runner serialize them, which crashes the browser session
 * ("browser disconnected") instead of reporting the failure.
 */
export function expectFocusOn(target: Element | null | undefined, what = 'where focus is'): void {
  const active = deepActiveElement();
  if (active !== target) throw new Error(`${what}: focus is on ${describe(active)}, not on ${describe(target ?? null)}`);
}

/** Runs an action, waits for the page to draw, and fails if focus ended on <body>. Returns the focused element. */
export async function keepsFocus(action: () => Promise<unknown> | unknown, what = 'the action'): Promise<Element> {
  await action();
  await nextFrame();
  return expectFocusNotLost(what);
}

/**
 * Runs an action and fails if any of the watched elements moved (a layout shift): an element under the
 * pointer must stay where the person is about to click again. Returns the largest movement seen.
 */
export async function withoutLayoutShift(watched: readonly Element[], action: () => Promise<unknown> | unknown, tolerance = 0.5): Promise<void> {
  const before = watched.map((element) => element.getBoundingClientRect());
  await action();
  await nextFrame();
  watched.forEach((element, index) => {
    const was = before[index]!;
    const now = element.getBoundingClientRect();
    const moved = Math.max(Math.abs(now.top - was.top), Math.abs(now.left - was.left));
    if (!element.isConnected) throw new Error(`${describe(element)} was removed by the action`);
    if (moved > tolerance) throw new Error(`${describe(element)} moved by ${moved.toFixed(1)} px (from ${was.left.toFixed(0)},${was.top.toFixed(0)} to ${now.left.toFixed(0)},${now.top.toFixed(0)}): a layout shift under the pointer`);
  });
}

/**
 * Whether the element's box is inside its scroll container's visible area (scroll bars excluded) and the page's
 * viewport, on both axes or only one. Allows 1 px for sub-pixel positions the page's whole-pixel scroll rounds.
 */
export function isFullyVisible(element: Element, container?: Element, axes: 'both' | 'block' | 'inline' = 'both'): boolean {
  const slack = 1;
  const rect = element.getBoundingClientRect();
  let area = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  if (container) {
    const box = container.getBoundingClientRect();
    const left = box.left + container.clientLeft;
    const top = box.top + container.clientTop;
    area = { left: Math.max(0, left), top: Math.max(0, top), right: Math.min(innerWidth, left + container.clientWidth), bottom: Math.min(innerHeight, top + container.clientHeight) };
  }
  const inline = rect.left >= area.left - slack && rect.right <= area.right + slack;
  const block = rect.top >= area.top - slack && rect.bottom <= area.bottom + slack;
  return axes === 'inline' ? inline : axes === 'block' ? block : inline && block;
}

/** A short description of an element for failure messages: tag, role, label or text. */
export function describe(element: Element | null): string {
  if (!element) return 'nothing';
  const label = element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
  const role = element.getAttribute('role');
  return `<${element.localName}${role ? ` role=${role}` : ''}>${label ? ` "${label}"` : ''}`;
}

/**
 * Drags with the mouse: presses the left button on `element` (its center, or `offset` from its top-left corner),
 * moves by `by` pixels in `steps` moves, as a hand does, and releases there. Pointer events, capture and the
 * click that follows are the browser's own.
 */
export async function drag(element: Element, by: { x: number; y?: number }, { offset, steps = 6 }: { offset?: { x: number; y: number }; steps?: number } = {}): Promise<void> {
  const [x, y] = await pointOn(element, offset);
  const hit = deepElementFromPoint(x, y);
  if (!composedContains(element, hit)) throw new Error(`cannot drag ${describe(element)}: ${hit ? describe(hit) : 'nothing'} is drawn on top of it at (${x}, ${y})`);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down', button: 'left' });
  try {
    for (let step = 1; step <= steps; step++) {
      await sendMouse({ type: 'move', position: [Math.round(x + (by.x * step) / steps), Math.round(y + ((by.y ?? 0) * step) / steps)] });
    }
  } finally {
    await sendMouse({ type: 'up', button: 'left' });
  }
}

/**
 * Types a date (`YYYY-MM-DD`) into an `<input type=date>` as a person does in Chromium: clicks its first
 * segment and types the digits in the browser locale's segment order (month, day, year in en-US), which moves
 * from segment to segment by itself. Then reads the input's value back and fails, naming what arrived, unless
 * it is the date asked for: an element that writes into the field while it is half-typed shows up here.
 */
export async function typeDate(input: HTMLInputElement, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  const digits: Record<string, string> = { year, month, day };
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(Date.UTC(2000, 0, 2)))
    .filter((part) => part.type in digits)
    .map((part) => part.type);
  // The first segment is where the field's text begins (a left-to-right field).
  await click(input, { offset: { x: 12, y: input.getBoundingClientRect().height / 2 } });
  await type(order.map((segment) => digits[segment]).join(''));
  await nextFrame();
  if (input.value !== iso) throw new Error(`typed the date ${iso} into ${describe(input)}, but its value is ${input.value ? input.value : "'' (a segment left blank or rejected)"}`);
}
