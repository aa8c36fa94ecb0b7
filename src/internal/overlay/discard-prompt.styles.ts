import { css } from 'lit';

/**
 * The look of the "Discard?" question (DiscardPrompt), the same in every editor that asks it. Expects
 * internal/tokens.ts and `--_error` on :host, and commandStyles for its buttons.
 */
export const discardPromptStyles = css`
  .confirm {
    display: grid;
    gap: var(--_p-gap);
    padding: 0.75rem;
    border: 1px solid var(--_error);
    border-radius: var(--_p-panel-radius);
  }

  .confirm p {
    margin: 0;
  }

  .confirm .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_p-gap);
    justify-content: flex-end;
  }
`;
