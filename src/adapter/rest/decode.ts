/**
 * Small readers for untrusted JSON: each failure is an `invalid` AdapterError naming the field path
 * (`items[3].companyProfile.domain must be a string`), never a TypeError deep in an element.
 */
import { AdapterError } from '../adapter-error.js';
import { describeValue } from '../describe-value.js';

export type Json = Record<string, unknown>;

export function badResponse(message: string): AdapterError {
  return new AdapterError('invalid', `Unexpected response from the server: ${message}`, { code: 'bad-response' });
}

export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badResponse(`${path} must be an object, got ${describeValue(value)}`);
  return value as Json;
}

export function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw badResponse(`${path} must be an array, got ${describeValue(value)}`);
  return value;
}

export function string(json: Json, key: string, path: string): string {
  const value = json[key];
  if (typeof value !== 'string') throw badResponse(`${path}.${key} must be a string, got ${describeValue(value)}`);
  return value;
}

export function optionalString(json: Json, key: string, path: string): string | undefined {
  return json[key] === undefined || json[key] === null ? undefined : string(json, key, path);
}

export function number(json: Json, key: string, path: string): number {
  const value = json[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badResponse(`${path}.${key} must be a number, got ${describeValue(value)}`);
  return value;
}

export function strings(json: Json, key: string, path: string): string[] {
  return array(json[key], `${path}.${key}`).map((item, index) => {
    if (typeof item !== 'string') throw badResponse(`${path}.${key}[${index}] must be a string, got ${describeValue(item)}`);
    return item;
  });
}
