/**
 * Contrast as drawn: the computed colors of an element's text, placeholders, control borders and focus rings,
 * each against the background it is drawn on, measured per WCAG 2.2 (relative luminance, contrast ratio). A
 * background is resolved by walking up through ancestors, out of shadow roots to their hosts and from slotted
 * content to its slot, and compositing every translucent layer until an opaque one (else the page's canvas).
 *
 * Thresholds: 4.5:1 for text and placeholders (1.4.3; no large-text allowance is taken), 3:1 for what identifies
 * a control and for focus indicators against the colors next to them (1.4.11, 2.4.13). Inactive controls
 * (disabled or aria-disabled) are exempt, as WCAG exempts them.
 */
import { deepActiveElement, describe as describeElement, press } from '../support/browser/input.js';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** One measured pair of colors. */
export interface Measure {
  kind: 'text' | 'placeholder' | 'control' | 'focus';
  what: string;
  foreground: string;
  background: string;
  ratio: number;
  required: number;
}

export const TEXT_RATIO = 4.5;
export const NON_TEXT_RATIO = 3;

/** An element for a failure message: its tag, role and name, and its id or name attribute when it has one. */
function describe(element: Element): string {
  const key = element.id ? `#${element.id}` : element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : '';
  return `${describeElement(element)}${key ? ` ${key}` : ''}`;
}

let canvasContext: CanvasRenderingContext2D | undefined;

/** A computed color in any CSS syntax, as sRGB 0–255 with alpha 0–1. */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\s*\)$/.exec(value);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  // Other syntaxes (color(srgb …), oklab(…)): let a canvas convert to sRGB.
  canvasContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  canvasContext.clearRect(0, 0, 1, 1);
  canvasContext.fillStyle = value;
  canvasContext.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvasContext.getImageData(0, 0, 1, 1).data;
  return { r: r!, g: g!, b: b!, a: a! / 255 };
}

