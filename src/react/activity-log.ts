// Generated from custom-elements.json by scripts/generate-react-wrappers.mjs (npm run manifest). Do not edit.
/**
 * `<activity-log>` for React: Activity records of a partner's customers, with details and export.
 * Properties are props, events typed `on…` props. Importing this module registers `<activity-log>`, and no
 * other element, under its default tag.
 *
 * @example
 * import { ActivityLog } from 'customer-list-elements/react/activity-log.js';
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../components/activity-log/activity-log.js';
import { ActivityLog as ActivityLogElement } from '../components/activity-log/activity-log.component.js';
import { type ActivityCustomerChangeEvent } from '../components/activity-log/activity-log.events.js';
import { type ExportCancelEvent, type ExportCompleteEvent, type ExportErrorEvent, type ExportProgressEvent, type ExportStartEvent } from '../internal/export/export-events.js';

export const ActivityLog = createComponent({
  tagName: 'activity-log',
  elementClass: ActivityLogElement,
  react: React,
  events: {
    onExportStart: 'export-start' as EventName<ExportStartEvent>,
    onExportProgress: 'export-progress' as EventName<ExportProgressEvent>,
    onExportComplete: 'export-complete' as EventName<ExportCompleteEvent>,
    onExportError: 'export-error' as EventName<ExportErrorEvent>,
    onExportCancel: 'export-cancel' as EventName<ExportCancelEvent>,
    onActivityCustomerChange: 'activity-customer-change' as EventName<ActivityCustomerChangeEvent>,
  },
});
