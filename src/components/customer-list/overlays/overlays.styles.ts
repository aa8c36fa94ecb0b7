import { css } from 'lit';

/*
 * The list's overlays, loaded with them (adoptLazyStyles): the side panels (billing, activity) and where the
 * Manage tags popover opens. After popover.styles.ts, whose shared popover look the last rule narrows.
 */
export const overlayStyles = css`
  /* A side sheet docked to the inline end, full height. */
  .side-panel {
    box-sizing: border-box;
    inset-block: 0;
    inset-inline: auto 0;
    width: min(40rem, 100vw);
    max-width: 100vw;
    height: 100%;
    max-height: 100%;
    margin: 0;
    padding: 1rem;
    /* A field Tab scrolls into view stops short of the edge, with room for its focus ring. */
    scroll-padding-block: 0.5rem;
    border: 0;
    border-inline-start: 1px solid var(--_border);
    background: var(--_background);
    color: var(--_text);
  }

  /* The activity log needs the room of its five columns. */
  .activity-panel {
    width: min(72rem, 100vw);
  }

  .side-panel::backdrop {
    background: var(--_p-backdrop);
  }

  .side-panel header {
    display: flex;
    gap: 1rem;
    align-items: start;
    justify-content: space-between;
    margin-block-end: 1rem;
  }

  /* A 10 000-character name must not push the form off-screen: three lines, the rest in the tooltip. */
  .side-panel h2 {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    min-width: 0;
    margin: 0;
    overflow: hidden;
    overflow-wrap: anywhere;
    font-size: 1.25rem;
  }

  /* In the top layer, under the Manage tags command; it flips when there is no room below or to the side. */
  .tag-popover {
    position-anchor: --manage-tags-command;
    position-area: block-end span-inline-end;
  }

  /*
   * The editor is taller than most menus: it opens on the side of its command with the most room and never runs
   * past the viewport (100% is the room beside the command, margins taken off), scrolling under its sticky Save.
   * After the rule above, which it narrows.
   */
  .tag-popover {
    position-try-order: most-height;
    box-sizing: border-box;
    max-height: min(calc(100vh - 1rem), calc(100% - 0.5rem));
  }
`;
