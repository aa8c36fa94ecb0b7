/**
 * A fetch handler served by Node's own `http` module: the request becomes a standard `Request` (aborted when the
 * client goes away) and the `Response` is written back. For Express, pass the same listener
 * (`app.use('/partner-center', toNodeListener(proxy))` with `mountPath` left empty, as Express strips the mount).
 *
 * Node's types are described by their shape, not imported, so the published declarations need no `@types/node`.
 */
import type { FetchHandler } from './proxy.js';

/** What the listener reads of Node's `IncomingMessage`. */
export interface NodeIncomingMessage extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** What the listener writes through Node's `ServerResponse`. */
export interface NodeServerResponse {
  writeHead(statusCode: number, statusMessage: string, headers: string[]): unknown;
  end(chunk?: Uint8Array): unknown;
  once(event: 'close', listener: () => void): unknown;
  readonly writableFinished: boolean;
}

/** A listener for `http.createServer` that serves `handler`. */
export function toNodeListener(handler: FetchHandler): (incoming: NodeIncomingMessage, outgoing: NodeServerResponse) => void {
  return (incoming, outgoing) => {
    const controller = new AbortController();
    outgoing.once('close', () => {
      if (!outgoing.writableFinished) controller.abort();
    });
    serve(handler, incoming, controller.signal)
      .then(async (response) => {
        outgoing.writeHead(response.status, response.statusText, [...response.headers].flat());
        outgoing.end(response.body ? new Uint8Array(await response.arrayBuffer()) : undefined);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const body = JSON.stringify({ code: 'proxy-failure', description: error instanceof Error ? error.message : String(error) });
        outgoing.writeHead(500, 'Internal Server Error', ['Content-Type', 'application/json']);
        outgoing.end(new TextEncoder().encode(body));
      });
  };
}

async function serve(handler: FetchHandler, incoming: NodeIncomingMessage, signal: AbortSignal): Promise<Response> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming);
  const url = `http://${headers.get('host') ?? 'localhost'}${incoming.url ?? '/'}`;
  return handler(new Request(url, { method, headers, signal, ...(body ? { body } : {}) }));
}

/** The whole body: a billing profile or an order is a few kB (the proxy refuses large ones anyway). */
async function readBody(incoming: NodeIncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of incoming) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  const body = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
