/**
 * One Escape listener for the whole page, and the layers it backs out of one at a time. Every open overlay (a
 * modal dialog, a popover menu) and every inline mode that Escape leaves (a "Discard?" question, a rename field)
 * pushes a layer while it shows; the listener, on the document in the capture phase, gives an Escape to the
 * topmost layer only and stops it there, so no overlay beneath (and no control inside) also takes it. This
 * replaces the unwritten convention that an overlay checks `defaultPrevented` before closing, which one overlay
 * skipped. Overlays live in shadow roots, nested (the billing form's question inside the list's side panel), so
 * "topmost" is read from the event's composed path, not from the document.
 *
 * Which layer is topmost: of the layers whose element is on the Escape's composed path, the innermost one (an
 * inline mode inside an overlay wins over the overlay, whatever order they were pushed in); when focus is in none
 * of them, the last pushed layer that is not `scoped`. A scoped layer (an inline mode) only ever takes an Escape
 * from inside its element: a question in one form does not back out when the agent presses Escape elsewhere.
 *
 * A control that uses Escape itself inside an overlay (a search box clearing its text, a drop-down putting back
 * its value) is a scoped layer too, active while it has something to undo: the listener runs before the control.
 *
 * @example
 * ```ts
 * const remove = pushLayer({ element: () => this.renameField, scoped: true, dismiss: () => this.endRename() });
 * // ... when the mode ends:
 * remove();
 * ```
 */

export interface DismissLayer {
  /** The layer's own element (the dialog, the popover, the question, the field), once drawn. */
  element(): Element | null | undefined;
  /** Only an Escape from inside `element` reaches this layer (an inline mode). Default false: any Escape may. */
  readonly scoped?: boolean;
  /**
   * Escape reached this layer. Return `false` to refuse: the layer stays, and the Escape is used up all the same
   * (it must not close the overlay beneath a question that would not go).
   */
  dismiss(event: KeyboardEvent): boolean | void;
}

const layers: DismissLayer[] = [];

/** Puts `layer` on top (moving it there if it is already on the stack); returns what takes it off again. */
export function pushLayer(layer: DismissLayer): () => void {
  removeLayer(layer);
  layers.push(layer);
  if (layers.length === 1) document.addEventListener('keydown', handleKeydown, true);
  return () => removeLayer(layer);
}

/** Takes `layer` off the stack, wherever it is; nothing happens when it is not on it. */
export function removeLayer(layer: DismissLayer): void {
  const at = layers.indexOf(layer);
  if (at < 0) return;
  layers.splice(at, 1);
  if (!layers.length) document.removeEventListener('keydown', handleKeydown, true);
}

/** Whether `layer` is on the stack. */
export function hasLayer(layer: DismissLayer): boolean {
  return layers.includes(layer);
}

/** The layer an Escape with this composed path goes to, if any. */
export function topLayerFor(path: readonly EventTarget[]): DismissLayer | undefined {
  let inner: DismissLayer | undefined;
  let innerDepth = Infinity;
  for (const layer of layers) {
    const element = layer.element();
    const depth = element ? path.indexOf(element) : -1;
    // Of two layers on the same element, the one pushed later is on top.
    if (depth >= 0 && depth <= innerDepth) {
      inner = layer;
      innerDepth = depth;
    }
  }
  return inner ?? [...layers].reverse().find((layer) => !layer.scoped);
}

function handleKeydown(event: KeyboardEvent): void {
  // An Escape during IME composition cancels the composition, nothing else.
  if (event.key !== 'Escape' || event.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const layer = topLayerFor(event.composedPath());
  if (!layer) return;
  // Default prevented: a modal dialog turns no Escape into a close request of its own, a popover no light dismiss.
  event.preventDefault();
  event.stopPropagation();
  layer.dismiss(event);
}
