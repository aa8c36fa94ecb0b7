import { css } from 'lit';

/**
 * The list's overlays, loaded with them (adoptLazyStyles): the side panels (billing, activity) and where the
 * Manage tags popover opens. After popover.styles.ts, whose shared popover look the last rule narrows.
 *
 * - `.side-panel`: a side sheet docked to the inline end, full height; a field Tab scrolls into view stops short
 *   of the edge, with room for its focus ring (`scroll-padding-block`).
 * - `.activity-panel`: the activity log needs the room of its five columns.
 * - `.side-panel h2`: the customer's name, clamped (`clampStyles`, adopted with these).
 * - `.tag-popover`, first rule: in the top layer, under the Manage tags command; it flips when there is no room
 *   below or to the side. Second rule: the editor is taller than most menus: it opens on the side of its command
 *   with the most room and never runs past the viewport (100% is the room beside the command, margins taken
 *   off), scrolling under its sticky Save.
 */
export const overlayStyles = css`
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
    scroll-padding-block: 0.5rem;
    border: 0;
    border-inline-start: 1px solid var(--_border);
    background: var(--_background);
    color: var(--_text);
  }

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

  .side-panel h2 {
    min-width: 0;
    margin: 0;
    font-size: 1.25rem;
  }

  .tag-popover {
    position-anchor: --manage-tags-command;
    position-area: block-end span-inline-end;
  }

  .tag-popover {
    position-try-order: most-height;
    box-sizing: border-box;
    max-height: min(calc(100vh - 1rem), calc(100% - 0.5rem));
  }
`;
