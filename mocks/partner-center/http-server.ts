/**
 * The fake Partner Center over real HTTP from Node (a stand-in for `https://api.partnercenter.microsoft.com`):
 * `PartnerCenterAdapter` in Node, or a host's pass-through in front of it, talk to it as to the service. It serves
 * `${url}/v1/…`. CORS is open to any origin, for development, and allows exactly the headers the adapter sends.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { getResponse } from 'msw';
import { createPartnerCenterHandlers } from './handlers.js';
import { PartnerCenterMock, type PartnerCenterMockOptions } from './partner-center-mock.js';
import { listen } from '../listen.js';

export interface PartnerCenterServerOptions extends PartnerCenterMockOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export interface PartnerCenterServer {
  /** The service's base URL, e.g. `http://127.0.0.1:40123`: give it to `PartnerCenterAdapter` as `baseUrl`. */
  url: string;
  mock: PartnerCenterMock;
  close(): Promise<void>;
}

/** develop/headers.md's request headers the adapter sends, and what a browser must be let read back. */
export const PARTNER_CENTER_CORS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Authorization, Content-Type, If-Match, MS-ContinuationToken, MS-Contract-Version, MS-CorrelationId, MS-PartnerCenter-Application, MS-RequestId, X-Locale',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, MS-RequestId, MS-CorrelationId',
  'Access-Control-Max-Age': '600',
};

export async function startPartnerCenterServer(options: PartnerCenterServerOptions = {}): Promise<PartnerCenterServer> {
  const { port = 0, host = '127.0.0.1', ...mockOptions } = options;
  const mock = new PartnerCenterMock();
  mock.reset(mockOptions);
  const handlers = createPartnerCenterHandlers({ base: '*', mock });
  const server = createServer((incoming, outgoing) => {
    const cors = { ...PARTNER_CENTER_CORS, 'Access-Control-Allow-Origin': incoming.headers.origin ?? '*', Vary: 'Origin' };
    if (incoming.method === 'OPTIONS') {
      outgoing.writeHead(204, cors).end();
      return;
    }
    void toRequest(incoming)
      .then((request) => getResponse(handlers, request))
      .then(async (response) => {
        if (response?.type === 'error') return void outgoing.destroy();
        const answer = response ?? Response.json({ code: 404, description: `No documented route for ${incoming.method} ${incoming.url}`, data: [], source: 'PartnerFD' }, { status: 404 });
        outgoing.writeHead(answer.status, { ...Object.fromEntries(answer.headers), ...cors });
        outgoing.end(Buffer.from(await answer.arrayBuffer()));
      })
      .catch((error: unknown) => {
        outgoing.writeHead(500, { 'Content-Type': 'application/json', ...cors });
        outgoing.end(JSON.stringify({ code: 500, description: String(error), data: [], source: 'PartnerFD' }));
      });
  });
  const { url, close } = await listen(server, port, host);
  return { url, mock, close };
}

async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers = Object.entries(incoming.headers).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)] as [string, string]]));
  return new Request(new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`), {
    method: incoming.method ?? 'GET',
    headers,
    ...(body.length && incoming.method !== 'GET' && incoming.method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
  });
}
