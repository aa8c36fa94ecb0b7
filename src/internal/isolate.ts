/**
 * Wraps user text placed inside a sentence in Unicode isolates (FSI … PDI), so a right-to-left name, or one
 * carrying a direction override, cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
