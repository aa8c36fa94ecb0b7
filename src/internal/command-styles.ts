import { css } from 'lit';

/**
 * The look of a command button, shared by the list's command bar and the elements composed into it (the export
 * button), so they read as one bar. Expects `--_border`, `--_background` and `--_accent` on :host.
 */
export const commandStyles = css`
  .command {
    min-height: 2rem;
    padding: 0 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_background);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .command:hover {
    border-color: var(--_accent);
  }
`;
