/**
 * What changed between an activity record's old and new values, field by field, as `<activity-log>`'s row
 * details draw it. Apart from activity.ts so that the log's first load carries it only once a row is expanded.
 */

export interface FieldChange {
  /** A dotted path into the value, e.g. `defaultAddress.city`; empty for a value that is not an object. */
  field: string;
  before?: string;
  after?: string;
}

/**
 * The fields that differ between a record's old and new values (JSON texts), in a stable order. Objects are
 * compared field by field (nested objects by dotted path); anything else, or text that is not JSON, as a whole.
 */
export function diffValues(oldValue: string | undefined, newValue: string | undefined): FieldChange[] {
  const before = flatten(parse(oldValue));
  const after = flatten(parse(newValue));
  const fields = [...new Set([...before.keys(), ...after.keys()])];
  return fields.filter((field) => before.get(field) !== after.get(field)).map((field) => ({ field, ...defined('before', before.get(field)), ...defined('after', after.get(field)) }));
}

function defined<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (value === undefined) return into;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    return into;
  }
  into.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
  return into;
}
