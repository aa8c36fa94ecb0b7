/** Size entry (npm run bench, measure 6): what the Vaadin page imports. */
export * from '@vaadin/grid/vaadin-grid.js';
export * from '@vaadin/grid/vaadin-grid-column.js';
