/**
 * Visits every story of the static Storybook build in Chromium, as a designer opens them: each must finish
 * rendering (its play function included), log no error, and pass axe. Builds Storybook first when
 * storybook-static/ is missing, so `npm test` works on a fresh clone. `STORY_FILTER=<regular expression>` visits only
 * the stories whose id matches (`STORY_FILTER=cannot-load node --import tsx --test test/node/storybook-stories.test.ts`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../support/node/static-server.js';
import { chunkUrlPattern, LAZY_PARTS } from '../../stories/support/lazy-part-urls.js';

const repo = new URL('../..', import.meta.url).pathname;
const staticDir = `${repo}storybook-static`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Pages visited at once: the stories are independent, and the machine has two cores. */
const PARALLEL = 2;
/**
 * How long one story may take to load and render. Generous on purpose: on a busy two-core machine a story over
 * 100 000 generated rows takes seconds, and a slow story is not a broken one. What is broken is reported by name.
 */
const STORY_TIMEOUT_MS = 120_000;
/** What a story that is meant to fail a request logs; the browser writes it, not our code. */
const EXPECTED_REQUEST_FAILURE = /^Failed to load resource: the server responded with a status of \d+/;

let site: StaticServer;
let browser: Browser;

before(async () => {
  if (!existsSync(`${staticDir}/index.json`)) execFileSync('npm', ['run', '-s', 'build-storybook'], { cwd: repo, stdio: 'inherit' });
  site = await serveStatic(staticDir);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

interface StoryResult {
  id: string;
  problems: string[];
}

async function visit(page: Page, id: string): Promise<StoryResult> {
  const problems: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' && !EXPECTED_REQUEST_FAILURE.test(message.text())) problems.push(`console: ${message.text()}`);
  };
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    await page.goto(`${site.url}/iframe.html?id=${id}&viewMode=story`, { timeout: STORY_TIMEOUT_MS });
    const phase = await page
      .waitForFunction(() => {
        const render = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender;
        return ['finished', 'completed', 'errored', 'aborted'].includes(render?.phase ?? '') && render!.phase;
      }, undefined, { timeout: STORY_TIMEOUT_MS })
      .then((handle) => handle.jsonValue());
    if (phase !== 'finished' && phase !== 'completed') problems.push(`render ${String(phase)}`);
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      problems.push(`error display: ${await page.locator('#error-message').textContent()}`);
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document.querySelector('#storybook-root')!);
      return result.violations.map((violation) => `${violation.id} at ${JSON.stringify(violation.nodes[0]?.target)}`);
    });
    problems.push(...violations.map((violation) => `axe: ${violation}`));
  } catch (error) {
    // A timeout or a crashed page belongs to this story: say which, and go on with the others.
    problems.push(`did not finish: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
  return { id, problems };
}

test('every story renders, logs no error and passes axe', async () => {
  const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')) as { entries: Record<string, { id: string; type: string }> };
  const ids = Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id);
  assert.ok(ids.length > 40, `only ${ids.length} stories in the build`);
  const filter = process.env.STORY_FILTER ? new RegExp(process.env.STORY_FILTER) : undefined;
  const queue = ids.filter((id) => !filter || filter.test(id));
  assert.ok(queue.length > 0, `no story id matches STORY_FILTER=${process.env.STORY_FILTER}`);
  const results: StoryResult[] = [];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      // A fresh context per story: no story's service worker state or locale leaks into the next.
      for (let id = queue.shift(); id; id = queue.shift()) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        results.push(await visit(await context.newPage(), id));
        await context.close();
      }
    }),
  );
  const failures = results.filter((result) => result.problems.length).map((result) => `${result.id}: ${result.problems.join('; ')}`);
  assert.deepEqual(failures, [], `${failures.length} of ${queue.length} stories failed`);
});

test('the stories find the chunk of every part that loads on first use, and only it, in the build', () => {
  const assets = readdirSync(`${staticDir}/assets`).map((name) => `/assets/${name}`);
  for (const part of LAZY_PARTS) {
    const found = assets.filter((asset) => chunkUrlPattern(part).test(asset));
    assert.equal(found.length, 1, `${part}: ${found.join(', ') || 'no chunk'} (a story holding or failing it would not reach it)`);
  }
});

test('the Introduction lists every element of custom-elements.json, with its summary', async () => {
  const manifest = JSON.parse(readFileSync(`${repo}custom-elements.json`, 'utf8')) as { modules: { declarations?: { tagName?: string; summary?: string }[] }[] };
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  assert.ok(elements.length >= 6, `${elements.length} elements in the manifest`);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${site.url}/iframe.html?id=introduction--docs&viewMode=docs`, { timeout: STORY_TIMEOUT_MS });
    const list = page.locator('#storybook-docs li');
    await list.first().waitFor({ timeout: STORY_TIMEOUT_MS });
    const items = await list.allTextContents();
    for (const element of elements) {
      assert.ok(items.some((item) => item.startsWith(`<${element.tagName}>`) && item.includes(element.summary!)), `<${element.tagName}> is listed: ${items.join(' | ')}`);
    }
  } finally {
    await context.close();
  }
});

test('an element\'s docs page lists its API apart from the story\'s own controls, described, and nothing internal', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${site.url}/iframe.html?id=elements-customer-list--docs&viewMode=docs`, { timeout: STORY_TIMEOUT_MS });
    const table = page.locator('#storybook-docs table.docblock-argstable').first();
    await table.waitFor({ timeout: STORY_TIMEOUT_MS });
    const text = await table.innerText();
    assert.match(text, /Story set-up/i, 'a group of its own for the story\'s controls');
    assert.match(text, /How many customers the seeded generator makes/, 'story controls are described');
    for (const internal of ['defaultTag', 'composes', 'contextAdapter', 'activeAdapter', 'isAdmin']) assert.doesNotMatch(text, new RegExp(`\\b${internal}\\b`), `${internal} is not listed`);
  } finally {
    await context.close();
  }
});
