/**
 * What every bench page shares: the data (generated, then flattened through a JSON round trip so no V8
 * rope strings reach the timed code), the cross-origin-isolation check, and the timing helpers.
 * Every timed figure is performance.now() in the page, which cross-origin isolation keeps at full resolution.
 */
import { generateCustomers } from '../../mocks/data/index.js';
import type { CustomerRow } from '../../src/model/customer.js';

export const ROWS = 100_000;
export const JUMP_INDEX = 49_999;
export const SCROLL_FRAMES = 300;
export const SCROLL_STEP_PX = 200;
export const LONG_FRAME_MS = 20;
/** Every grid in the bench is this tall, rows are 40 px, so all three show the same number of rows. */
export const GRID_HEIGHT_PX = 480;
export const ROW_HEIGHT_PX = 40;
const WAIT_TIMEOUT_MS = 15_000;
/** (4): keystrokes timed, and characters typed of each target name before the search box is cleared again. */
export const SEARCH_KEYSTROKES = 50;
export const TYPED_CHARS = 9;
/** (3x): rows scrolled through from the top, at SCROLL_STEP_PX per frame; frames over SHORT_FRAME_MS are also counted. */
export const THROUGH_ROWS = 10_000;
export const SHORT_FRAME_MS = 16.7;

export function assertIsolated(): void {
  if (!globalThis.crossOriginIsolated) {
    throw new Error('crossOriginIsolated is false: the server must send COOP same-origin and COEP require-corp, else performance.now() is coarsened to 100 µs');
  }
}

/**
 * Rows the page was asked for with `?rows=N` (run.ts asks customer-list.html for 1 000 000 for (4d)),
 * else ROWS.
 */
export function requestedRows(): number {
  const asked = new URLSearchParams(location.search).get('rows');
  const rows = asked === null ? ROWS : Number(asked);
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`?rows= must be a whole number ≥ 1, got ${JSON.stringify(asked)}`);
  return rows;
}

/** `rows` rows (default 100 000), seed 1, as flat strings (the JSON round trip SPEC §4 asks for). */
export function benchRows(rows = ROWS): CustomerRow[] {
  return JSON.parse(JSON.stringify(generateCustomers({ rows, seed: 1 }))) as CustomerRow[];
}

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

export async function frames(count: number): Promise<void> {
  for (let index = 0; index < count; index++) await nextFrame();
}

/**
 * Resolves with performance.now() at the first moment `done()` holds. It is checked at once, then in a
 * MutationObserver callback after every batch of DOM changes under `roots` (a microtask after the change, so
 * the time is when the DOM changed, not when the next frame came), and on every frame as a fallback.
 */
export function waitFor(roots: readonly Node[], done: (records: readonly MutationRecord[]) => boolean, what: string): Promise<number> {
  if (done([])) return Promise.resolve(performance.now());
  return new Promise((resolve, reject) => {
    let finished = false;
    const finish = (error?: Error) => {
      const at = performance.now();
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(at);
    };
    const observer = new MutationObserver((records) => {
      if (!finished && done(records)) finish();
    });
    for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
    const poll = () => {
      if (finished) return;
      if (done([])) finish();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    const timer = setTimeout(() => finish(new Error(`timed out after ${WAIT_TIMEOUT_MS} ms waiting for ${what}`)), WAIT_TIMEOUT_MS);
  });
}

export interface ScrollResult {
  /** Frames whose interval (performance.now() in one rAF callback to the next) exceeded LONG_FRAME_MS. */
  over20: number;
  medianFrameMs: number;
  maxFrameMs: number;
  /** Frames in which `blank(scrollTop)` held (e.g. placeholder rows in view), if the page passed one. */
  blankFrames: number;
}

/**
 * SCROLL_FRAMES frames of `scrollTop += SCROLL_STEP_PX` (kept in a variable and written, never read back),
 * one per requestAnimationFrame. A frame's time is the
 * gap between performance.now() read in its rAF callback and in the next one: it holds the scroll event,
 * the element's update, style, layout and paint of that frame, which the rAF timestamp argument would hide.
 */
export async function scrollFrames(scroller: HTMLElement, blank?: (scrollTop: number) => boolean): Promise<ScrollResult> {
  const { intervals, blankFrames } = await scrollSteps(scroller, SCROLL_FRAMES, blank);
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    over20: intervals.filter((ms) => ms > LONG_FRAME_MS).length,
    medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    maxFrameMs: sorted[sorted.length - 1] ?? 0,
    blankFrames,
  };
}

