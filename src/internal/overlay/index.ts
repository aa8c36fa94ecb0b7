/** The shared overlay layer: one modal and popover controller, the dismiss stack Escape goes through, one "Discard?" question. */
export { hasLayer, pushLayer, removeLayer, topLayerFor, type DismissLayer } from './dismiss-stack.js';
export { EscapeLayer, type EscapeLayerOptions } from './escape-layer.js';
export { OverlayController, type OverlayCloseReason, type OverlayOptions } from './overlay-controller.js';
export { DiscardPrompt, type DiscardPromptOptions, type DiscardPromptText } from './discard-prompt.js';
export { discardPromptStyles } from './discard-prompt.styles.js';
