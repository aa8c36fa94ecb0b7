/**
 * A part an element loads by `import()` (LazyPart) brings its own stylesheet, so the element's first load carries
 * none of its rules. The sheet goes after the element's own ones: a part's rules narrow the element's shared
 * looks, as they did when they sat last in its `static styles`.
 */
import type { CSSResult } from 'lit';

/** The lazy sheets each root already holds, so a part built twice (two menus, a list moved) adds its rules once. */
const adopted = new WeakMap<ShadowRoot, Set<CSSResult>>();

/** Adds `styles` to `host`'s shadow root, once. */
export function adoptLazyStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  if (!root) return;
  const held = adopted.get(root) ?? new Set<CSSResult>();
  if (held.has(styles)) return;
  held.add(styles);
  adopted.set(root, held);
  const sheet = styles.styleSheet;
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    // A browser without constructable stylesheets: Lit itself falls back to <style> elements there.
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  }
}