export function hex({ r, g, b, a }: Rgba): string {
  const channels = [r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('');
  return a < 1 ? `#${channels} at ${a.toFixed(2)}` : `#${channels}`;
}

/** `top` drawn over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

/** WCAG 2.2 relative luminance of an opaque color. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.2 contrast ratio of two opaque colors, 1 to 21. */
export function contrast(one: Rgba, other: Rgba): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The element a node is drawn inside: its slot when slotted, its parent, or its shadow root's host. */
export function drawnParent(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  const parent = node.parentNode;
  if (parent instanceof Element) return parent;
  if (parent instanceof ShadowRoot) return parent.host;
  return null;
}

function ancestry(element: Element | null): Element[] {
  const chain: Element[] = [];
  for (let node = element; node; node = drawnParent(node)) chain.push(node);
  return chain;
}

/** The page's canvas when nothing paints: white, or Chromium's dark canvas when the root's scheme is dark. */
function canvasColor(): Rgba {
  return getComputedStyle(document.documentElement).colorScheme.split(' ')[0] === 'dark' ? { r: 18, g: 18, b: 18, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
}

/** The opaque color under `element`'s content: its own background over its ancestors', down to the canvas. */
export function backgroundAt(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (const node of ancestry(element)) {
    const layer = parseColor(getComputedStyle(node).backgroundColor);
    if (layer.a > 0) layers.push(layer);
    if (layer.a >= 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), canvasColor());
}

/** What is drawn around `element`, outside its box: its parent's resolved background. */
export function backdropOf(element: Element): Rgba {
  return backgroundAt(drawnParent(element));
}

function opacityOf(element: Element): number {
  return ancestry(element).reduce((product, node) => product * Number(getComputedStyle(node).opacity), 1);
}

/** Inactive controls and everything in them: WCAG exempts them from contrast. */
function inactive(element: Element): boolean {
  return ancestry(element).some((node) => node.matches(':disabled, [aria-disabled="true"]'));
}

/** Visually hidden (clipped to nothing), invisible, or not drawn at all. */
function notDrawn(element: Element): boolean {
  return ancestry(element).some((node) => {
    const style = getComputedStyle(node);
    return style.clipPath !== 'none' || style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) === 0;
  });
}

/** Every element under `root`, its shadow trees included, `root` first. */
export function* composedElements(root: Element): Generator<Element> {
  yield root;
  if (root.shadowRoot) for (const child of root.shadowRoot.children) yield* composedElements(child);
  for (const child of root.children) yield* composedElements(child);
}

function measure(kind: Measure['kind'], what: string, foreground: Rgba, background: Rgba, required: number): Measure {
  const drawn = over(foreground, background);
  return { kind, what, foreground: hex(drawn), background: hex(background), ratio: Math.round(contrast(drawn, background) * 100) / 100, required };
}

function snippet(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 30 ? `${clean.slice(0, 29)}…` : clean;
}

/** Text that is drawn: every visible text node's color over its background, and the value text of every control. */
export function textContrast(root: Element): Measure[] {
  const measures: Measure[] = [];
  for (const element of composedElements(root)) {
    if (element.matches('option, optgroup, script, style, template')) continue;
    const texts = [...element.childNodes].filter((node): node is Text => node instanceof Text && node.data.trim() !== '');
    const isControl = element.matches('input:not([type=checkbox], [type=radio], [type=hidden]), select, textarea');
    if (!texts.length && !isControl) continue;
    if (notDrawn(element) || inactive(element)) continue;
    if (texts.length) {
      const range = document.createRange();
      range.selectNodeContents(element);
      if (![...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0)) continue;
    } else if (!element.getClientRects().length) {
      continue;
    }
    const style = getComputedStyle(element);
    const color = parseColor(style.color);
    if (color.a === 0) continue;
    const faded = { ...color, a: color.a * opacityOf(element) };
    const label = isControl ? `${describe(element)} value` : `"${snippet(texts.map((text) => text.data).join(' '))}" in ${describe(element)}`;
    measures.push(measure('text', label, faded, backgroundAt(element), TEXT_RATIO));
  }
  return measures;
}

/** The placeholder of every text box that has one, over the box's background. */
export function placeholderContrast(root: Element): Measure[] {
  return [...composedElements(root)]
    .filter((element): element is HTMLInputElement | HTMLTextAreaElement => element.matches('input[placeholder], textarea[placeholder]') && !notDrawn(element) && !inactive(element))
    .filter((input) => input.getClientRects().length > 0)
    .map((input) => measure('placeholder', `placeholder "${snippet(input.placeholder)}" of ${describe(input)}`, parseColor(getComputedStyle(input, '::placeholder').color), backgroundAt(input), TEXT_RATIO));
}

interface Edge {
  width: number;
  color: Rgba;
}

function borderOf(element: Element): Edge {
  const style = getComputedStyle(element);
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    width: style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' ? 0 : parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
    color: parseColor(style.getPropertyValue(`border-${side.toLowerCase()}-color`)),
  }));
  return sides.reduce((widest, side) => (side.width > widest.width ? side : widest));
}

/**
 * What identifies each control against what is around it (1.4.11): its border, or its own fill when that
 * differs enough. Text boxes, drop-down lists and buttons with a border or fill; for a custom checkbox, the box it
 * draws. Text-only buttons (no border, no fill) are identified by their text, measured as text. Native check
 * boxes and radio buttons are drawn by the browser, which exposes no colors to measure.
 */
export function controlContrast(root: Element): Measure[] {
  const measures: Measure[] = [];
  const boxes = [...composedElements(root)].flatMap((element) => {
    if (element.matches('input:not([type=checkbox], [type=radio], [type=hidden]), select, textarea, button')) return [element];
    if (element.matches('[role=checkbox]:not(input)')) return [...element.querySelectorAll('*')].filter((part) => borderOf(part).width > 0);
    return [];
  });
  for (const box of boxes) {
    if (notDrawn(box) || inactive(box) || !box.getClientRects().length) continue;
    const backdrop = backdropOf(box);
    const border = borderOf(box);
    const fill = over(parseColor(getComputedStyle(box).backgroundColor), backdrop);
    const fillRatio = contrast(fill, backdrop);
    if (border.width === 0 && parseColor(getComputedStyle(box).backgroundColor).a === 0) continue;
    const best = border.width > 0 && contrast(over(border.color, backdrop), backdrop) >= fillRatio ? { color: border.color, part: 'border' } : { color: fill, part: 'fill' };
    measures.push(measure('control', `${best.part} of ${describe(box)}`, best.color, backdrop, NON_TEXT_RATIO));
  }
  return measures;
}

