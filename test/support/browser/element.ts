/** Waiting on an element in the browser tests: its next event, or the end of the work it started. */

/** The next event of this name, typed as the library declares it. */
export function nextEvent<K extends keyof HTMLElementEventMap>(target: EventTarget, name: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(name, (event) => resolve(event as HTMLElementEventMap[K]), { once: true }));
}

/** Waits for async work the element started (adapter calls resolve in later tasks), then its render. */
export async function settle(element: { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}
