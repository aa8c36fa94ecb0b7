/**
 * User journeys over the built demo portal: build it as `vite build --mode demo` does, serve it at a site root
 * (where its MSW worker registers), open it in Chromium with URL parameters, and read what the page draws:
 * where focus is (through shadow roots), boxes, downloaded files and what reached the mock API.
 * Journeys act only through Playwright's user-level API (locators, mouse, keyboard, touch); the page is only
 * read here, never driven. The one thing set in the page is the mock API's faults (`window.portal.mock`), the
 * network a journey runs on: a slow or failing service, not a control.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before, type TestContext } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Download, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import type { MockFaults } from '../../../mocks/api/faults.js';
import type { RecordedRequest } from '../../../mocks/api/mock-api.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { repo } from './example-app.js';
import { serveStatic, type StaticServer } from './static-server.js';

export interface BuiltPortal {
  site: StaticServer;
  remove(): Promise<void>;
}

/**
 * The portal under a strict Content-Security-Policy, as a careful host page sets one: scripts, styles and
 * everything else from the page's own origin only, no inline script or style, no `eval`, and no `style` attribute
 * at all (`style-src-attr 'none'`). The elements style rows and overlays through the CSSOM and constructed
 * stylesheets, which the policy leaves alone; a `style` attribute in a template, an inline script or an `eval`
 * would log a violation, which every journey's `errors` collects (and a row placed by a style attribute would be
 * drawn on top of the others).
 */
export const PORTAL_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'none'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** Builds the demo portal for production (vite.config.ts, mode `demo`) into a temporary folder and serves it. */
export async function buildPortal(): Promise<BuiltPortal> {
  const outDir = mkdtempSync(join(tmpdir(), 'demo-portal-'));
  await build({ configFile: join(repo, 'vite.config.ts'), mode: 'demo', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const site = await serveStatic(outDir, { 'Content-Security-Policy': PORTAL_CSP });
  return {
    site,
    async remove() {
      await site.stop();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the project's flags (scripts/chromium.mjs); nothing downloads a browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** examples/portal/portal-params.ts: `latency` adds ms to every mock API answer, `fail` lists routes answered 500. */
export type PortalParams = Partial<Record<'rows' | 'seed' | 'role' | 'lang' | 'theme' | 'dir' | 'adapter' | 'hostile' | 'latency' | 'fail' | 'view', string | number>>;

export interface OpenedPortal {
  context: BrowserContext;
  page: Page;
  /** The <customer-list>: its shadow root is searched by every locator made from it. */
  list: Locator;
  /** The <activity-log> of the page (`view=activity`), searched the same way. */
  log: Locator;
  /** Page errors and console errors logged since the page opened (but the browser's own network lines). */
  errors: string[];
  /** Every response with an error status, as `403 GET /v1/…`: the console's network lines name no URL. */
  failedResponses: string[];
  close(): Promise<void>;
}

/**
 * Opens the portal with URL parameters in a fresh context (downloads accepted) and waits until the list shows
 * its first rows: the grid is no longer busy and holds a row checkbox. With `view=activity`, until the activity
 * log is no longer busy and shows a record's disclosure button or a state (empty, refused).
 */
export async function openPortal(browser: Browser, portal: BuiltPortal, params: PortalParams, options: BrowserContextOptions = {}): Promise<OpenedPortal> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...options });
  // A step that cannot go on fails by itself; the limit only bounds a hang, and is generous because CI's
  // two-core machine is often busy with a second run beside this one.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A response with an error status also logs "Failed to load resource", naming no URL: failedResponses has it.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource: the server responded') && errors.push(message.text()));
  const failedResponses: string[] = [];
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const url = new URL(response.url());
    failedResponses.push(`${response.status()} ${response.request().method()} ${url.pathname}${url.search}`);
  });
  const query = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]));
  await page.goto(`${portal.site.url}/?${query}`);
  const list = page.locator('customer-list');
  const log = page.locator('activity-log');
  if (params.view === 'activity') await log.locator('[part=viewport]:has([role=grid][aria-busy=false])').locator('button[part=disclosure], [part=state]:not(.skeletons)').first().waitFor({ timeout: 60_000 });
  else await list.locator('[role=grid][aria-busy=false] [role=row] input[type=checkbox]').nth(1).waitFor({ timeout: 60_000 });
  return { context, page, list, log, errors, failedResponses, close: () => context.close() };
}

