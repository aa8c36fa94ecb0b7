import { css } from 'lit';

/**
 * The look of a command button, shared by the list's command bar and every element composed into it or opened
 * from it, so they read as one product. Expects internal/tokens.ts and `--_control-border`, `--_background` and
 * `--_accent` on :host.
 *
 * `.command.primary:focus-visible`: an accent ring 1px off an accent fill reads as a slightly larger button, so
 * it is ringed in the focus color, 2px out.
 *
 * `.command[aria-disabled='true']`: the one disabled look of every element: muted words in a dashed box, at full
 * opacity so the words stay readable (muted text is 6.2 | 9.3 on the background; faded by opacity it fell under
 * 4.5). A disabled primary command looks like any disabled one: muted words on an accent fill would be
 * unreadable. An element that names no muted color of its own (the export button) takes the palette's.
 *
 * (Comments stay out of the css`` literals here and in every stylesheet: they would ship as bytes.)
 */
export const commandStyles = css`
  .command {
    min-height: var(--_p-control-height);
    padding: 0 0.75rem;
    border: 1px solid var(--_control-border);
    border-radius: var(--_p-radius);
    background: var(--_background);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .command:hover {
    border-color: var(--_accent);
  }

  .command.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_background);
  }

  .command.primary:focus-visible {
    outline-color: var(--_p-focus);
    outline-offset: 2px;
  }

  .command[aria-disabled='true'],
  .command.primary[aria-disabled='true'] {
    border-color: var(--_control-border);
    border-style: dashed;
    background: var(--_background);
    color: var(--_muted, var(--_p-muted));
    cursor: not-allowed;
  }
`;

/**
 * Text boxes and drop-down lists of every element (check boxes and radio buttons keep the browser's look).
 * Expects internal/tokens.ts and `--_control-border`, `--_background`, `--_muted` and `--_error` on :host.
 *
 * `input::placeholder`: the browser's own placeholder color is 3.6:1 on the dark background; the muted text
 * color is 6.2 | 9.3.
 */
export const controlStyles = css`
  input:not([type='checkbox'], [type='radio']),
  select {
    box-sizing: border-box;
    min-height: var(--_p-control-height);
    padding: 0 0.5rem;
    border: 1px solid var(--_control-border);
    border-radius: var(--_p-radius);
    background: var(--_background);
    color: inherit;
    font: inherit;
  }

  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
  }
`;

/**
 * What every element shares: its color scheme, its focus ring and visually hidden (screen-reader only) text.
 * Expects `--_accent`. The color scheme follows the user's prefers-color-scheme unless a theme sets
 * `--customer-list-color-scheme` (themes/light.css, themes/dark.css), which every `light-dark()` default obeys.
 *
 * `@layer host-reset`: inherited text settings stop at the element: a host page's "#app { text-align: center }"
 * (a Svelte or Vue template's default) would otherwise centre every cell, label and status line. Only what a page
 * sets on an ancestor is reset; a rule on the element itself still wins, as the outer page's rules win over
 * :host. In a layer, so that any rule of an element's own beats it, and so that an element whose font falls back
 * to the page's ("font: var(--x-font, revert-layer)") inherits the family and size but gets this line height and
 * style. The line height is the composing element's (--_p-line-height, set by the list and the log) for an
 * element drawn inside one, else the browser's "normal", what the elements were designed on.
 *
 * `unicode-bidi: plaintext`: the UI's own words are in the UI's language (English and Polish run left to right).
 * In a right-to-left page each block of them keeps that direction ("1,000 customers", not "customers 1,000")
 * while the layout mirrors and the text still hugs the start edge. User values inside carry their own dir="auto"
 * or isolates.
 *
 * `.direction-control`: a direction override inside a user value, drawn as what it is (see internal/user-text.ts).
 */
export const baseStyles = css`
  @layer host-reset {
    :host {
      text-align: start;
      line-height: var(--_p-line-height, normal);
      letter-spacing: normal;
      word-spacing: normal;
      white-space: normal;
      text-transform: none;
      font-style: normal;
    }
  }

  :host {
    color-scheme: var(--customer-list-color-scheme, light dark);
  }

  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  :is(p, h2, h3, h4, label, legend, li, dt, dd, th, td, button, [role='status'], .ui-text) {
    unicode-bidi: plaintext;
  }

  :host(:dir(rtl)) :is(p, h2, h3, h4, label, legend, li, dt, dd, th, td, [role='status'], .ui-text) {
    text-align: right;
  }

  .direction-control {
    padding: 0 0.2em;
    border: 1px solid currentColor;
    border-radius: 2px;
    font-size: 0.7em;
    text-decoration: none;
    unicode-bidi: isolate;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
