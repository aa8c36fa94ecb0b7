/** Mounting an <activity-log> and reading what an agent sees in it. */
import { buttonWithText, mountElement, partOf, rowsInOrder, shadowOf, untilDrawn } from '../../support/browser/element-harness.js';
import '../../../src/components/activity-log/activity-log.js';
import type { ActivityLog } from '../../../src/components/activity-log/activity-log.js';
import type { ActivityPage, AgentRole, CustomerAdapter, ListActivityRequest } from '../../../src/adapter/customer-adapter.js';
import { MemoryAdapter } from '../../../src/adapter/memory-adapter.js';
import type { ActivityRecord } from '../../../src/model/activity.js';
import { contractFixture } from '../../../src/testing/index.js';
import { press, typeDate } from '../../support/browser/input.js';

const HOUR = 3_600_000;

/** A record `hoursAgo` hours before now. */
export function record(index: number, hoursAgo: number, changes: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    id: `rec-${String(index).padStart(6, '0')}`,
    operationDate: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
    operationType: index % 2 ? 'update_customer_billing_profile' : 'create_order',
    operationStatus: index % 5 === 4 ? 'failed' : 'succeeded',
    customerId: `c0000000-0000-4000-8000-00000000000${index % 3}`,
    customerName: ['Contoso Ltd', 'Northwind Traders', 'Zakłady Mięsne Łódź'][index % 3]!,
    resourceType: index % 2 ? 'billing_profile' : 'order',
    userPrincipalName: index % 2 ? 'megan@partner.example' : 'adele@partner.example',
    resourceOldValue: index % 2 ? JSON.stringify({ companyName: 'Contoso Ltd', defaultAddress: { city: 'Kraków' } }) : undefined,
    resourceNewValue: index % 2 ? JSON.stringify({ companyName: 'Contoso Ltd', defaultAddress: { city: 'Łódź' } }) : JSON.stringify({ orderId: `order-${index}`, lineItems: 1 }),
    customizedData: [{ key: 'OrderId', value: `order-${index}` }],
    originalCorrelationId: `corr-${index}`,
    ...changes,
  };
}

/** A MemoryAdapter holding these records that records each listActivity request and can be made to wait or fail. */
export class ActivityAdapter extends MemoryAdapter {
  readonly activityRequests: ListActivityRequest[] = [];
  failWith: unknown;
  gate: Promise<void> | undefined;

  constructor(records: ActivityRecord[], role: AgentRole = 'admin-agent') {
    super({ ...contractFixture(), activity: records, agentRole: role });
  }

  override async listActivity(request: ListActivityRequest, signal?: AbortSignal): Promise<ActivityPage> {
    this.activityRequests.push(structuredClone(request));
    await this.gate;
    if (this.failWith !== undefined) throw this.failWith;
    return super.listActivity(request, signal);
  }
}

export async function mountLog(adapter: CustomerAdapter, attributes: { customerId?: string; role?: AgentRole; height?: string } = {}): Promise<ActivityLog> {
  const log = await mountElement<ActivityLog>('activity-log', {
    adapter,
    role: attributes.role ?? 'admin-agent',
    attributes: { 'customer-id': attributes.customerId ?? '', 'search-debounce': '0', 'page-size': '50' },
    style: `--activity-log-height: ${attributes.height ?? '480px'}`,
  });
  await settled(log);
  return log;
}

export const shadow: (log: ActivityLog) => ShadowRoot = shadowOf;

/** An expanded row's details once their code has loaded and drawn them (the panel is busy until then). */
export const DRAWN_DETAILS = '[part=details]:not([aria-busy])';

/**
 * Waits until nothing loads and the log has drawn: the render of what was just done (a filter committed in the
 * next task, as `search-debounce="0"` does), then the first page, the rows in the window and an expanded row's
 * details, however long a loaded machine takes.
 */
export async function settled(log: ActivityLog): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await log.updateComplete;
  await untilDrawn(
    log,
    () => shadow(log).querySelector('[role=grid]')?.getAttribute('aria-busy') === 'false' && !shadow(log).querySelector('.data-row.pending, [part=details][aria-busy]'),
    'the log stayed busy, or rows in its window or an expanded row\'s details stayed loading',
  );
}

export const dataRows: (log: ActivityLog) => HTMLElement[] = rowsInOrder;

export function cellText(row: HTMLElement, column: string): string {
  return row.querySelector<HTMLElement>(`.cell.${column}`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function disclosure(row: HTMLElement): HTMLButtonElement {
  return row.querySelector<HTMLButtonElement>('.disclosure')!;
}

export function control<T extends HTMLElement>(log: ActivityLog, part: string): T {
  return partOf<T>(log, part);
}

export function button(log: ActivityLog, label: string): HTMLButtonElement {
  const found = buttonWithText(log, label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

export function status(log: ActivityLog): string {
  return shadow(log).querySelector('[part=status]')!.textContent!.trim();
}

/** Types a whole date into From or To (checking it arrived whole) and leaves the field, so it applies at once. */
export async function enterDate(input: HTMLInputElement, iso: string): Promise<void> {
  await typeDate(input, iso);
  await press('Tab');
}
