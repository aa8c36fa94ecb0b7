import { mochaHooks } from '../support/browser/contract-hooks.js';
import { RestAdapter } from '../../src/adapter/rest/rest-adapter.js';
import { MOCK_USERS, mockApi, mockAuthHeaders, startMockWorker } from '../../mocks/browser.js';
import { describeAdapterContract } from '../../src/testing/index.js';

before(async () => {
  await startMockWorker();
});

describeAdapterContract(mochaHooks, 
  'RestAdapter over the mock API',
  (fixture, { agentRole, now }) => {
    mockApi.reset({ data: fixture, ...(now ? { now } : {}) });
    // No back-off in the contract: a retried request would only slow the suite down.
    return new RestAdapter({ headers: mockAuthHeaders(agentRole), retry: { retries: 0 } });
  },
  { actingUser: MOCK_USERS['admin-agent'] },
);
