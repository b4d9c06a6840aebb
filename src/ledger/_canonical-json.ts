/**
 * RFC 8785 (JCS) canonical JSON: keys sorted by UTF-16 code units, no whitespace, numbers and
 * strings as ECMAScript serializes them. It writes what the `canonicalize` package writes for
 * every JSON value (a property test holds the two together), but checks strings for lone
 * surrogates natively instead of one character at a time in JavaScript, which made hashing the
 * largest single cost of appending a document.
 * @module
 */

/**
 * The canonical JSON of `value`, or undefined when it has none (undefined, a function, a symbol).
 * Throws Error on NaN, Infinity, a lone surrogate or a cycle, as `canonicalize` does.
 */
export function canonicalJson(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  return write(value, new Set(), null);
}

/** Canonical JSON and the value that parsing it back yields. */
export interface CanonicalForm {
  readonly json: string;
  readonly value: unknown;
}

/**
 * canonicalJson() together with `JSON.parse` of it, built in the same walk: strings are shared
 * rather than copied, which spares parsing every document's text back (and the garbage).
 */
export function canonicalForm(value: unknown): CanonicalForm | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  const copy: { value?: unknown } = {};
  const json = write(value, new Set(), copy);
  return { json, value: copy.value };
}

/** Where write() puts what parsing its output would yield; null when only the text is wanted. */
type CopySlot = { value?: unknown } | null;

function write(value: unknown, seen: Set<object>, copy: CopySlot): string {
  switch (typeof value) {
    case 'string':
      if (!value.isWellFormed()) throw new Error('Lone surrogate is not allowed');
      if (copy) copy.value = value;
      return JSON.stringify(value);
    case 'number':
      if (Number.isNaN(value)) throw new Error('NaN is not allowed');
      if (!Number.isFinite(value)) throw new Error('Infinity is not allowed');
      // JSON has no -0: it is written, and read back, as 0.
      if (copy) copy.value = value === 0 ? 0 : value;
      return JSON.stringify(value);
    case 'boolean':
      if (copy) copy.value = value;
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      // bigint: JSON has no form for it; JSON.stringify throws the usual TypeError.
      return JSON.stringify(value) as string;
  }
  if (value === null) {
    if (copy) copy.value = null;
    return 'null';
  }
  if (seen.has(value)) throw new Error('Circular reference detected');
  seen.add(value);
  let text: string;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    text = write(toJSON.call(value), seen, copy);
  } else if (Array.isArray(value)) {
    const items: string[] = [];
    const copied: unknown[] | null = copy ? [] : null;
    const slot: CopySlot = copy ? {} : null;
    for (const item of value as unknown[]) {
      if (item === undefined || typeof item === 'symbol' || typeof item === 'function') {
        items.push('null');
        copied?.push(null);
      } else {
        items.push(write(item, seen, slot));
        copied?.push(slot?.value);
      }
    }
    if (copy) copy.value = copied;
    text = `[${items.join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    const copied: Record<string, unknown> | null = copy ? {} : null;
    const slot: CopySlot = copy ? {} : null;
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member === undefined || typeof member === 'symbol' || typeof member === 'function') continue;
      members.push(`${write(key, seen, null)}:${write(member, seen, slot)}`);
      // As JSON.parse does: "__proto__" becomes an own property, never the prototype.
      if (copied)
        Object.defineProperty(copied, key, {
          value: slot?.value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
    }
    if (copy) copy.value = copied;
    text = `{${members.join(',')}}`;
  }
  seen.delete(value);
  return text;
}
