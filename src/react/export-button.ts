// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.
/**
 * `<export-button>` for React: Export customers to CSV.
 * Properties are props, events typed `on…` props. Importing this module registers `<export-button>`, and no
 * other element, under its default tag.
 *
 * @example
 * import { ExportButton } from 'customer-list-elements/react/export-button.js';
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../components/export-button/export-button.js';
import { ExportButton as ExportButtonElement } from '../components/export-button/export-button.component.js';
import { type ExportCancelEvent, type ExportCompleteEvent, type ExportErrorEvent, type ExportProgressEvent, type ExportStartEvent } from '../internal/export/export-events.js';

export const ExportButton = createComponent({
  tagName: 'export-button',
  elementClass: ExportButtonElement,
  react: React,
  events: {
    onExportStart: 'export-start' as EventName<ExportStartEvent>,
    onExportProgress: 'export-progress' as EventName<ExportProgressEvent>,
    onExportComplete: 'export-complete' as EventName<ExportCompleteEvent>,
    onExportError: 'export-error' as EventName<ExportErrorEvent>,
    onExportCancel: 'export-cancel' as EventName<ExportCancelEvent>,
  },
});
