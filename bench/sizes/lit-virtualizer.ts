/** Size entry (npm run bench, measure 6): what the lit-virtualizer page imports. */
export * from '@lit-labs/virtualizer';
export { html } from 'lit';
