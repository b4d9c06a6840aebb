/**
 * RFC 8785 (JCS) canonical JSON: keys sorted by UTF-16 code units, no whitespace, numbers and
 * strings as ECMAScript serializes them. It writes what the `canonicalize` package writes for
 * every JSON value (a property test holds the two together), but checks strings for lone
 * surrogates natively instead of one character at a time in JavaScript, which made hashing the
 * largest single cost of appending a document.
 * @module
 */

/** With the u flag a surrogate pair reads as one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * The canonical JSON of `value`, or undefined when it has none (undefined, a function, a symbol).
 * Throws Error on NaN, Infinity, a lone surrogate or a cycle, as `canonicalize` does.
 */
export function canonicalJson(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  return write(value, new Set());
}

function write(value: unknown, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new Error('Lone surrogate is not allowed');
      return JSON.stringify(value);
    case 'number':
      if (Number.isNaN(value)) throw new Error('NaN is not allowed');
      if (!Number.isFinite(value)) throw new Error('Infinity is not allowed');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      // bigint: JSON has no form for it; JSON.stringify throws the usual TypeError.
      return JSON.stringify(value) as string;
  }
  if (value === null) return 'null';
  if (seen.has(value)) throw new Error('Circular reference detected');
  seen.add(value);
  let text: string;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    text = write(toJSON.call(value), seen);
  } else if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value as unknown[]) {
      items.push(
        item === undefined || typeof item === 'symbol' || typeof item === 'function'
          ? 'null'
          : write(item, seen),
      );
    }
    text = `[${items.join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member === undefined || typeof member === 'symbol' || typeof member === 'function') continue;
      members.push(`${write(key, seen)}:${write(member, seen)}`);
    }
    text = `{${members.join(',')}}`;
  }
  seen.delete(value);
  return text;
}
