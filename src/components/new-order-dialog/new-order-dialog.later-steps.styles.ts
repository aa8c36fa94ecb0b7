import { css } from 'lit';

/**
 * The look of the products, review and submitted steps of <new-order-dialog>: loaded with those steps (their
 * module re-exports it) and added to the dialog's shadow root when they arrive, so the first load does not carry
 * it. Reads the private `--_*` tokens the dialog's own styles set on :host.
 * `tbody input[readonly]`, `tbody select:disabled`: while the order is on its way its lines are read-only; a
 * dashed border says the box will not take typing.
 */
export const laterStepStyles = css`
  tbody input[readonly],
  tbody select:disabled {
    border-style: dashed;
    cursor: not-allowed;
  }
  .products {
    display: grid;
    gap: 0.25rem;
    max-height: 16rem;
    overflow: auto;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .product {
    display: flex;
    gap: var(--_p-gap);
    padding: 0.375rem;
    border-radius: var(--_p-radius);
  }
  .product:has(:checked) {
    outline: 1px solid var(--_accent);
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  .quantity {
    width: 7rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.375rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_p-gap);
    justify-content: flex-end;
  }
`;