/** The focused element as the page draws it, looking inside open shadow roots. */
export interface FocusedElement {
  /** `<input type=checkbox aria-label="Select …">`-like description for messages. */
  description: string;
  onBody: boolean;
  /** The element's own focus indicator: an outline (style not `none`, width > 0) or a box-shadow. */
  indicator: { outline: string; boxShadow: string; visible: boolean };
  box: Box | undefined;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const onBody = !active || active === document.body || active === document.documentElement;
    if (!active || onBody) return { description: `<${active?.localName ?? 'nothing'}>`, onBody: true, indicator: { outline: '', boxShadow: '', visible: false }, box: undefined };
    const label = active.getAttribute('aria-label') ?? active.getAttribute('title') ?? (active.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
    const role = active.getAttribute('role') ?? (active instanceof HTMLInputElement ? `input type=${active.type}` : '');
    const style = getComputedStyle(active);
    const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = active.getBoundingClientRect();
    return {
      description: `<${active.localName}${role ? ` ${role}` : ''}>${label ? ` "${label}"` : ''}`,
      onBody: false,
      indicator: { outline, boxShadow: style.boxShadow, visible: outlined || shadowed },
      box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    };
  });
}

/** Fails when focus is on <body> (or nowhere) after `after`: a keyboard user would have to start over. */
export async function expectFocusNotOnBody(page: Page, after: string): Promise<FocusedElement> {
  // Focus moves in the frame after an update; give the page two frames to settle first.
  await nextFrames(page);
  const focused = await focusedElement(page);
  // JOURNEY_TRACE=1 prints where every check found focus, to follow a journey step by step.
  if (process.env.JOURNEY_TRACE) console.log(`focus after ${after}: ${focused.description} (outline ${focused.indicator.outline}; box-shadow ${focused.indicator.boxShadow})`);
  assert.ok(!focused.onBody, `focus was dropped to ${focused.description} after ${after}`);
  return focused;
}

/** Focus is somewhere sensible and the focused element draws a focus indicator of its own. */
export async function expectVisibleFocus(page: Page, after: string): Promise<FocusedElement> {
  const focused = await expectFocusNotOnBody(page, after);
  assert.ok(focused.indicator.visible, `after ${after}, the focused ${focused.description} draws no focus indicator (outline: ${focused.indicator.outline}; box-shadow: ${focused.indicator.boxShadow})`);
  return focused;
}

export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The element's box in the viewport; fails when it is not drawn. */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  assert.ok(box, `${locator} has no box: it is not drawn`);
  return box;
}

/** Whether `inner` lies fully inside `outer` (half a pixel of rounding allowed). */
export function isInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
}

export interface DownloadedFile {
  filename: string;
  bytes: Buffer;
  download: Download;
}

/** Runs the action that starts a download, waits for the browser's download and reads the saved file. */
export async function downloadAndRead(page: Page, action: () => Promise<unknown>, timeout = 30_000): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), action()]);
  const failure = await download.failure();
  assert.equal(failure, null, `the download failed: ${failure}`);
  const path = await download.path();
  return { filename: download.suggestedFilename(), bytes: readFileSync(path), download };
}

/** GETs a path of the mock API from the page, as the page's own `fetch` does (through the MSW worker). */
export async function fromApi<T>(page: Page, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Record<string, string> }> {
  return page.evaluate(
    async ([path, headers]) => {
      const response = await fetch(path, { headers });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: Object.fromEntries(response.headers) };
    },
    [path, headers] as const,
  );
}

/** A customer as GET /v1/customers returns it. */
export interface ApiCustomer {
  id: string;
  companyProfile: { companyName: string; domain: string };
  relationshipToPartner: string;
  associatedPartnerId?: string;
  tags: string[];
}

interface ApiCollection<T> {
  totalCount: number;
  items: T[];
  links?: { next?: { uri: string; headers: { key: string; value: string }[] } };
}

