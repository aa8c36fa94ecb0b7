import { css } from 'lit';
import { discardPromptStyles } from '../../internal/overlay/index.js';
import { clampStyles } from '../../internal/clamp-styles.js';

/**
 * Public `--new-order-dialog-*` tokens, each falling back to the shared palette, read into private `--_*` ones,
 * and the look of the dialog and its catalog step; the later steps' rules are `laterStepStyles`, loaded with them.
 * The customer's name is clamped (`clampStyles`: a 10 000-character name must not push the flow off-screen). A
 * catalog that cannot be chosen has the one disabled look of every element (shared-styles.ts): muted words in a
 * dashed box at full opacity.
 */
export const styles = [
  css`
    :host {
      --_accent: var(--new-order-dialog-accent-color, var(--_p-accent));
      --_border: var(--new-order-dialog-border-color, var(--_p-border));
      --_control-border: var(--new-order-dialog-border-color, var(--_p-control-border));
      --_background: var(--new-order-dialog-background, var(--_p-background));
      --_text: var(--new-order-dialog-text-color, var(--_p-text));
      --_muted: var(--new-order-dialog-muted-color, var(--_p-muted));
      --_error: var(--new-order-dialog-error-color, var(--_p-error));
      display: contents;
    }
    dialog {
      box-sizing: border-box;
      width: min(48rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: 8px;
      color: var(--_text);
      background: var(--_background);
      font: var(--new-order-dialog-font, var(--customer-list-font, inherit));
    }
    dialog::backdrop {
      background: var(--_p-backdrop);
    }
    .body {
      display: grid;
      gap: 0.75rem;
      padding: 1rem 1.25rem;
    }
    header {
      display: flex;
      gap: 1rem;
      align-items: start;
    }
    header > div {
      flex: 1;
      min-width: 0;
    }
    h2,
    h3,
    h4,
    p,
    dl {
      margin: 0;
    }
    h2 {
      font-size: 1.25rem;
    }
    h3 {
      font-size: 1rem;
    }
    .muted,
    .steps li {
      color: var(--_muted);
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: step;
    }
    .steps li::before {
      counter-increment: step;
      content: counter(step) '. ';
    }
    .steps [aria-current='step'] {
      color: inherit;
      font-weight: 600;
    }
    .catalogs {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: var(--_p-gap);
    }
    .catalog {
      display: grid;
      align-content: start;
      gap: 0.25rem;
      padding: 0.75rem;
      text-align: start;
      border: 1px solid var(--_control-border);
      border-radius: var(--_p-panel-radius);
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .catalog:hover:not([aria-disabled='true']) {
      border-color: var(--_accent);
    }
    .catalog[aria-disabled='true'] {
      border-style: dashed;
      color: var(--_muted);
      cursor: not-allowed;
    }
    .error {
      color: var(--_error);
    }
  `,
  discardPromptStyles,
  clampStyles,
];
