/**
 * The events <export-button> fires. They are the export events every exporting element fires (<activity-log>
 * too), so they are typed once, in src/internal/export/export-events.ts.
 */
export * from '../../internal/export/export-events.js';
