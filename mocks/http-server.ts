/**
 * The mock API's handlers served over real HTTP from Node, so a host app in any framework can point a
 * RestAdapter at it. CORS is open (it is a development server bound to 127.0.0.1). Faults can be set from
 * outside the process: `POST /__mock/faults` with a MockFaults body, `DELETE /__mock/faults` to clear them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { createHandlers } from './api/handlers.js';
import { MockApi, type MockApiOptions } from './api/mock-api.js';
import { listen } from './listen.js';

export interface MockServerOptions extends MockApiOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  host?: string;
}

export interface MockServer {
  url: string;
  api: MockApi;
  close(): Promise<void>;
}

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, MS-ContinuationToken, MS-RequestId',
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
  'Access-Control-Max-Age': '600',
};

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 8787, host = '127.0.0.1', ...apiOptions } = options;
  const api = new MockApi();
  api.reset(apiOptions);
  const handlers = createHandlers({ api });
  const server = createServer((incoming, outgoing) => {
    serve(api, handlers, incoming, outgoing).catch((error: unknown) => {
      outgoing.writeHead(500, { 'Content-Type': 'application/json' });
      outgoing.end(JSON.stringify({ code: 'mock-server-bug', description: String(error) }));
    });
  });
  const { url, close } = await listen(server, port, host);
  return { url, api, close };
}

async function serve(api: MockApi, handlers: ReturnType<typeof createHandlers>, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const cors = { ...CORS_HEADERS, 'Access-Control-Allow-Origin': incoming.headers.origin ?? '*', Vary: 'Origin' };
  if (incoming.method === 'OPTIONS') {
    outgoing.writeHead(204, cors).end();
    return;
  }
  const body = await readBody(incoming);
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
  if (url.pathname === '/__mock/faults') {
    if (incoming.method === 'DELETE') api.faults.reset();
    else api.configure(JSON.parse(body.toString('utf8') || '{}'));
    outgoing.writeHead(204, cors).end();
    return;
  }
  const request = new Request(url, {
    method: incoming.method ?? 'GET',
    headers: Object.entries(incoming.headers).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)] as [string, string]])),
    ...(body.length && incoming.method !== 'GET' && incoming.method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
  });
  const response = await getResponse(handlers, request);
  if (!response) {
    outgoing.writeHead(404, { ...cors, 'Content-Type': 'application/json' });
    outgoing.end(JSON.stringify({ code: 'no-route', description: `No mock route for ${request.method} ${url.pathname}` }));
    return;
  }
  // HttpResponse.error(): drop the connection, as a real network failure would.
  if (response.type === 'error') {
    outgoing.destroy();
    return;
  }
  outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors });
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}
