/**
 * The token-holding pass-through (`customer-list-elements/partner-center-proxy.js`) served by Node's http, in
 * front of the mock server over real HTTP: what reaches the upstream, what comes back to the browser, and what
 * is refused. Runs with `node --import tsx --test`.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startMockServer, type MockServer } from '../../mocks/http-server.js';
import { MOCK_TOKENS } from '../../mocks/api/auth.js';
import { startPartnerCenterServer, type PartnerCenterServer } from '../../mocks/partner-center/node.js';
import { PartnerCenterAdapter } from '../../src/adapter/index.js';
import { rowKey } from '../../src/model/customer.js';
import { createPartnerCenterProxy, FORWARDED_REQUEST_HEADERS, toNodeListener, type PartnerCenterProxyOptions } from '../../src/partner-center-proxy.js';

const PORTAL = 'https://portal.example';
let upstream: MockServer;
/** Every request the proxy made upstream, as the upstream saw it. */
const seen: { url: string; method: string; headers: Headers; body: string }[] = [];
const servers: Server[] = [];

before(async () => {
  upstream = await startMockServer({ port: 0, rows: 30, seed: 3 });
});
after(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await upstream.close();
});
beforeEach(() => {
  seen.length = 0;
  upstream.api.reset({ rows: 30, seed: 3 });
});

/** A proxy on its own port, in front of the mock server; returns its origin. */
async function proxy(options: Partial<PartnerCenterProxyOptions> = {}): Promise<string> {
  const handler = createPartnerCenterProxy({
    getAccessToken: () => MOCK_TOKENS['admin-agent'],
    allowedOrigins: [PORTAL],
    apiBase: upstream.url,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      seen.push({ url: request.url, method: request.method, headers: request.headers, body: await request.clone().text() });
      return fetch(request);
    },
    ...options,
  });
  const server = createServer(toNodeListener(handler));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('createPartnerCenterProxy over Node http', () => {
  it('forwards a documented request with the token and the contract version, and keeps cookies and the browser\'s Authorization back', async () => {
    const base = await proxy({ mountPath: '/pc' });
    const response = await fetch(`${base}/pc/v1/customers?size=5`, {
      headers: { Origin: PORTAL, Cookie: 'session=secret', Authorization: 'Bearer from-the-browser', 'MS-CorrelationId': 'c-1', 'X-Locale': 'pl-PL', 'X-Other': 'x' },
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { items: unknown[] };
    assert.equal(body.items.length, 5);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), PORTAL);
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /ETag/);
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    assert.equal(seen.length, 1);
    const [request] = seen;
    assert.equal(request!.url, `${upstream.url}/v1/customers?size=5`);
    assert.equal(request!.headers.get('Authorization'), `Bearer ${MOCK_TOKENS['admin-agent']}`);
    assert.equal(request!.headers.get('MS-Contract-Version'), 'v1');
    assert.equal(request!.headers.get('MS-CorrelationId'), 'c-1');
    assert.equal(request!.headers.get('X-Locale'), 'pl-PL');
    assert.equal(request!.headers.get('Cookie'), null);
    assert.equal(request!.headers.get('X-Other'), null);
  });

  it('answers a preflight from an allowed origin with exactly the headers the adapter sends, and refuses other origins', async () => {
    const base = await proxy();
    const preflight = await fetch(`${base}/v1/customers/abc/profiles/billing`, {
      method: 'OPTIONS',
      headers: { Origin: PORTAL, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'if-match, ms-requestid' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), PORTAL);
    assert.equal(preflight.headers.get('Access-Control-Allow-Methods'), 'GET, PUT');
    assert.deepEqual(preflight.headers.get('Access-Control-Allow-Headers')?.split(', '), [...FORWARDED_REQUEST_HEADERS]);
    const stranger = await fetch(`${base}/v1/customers?size=5`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(stranger.status, 403);
    assert.equal(((await stranger.json()) as { code: string }).code, 'origin-not-allowed');
    assert.equal(seen.length, 0, 'nothing reached Partner Center');
  });

  it('refuses routes, methods and parameters the adapter does not use, with a clear 4xx and nothing sent upstream', async () => {
    const base = await proxy();
    const cases: [string, RequestInit, number, string][] = [
      ['/v1/tags', {}, 404, 'not-a-proxied-route'],
      ['/v1/customers/tags', { method: 'POST', body: '{}' }, 405, 'method-not-allowed'],
      ['/v1/users', {}, 404, 'not-a-proxied-route'],
      ['/v1/customers/abc%2Fusers', {}, 404, 'not-a-proxied-route'],
      ['/v1/customers/..%5Cusers/profiles/billing', {}, 404, 'not-a-proxied-route'],
      ['/v1/customers/abc/profiles/billing', { method: 'DELETE' }, 405, 'method-not-allowed'],
      ['/v1/customers?size=5&sort=companyName', {}, 400, 'undocumented-parameter'],
    ];
    for (const [path, init, status, code] of cases) {
      const response = await fetch(`${base}${path}`, { ...init, headers: { Origin: PORTAL } });
      assert.equal(response.status, status, path);
      const body = (await response.json()) as { code: string; description: string };
      assert.equal(body.code, code, path);
      assert.ok(body.description.length > 10, `${path} says why`);
    }
    const small = await proxy({ maxBodyBytes: 1024 });
    const tooBig = await fetch(`${small}/v1/customers/abc/orders`, { method: 'POST', body: 'x'.repeat(2048), headers: { Origin: PORTAL } });
    assert.equal(tooBig.status, 413);
    assert.equal(seen.length, 0);
  });

  it('passes 429 and Retry-After through unchanged, without retrying', async () => {
    const base = await proxy();
    upstream.api.configure({ throttle: { requests: 1, retryAfterSeconds: 7 } });
    const response = await fetch(`${base}/v1/customers?size=5`, { headers: { Origin: PORTAL } });
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('Retry-After'), '7');
    assert.equal(seen.length, 1, 'one request upstream: the adapter is the one that waits and retries');
  });

  it('forwards a PUT body and If-Match, and returns the ETag', async () => {
    const base = await proxy();
    const list = (await (await fetch(`${base}/v1/customers?size=1`)).json()) as { items: { id: string }[] };
    const id = list.items[0]!.id;
    const read = await fetch(`${base}/v1/customers/${id}/profiles/billing`, { headers: { Origin: PORTAL } });
    assert.equal(read.status, 200);
    const profile = (await read.json()) as { attributes: { etag: string }; companyName?: string };
    const etag = read.headers.get('ETag') ?? `"${profile.attributes.etag}"`;
    const write = await fetch(`${base}/v1/customers/${id}/profiles/billing`, {
      method: 'PUT',
      headers: { Origin: PORTAL, 'Content-Type': 'application/json', 'If-Match': etag },
      body: JSON.stringify(profile),
    });
    const put = seen.at(-1)!;
    assert.equal(put.method, 'PUT');
    assert.equal(put.headers.get('If-Match'), etag);
    assert.deepEqual(JSON.parse(put.body), profile);
    assert.equal(write.status, 200, await write.clone().text());
    assert.equal(write.headers.get('Access-Control-Allow-Origin'), PORTAL);
  });

  it('turns absolute links on the API origin into links to the proxy, and drops Set-Cookie', async () => {
    const api = 'https://api.partnercenter.microsoft.com';
    const base = await proxy({
      apiBase: api,
      mountPath: '/pc',
      fetch: async () =>
        new Response(JSON.stringify({ totalCount: 1, items: [], links: { next: { uri: `${api}/v1/customers?size=1&seekOperation=Next`, method: 'GET', headers: [] } } }), {
          headers: { 'Content-Type': 'application/json', 'Set-Cookie': 'upstream=1' },
        }),
    });
    const response = await fetch(`${base}/pc/v1/customers?size=1`, { headers: { Origin: PORTAL } });
    const body = (await response.json()) as { links: { next: { uri: string } } };
    assert.equal(body.links.next.uri, '/pc/v1/customers?size=1&seekOperation=Next');
    assert.equal(response.headers.get('Set-Cookie'), null);
  });

  it('answers 502 with the reason when no token can be had or Partner Center cannot be reached', async () => {
    const noToken = await proxy({ getAccessToken: () => Promise.reject(new Error('refresh token expired')) });
    const refused = await fetch(`${noToken}/v1/customers?size=5`);
    assert.equal(refused.status, 502);
    assert.match(((await refused.json()) as { description: string }).description, /refresh token expired/);
    const unreachable = await proxy({ apiBase: 'http://127.0.0.1:1' });
    const failed = await fetch(`${unreachable}/v1/customers?size=5`);
    assert.equal(failed.status, 502);
  });
});

