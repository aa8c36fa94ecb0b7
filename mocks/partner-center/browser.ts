/**
 * The fake Partner Center in the browser, on the shared MSW worker, under `/partner-center`.
 *
 * @example
 * await startPartnerCenterMock();
 * partnerCenterMock.reset({ rows: 1200 });
 * const adapter = new PartnerCenterAdapter({ baseUrl: '/partner-center' });
 */
import { startMockWorker, worker } from '../browser.js';
import { partnerCenterHandlers } from './handlers.js';

/** Starts the shared worker (once) and puts the fake Partner Center's routes in front of its handlers. */
export async function startPartnerCenterMock(): Promise<void> {
  await startMockWorker();
  worker.use(...partnerCenterHandlers);
}

export { partnerCenterMock, PartnerCenterMock, type PartnerCenterMockOptions, type PartnerCenterRequest } from './partner-center-mock.js';
export { createPartnerCenterHandlers, partnerCenterHandlers } from './handlers.js';
