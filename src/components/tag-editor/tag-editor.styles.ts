import { css } from 'lit';

/**
 * Public `--tag-editor-*` tokens read into private `--_*` ones on :host; each falls back to the shared palette
 * (internal/tokens.ts), so a page themed for <customer-list> themes the editor too. Manage mode's rules load with
 * it (manage-mode.styles.ts).
 *
 * Why some rules are as they are (the reasons stay out of the css`` literal, where they would ship as bytes):
 * - `:host` font: `revert-layer`, not `inherit`: the page's family and size, the reset's line height and style
 *   (baseStyles).
 * - `.editor`: one column that never grows past the editor: a grid item's automatic minimum width is its longest
 *   word, so a 50-character tag with no space would otherwise widen the editor and scroll its popover sideways.
 * - `.message`, `.summary`, `.command` wrap anywhere: tag names are typed by people and may be one long word.
 * - `.actions` is sticky: Save and Cancel stay in view at the bottom of whatever scrolls the editor (the list's
 *   popover, bounded by the space beside its command); a long checklist or message scrolls under them instead of
 *   pushing them out.
 */
export const styles = css`
  :host {
    --_accent: var(--tag-editor-accent-color, var(--_p-accent));
    --_border: var(--tag-editor-border-color, var(--_p-border));
    --_control-border: var(--tag-editor-border-color, var(--_p-control-border));
    --_background: var(--tag-editor-background, var(--_p-background));
    --_text: var(--tag-editor-text-color, var(--_p-text));
    --_muted: var(--tag-editor-muted-color, var(--_p-muted));
    --_hover: var(--tag-editor-hover-background, var(--_p-hover));
    --_error: var(--tag-editor-error-color, var(--_p-error));
    --_list-height: var(--tag-editor-list-height, 16rem);
    display: block;
    box-sizing: border-box;
    min-width: 18rem;
    max-width: 100%;
    color: var(--_text);
    background: var(--_background);
    font: var(--tag-editor-font, var(--customer-list-font, revert-layer));
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .editor {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_p-gap);
    padding: 0.75rem;
  }

  h2 {
    margin: 0;
    font-size: 1rem;
  }

  p {
    margin: 0;
  }

  .message,
  .summary,
  .command {
    overflow-wrap: anywhere;
  }

  .command {
    max-width: 100%;
  }

  .create {
    justify-self: start;
    text-align: start;
  }

  .summary,
  .count,
  .hint,
  .filter-label {
    color: var(--_muted);
  }

  .filter-label {
    font-size: 0.85em;
  }

  .filter {
    width: 100%;
  }

  .error {
    color: var(--_error);
  }

  .list {
    max-height: var(--_list-height);
    overflow: auto;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_p-radius);
    list-style: none;
  }

  .item {
    display: flex;
    align-items: center;
    gap: var(--_p-gap);
    min-height: var(--_p-control-height);
    padding: 0.25rem 0.5rem;
    cursor: pointer;
    user-select: none;
  }

  .item:hover {
    background: var(--_hover);
  }

  .item[aria-readonly='true'] {
    cursor: default;
  }

  .box {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1rem;
    block-size: 1rem;
    border: 1px solid var(--_muted);
    border-radius: 3px;
    font-size: 0.75rem;
    line-height: 1;
  }

  [aria-checked='true'] > .box,
  [aria-checked='mixed'] > .box {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_background);
  }

  .name {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  .count {
    flex: none;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .change {
    flex: none;
    font-size: 0.75em;
    padding: 0 0.375rem;
    border-radius: 999px;
    border: 1px solid var(--_accent);
  }

  .actions {
    position: sticky;
    inset-block-end: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_p-gap);
    justify-content: flex-end;
    background: var(--_background);
  }

  .actions .toggle {
    margin-inline-end: auto;
  }

  .item:focus-visible {
    outline-offset: -2px;
  }
`;
