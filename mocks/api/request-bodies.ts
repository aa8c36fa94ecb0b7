/** Reading request bodies as the server would: anything malformed is a 400 with a message naming it. */
import type { CustomerFilter } from '../../src/model/query.js';
import type { Selection } from '../../src/model/selection.js';

export class BodyError extends Error {}

export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new BodyError('The request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BodyError('The request body must be a JSON object');
  return body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw new BodyError(`${key} must be a string`);
  return value;
}

export function stringList(body: Record<string, unknown>, key: string): string[] {
  const value = body[key] ?? [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw new BodyError(`${key} must be an array of strings`);
  return value as string[];
}

export function selectionField(body: Record<string, unknown>, key: string): Selection {
  const value = body[key];
  if (typeof value !== 'object' || value === null) throw new BodyError(`${key} must be a selection object`);
  const selection = value as Record<string, unknown>;
  if (selection.mode === 'some') return { mode: 'some', keys: stringList(selection, 'keys') };
  if (selection.mode === 'all') {
    if (typeof selection.query !== 'object' || selection.query === null) throw new BodyError(`${key}.query must be an object`);
    return { mode: 'all', query: selection.query as CustomerFilter, excludedKeys: stringList(selection, 'excludedKeys') };
  }
  throw new BodyError(`${key}.mode must be "some" or "all"`);
}
