/** What assistive technology reads from ARIA references, resolved in the element's own tree (its shadow root). */

/** The elements an ID-reference attribute (aria-describedby, aria-labelledby) points at; fails on a dangling ID. */
export function referenced(element: Element, attribute: 'aria-describedby' | 'aria-labelledby'): HTMLElement[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean).map((id) => {
    const target = root.getElementById(id);
    if (!target) throw new Error(`${attribute}="${id}" of <${element.localName}> points at nothing`);
    return target;
  });
}

/** The accessible description from aria-describedby: the referenced elements' text, hidden or not. */
export function description(element: Element): string {
  return referenced(element, 'aria-describedby').map((target) => target.textContent?.replace(/\s+/g, ' ').trim() ?? '').join(' ');
}
