/**
 * What an element that exports does at each step of the export engine: tell the page through the `export-*`
 * events (the cancelable `export-start` may veto it) and hand the finished file to the browser. <export-button>
 * and <activity-log> export the same way.
 */
import type { ExportHooks } from '../../controllers/export-controller.js';
import { ExportCancelEvent, ExportCompleteEvent, ExportErrorEvent, ExportProgressEvent, ExportStartEvent } from './export-events.js';
import { fileSaver } from './save-file.js';

export function exportEventHooks(host: EventTarget): ExportHooks {
  return {
    start: () => host.dispatchEvent(new ExportStartEvent()),
    progress: (rows, total) => host.dispatchEvent(new ExportProgressEvent(rows, total)),
    saved: (rows, bytes, filename) => host.dispatchEvent(new ExportCompleteEvent(rows, bytes, filename)),
    cancelled: (rows) => host.dispatchEvent(new ExportCancelEvent(rows)),
    failed: (error) => host.dispatchEvent(new ExportErrorEvent(error)),
    save: (blob, filename) => fileSaver.saveAs(blob, filename),
  };
}
