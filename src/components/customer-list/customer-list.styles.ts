import { css } from 'lit';
import { baseStyles, commandStyles, controlStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';
import { gridStyles } from '../../internal/grid-styles.js';

/*
 * The list's palette is the shared one (internal/tokens.ts), read from the public --customer-list-* tokens that a
 * theme sets on any ancestor; the private names below are what this stylesheet and the shared ones use.
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

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1.25rem;
    margin-block-end: 0.75rem;
  }

  .search,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_p-gap);
  }

  .field {
    display: grid;
    gap: 0.125rem;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .field select {
    font-size: 1rem / 0.85;
  }

  input[type='search'] {
    min-width: 16rem;
  }

  .search-box {
    display: grid;
    gap: 0.125rem;
  }

  .search-error:empty {
    display: none;
  }

  .search-error {
    max-width: 24rem;
    color: var(--_error);
    font-size: 0.85em;
  }

  .chip {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    max-width: 16rem;
    min-height: var(--_p-control-height);
    padding: 0 0.6rem;
    border: 1px solid var(--_control-border);
    border-radius: 1rem;
    background: var(--_tag);
    cursor: pointer;
  }

  .chip span:first-child {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .command-bar {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-inline-start: auto;
  }

  /*
   * An export's progress and its result take a line of their own under the commands, end-aligned, its height
   * reserved below the toolbar: beside the button they widened the bar, pushing New order from x=474 to 32 and
   * Views onto a new line, and the result stayed until a reload (it now has Dismiss). Placed against the
   * command bar (the nearest positioned box) and out of the flow, they move no command.
   */
  .toolbar:has(.export) {
    margin-block-end: calc(var(--_p-control-height) + 1rem);
  }

  .export::part(progress),
  .export::part(result) {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-end: 0;
    box-sizing: border-box;
    width: max-content;
    max-width: 100%;
    white-space: nowrap;
  }

  .command[aria-disabled='true'] {
    opacity: 1;
    color: var(--_muted);
    border-style: dashed;
    cursor: not-allowed;
  }

  [data-command='manage-tags'] {
    anchor-name: --manage-tags;
  }

  /* A side sheet docked to the inline end, full height. */
  .side-panel {
    box-sizing: border-box;
    inset-block: 0;
    inset-inline: auto 0;
    width: min(40rem, 100vw);
    max-width: 100vw;
    height: 100%;
    max-height: 100%;
    margin: 0;
    padding: 1rem;
    /* A field Tab scrolls into view stops short of the edge, with room for its focus ring. */
    scroll-padding-block: 0.5rem;
    border: 0;
    border-inline-start: 1px solid var(--_border);
    background: var(--_background);
    color: var(--_text);
  }

  /* The activity log needs the room of its five columns. */
  .activity-panel {
    width: min(72rem, 100vw);
  }

  .side-panel::backdrop {
    background: var(--_p-backdrop);
  }

  .side-panel header {
    display: flex;
    gap: 1rem;
    align-items: start;
    justify-content: space-between;
    margin-block-end: 1rem;
  }

  /* A 10 000-character name must not push the form off-screen: three lines, the rest in the tooltip. */
  .side-panel h2 {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    min-width: 0;
    margin: 0;
    overflow: hidden;
    overflow-wrap: anywhere;
    font-size: 1.25rem;
  }

  /* In the top layer, under the Manage tags command; it flips when there is no room below or to the side. */
  .tag-popover {
    position-anchor: --manage-tags;
    position-area: block-end span-inline-end;
  }

  .tag-popover,
  .menu-popover {
    position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline;
    inset: auto;
    margin: 0.25rem 0;
    padding: 0;
    width: min(26rem, calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_p-panel-radius);
    background: var(--_background);
    color: var(--_text);
    box-shadow: var(--_p-shadow);
  }

  /*
   * The editor is taller than most menus: it opens on the side of its command with the most room and never runs
   * past the viewport (100% is the room beside the command, margins taken off), scrolling under its sticky Save.
   * After the rule above, which it narrows.
   */
  .tag-popover {
    position-try-order: most-height;
    box-sizing: border-box;
    max-height: min(calc(100vh - 1rem), calc(100% - 0.5rem));
  }

  [data-command='columns'] {
    anchor-name: --columns-command;
  }

  [data-command='views'] {
    anchor-name: --views-command;
  }

  /* The Columns and Views menus: a panel like Manage tags, toward the inline start (their commands are last). */
  .menu-popover {
    position-area: block-end span-inline-start;
    box-sizing: border-box;
    width: min(22rem, calc(100vw - 1rem));
    padding: 0.75rem;
  }

  .columns-menu {
    position-anchor: --columns-command;
  }

  .views-menu {
    position-anchor: --views-command;
  }

  .column-choices,
  .view-list {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .column-choice,
  .view-item {
    display: flex;
    gap: 0.25rem;
    align-items: center;
  }

  .column-choice label {
    display: flex;
    flex: 1;
    gap: 0.5rem;
    align-items: center;
    min-height: var(--_p-control-height);
  }

  .icon-button {
    min-width: var(--_p-control-height);
    min-height: var(--_p-control-height);
    padding: 0;
    border: 1px solid var(--_control-border);
    border-radius: var(--_p-radius);
    background: none;
    cursor: pointer;
  }

  .icon-button[aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: not-allowed;
  }

  /* Rename and Delete are underlined words with no box: the gap alone keeps them apart as two targets. */
  .view-item {
    gap: var(--_p-gap);
  }

  .view-apply {
    flex: 1;
    min-width: 0;
    min-height: var(--_p-control-height);
    padding: 0 0.5rem;
    overflow: hidden;
    border: 1px solid transparent;
    border-radius: var(--_p-radius);
    background: none;
    text-align: start;
    text-overflow: ellipsis;
    white-space: nowrap;
    cursor: pointer;
  }

  .view-apply:hover,
  .view-apply[aria-current='true'] {
    background: var(--_selected);
  }

  .rename-view,
  .save-view {
    display: flex;
    flex: 1;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }

  .save-view {
    margin-block-start: 0.75rem;
  }

  .rename-view input {
    flex: 1;
    min-width: 8rem;
  }

  .view-item.renaming {
    flex-wrap: wrap;
  }

  .menu-error {
    margin: 0.25rem 0 0;
    color: var(--_error);
    font-size: 0.85em;
  }

  .menu-error:empty,
  .menu-status:empty {
    display: none;
  }

  .menu-status {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .menu-note {
    margin: 0.5rem 0;
    color: var(--_muted);
    font-size: 0.85em;
  }

  /*
   * Always there, at least one line high, so a first selection moves nothing. Its commands wrap onto more lines
   * where one is too narrow (a phone): a bar that scrolled sideways cut "Select all…" and hid Clear selection.
   */
  .selection-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    box-sizing: border-box;
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    margin-block-end: 0.5rem;
    border-radius: var(--_p-radius);
    background: var(--_selected);
  }

  .selection-bar .link-button {
    text-align: start;
  }

  .selection-bar[data-empty] {
    background: none;
  }

  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }

  .header-cell {
    position: relative;
  }

  /* A header being dragged to a new place, and the edge where it would drop. */
  .header-cell.dragged {
    opacity: 0.6;
    cursor: grabbing;
  }

  .header-cell[data-drop]::before {
    content: '';
    position: absolute;
    inset-block: 0;
    width: 3px;
    background: var(--_accent);
  }

  .header-cell[data-drop='start']::before {
    inset-inline-start: 0;
  }

  .header-cell[data-drop='end']::before {
    inset-inline-end: 0;
  }

  /* On the header's end edge, over its padding; wide enough to grab, drawn as a line when hovered or focused. */
  .resize-handle {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    width: 9px;
    cursor: col-resize;
    touch-action: none;
  }

  .resize-handle::after {
    content: '';
    position: absolute;
    inset-block: 20%;
    inset-inline-end: 3px;
    width: 2px;
    border-radius: 1px;
    background: var(--_border);
  }

  .resize-handle:hover::after,
  .resize-handle:focus-visible::after,
  .resize-handle.dragging::after {
    inset-block: 0;
    background: var(--_accent);
  }

  .resize-handle:focus-visible {
    outline-offset: -2px;
  }

  .data-row[data-selected] {
    background: var(--_selected);
  }

  .select-cell {
    align-items: center;
    padding: 0;
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

  a {
    color: var(--_accent);
    text-decoration: none;
  }

  a:hover {
    text-decoration: underline;
  }

  .reseller {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_muted);
    font-size: 0.8em;
    text-align: start;
    cursor: pointer;
  }

  .tag-list {
    display: flex;
    gap: 0.25rem;
    overflow: hidden;
  }

  /* Chips give way with an ellipsis (never cut mid-word at the cell's edge); "+N" keeps its size. */
  .tag {
    flex: 0 1 auto;
    box-sizing: border-box;
    min-width: 1.75rem;
    max-width: 10rem;
    padding: 0 0.5rem;
    overflow: hidden;
    border-radius: 1rem;
    background: var(--_tag);
    text-overflow: ellipsis;
    unicode-bidi: isolate;
  }

  .tag.more {
    flex: none;
    min-width: auto;
    color: var(--_muted);
  }

  /*
   * A live region (role=alert) that exists before it speaks, drawn only once it says something. Not :empty,
   * which the template's whitespace never lets match; not display: none, which would take the region out of
   * the accessibility tree.
   */
  .announcement:has(> *) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block-start: 0.4rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_error);
    border-radius: var(--_p-radius);
    color: var(--_error);
    overflow-wrap: anywhere;
  }


  .announcement p {
    flex: 1 1 20rem;
    margin: 0;
  }

`,
];
