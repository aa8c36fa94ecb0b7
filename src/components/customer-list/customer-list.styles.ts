import { css } from 'lit';
import { gridStyles } from '../../internal/grid-styles.js';
import { toolbarStyles } from './toolbar/toolbar.styles.js';
import { popoverStyles } from './overlays/popover.styles.js';
import { statusStyles } from './status/status.styles.js';
import { customerGridStyles } from './grid/grid.styles.js';

/*
 * The list's palette is the shared one (internal/tokens.ts), read from the public --customer-list-* tokens that a
 * theme sets on any ancestor; the private names below are what this stylesheet and the shared ones use.
 *
 * Host rules first, then each part's rules from its folder, then the rules several parts share. The overlays' and
 * the menus' own rules load with them (adoptLazyStyles) and come after all of these.
 *
 * - `--_p-line-height` on :host is also the line height of the elements drawn inside the list (see baseStyles).
 * - `.field select`: a drop-down list in a field keeps the list's own size, undoing the 0.85em of its label's text
 *   (was written "1rem / 0.85", invalid CSS the browser dropped, which left the toolbar's selects smaller than the
 *   search box).
 * - `input[type='checkbox']:focus-visible`: outside the box (the grid's rings are inset), else focus only
 *   recolors the box's own border.
 */
export const styles = [
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

  .field select {
    font-size: calc(1em / 0.85);
  }
`,
  toolbarStyles,
  popoverStyles,
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

  input[type='checkbox']:focus-visible {
    outline-offset: 2px;
  }
`,
];
