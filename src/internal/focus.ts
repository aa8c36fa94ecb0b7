/** Where focus is, for elements that move it back when the control holding it goes away. */

/** The element focused now, looking inside open shadow roots. */
export function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** Focus is nowhere the agent can see: on the page's body or root, or on no element (its control was removed). */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

/** Whether `node` is `container` or inside it, across shadow roots and slots. */
export function composedContains(container: Node, node: Node | null | undefined): boolean {
  for (let at: Node | null | undefined = node; at; at = (at as Element).assignedSlot ?? at.parentNode ?? (at as ShadowRoot).host) {
    if (at === container) return true;
  }
  return false;
}

/**
 * Moves focus to a named destination: the first candidate still in the page and able to take focus (the control
 * that opened something, then its fallbacks). Returns the element focused, or undefined when none could be, so
 * focus never falls to `<body>` because a destination went away.
 */
export function focusFirstAvailable(...candidates: (HTMLElement | null | undefined)[]): HTMLElement | undefined {
  for (const candidate of candidates) {
    if (!candidate?.isConnected || candidate === document.body) continue;
    candidate.focus();
    if (deepActiveElement() === candidate) return candidate;
  }
  return undefined;
}
