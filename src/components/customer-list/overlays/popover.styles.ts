import { css } from 'lit';

/*
 * The look every popover of the list shares (the Manage tags popover, the Columns and Views menus, the view of a
 * part that failed to load), in the first load: the parts loaded later narrow it in their own sheets
 * (overlays.styles.ts, view/view.styles.ts), which come after this one.
 *
 * A failed part's view opens under its command (each command is an anchor, see toolbar.styles.ts; the popover
 * names its own in a style attribute).
 */
export const popoverStyles = css`
  .tag-popover,
  .menu-popover,
  .load-failure-popover {
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

  .load-failure-popover {
    position-area: block-end span-inline-end;
    box-sizing: border-box;
    width: min(22rem, calc(100vw - 1rem));
    padding: 0.75rem;
  }

  .load-failure-popover p {
    margin: 0 0 0.5rem;
  }
`;
