/**
 * What an export needs only once the agent exports (issue 27, the first-load budgets): the engine that walks the
 * pages into CSV and hands the file to file-saver, the `export-*` events, and the progress and result view.
 * Loaded by `import()` through {@link LazyExport} (lazy-export.ts), never imported statically by an element.
 */
export { ExportController } from '../../controllers/export-controller.js';
export { exportEventHooks } from './export-hooks.js';
export { renderExportState } from './export-state.js';
