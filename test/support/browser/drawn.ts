/** Where text is drawn: for tests that a value (a direction override, a right-to-left page) reads in its order. */
import { describe } from './input.js';

/** The x position where the first occurrence of `text` is drawn inside `element` (across its text nodes). */
export function drawnAt(element: Element, text: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${text}" is not drawn in ${describe(element)}`);
}
