/**
 * PartnerCenterAdapter in Node 20 (no DOM) against the fake Partner Center over real HTTP, as a host's server-side
 * code would call the service. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAdapterError } from '../../src/adapter/adapter-error.js';
import { PartnerCenterAdapter } from '../../src/adapter/index.js';
import { rowKey } from '../../src/model/customer.js';
import { mockAuthHeaders } from '../../mocks/api/auth.js';
import { startPartnerCenterServer, type PartnerCenterServer } from '../../mocks/partner-center/node.js';

let server: PartnerCenterServer;

before(async () => {
  server = await startPartnerCenterServer({ rows: 1037, seed: 26 });
});

after(() => server.close());

describe('PartnerCenterAdapter in Node against the fake Partner Center over HTTP', () => {
  it('walks 1 037 customers after a 429, page by page, with the documented headers', async () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined', 'no DOM here');
    server.mock.throttle(1, 0);
    const adapter = new PartnerCenterAdapter({ baseUrl: server.url, headers: async () => mockAuthHeaders('admin-agent'), locale: 'pl-PL' });
    const keys = new Set<string>();
    const counts: number[] = [];
    let token: string | undefined;
    do {
      const page = await adapter.listCustomers({ pageSize: 500, ...(token ? { continuationToken: token } : {}) });
      counts.push(page.totalCount);
      for (const row of page.items) keys.add(rowKey(row));
      token = page.continuationToken;
    } while (token);
    assert.equal(keys.size, 1037);
    assert.deepEqual(counts, [500, 500, 37]);
    assert.deepEqual(server.mock.requests.map((request) => request.status), [429, 200, 200, 200]);
    for (const request of server.mock.requests) {
      assert.equal(request.headers['ms-contract-version'], 'v1');
      assert.equal(request.headers['x-locale'], 'pl-PL');
      assert.equal(request.headers.authorization, 'Bearer mock-admin-agent');
    }
  });

  it('answers a browser\'s preflight with every header the adapter sends', async () => {
    const response = await fetch(`${server.url}/v1/customers?size=10`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://portal.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,ms-contract-version,ms-correlationid,ms-requestid,x-locale' },
    });
    assert.equal(response.status, 204);
    const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'ms-contract-version', 'ms-correlationid', 'ms-requestid', 'x-locale', 'ms-partnercenter-application', 'ms-continuationtoken', 'if-match']) assert.ok(allowed.includes(header), header);
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
  });

  it('refuses an undocumented parameter with 400, which the adapter reports as invalid', async () => {
    const response = await fetch(`${server.url}/v1/customers?size=10&sort=companyName`);
    assert.equal(response.status, 400);
    assert.equal(typeof ((await response.json()) as { code: unknown }).code, 'number');
    const adapter = new PartnerCenterAdapter({ baseUrl: server.url });
    await assert.rejects(adapter.listProducts({ catalog: 'azure', country: 'USA' }), (error) => isAdapterError(error, 'invalid'));
  });
});
