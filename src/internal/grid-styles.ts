import { css, unsafeCSS } from 'lit';

/** The font of IDs (`.mono`), which column widths are measured in as well. */
export const MONO_FONT = { family: "ui-monospace, 'Cascadia Mono', monospace", scale: 0.8 } as const;

/**
 * The look of every windowed grid of this library (the customer list, the activity log): a scrolling viewport
 * with a sticky header, absolutely placed rows of one height, cells that clip, skeleton rows, and the state and
 * status lines. Expects on :host `--_height`, `--_row-height`, `--_columns` (the grid-template-columns) and the
 * palette's `--_border`, `--_background`, `--_header-background`, `--_hover`, `--_selected`, `--_muted`, `--_error`.
 *
 * - `.walk-status`: the progress of a walk that sorts or filters here (LocalQueryController), with Cancel, drawn
 *   only while it speaks.
 * - `:focus-visible`: inside the cell, so neighbouring cells never hide it.
 * - `.body`: far-away rows kept for focus must not stretch the scroll space (`overflow: clip`).
 * - `.grid.replacing .data-row`: the previous query's rows while a new one loads, visibly on their way out.
 */
export const gridStyles = css`
  .walk-status:has(> *) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block-start: 0.4rem;
    color: var(--_muted);
  }

  :focus-visible {
    outline-offset: -2px;
  }

  .viewport {
    position: relative;
    height: var(--_height);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_p-radius);
    background: var(--_background);
  }

  .grid {
    min-width: min-content;
  }

  .header {
    position: sticky;
    top: 0;
    z-index: 2;
    min-width: min-content;
    background: var(--_header-background);
    border-block-end: 1px solid var(--_border);
  }

  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    height: var(--_row-height);
    min-width: min-content;
    box-sizing: border-box;
  }

  .body {
    position: relative;
    min-width: min-content;
    overflow: clip;
    contain: layout size;
  }

  .data-row {
    position: absolute;
    inset-inline: 0;
    top: 0;
    border-block-end: 1px solid var(--_border);
    will-change: transform;
  }

  .grid.replacing .data-row {
    opacity: 0.5;
    transition: opacity 0.15s 0.1s;
  }

  .data-row:hover {
    background: var(--_hover);
  }

  .cell {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-width: 0;
    padding: 0 0.6rem;
    overflow: hidden;
    white-space: nowrap;
  }

  .header-cell {
    flex-direction: row;
    justify-content: flex-start;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
    cursor: pointer;
    user-select: none;
  }

  .sort-indicator {
    font-size: 0.7em;
    color: var(--_accent);
  }

  .clip {
    display: block;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .mono {
    font-family: ${unsafeCSS(MONO_FONT.family)};
    font-size: ${MONO_FONT.scale}em;
  }

  .skeleton {
    display: block;
    width: 60%;
    height: 0.8em;
    border-radius: var(--_p-radius);
    background: var(--_border);
    color: transparent;
    animation: pulse 1.2s ease-in-out infinite;
  }

  .skeleton-row {
    display: flex;
    align-items: center;
    height: var(--_row-height);
    padding: 0 0.6rem;
    border-block-end: 1px solid var(--_border);
  }

  .state {
    padding: 1rem;
  }

  .state.skeletons {
    padding: 0;
  }

  .state.error {
    color: var(--_error);
  }

  .state.partial {
    position: sticky;
    bottom: 0;
    background: var(--_background);
    border-block-start: 1px solid var(--_border);
  }

  .status {
    min-height: 1.4em;
    margin-block-start: 0.4rem;
    color: var(--_muted);
    font-size: 0.9em;
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  .details summary {
    cursor: pointer;
  }

  .details code {
    display: block;
    overflow-wrap: anywhere;
    font-size: 0.85em;
  }
`;