/** Every customer of the mock API, page by page (`size=500`, continuation in a header), with the total it reports. */
export async function allCustomers(page: Page): Promise<{ totalCount: number; items: ApiCustomer[] }> {
  const items: ApiCustomer[] = [];
  let path = '/v1/customers?size=500';
  let headers: Record<string, string> = {};
  let totalCount = 0;
  for (let pages = 0; pages < 10_000; pages++) {
    const response = await fromApi<ApiCollection<ApiCustomer>>(page, path, headers);
    assert.equal(response.status, 200, `GET ${path} answered ${response.status}`);
    totalCount = response.body.totalCount;
    items.push(...response.body.items);
    const next = response.body.links?.next;
    if (!next) break;
    path = next.uri;
    headers = Object.fromEntries(next.headers.map(({ key, value }) => [key, value]));
  }
  return { totalCount, items };
}

/** The one customer with this Microsoft ID (the first row of a dual-role customer). */
export async function customerFromApi(page: Page, id: string): Promise<ApiCustomer> {
  const response = await fromApi<ApiCustomer | ApiCollection<ApiCustomer>>(page, `/v1/customers/${encodeURIComponent(id)}`);
  assert.equal(response.status, 200, `GET /v1/customers/${id} answered ${response.status}`);
  return 'items' in response.body ? response.body.items[0]! : response.body;
}

/** A grid row by the company name its checkbox names ("Select <name>"). */
export function rowOf(list: Locator, companyName: string, selectWord = 'Select'): Locator {
  return list.getByRole('row').filter({ has: list.page().getByRole('checkbox', { name: `${selectWord} ${companyName}`, exact: true }) });
}

/** Closes everything a journey opened, even when `before` failed half-way. */
export async function closeAll(...closables: ({ close(): Promise<unknown> } | { remove(): Promise<unknown> } | undefined)[]): Promise<void> {
  for (const closable of closables) {
    if (!closable) continue;
    await ('close' in closable ? closable.close() : closable.remove());
  }
}

/**
 * Retries an assertion until it passes or `timeout` ms have gone by, then throws its last failure: for what the
 * page draws a moment after an action (a render, a debounced search, a response).
 */
export async function eventually<T>(check: () => Promise<T>, timeout = 20_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Checks a step makes without stopping there: a focus that went to <body> is a defect to report, but the
 * journey can still go on and find the next one. Every failure is kept and fails the step at its end.
 */
export class SoftChecks {
  readonly failures: string[] = [];

  async check(check: () => Promise<unknown>): Promise<void> {
    try {
      await check();
    } catch (error) {
      this.failures.push(error instanceof Error ? error.message : String(error));
    }
  }

  /** expectFocusNotOnBody, without stopping the step. */
  focusNotOnBody(page: Page, after: string): Promise<void> {
    return this.check(() => expectFocusNotOnBody(page, after));
  }

  /** expectVisibleFocus, without stopping the step. */
  visibleFocus(page: Page, after: string): Promise<void> {
    return this.check(() => expectVisibleFocus(page, after));
  }
}

/**
 * One step of a journey as a subtest: a failing step is reported and the journey goes on to the next. The
 * step fails with its first hard failure (which ends it) plus every soft one it collected.
 */
export async function step(t: TestContext, name: string, body: (soft: SoftChecks) => Promise<void>): Promise<void> {
  await t.test(name, async () => {
    const soft = new SoftChecks();
    let hard: unknown;
    try {
      await body(soft);
    } catch (error) {
      hard = error;
    }
    const messages = [...(hard === undefined ? [] : [hard instanceof Error ? hard.message : String(hard)]), ...soft.failures];
    if (hard !== undefined && soft.failures.length === 0) throw hard;
    if (messages.length) assert.fail(messages.join('\n---\n'));
  });
}

/** `text` as a regular expression matching it literally. */
export function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A tag-editor checkbox by its tag (its accessible name is the tag, then "N of M" and what a save would do). */
export function tagCheckbox(scope: Locator, tag: string): Locator {
  return scope.getByRole('checkbox', { name: new RegExp(`^${literally(tag)} \\d`) });
}

/** Whether the element the locator finds is the focused one (looking inside shadow roots). */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user reaches a control; fails after
 * `limit` presses, saying where focus is.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 30 } = {}): Promise<void> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`${target} was not reached in ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; focus is on ${(await focusedElement(page)).description}`);
}

/**
 * A search for the journeys, found in the API's data rather than written in: the first word of a company
 * name that between `min` and `max` customers' names start with, whose first three matches (in the API's
 * order, the grid's) each have a name no other match has (so "Select <name>" finds one checkbox), and whose
 * matches pass `accept`.
 */
