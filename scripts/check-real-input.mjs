#!/usr/bin/env node
/**
 * Fails when a test drives a control with synthetic input: `element.click()`, or a dispatched click, key,
 * pointer, mouse, input or change event. Those skip what the browser does with real input (hit testing,
 * default actions, focus), so a test using them can pass while the control is broken for people. Tests use
 * test/support/browser/input.ts (browser) or Playwright (Node) instead.
 *
 * A test that is about the event object itself may keep one, marked on the same line or the line above:
 *   // synthetic-input: <why this test needs a synthetic event>
 * The allow-list is printed, so a reviewer sees every exception.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const MARK = /synthetic-input:\s*\S/;
const EVENT_TYPES = 'click|dblclick|auxclick|keydown|keyup|keypress|pointer\\w*|mouse\\w*|input|beforeinput|change|focus|blur|focusin|focusout|touch\\w*';
const RULES = [
  { name: '.click() on an element', pattern: /\.click\(\s*\)/, node: false },
  { name: 'a dispatched input event', pattern: new RegExp(`new (Keyboard|Mouse|Pointer|Input|Focus|Touch|Wheel)Event\\(`), node: true },
  { name: 'a dispatched input event', pattern: new RegExp(`new (Custom)?Event\\(\\s*['"\`](${EVENT_TYPES})['"\`]`), node: true },
  // In Node tests Playwright's `await locator.click()` is real input; a click inside page.evaluate is not.
  { name: '.click() inside the page (not Playwright)', pattern: /=>\s*\(?\s*\w+\s*\)?\.click\(\s*\)|\b(el|element|node|button|target)\.click\(\s*\)/, node: 'only' },
];

function* testFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* testFiles(path);
    else if (/\.(ts|js|mjs)$/.test(entry)) yield path;
  }
}

const violations = [];
const allowed = [];
for (const file of testFiles(join(root, 'test'))) {
  const name = relative(root, file);
  // Node tests and the Node toolkit they share drive Chromium through Playwright, whose `locator.click()` is real input.
  const isNode = name.startsWith('test/node/') || name.startsWith('test/support/node/');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line.trimStart().startsWith('//') || line.trimStart().startsWith('*')) return;
    for (const rule of RULES) {
      if (rule.node === false && isNode) continue;
      if (rule.node === 'only' && !isNode) continue;
      if (!rule.pattern.test(line)) continue;
      const marked = MARK.test(line) || MARK.test(lines[index - 1] ?? '');
      (marked ? allowed : violations).push(`${name}:${index + 1}: ${rule.name}: ${line.trim()}`);
      break;
    }
  });
}

if (allowed.length) console.log(`Synthetic input allowed where a test is about the event itself (${allowed.length}):\n  ${allowed.join('\n  ')}`);
if (violations.length) {
  console.error(`\nSynthetic input in tests (${violations.length}): drive controls with test/support/browser/input.ts (click, press, type, choose) or Playwright, or mark a test that is about the event object with "// synthetic-input: <reason>".\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log('real input: no synthetic clicks, keys or typing outside the allow-list');
