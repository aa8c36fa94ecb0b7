/**
 * Under which tag each element of this library is registered on the page, by its default tag: an element that
 * composes another (the list opening the tag editor) renders it under whatever name the host chose
 * (`TagEditor.define('acme-tag-editor')`), without importing its class, so each element still loads alone.
 */
const registered = new Map<string, string>();

/** Called by `define()`: `name` now holds the element whose default tag is `defaultTag`. */
export function recordRegistration(defaultTag: string, name: string): void {
  if (!registered.has(defaultTag) || !customElements.get(registered.get(defaultTag)!)) registered.set(defaultTag, name);
}

/**
 * The tag to render for an element, or undefined when the page has not registered it (the composing element
 * then leaves the job to its host, through its request event).
 */
export function registeredTag(defaultTag: string): string | undefined {
  const name = registered.get(defaultTag);
  if (name && customElements.get(name)) return name;
  // Registered without define(), e.g. by another copy of the library or customElements.define() itself.
  return customElements.get(defaultTag) ? defaultTag : undefined;
}
