/**
 * RFC 8785 (JCS) canonical JSON: keys sorted by UTF-16 code units, no whitespace, numbers and
 * strings as ECMAScript serializes them. It writes what the `canonicalize` package writes for
 * every JSON value (a property test holds the two together).
 *
 * A value is first copied as parsing its JSON back would yield it, each object's members added
 * in sorted order, and the copy is written by the native JSON.stringify, which keeps that order:
 * writing the text piece by piece in JavaScript made it the largest cost of appending an
 * extraction. Objects only keep insertion order for keys that are not array indices, and
 * `toJSON` may return anything, so a value holding either is written piece by piece instead.
 * @module
 */

/**
 * The canonical JSON of `value`, or undefined when it has none (undefined, a function, a symbol).
 * Throws Error on NaN, Infinity, a lone surrogate or a cycle, as `canonicalize` does.
 */
export function canonicalJson(value: unknown): string | undefined {
  return canonicalForm(value)?.json;
}

/** Canonical JSON and the value that parsing it back yields. */
export interface CanonicalForm {
  readonly json: string;
  readonly value: unknown;
}

/** canonicalJson() together with what `JSON.parse` of it yields, its strings shared, not copied. */
export function canonicalForm(value: unknown): CanonicalForm | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  let copy: unknown;
  try {
    copy = sortedCopy(value, new Set());
  } catch (error) {
    if (error !== OUT_OF_ORDER) throw error;
    const slot: { value?: unknown } = {};
    return { json: write(value, new Set(), slot), value: slot.value };
  }
  return { json: JSON.stringify(copy), value: copy };
}

/** Thrown by sortedCopy() on a value whose copy JSON.stringify would not write in canonical order. */
const OUT_OF_ORDER = Symbol('out of canonical order');

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** A member's value or an array item that JSON has no form for (dropped, or null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'symbol' || typeof value === 'function';
}

function checkedString(text: string): string {
  if (!text.isWellFormed()) throw new Error('Lone surrogate is not allowed');
  return text;
}

/** What JSON.parse of the canonical JSON of `value` yields; objects get their keys in sorted order. */
function sortedCopy(value: unknown, seen: Set<object>): unknown {
  switch (typeof value) {
    case 'string':
      return checkedString(value);
    case 'number':
      if (Number.isNaN(value)) throw new Error('NaN is not allowed');
      if (!Number.isFinite(value)) throw new Error('Infinity is not allowed');
      // JSON has no -0: it is written, and read back, as 0.
      return value === 0 ? 0 : value;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      // bigint: JSON has no form for it; JSON.stringify throws the usual TypeError.
      return JSON.stringify(value);
  }
  if (value === null) return null;
  if (seen.has(value)) throw new Error('Circular reference detected');
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw OUT_OF_ORDER;
  seen.add(value);
  let copy: unknown[] | Record<string, unknown>;
  if (Array.isArray(value)) {
    copy = [];
    for (const item of value as unknown[]) copy.push(isOmitted(item) ? null : sortedCopy(item, seen));
  } else {
    const record = value as Record<string, unknown>;
    copy = {};
    for (const key of sortedKeys(record)) {
      const member = record[key];
      if (isOmitted(member)) continue;
      const first = key.charCodeAt(0);
      if (first >= DIGIT_0 && first <= DIGIT_9) throw OUT_OF_ORDER;
      checkedString(key);
      const item = sortedCopy(member, seen);
      // As JSON.parse does: "__proto__" becomes an own property, never the prototype.
      if (key === '__proto__')
        Object.defineProperty(copy, key, {
          value: item,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      else copy[key] = item;
    }
  }
  seen.delete(value);
  return copy;
}

/** The object's own enumerable keys by UTF-16 code units; most payloads are built in that order already. */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort();
  return keys;
}

/** Where write() puts what parsing its output would yield. */
type CopySlot = { value?: unknown };

/** The canonical JSON written piece by piece, for values sortedCopy() cannot take. */
function write(value: unknown, seen: Set<object>, copy: CopySlot): string {
  switch (typeof value) {
    case 'string':
      copy.value = checkedString(value);
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      copy.value = sortedCopy(value, seen);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      return JSON.stringify(value) as string;
  }
  if (value === null) {
    copy.value = null;
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
    const copied: unknown[] = [];
    const slot: CopySlot = {};
    for (const item of value as unknown[]) {
      if (isOmitted(item)) {
        items.push('null');
        copied.push(null);
      } else {
        items.push(write(item, seen, slot));
        copied.push(slot.value);
      }
    }
    copy.value = copied;
    text = `[${items.join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    const copied: Record<string, unknown> = {};
    const slot: CopySlot = {};
    for (const key of sortedKeys(record)) {
      const member = record[key];
      if (isOmitted(member)) continue;
      members.push(`${JSON.stringify(checkedString(key))}:${write(member, seen, slot)}`);
      Object.defineProperty(copied, key, {
        value: slot.value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    copy.value = copied;
    text = `{${members.join(',')}}`;
  }
  seen.delete(value);
  return text;
}
