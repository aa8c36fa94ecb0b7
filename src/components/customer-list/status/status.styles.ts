import { css } from 'lit';

/*
 * The selection bar and the announcement of a failure after the fact (status/list-status.ts).
 */
export const statusStyles = css`
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
`;
