import { css } from 'lit';

/**
 * The export button's own look; the shared sheets (palette, base, commands) come from AdapterElement.
 *
 * - `:host` font: `revert-layer`, not `inherit`: the page's family and size, the reset's line height and style
 *   (baseStyles).
 * - `.progress-text`, `.message` shrink and ellipsize: where a host gives the progress or the result less room
 *   than it needs, the words give way, not Cancel.
 */
export const styles = css`
  :host {
    --_accent: var(--export-button-accent-color, var(--_p-accent));
    --_control-border: var(--export-button-border-color, var(--_p-control-border));
    --_background: var(--export-button-background, var(--_p-background));
    --_error: var(--export-button-error-color, var(--_p-error));
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_p-gap);
    font: revert-layer;
  }
  .progress,
  .result {
    display: inline-flex;
    align-items: center;
    gap: var(--_p-gap);
    max-width: 100%;
  }
  .progress-text,
  .message {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  progress {
    flex: 0 1 8rem;
    min-width: 3rem;
    accent-color: var(--_accent);
  }
  .message.failed {
    color: var(--_error);
  }
  p {
    margin: 0;
  }
`;