/** Whether the outline box of `element` (offset and width out from its border box) is cut off by an ancestor that clips. */
function clippedRing(element: Element, reach: number): string | undefined {
  const box = element.getBoundingClientRect();
  const ring = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach };
  for (const ancestor of ancestry(drawnParent(element))) {
    const style = getComputedStyle(ancestor);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = ancestor.getBoundingClientRect();
    const slack = 0.5;
    if (ring.left < clip.left - slack || ring.top < clip.top - slack || ring.right > clip.right + slack || ring.bottom > clip.bottom + slack) {
      const [ringBox, clipBox] = [ring, clip].map((box) => `${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`);
      return `${describe(ancestor)} (ring ${ringBox}, visible ${clipBox})`;
    }
  }
  return undefined;
}

/**
 * The focus ring of the focused element against the colors next to it. Outside the box (offset ≥ 0) it meets what
 * is around the element; closer than 2px it also meets the element's own fill, since a 1px gap does not part two
 * shapes of one color. Inside the box (offset < 0) it meets the element's own background. A native checkbox or
 * radio button must have its ring outside: inside, it only recolors the box's border.
 */
export function focusRing(element: Element): { measures: Measure[]; problems: string[] } {
  const style = getComputedStyle(element);
  const width = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  const offset = parseFloat(style.outlineOffset);
  const name = `focus ring of ${describe(element)}`;
  if (!element.matches(':focus-visible')) return { measures: [], problems: [`${describe(element)} took focus from the keyboard but does not match :focus-visible`] };
  if (width < 2) return { measures: [], problems: [`${name}: ${width}px wide, less than 2px (outline: ${style.outlineStyle} ${style.outlineWidth})`] };
  const problems: string[] = [];
  if (element.matches('input[type=checkbox], input[type=radio]') && offset < 0) problems.push(`${name}: drawn inside the box (outline-offset ${offset}px), where it only recolors the box's border`);
  const clippedBy = offset >= 0 ? clippedRing(element, offset + width) : undefined;
  if (clippedBy) problems.push(`${name}: cut off by ${clippedBy}`);
  const ring = parseColor(style.outlineColor);
  const backdrop = backdropOf(element);
  const adjacent: [string, Rgba][] = [];
  if (offset < 0) {
    adjacent.push(['its own background', backgroundAt(element)]);
  } else {
    adjacent.push(['what is around it', backdrop]);
    const fill = parseColor(getComputedStyle(element).backgroundColor);
    if (offset < 2 && fill.a > 0) adjacent.push(['its own fill, under 2px away', over(fill, backdrop)]);
  }
  const measures = adjacent.map(([next, color]) => measure('focus', `${name} against ${next}`, over(ring, color), color, NON_TEXT_RATIO));
  return { measures, problems };
}

/**
 * Presses Tab until focus comes back round (or `limit` presses), measuring the focus ring of every stop inside
 * `root`. Starts from wherever focus is.
 */
export async function focusRingsByTab(root: Element, limit = 80): Promise<{ measures: Measure[]; problems: string[]; stops: number }> {
  const seen = new Set<Element>();
  const measures: Measure[] = [];
  const problems: string[] = [];
  let previous: Element | null = null;
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const active = deepActiveElement();
    // A date box takes Tab once per part (day, month, year) while staying the focused element.
    if (!active || active === document.body || active === previous) continue;
    if (seen.has(active)) break;
    previous = active;
    seen.add(active);
    if (!insideOf(root, active)) continue;
    const ring = focusRing(active);
    measures.push(...ring.measures);
    problems.push(...ring.problems);
  }
  return { measures, problems, stops: [...seen].filter((element) => insideOf(root, element)).length };
}

export function insideOf(root: Element, node: Node): boolean {
  for (let at: Node | null = node; at; at = at instanceof Element ? drawnParent(at) : at.parentNode) if (at === root) return true;
  return false;
}

export function failures(measures: readonly Measure[]): string[] {
  return measures.filter((m) => m.ratio < m.required).map((m) => `${m.kind}: ${m.what}: ${m.foreground} on ${m.background} = ${m.ratio.toFixed(2)}:1, under ${m.required}:1`);
}
