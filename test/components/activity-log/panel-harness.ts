/** The customer list's Activity side panel, opened as an agent does, for the tests of the log inside it. */
import { waitFor, waitUntil } from '../../support/browser/wait.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import type { CustomerList } from '../../../src/components/customer-list/customer-list.js';
import { button as listButton, cellText as listCellText, clickCheckbox, dataRows as listRows } from '../customer-list/list-harness.js';
import { click } from '../../support/browser/input.js';
import { settled } from './log-harness.js';

/** In a customer list: selects the customer's row and opens Activity with the mouse, as an agent does. */
export async function openActivityPanel(list: CustomerList, customerId: string): Promise<{ panel: HTMLDialogElement; log: ActivityLog }> {
  await clickCheckbox(list, listRows(list).find((row) => listCellText(row, 'id') === customerId)!);
  await click(listButton(list, 'Activity')!);
  // The panel loads on the command's first use: it is drawn once loaded.
  const panel = await waitFor(() => list.shadowRoot!.querySelector<HTMLDialogElement>('[part=activity-panel]'), 'the Activity panel was drawn');
  await waitUntil(() => panel.open && panel.querySelector('activity-log'), 'the Activity panel opened', { timeout: 20_000 });
  const log = panel.querySelector<ActivityLog>('activity-log')!;
  await settled(log);
  return { panel, log };
}
