import { css } from 'lit';

/*
 * The list's own grid rules over the shared internal/grid-styles.ts: header drag and resize, selected rows, the
 * checkbox column, links, the reseller button and tag chips.
 */
export const customerGridStyles = css`
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
`;
