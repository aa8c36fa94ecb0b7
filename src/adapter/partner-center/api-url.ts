/**
 * Where Partner Center requests go, and how its links resolve. Requests go to `${baseUrl}/v1/…`. The API's own
 * links (`links.next`, `links.skus`) are documented relative to `/v1` (`/customers?…`), yet the service has also
 * sent them with it (`/v1/customers?…`, microsoft/Partner-Center-PowerShell#379, which broke every SDK client):
 * both resolve here, as do absolute links on the same origin and links without a leading slash.
 */
import { badResponse } from '../rest/decode.js';

export class ApiUrl {
  /** The base with no trailing slash, e.g. `https://api.partnercenter.microsoft.com` or `https://proxy.example/pc`. */
  readonly base: URL;
  /** `${base}/v1`: the root every documented path hangs off. */
  readonly root: string;

  constructor(baseUrl: string) {
    this.base = new URL(baseUrl || '/', globalThis.location?.href ?? 'http://localhost/');
    this.root = `${this.base.origin}${this.base.pathname.replace(/\/+$/, '')}/v1`;
  }

  /** A documented path (`/customers`) with an already encoded query string (`size=500`). */
  api(path: string, query?: string): string {
    return `${this.root}${path}${query ? `?${query}` : ''}`;
  }

  /** A link the API sent, as an absolute URL on the base's origin; another origin is refused (it would get the token). */
  link(uri: string): string {
    let url: URL;
    if (/^[a-z][a-z\d+.-]*:/i.test(uri)) url = new URL(uri);
    else {
      const rootPath = new URL(this.root).pathname;
      const path = uri.startsWith('/') ? uri : `/${uri}`;
      // A link that already carries the full root (`/pc/v1/customers`), or only `/v1` (`/v1/customers`), or neither (`/customers`).
      const full = isUnder(path, rootPath) ? path : isUnder(path, '/v1') ? rootPath + path.slice(3) : rootPath + path;
      url = new URL(full, this.base.origin);
    }
    if (url.origin !== this.base.origin) throw badResponse(`a link points to another origin (${url.origin})`);
    return url.href;
  }
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}

/** A query string encoded with `encodeURIComponent` (spaces as `%20`, as the documentation's examples encode them). */
export function queryString(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}