export function findSearch(customers: ApiCustomer[], { min = 3, max = 30, accept = () => true }: { min?: number; max?: number; accept?: (matches: ApiCustomer[]) => boolean } = {}): { prefix: string; matches: ApiCustomer[] } {
  const words = new Set(customers.map((customer) => customer.companyProfile.companyName.split(/\s+/)[0]!).filter((word) => /^\p{L}{4,}$/u.test(word)));
  for (const prefix of [...words].sort()) {
    const matches = customers.filter((customer) => customer.companyProfile.companyName.toLowerCase().startsWith(prefix.toLowerCase()));
    const names = matches.map((customer) => customer.companyProfile.companyName);
    const distinct = names.slice(0, 3).every((name) => names.indexOf(name) === names.lastIndexOf(name));
    if (matches.length >= min && matches.length <= max && distinct && accept(matches)) return { prefix, matches };
  }
  throw new Error('no company-name prefix in the dataset suits the journey');
}

/** What the portal page exposes of its mock API (`window.portal.mock`, with `adapter=rest`). */
interface PortalWindow {
  portal: { mock?: { configure(faults: MockFaults): void; faults: { reset(): void }; requests: RecordedRequest[] } };
}

/**
 * Adds faults to the mock API while the page runs (`portal.mock.configure`): later calls add to earlier ones,
 * and a key given again replaces its value (`{ status: {} }` clears every forced status, latency stays).
 */
export async function configureMock(page: Page, faults: MockFaults): Promise<void> {
  await page.evaluate((faults) => {
    const mock = (window as unknown as PortalWindow).portal.mock;
    if (!mock) throw new Error('the portal has no mock API (adapter=memory?)');
    mock.configure(faults);
  }, faults);
}

/** Clears every fault of the mock API (latency included): the API answers at once again. */
export async function resetMockFaults(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as PortalWindow).portal.mock?.faults.reset());
}

/** The requests that reached the mock API since the page opened, with the status each was answered. */
export async function mockRequests(page: Page): Promise<RecordedRequest[]> {
  return page.evaluate(() => structuredClone((window as unknown as PortalWindow).portal.mock?.requests ?? []));
}

/**
 * A real mouse click at the centre of a control that says it is unavailable (`aria-disabled="true"`), which
 * Playwright's `click()` would wait on until it is available again: a person clicks it anyway, and the journey
 * checks what it then does. Fails when something else is drawn over that point (hit test through shadow roots).
 */
export async function clickUnavailable(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await boxOf(locator);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const hit = await locator.evaluate((element, [x, y]) => {
    let at = document.elementFromPoint(x, y);
    while (at?.shadowRoot) {
      const inner = at.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === at) break;
      at = inner;
    }
    return at === element ? '' : `<${at?.localName ?? 'nothing'}${at?.getAttribute('part') ? ` part=${at.getAttribute('part')}` : ''}>`;
  }, [x, y] as const);
  assert.equal(hit, '', `${locator} is covered by ${hit} at its centre: a click would not reach it`);
  await locator.page().mouse.click(x, y);
}

/** The tags a row holds, as a screen reader reads its Tags cell: the chips drawn and the names behind "+N". */
export async function tagChips(row: Locator): Promise<string[]> {
  // The chips drawn, then the names a narrow Tags column counts in "+N" (read by screen readers, titled on "+N").
  return (await row.locator('.cell.tags').locator('[part~=tag]:not([part~=more]), .visually-hidden > span').allTextContents()).map((text) => text.trim());
}

/**
 * What every journey file shares: the demo portal built and a browser launched before its tests, and both closed
 * after them with every page `open()` opened.
 */
export function journeySuite(): { open(params: PortalParams, options?: BrowserContextOptions): Promise<OpenedPortal> } {
  let portal: BuiltPortal | undefined;
  let browser: Browser | undefined;
  const opened: OpenedPortal[] = [];
  before(async () => {
    [portal, browser] = await Promise.all([buildPortal(), launchChromium()]);
  });
  after(async () => {
    await closeAll(...opened, browser, portal);
  });
  return {
    async open(params, options) {
      if (!portal || !browser) throw new Error('journeySuite(): open() runs inside a test, after the portal is built');
      const page = await openPortal(browser, portal, params, options);
      opened.push(page);
      return page;
    },
  };
}