describe('PartnerCenterAdapter → the proxy → the fake Partner Center, each over real HTTP', () => {
  let partnerCenter: PartnerCenterServer;
  let base: string;
  before(async () => {
    partnerCenter = await startPartnerCenterServer({ rows: 1037, seed: 26 });
    base = await proxy({ apiBase: partnerCenter.url, mountPath: '/pc', fetch: globalThis.fetch });
  });
  after(() => partnerCenter.close());

  const adapter = () => new PartnerCenterAdapter({ baseUrl: `${base}/pc`, headers: { Cookie: 'session=1' }, locale: 'en-US', retry: { baseDelayMs: 10, maxDelayMs: 50 } });

  it('walks every customer after a 429 passed through, with the token the proxy holds', async () => {
    partnerCenter.mock.throttle(1, 0);
    const keys = new Set<string>();
    let token: string | undefined;
    do {
      const page = await adapter().listCustomers({ pageSize: 500, ...(token ? { continuationToken: token } : {}) });
      for (const row of page.items) keys.add(rowKey(row));
      token = page.continuationToken;
    } while (token);
    assert.equal(keys.size, 1037);
    assert.deepEqual(partnerCenter.mock.requests.map((request) => request.status), [429, 200, 200, 200]);
    for (const request of partnerCenter.mock.requests) {
      assert.equal(request.headers.authorization, `Bearer ${MOCK_TOKENS['admin-agent']}`);
      assert.equal(request.headers['ms-contract-version'], 'v1');
      assert.equal(request.headers.cookie, undefined);
    }
  });

  it('reads and saves a billing profile, and walks a customer\'s products, SKUs and availabilities: every route the adapter uses is forwarded', async () => {
    const pc = adapter();
    const from = partnerCenter.mock.requests.length;
    const [customer] = (await pc.listCustomers({ pageSize: 1 })).items;
    const profile = await pc.getBillingProfile(customer!.id);
    const saved = await pc.updateBillingProfile(customer!.id, { ...profile, email: 'billing@contoso.example' });
    assert.equal(saved.email, 'billing@contoso.example');
    const products = await pc.listProducts({ catalog: 'software', country: 'US', customerId: customer!.id });
    assert.ok(products.length > 0 && products.every((product) => product.skus.length > 0), 'products with their SKUs');
    const refused = partnerCenter.mock.requests.slice(from).filter((request) => request.status >= 400);
    assert.deepEqual(refused, []);
  });
});
