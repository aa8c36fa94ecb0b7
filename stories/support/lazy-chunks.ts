/**
 * The states of a part that loads on first use (LazyPart, src/controllers/lazy-part.ts) for a story: its chunk
 * stays loading (the element's busy state) or cannot be fetched (the shared failure view with Retry). As
 * test/components/customer-list/lazy-parts.test.ts does, the request is held or failed for real, in the network,
 * by the MSW service worker the stories already run on, so the element's own code, Retry included, is what shows.
 *
 * A story names its part in `parameters.lazyPart` and picks the state with the `chunk` arg; the element's stories
 * file sets {@link applyChunkState} as its `beforeEach`, which also puts every other part back to loading as usual.
 *
 * A chunk's URL is matched both ways Storybook serves it, the dev server's source module and the static build's
 * hashed chunk (lazy-part-urls.ts).
 *
 * The browser keeps a module once it has arrived (a failed fetch it does not keep, so Retry recovers): a part
 * loaded earlier in the same preview cannot be made to load again. A story that needs it unloaded reloads the
 * preview once, which opens the same story (Storybook keeps its id in the preview's URL) on a fresh module map.
 * Such stories stay off the docs page (`tags: ['!autodocs']`): its stories share one page, and so one network.
 */
import { http, HttpResponse, passthrough } from 'msw';
import { worker } from '../../mocks/browser.js';
import { ANY_LAZY_PART, type LazyPartName } from './lazy-part-urls.js';

export { LAZY_PARTS, type LazyPartName } from './lazy-part-urls.js';

/** How a story's part arrives: as usual, never (held: the busy state stays), or not at all (503: the failure view). */
export type ChunkState = 'loads' | 'loading' | 'fails';

/** The `chunk` arg's control, for a story or a meta whose `parameters.lazyPart` names the part. */
export const chunkArgType = { control: 'inline-radio', options: ['loads', 'loading', 'fails'] satisfies ChunkState[] } as const;

/** Parts whose chunk is held or failed now; any other passes through. */
const states = new Map<LazyPartName, Exclude<ChunkState, 'loads'>>();
/** Parts whose chunk went to the browser in this page: their module is kept, whatever a later story wants. */
const delivered = new Set<LazyPartName>();
/** Held requests wait for this; the story's cleanup lets them go. */
let held: Promise<void> = Promise.resolve();
let release: () => void = () => {};

const handler = http.get(ANY_LAZY_PART, async ({ request }) => {
  const part = ANY_LAZY_PART.exec(new URL(request.url).pathname)?.[1] as LazyPartName | undefined;
  if (!part) return undefined;
  const state = states.get(part);
  // A status, not a network error: the browser logs "Failed to load resource: … status of 503", as for any failed request.
  if (state === 'fails') return new HttpResponse(null, { status: 503, statusText: 'Service Unavailable' });
  if (state === 'loading') await held;
  delivered.add(part);
  return passthrough();
});

/**
 * A `beforeEach` for an element's stories: the chunk of `parameters.lazyPart` held or failed as the `chunk` arg
 * says, every other part as usual; the story's cleanup lets a held chunk go. Runs after the loaders (which start
 * the mock worker) and before the render, so a part prefetched by the first render is already affected.
 */
export async function applyChunkState(context: { args: object; parameters: { lazyPart?: LazyPartName }; viewMode: string }): Promise<() => void> {
  if (!worker.listHandlers().includes(handler)) worker.use(handler);
  states.clear();
  release();
  const part = context.parameters.lazyPart;
  const state = (context.args as { chunk?: ChunkState }).chunk ?? 'loads';
  if (!part || state === 'loads') return () => {};
  if (context.viewMode === 'story' && delivered.has(part)) {
    // The module is in this page's module map already: start over on a fresh one, on this story.
    window.location.reload();
    return new Promise<never>(() => {});
  }
  states.set(part, state);
  held = new Promise((resolve) => (release = resolve));
  return () => {
    states.clear();
    release();
  };
}

/**
 * Whether `root` draws the failure view of a chunk that could not be fetched: the shared view (role `alert`) says
 * the browser's own reason, in every language of the UI, so a story checks it whatever the toolbar's locale.
 */
export function showsChunkFailure(root: ParentNode | null | undefined, within = ''): boolean {
  return [...(root?.querySelectorAll(`${within} [role=alert]`) ?? [])].some((view) => /dynamically imported module/.test(view.textContent ?? ''));
}
