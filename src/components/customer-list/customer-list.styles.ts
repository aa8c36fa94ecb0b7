import { css } from 'lit';
import { baseStyles, commandStyles, controlStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';
import { gridStyles } from '../../internal/grid-styles.js';
import { toolbarStyles } from './toolbar/toolbar.styles.js';
import { overlayStyles } from './overlays/overlays.styles.js';
import { viewStyles } from './view/view.styles.js';
import { statusStyles } from './status/status.styles.js';
import { customerGridStyles } from './grid/grid.styles.js';

/*
 * The list's palette is the shared one (internal/tokens.ts), read from the public --customer-list-* tokens that a
 * theme sets on any ancestor; the private names below are what this stylesheet and the shared ones use.
 *
 * Host rules first, then each part's rules from its folder, in the order the cascade needs (view after overlays),
 * then the rules several parts share.
 */
export const styles = [
  tokenStyles,
  baseStyles,
  commandStyles,
  controlStyles,
  gridStyles,
  css`
  :host {
    --_height: var(--customer-list-height, 480px);
    --_row-height: var(--customer-list-row-height, 40px);
    --_text: var(--_p-text);
    --_muted: var(--_p-muted);
    --_background: var(--_p-background);
    --_header-background: var(--_p-header-background);
    --_border: var(--_p-border);
    --_control-border: var(--_p-control-border);
    --_hover: var(--_p-hover);
    --_selected: var(--_p-selected);
    --_accent: var(--_p-accent);
    --_tag: var(--_p-tag);
    --_error: var(--_p-error);
    display: block;
    color: var(--_text);
    /* Also the line height of the elements drawn inside the list (see baseStyles). */
    --_p-line-height: 1.4;
    font: var(--customer-list-font, 14px/var(--_p-line-height) 'Segoe UI', system-ui, sans-serif);
  }

  :host([hidden]) {
    display: none;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  .field {
    display: grid;
    gap: 0.125rem;
    color: var(--_muted);
    font-size: 0.85em;
  }

  /*
   * A drop-down list in a field keeps the list's own size, undoing the 0.85em of its label's text (was written
   * "1rem / 0.85", invalid CSS the browser dropped, which left the toolbar's selects smaller than the search box).
   */
  .field select {
    font-size: calc(1em / 0.85);
  }
`,
  toolbarStyles,
  overlayStyles,
  viewStyles,
  statusStyles,
  customerGridStyles,
  // Used by more than one part: the selection bar's and the Views menu's link buttons, the grid's and the Columns
  // menu's checkboxes.
  css`
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }

  input[type='checkbox'] {
    width: 1rem;
    height: 1rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  /* Outside the box (the grid's rings are inset), else focus only recolors the box's own border. */
  input[type='checkbox']:focus-visible {
    outline-offset: 2px;
  }
`,
];
