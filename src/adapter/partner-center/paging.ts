/**
 * Partner Center's collections and their seek-based paging: `{ totalCount, items, links: { next: { uri,
 * headers: [{ key: 'MS-ContinuationToken', value }] } } }` (develop/get-invoiceline-items.md, the customers'
 * `seekOperation=Next`). `totalCount` counts the page, not the result (develop/get-a-collection-of-invoices.md:
 * a `size=2` page with a next link says 2), so it is passed on as the page's count, never as a total.
 */
import { badTokenError } from '../adapter-error.js';
import { array, number, object, string } from '../rest/decode.js';

export interface Link {
  uri: string;
  headers: { key: string; value: string }[];
}

export interface Collection<T> {
  items: T[];
  /** The service's `totalCount`: this page's count. */
  pageCount: number;
  next?: Link;
}

export function collectionFrom<T>(value: unknown, path: string, item: (value: unknown, path: string) => T): Collection<T> {
  const json = object(value, path);
  const items = array(json.items, `${path}.items`).map((entry, index) => item(entry, `${path}.items[${index}]`));
  const pageCount = json.totalCount === undefined || json.totalCount === null ? items.length : number(json, 'totalCount', path);
  const links = json.links === undefined || json.links === null ? undefined : object(json.links, `${path}.links`);
  const next = links?.next === undefined || links.next === null ? undefined : linkFrom(links.next, `${path}.links.next`);
  return next ? { items, pageCount, next } : { items, pageCount };
}

export function linkFrom(value: unknown, path: string): Link {
  const json = object(value, path);
  const headers = array(json.headers ?? [], `${path}.headers`).map((header, index) => {
    const entry = object(header, `${path}.headers[${index}]`);
    return { key: string(entry, 'key', `${path}.headers[${index}]`), value: string(entry, 'value', `${path}.headers[${index}]`) };
  });
  return { uri: string(json, 'uri', path), headers };
}

export function linkHeaders(link: Link): Record<string, string> {
  return Object.fromEntries(link.headers.map(({ key, value }) => [key, value]));
}

/**
 * Where the next page starts: a link to fetch and how many of its (matching) items were handed out already.
 * `skip` lets an adapter hand out a long server page in the caller's smaller pages by fetching it again.
 */
export interface PagePosition {
  link: Link;
  skip: number;
}

export function positionToken(prefix: string, position: PagePosition): string {
  return prefix + JSON.stringify({ uri: position.link.uri, headers: position.link.headers, skip: position.skip });
}

export function parsePositionToken(prefix: string, token: string): PagePosition {
  try {
    if (!token.startsWith(prefix)) throw new Error('prefix');
    const json = object(JSON.parse(token.slice(prefix.length)), 'token');
    const skip = json.skip === undefined ? 0 : number(json, 'skip', 'token');
    if (!Number.isSafeInteger(skip) || skip < 0) throw new Error('skip');
    return { link: linkFrom(json, 'token'), skip };
  } catch {
    throw badTokenError(token);
  }
}
