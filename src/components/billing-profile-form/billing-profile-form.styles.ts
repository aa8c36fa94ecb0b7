import { css } from 'lit';
import { discardPromptStyles } from '../../internal/overlay/index.js';

/**
 * Public `--billing-profile-form-*` tokens, each falling back to the shared palette, read into private `--_*` ones.
 * The host's font falls back to `revert-layer`, not `inherit`: the page's family and size, the reset's line
 * height and style (baseStyles). (Said here, not in the CSS text, where a comment would ship in every bundle.)
 */
export const styles = [
  discardPromptStyles,
  css`
    :host {
      --_accent: var(--billing-profile-form-accent-color, var(--_p-accent));
      --_border: var(--billing-profile-form-border-color, var(--_p-border));
      --_control-border: var(--billing-profile-form-border-color, var(--_p-control-border));
      --_background: var(--billing-profile-form-background, var(--_p-background));
      --_muted: var(--billing-profile-form-muted-color, var(--_p-muted));
      --_error: var(--billing-profile-form-error-color, var(--_p-error));
      display: block;
      color: var(--billing-profile-form-text-color, var(--customer-list-text-color, inherit));
      font: var(--billing-profile-form-font, var(--customer-list-font, revert-layer));
    }
    form {
      display: grid;
      gap: 0.75rem;
    }
    h2,
    h3,
    p {
      margin: 0;
    }
    h2 {
      margin-block-end: 0.75rem;
      font-size: 1.125rem;
    }
    h3 {
      font-size: 1rem;
    }
    fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.5rem 1rem;
      margin: 0;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_p-panel-radius);
    }
    .field {
      display: grid;
      gap: 0.25rem;
      align-content: start;
      min-width: 0;
    }
    input,
    select {
      width: 100%;
    }
    .error,
    .required {
      color: var(--_error);
    }
    .error {
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--_muted);
    }
    .summary,
    .conflict {
      display: grid;
      gap: var(--_p-gap);
      padding: 0.75rem;
      border: 1px solid var(--_error);
      border-radius: var(--_p-panel-radius);
    }
    .summary a {
      color: var(--_error);
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.25rem 0.5rem;
      text-align: start;
      vertical-align: top;
      border-block-end: 1px solid var(--_border);
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      gap: var(--_p-gap);
      justify-content: flex-end;
    }
  `,
];
