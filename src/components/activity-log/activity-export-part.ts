/**
 * What `<activity-log>`'s export needs once the agent exports: the shared engine (export-part.ts) and the columns
 * of `ActivityLog.csv`, loaded together by LazyExport when the agent points at, focuses or presses Export
 * activity, so a log that is only read carries neither.
 */
import { msg } from '@lit/localize';
import { activityColumnLabel, operationLabel, resourceLabel, statusLabel } from '../../localization/activity-labels.js';
import type { ActivityRecord } from '../../model/activity.js';
import type { CsvColumn } from '../../model/csv.js';

export * from '../../internal/export/export-part.js';

/** The headers of the columns only `ActivityLog.csv` has; the rest are the grid's. */
function csvOnlyLabel(column: 'customerId' | 'resourceType' | 'originalCorrelationId' | 'resourceOldValue' | 'resourceNewValue'): string {
  switch (column) {
    case 'customerId':
      return msg('Microsoft ID');
    case 'resourceType':
      return msg('Resource');
    case 'originalCorrelationId':
      return msg('Correlation ID');
    case 'resourceOldValue':
      return msg('Old value');
    case 'resourceNewValue':
      return msg('New value');
  }
}

/** The columns of `ActivityLog.csv`: dates in UTC (ISO 8601), labels in the UI's language, values as recorded. */
export function activityCsvColumns(): CsvColumn<ActivityRecord>[] {
  const column = (header: string, value: (record: ActivityRecord) => string): CsvColumn<ActivityRecord> => ({ header, value });
  return [
    column(activityColumnLabel('operationDate'), (record) => record.operationDate),
    column(csvOnlyLabel('customerId'), (record) => record.customerId),
    column(activityColumnLabel('customerName'), (record) => record.customerName),
    column(activityColumnLabel('operationType'), (record) => operationLabel(record.operationType)),
    column(csvOnlyLabel('resourceType'), (record) => resourceLabel(record.resourceType)),
    column(activityColumnLabel('userPrincipalName'), (record) => record.userPrincipalName),
    column(activityColumnLabel('operationStatus'), (record) => statusLabel(record.operationStatus)),
    column(csvOnlyLabel('resourceOldValue'), (record) => record.resourceOldValue ?? ''),
    column(csvOnlyLabel('resourceNewValue'), (record) => record.resourceNewValue ?? ''),
    column(csvOnlyLabel('originalCorrelationId'), (record) => record.originalCorrelationId),
  ];
}
