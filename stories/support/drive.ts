/**
 * Driving an element in a story as an agent would: wait for what it renders, and run one scripted drive per
 * element. A drive starts when the element is created (from the render), not from `play`, because a change in
 * Controls re-runs the loader and the render (a fresh element) but not `play`; `play` then only reports it.
 */

/** Resolves to `find()`'s result once it has one, checking every 50 ms; rejects after `timeoutMs`. */
export async function waitFor<T>(find: () => T | null | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const drives = new WeakMap<Element, Promise<void>>();

/**
 * A `ref` callback starting `drive` once for each element created. An element replaced mid-drive (Controls
 * changed again) is gone: its drive has nothing left to report.
 */
export function driveWhenCreated<E extends Element>(drive: (element: E) => Promise<void>): (element?: Element) => void {
  return (element) => {
    if (!element || drives.has(element)) return;
    drives.set(
      element,
      drive(element as E).catch((error: unknown) => {
        if (element.isConnected) throw error;
      }),
    );
  };
}

/** A `play` function that fails the story when its drive could not reach what the story shows. */
export function reportDrive(tag: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const element = canvasElement.querySelector(tag);
    const drive = element && drives.get(element);
    if (!drive) throw new Error(`No <${tag}> in the story`);
    await drive;
  };
}