export interface ThroughResult {
  /** Frames scrolled (ceil(THROUGH_ROWS × row height / SCROLL_STEP_PX)) and the row height they were computed from. */
  frames: number;
  rowHeight: number;
  /** Frames whose interval exceeded SHORT_FRAME_MS (one 60 Hz frame) and LONG_FRAME_MS. */
  over16: number;
  over20: number;
  maxFrameMs: number;
}

/**
 * (3x) From where the scroller is (the top) down THROUGH_ROWS rows of `rowHeight`, SCROLL_STEP_PX per frame,
 * timed as scrollFrames does.
 */
export async function scrollThrough(scroller: HTMLElement, rowHeight: number): Promise<ThroughResult> {
  if (!(rowHeight > 0)) throw new Error(`scrollThrough: bad row height ${rowHeight}`);
  const count = Math.ceil((THROUGH_ROWS * rowHeight) / SCROLL_STEP_PX);
  const { intervals } = await scrollSteps(scroller, count);
  return {
    frames: count,
    rowHeight,
    over16: intervals.filter((ms) => ms > SHORT_FRAME_MS).length,
    over20: intervals.filter((ms) => ms > LONG_FRAME_MS).length,
    maxFrameMs: Math.max(...intervals),
  };
}

/** `count` frames of scrollTop += SCROLL_STEP_PX; the intervals between successive rAF callbacks' performance.now(). */
function scrollSteps(scroller: HTMLElement, count: number, blank?: (scrollTop: number) => boolean): Promise<{ intervals: number[]; blankFrames: number }> {
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let blankFrames = 0;
    let last = -1;
    let step = 0;
    // Written, never read back: reading scrollTop would force a layout inside the measured frame.
    let scrollTop = scroller.scrollTop;
    const tick = () => {
      const now = performance.now();
      if (last >= 0) intervals.push(now - last);
      last = now;
      if (step > 0 && blank?.(scrollTop)) blankFrames++;
      if (step === count) {
        resolve({ intervals, blankFrames });
        return;
      }
      scrollTop += SCROLL_STEP_PX;
      scroller.scrollTop = scrollTop;
      step++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * SEARCH_KEYSTROKES search texts as a person types them: the first TYPED_CHARS characters of a company name,
 * one more each keystroke, then the box cleared, then the next name. Prefixes that trim to the previous text
 * are skipped (they run no new query).
 */
export function searchTexts(rows: readonly CustomerRow[]): string[] {
  const texts: string[] = [];
  let previous = '';
  for (let from = 7; texts.length < SEARCH_KEYSTROKES; from = (from * 7 + 12_345) % rows.length) {
    const name = rows.slice(from).find((row) => /^[A-Za-z][A-Za-z &.,'-]{9,}$/.test(row.companyName))?.companyName;
    if (!name) continue;
    for (let length = 1; length <= TYPED_CHARS + 1 && texts.length < SEARCH_KEYSTROKES; length++) {
      const text = length > TYPED_CHARS ? '' : name.slice(0, length);
      if (text.trim() === previous.trim()) continue;
      texts.push(text);
      previous = text;
    }
  }
  return texts;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Rows a scroll container of `height` px shows at once (a partly shown row counts). */
export function visibleRows(height: number, rowHeight: number): number {
  return Math.ceil(height / rowHeight);
}

export interface DomRows {
  /** Row elements in the DOM. */
  rendered: number;
  /** Rows that fit in the visible part of the scroll container. */
  visible: number;
  /** What `rendered` counts, in words. */
  note: string;
}

/** What each page puts on window.bench; run.ts calls the phases in this order, one page load each time. */
export interface BenchPage {
  ready: Promise<void>;
  /** (1) ms from setting the data until the first data row is in the DOM. */
  firstRows(): Promise<number>;
  /** (3) SCROLL_FRAMES frames of SCROLL_STEP_PX from the top. */
  scroll(): Promise<ScrollResult>;
  /** (2) ms from asking for row JUMP_INDEX until it is rendered with its data. */
  jump(): Promise<{ ms: number; placeholderMs?: number; requests?: number }>;
  /** (5) rows in the DOM, at rest, at row JUMP_INDEX. */
  domRows(): Promise<DomRows>;
  /** (3x) THROUGH_ROWS rows from the top at SCROLL_STEP_PX per frame (run.ts calls it on some loads only). */
  scrollThrough(): Promise<ThroughResult>;
  /** (4) search keystrokes: ours, and (4v) Vaadin with the host filtering its items. */
  search?(): Promise<SearchResult>;
}

export interface SearchResult {
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
  first: number;
  /** Keystrokes whose first row or count differed from what a second adapter said the query returns. */
  mismatches: number;
  texts: string[];
}

declare global {
  interface Window {
    bench?: BenchPage;
  }
}
