import { css } from 'lit';

/**
 * The toolbar: search, filters, filter chips and the command bar (toolbar/list-toolbar.template.ts), with the
 * anchors the Manage tags popover, the Columns and Views menus and the view of a part that failed to load open under.
 *
 * `.toolbar:has(.export)` and `.export::part(…)`: an export's progress and its result take a line of their own
 * under the commands, end-aligned, its height reserved below the toolbar: beside the button they widened the bar,
 * pushing New order from x=474 to 32 and Views onto a new line, and the result stayed until a reload (it now has
 * Dismiss). Placed against the command bar (the nearest positioned box) and out of the flow, they move no command.
 *
 * - `.command[aria-busy='true']`: a command whose part is loading (overlays/lazy-opener.ts).
 */
export const toolbarStyles = css`
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

  [data-command='new-order'] {
    anchor-name: --new-order-command;
  }

  [data-command='billing'] {
    anchor-name: --billing-command;
  }

  [data-command='activity'] {
    anchor-name: --activity-command;
  }

  [data-command='manage-tags'] {
    anchor-name: --manage-tags-command;
  }

  [data-command='export'] {
    anchor-name: --export-command;
  }

  [data-command='columns'] {
    anchor-name: --columns-command;
  }

  [data-command='views'] {
    anchor-name: --views-command;
  }

  .command[aria-busy='true'] {
    cursor: progress;
  }
`;
