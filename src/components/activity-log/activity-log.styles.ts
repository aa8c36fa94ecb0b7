import { css } from 'lit';
import { gridStyles } from '../../internal/grid-styles.js';

/**
 * Public `--activity-log-*` tokens over the shared palette, read into the private `--_*` ones the grid styles use.
 * `--_p-line-height` is also the line height of the elements drawn inside the log (see baseStyles).
 * `.row.expanded` is as tall as its details: the grid measures it and moves the rows after it down by the
 * difference. `.details-panel` is as tall as its content, the grid scrolling past it: a panel scrolling on its own
 * could not be reached by keyboard (the grid's arrow keys move between rows). What the panel holds once loaded is
 * styled by activity-log.details.ts. (Comments stay out of the css literal: esbuild keeps them in the bundle.)
 */
export const styles = [
  gridStyles,
  css`
    :host {
      --_height: var(--activity-log-height, 480px);
      --_row-height: var(--activity-log-row-height, 40px);
      --_text: var(--_p-text);
      --_muted: var(--_p-muted);
      --_background: var(--activity-log-background, var(--_p-background));
      --_header-background: var(--_p-header-background);
      --_border: var(--activity-log-border-color, var(--_p-border));
      --_control-border: var(--activity-log-border-color, var(--_p-control-border));
      --_hover: var(--_p-hover);
      --_selected: var(--_p-selected);
      --_accent: var(--activity-log-accent-color, var(--_p-accent));
      --_error: var(--_p-error);
      --_columns: 2.75rem minmax(11rem, 1fr) minmax(12rem, 1.5fr) minmax(11rem, 1.2fr) minmax(12rem, 1.3fr) minmax(7rem, 0.8fr);
      display: block;
      color: var(--_text);
      --_p-line-height: 1.4;
      font: var(--activity-log-font, var(--customer-list-font, 14px/var(--_p-line-height) 'Segoe UI', system-ui, sans-serif));
    }

    :host([hidden]) {
      display: none;
    }

    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem 1rem;
      margin-block-end: 0.5rem;
    }

    .field {
      display: grid;
      gap: 0.125rem;
      color: var(--_muted);
      font-size: 0.85em;
    }

    .field input,
    .field select {
      color: var(--_text);
      font-size: 1rem;
    }

    .chip-line {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }

    .chip {
      max-width: 16rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      color: var(--_text);
    }

    .export {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-inline-start: auto;
    }

    .progress {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
    }

    progress {
      width: 8rem;
      accent-color: var(--_accent);
    }

    .message {
      margin: 0;
    }

    .message.failed,
    .period-error {
      color: var(--_error);
    }

    .period-error {
      min-height: 1.4em;
      margin: 0 0 0.25rem;
    }

    .row.expanded {
      height: auto;
      grid-template-rows: var(--_row-height) auto;
      align-content: start;
      background: var(--_selected);
    }

    .disclosure-cell {
      align-items: center;
      padding: 0;
    }

    .disclosure {
      width: 2rem;
      height: 2rem;
      padding: 0;
      border: 0;
      border-radius: var(--_p-radius);
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }

    .sortable {
      cursor: pointer;
      user-select: none;
    }

    .status-failed {
      color: var(--_error);
    }

    .details-cell {
      grid-column: 1 / -1;
      min-width: 0;
    }

    .details-panel {
      box-sizing: border-box;
      padding: 0.5rem 1rem 0.75rem 2.75rem;
      border-block-start: 1px solid var(--_border);
      white-space: normal;
    }
  `,
];
