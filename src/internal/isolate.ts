import { revealDirectionControls } from './user-text.js';

/**
 * Wraps user text placed inside a sentence in Unicode isolates (FSI … PDI), so a right-to-left name cannot
 * reorder the words around it; direction overrides inside it are written out (⟦RLO⟧), not obeyed.
 */
export function isolate(text: string): string {
  return `\u2068${revealDirectionControls(text)}\u2069`;
}
