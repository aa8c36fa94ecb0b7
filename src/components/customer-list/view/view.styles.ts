import { css } from 'lit';

/**
 * The Columns and Views menus (view/columns-menu.ts, view/views-menu.ts). After overlays/overlays.styles.ts: they
 * narrow its shared popover look.
 *
 * - `.menu-popover`: a panel like Manage tags, toward the inline start (their commands are last).
 * - `.view-item`: Rename and Delete are underlined words with no box: the gap alone keeps them apart as two targets.
 */
export const viewStyles = css`
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
`;
