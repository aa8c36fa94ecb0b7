import { css } from 'lit';

/**
 * The one palette and the shapes every element shares; AdapterElement puts it first in every element's styles. Each private
 * `--_p-*` color reads the public `--customer-list-*` property a theme sets and falls back to one `light-dark()`
 * default, which obeys `--customer-list-color-scheme`. themes/light.css and themes/dark.css repeat these values
 * (test/components/design-tokens.test.ts keeps them equal). No other stylesheet names a color: an element reads
 * its own public tokens over these, `--_accent: var(--tag-editor-accent-color, var(--_p-accent))`.
 *
 * Contrast (WCAG 2.2 ratios), light | dark:
 * - text on the background 15.5 | 14.5; muted text 6.2 | 9.3 on the background and at least 5.2 | 6.7 on the
 *   header, hover, selected and tag backgrounds (1.4.3 asks 4.5);
 * - control borders 3.5 | 3.6 on the background (1.4.11 asks 3 for what identifies a text box or a button);
 * - `focus` rings a control filled with the accent (a primary button), 2px out: 21 | 16.5 on the background and
 *   3.9 | 2.4 on the accent, from which the 2px gap parts it (an accent ring there would merge with the fill);
 * - `border` is the quiet divider of rows, panels and fieldsets (1.3 | 1.5): it identifies no control. A page
 *   that sets only `--customer-list-border-color` gets it on controls too, as before the two were split;
 * - `backdrop` lies behind a modal dialog or side sheet, and under a popover: dark in either scheme.
 *
 * Shapes: one control height and radius, so commands, text boxes and chips line up across elements.
 */
export const tokenStyles = css`
  :host {
    --_p-text: var(--customer-list-text-color, light-dark(#242424, #f0f0f0));
    --_p-muted: var(--customer-list-muted-color, light-dark(#616161, #c2c2c2));
    --_p-background: var(--customer-list-background, light-dark(#ffffff, #1f1f1f));
    --_p-header-background: var(--customer-list-header-background, light-dark(#f5f5f5, #2a2a2a));
    --_p-border: var(--customer-list-border-color, light-dark(#e0e0e0, #3d3d3d));
    --_p-control-border: var(--customer-list-control-border-color, var(--customer-list-border-color, light-dark(#8a8a8a, #757575)));
    --_p-hover: var(--customer-list-hover-background, light-dark(#f5f9fd, #262b31));
    --_p-selected: var(--customer-list-selected-background, light-dark(#ebf3fc, #1c3146));
    --_p-accent: var(--customer-list-accent-color, light-dark(#0f6cbd, #62abf5));
    --_p-tag: var(--customer-list-tag-background, light-dark(#e8ebfa, #2f3652));
    --_p-error: var(--customer-list-error-color, light-dark(#b10e1c, #f1707b));
    --_p-focus: var(--customer-list-focus-color, light-dark(#000000, #ffffff));
    --_p-backdrop: rgb(0 0 0 / 0.4);
    --_p-shadow: 0 8px 24px rgb(0 0 0 / 0.2);

    --_p-control-height: 2rem;
    --_p-radius: 4px;
    --_p-panel-radius: 6px;
    --_p-gap: 0.5rem;
  }
`;
