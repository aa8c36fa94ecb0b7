import { css } from 'lit';

/**
 * The look of <tag-editor>'s manage mode (its rows, their small Rename and Delete buttons): loaded with the mode
 * (manage-mode.part.ts) and added to the editor's shadow root when the mode is first built (adoptLazyStyles), so a
 * page that only checks tags does not carry it. Reads the private `--_*` tokens the editor's own styles set.
 *
 * `.manage-row .name` has a basis, not the name's width: a long name wraps beside its buttons instead of pushing
 * them to a line below.
 */
export const manageModeStyles = css`
  .manage-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    padding: 0.25rem 0.5rem;
  }

  .manage-row .name {
    flex-basis: 8rem;
  }

  .manage-row .filter {
    flex: 1 1 10rem;
    width: auto;
  }

  .manage-row .message {
    flex-basis: 100%;
  }

  .command.small {
    min-height: 1.75rem;
    padding: 0 0.5rem;
  }
`;
