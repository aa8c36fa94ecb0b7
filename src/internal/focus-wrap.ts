/**
 * Tab and Shift+Tab that wrap around inside a modal. A native modal `<dialog>` makes the page behind it inert,
 * but Chromium still lets Tab leave its last control: focus goes to the browser's own UI and the page reports
 * `<body>` as focused until the next Tab (WAI-ARIA APG, Dialog (Modal) pattern: Tab from the last focusable
 * element moves to the first, Shift+Tab from the first to the last). OverlayController (overlay/) calls it for
 * every modal it opens; call `wrapFocus` from a modal's keydown listener only for one it does not manage. It acts
 * only at the edges, so every other Tab keeps the browser's own order.
 */
import { deepActiveElement } from './focus.js';

const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]:not([contenteditable=false])';

/**
 * Handles a Tab keydown inside `container`: from its last tab stop Tab moves to its first, from its first
 * Shift+Tab moves to its last, looking inside the shadow roots of the elements it composes. A Tab someone
 * already handled (`defaultPrevented`) and a Tab anywhere but at an edge are left to the browser.
 *
 * @example
 * ```ts
 * private handleKeydown(event: KeyboardEvent): void {
 *   wrapFocus(event, this.dialog);
 * }
 * ```
 */
export function wrapFocus(event: KeyboardEvent, container: Element): void {
  if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const focusable = focusableIn(container);
  const stops = focusable.filter(isTabStop);
  const active = deepActiveElement();
  const at = active ? focusable.indexOf(active) : -1;
  // Focus on the modal itself (a click on its background): the browser's next Tab stays inside already.
  if (at < 0 && active !== container) return;
  const ahead = event.shiftKey ? focusable.slice(0, Math.max(at, 0)) : focusable.slice(at + 1);
  if (ahead.some((element) => isTabStop(element) && !sameRadioGroup(element, active))) return;
  event.preventDefault();
  // No stop at all: focus stays where it is rather than leaving the modal.
  edgeStop(stops, event.shiftKey)?.focus();
}

/** Every element that can take focus inside `root`, in the order Tab visits them (shadow roots and slots included). */
function focusableIn(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (element: Element) => {
    if (!(element instanceof HTMLElement) || element.inert || element.hidden) return;
    if (element !== root && element.matches(FOCUSABLE) && !element.matches(':disabled')) found.push(element);
    const children = element.shadowRoot ? [...element.shadowRoot.children] : element instanceof HTMLSlotElement ? slotted(element) : [...element.children];
    children.forEach(visit);
  };
  visit(root);
  return found.filter((element) => element.checkVisibility());
}

/** A slot's assigned elements, or its fallback content when nothing is assigned. */
function slotted(slot: HTMLSlotElement): Element[] {
  const assigned = slot.assignedElements({ flatten: true });
  return assigned.length ? assigned : [...slot.children];
}

function isTabStop(element: HTMLElement): boolean {
  return element.tabIndex >= 0;
}

function sameRadioGroup(element: HTMLElement, other: HTMLElement | undefined): boolean {
  return element instanceof HTMLInputElement && other instanceof HTMLInputElement && element.type === 'radio' && other.type === 'radio' && element.name !== '' && element.name === other.name && element.form === other.form && element.getRootNode() === other.getRootNode();
}

/**
 * The stop Tab wraps to at one end: the first (Shift+Tab: the last) stop, or, when that is a radio button of a
 * group, the group's checked radio, else its first (Shift+Tab: last) one, as Tab into a radio group does.
 */
function edgeStop(stops: HTMLElement[], last: boolean): HTMLElement | undefined {
  const candidate = last ? stops[stops.length - 1] : stops[0];
  if (!candidate) return undefined;
  const group = stops.filter((element) => element === candidate || sameRadioGroup(element, candidate));
  if (group.length < 2) return candidate;
  return group.find((radio) => (radio as HTMLInputElement).checked) ?? (last ? group[group.length - 1] : group[0]);
}
