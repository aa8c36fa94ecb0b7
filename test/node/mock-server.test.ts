/**
 * RestAdapter in Node against `npm run mock-server` over real HTTP: the set-up a host app in another
 * framework uses during development. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAdapterError } from '../../src/adapter/adapter-error.js';
import { RestAdapter } from '../../src/adapter/rest/rest-adapter.js';
import { daysAgo } from '../../src/model/activity.js';
import { rowKey } from '../../src/model/customer.js';
import { mockAuthHeaders } from '../../mocks/api/auth.js';
import { spawnMockServer, type SpawnedMockServer } from '../../mocks/spawn-mock-server.js';

const ROWS = 2345;
const ACTIVITY = 1234;
let server: SpawnedMockServer;
let baseUrl: string;

before(async () => {
  server = await spawnMockServer({ ROWS, SEED: 5, ACTIVITY });
  baseUrl = server.url;
});

after(() => server.stop());

const adapter = (role: 'admin-agent' | 'sales-agent' = 'admin-agent') =>
  new RestAdapter({ baseUrl, headers: mockAuthHeaders(role), retry: { baseDelayMs: 10, maxDelayMs: 50 } });

describe('RestAdapter against npm run mock-server over HTTP', () => {
  it('walks every row once at page size 500', async () => {
    const rest = adapter();
    const keys = new Set<string>();
    let requests = 0;
    let token: string | undefined;
    do {
      const page = await rest.listCustomers({ pageSize: 500, ...(token ? { continuationToken: token } : {}) });
      requests++;
      assert.equal(page.totalCount, ROWS);
      for (const row of page.items) keys.add(rowKey(row));
      token = page.continuationToken;
    } while (token);
    assert.equal(keys.size, ROWS);
    assert.equal(requests, Math.ceil(ROWS / 500));
  });

  it('searches by company-name prefix', async () => {
    const first = (await adapter().listCustomers({ pageSize: 1 })).items[0]!;
    const prefix = first.companyName.slice(0, 3);
    const page = await adapter().listCustomers({ pageSize: 500, search: { field: 'companyName', text: prefix } });
    assert.ok(page.totalCount >= 1);
    for (const row of page.items) assert.ok(row.companyName.toLowerCase().startsWith(prefix.toLowerCase()), row.companyName);
  });

  it('keeps state across requests and refuses tags to a sales agent', async () => {
    assert.equal(await adapter().createTag('From Node'), 'From Node');
    assert.ok((await adapter('sales-agent').listTags()).includes('From Node'));
    await assert.rejects(adapter('sales-agent').createTag('Nope'), (error) => isAdapterError(error, 'forbidden'));
  });

  it('pages the generated activity history, shows a change made over HTTP as its agent, and refuses a sales agent', async () => {
    // To the end of tomorrow: records made during the test are in the period too.
    const period = { from: daysAgo(90), to: daysAgo(-1) };
    const rest = adapter();
    const ids = new Set<string>();
    let token: string | undefined;
    do {
      const page = await rest.listActivity({ ...period, pageSize: 500, ...(token ? { continuationToken: token } : {}) });
      for (const record of page.items) ids.add(record.id);
      token = page.continuationToken;
    } while (token);
    assert.ok(ids.size >= ACTIVITY, `${ids.size} records`);
    await rest.createTag('Audited from Node');
    const { items } = await rest.listActivity({ ...period, pageSize: 1, operationTypes: ['create_tag'] });
    assert.deepEqual([items[0]?.resourceNewValue, items[0]?.userPrincipalName], ['{"name":"Audited from Node"}', 'admin@partner.example']);
    await assert.rejects(adapter('sales-agent').listActivity({ ...period, pageSize: 10 }), (error) => isAdapterError(error, 'forbidden'));
  });

  it('retries through throttling set from outside the process', async () => {
    await fetch(`${baseUrl}/__mock/faults`, { method: 'POST', body: JSON.stringify({ throttle: { requests: 2, retryAfterSeconds: 0 } }) });
    const retries: number[] = [];
    const rest = new RestAdapter({ baseUrl, onRetry: (info) => retries.push(info.error.status ?? 0) });
    assert.ok((await rest.listTags()).length > 0);
    assert.deepEqual(retries, [429, 429]);
  });

  it('answers a CORS preflight for a host app on another port', async () => {
    const response = await fetch(`${baseUrl}/v1/customers?size=1`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'GET' } });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /MS-ContinuationToken/);
  });
});
