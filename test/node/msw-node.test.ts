/** The mock API intercepting fetch inside Node (mocks/node.ts), as scripts and Node tests use it. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAdapterError } from '../../src/adapter/adapter-error.js';
import { RestAdapter } from '../../src/adapter/rest/rest-adapter.js';
import { mockApi, mockAuthHeaders, server } from '../../mocks/node.js';

before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

describe('mocks/node.ts', () => {
  it('answers a RestAdapter pointed at any origin', async () => {
    mockApi.reset({ rows: 30, seed: 9 });
    const adapter = new RestAdapter({ baseUrl: 'https://partner.example', headers: mockAuthHeaders('admin-agent') });
    const page = await adapter.listCustomers({ pageSize: 20 });
    assert.equal(page.totalCount, 30);
    assert.equal(page.items.length, 20);
    assert.equal(mockApi.requests[0]!.url, '/v1/customers?size=20');
  });

  it('applies faults in Node too', async () => {
    mockApi.reset({ rows: 5 });
    mockApi.configure({ status: { tags: 503 } });
    const adapter = new RestAdapter({ baseUrl: 'https://partner.example', retry: { retries: 1, baseDelayMs: 1 } });
    await assert.rejects(adapter.listTags(), (error) => isAdapterError(error, 'server'));
    assert.deepEqual(mockApi.requests.map((request) => request.status), [503, 503]);
  });
});
