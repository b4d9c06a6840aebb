import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalForm, canonicalJson } from './_canonical-json.js';

describe('canonicalJson()', () => {
  it('writes exactly what the canonicalize package writes, for any JSON value', () => {
    // Existing ledgers were hashed with the package: one differing byte would break them all.
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the package on strings of any code units, lone surrogates included', () => {
    const outcome = (write: (value: unknown) => string | undefined, value: unknown): string => {
      try {
        return `ok ${write(value)}`;
      } catch (error) {
        return `error ${(error as Error).message}`;
      }
    };
    const anyUnits = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(fc.dictionary(anyUnits, fc.array(anyUnits)), (value) => {
        expect(outcome(canonicalJson, value)).toBe(outcome(canonicalize, value));
      }),
      { numRuns: 1000 },
    );
  });

  it('sorts keys by UTF-16 code units and writes numbers as ECMAScript does', () => {
    const value = { b: [1e21, -0, 0.1, 1e-7], a: { é: 'x', z: null, A: true }, '😀': '\u0001\n"' };
    expect(canonicalJson(value)).toBe(
      '{"a":{"A":true,"z":null,"é":"x"},"b":[1e+21,0,0.1,1e-7],"😀":"\\u0001\\n\\""}',
    );
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('sorts keys that look like array indices as strings, wherever they are nested', () => {
    // A JavaScript object lists such keys first and in numeric order, whatever order they were added in.
    const value = { list: [{ b: 1, '10': 'ten', '9': 'nine', a: 2 }], plain: { y: 1, x: 2 }, '2': true };
    expect(canonicalJson(value)).toBe(
      '{"2":true,"list":[{"10":"ten","9":"nine","a":2,"b":1}],"plain":{"x":2,"y":1}}',
    );
    expect(canonicalJson(value)).toBe(canonicalize(value));
    expect(JSON.stringify(canonicalForm(value)!.value)).toBe(
      JSON.stringify(JSON.parse(canonicalJson(value)!)),
    );
  });

  it('drops undefined members, writes undefined array items as null and uses toJSON, as the package does', () => {
    const value = { when: new Date(0), gone: undefined, list: [undefined, 1] };
    expect(canonicalJson(value)).toBe('{"list":[null,1],"when":"1970-01-01T00:00:00.000Z"}');
    expect(canonicalJson(value)).toBe(canonicalize(value));
    expect(canonicalJson(undefined)).toBeUndefined();
  });

  it('refuses NaN, Infinity, a lone surrogate and a cycle with the package messages', () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(() => canonicalJson({ n: Number.NaN })).toThrow('NaN is not allowed');
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow('Infinity is not allowed');
    expect(() => canonicalJson({ text: 'a\uD800b' })).toThrow('Lone surrogate is not allowed');
    expect(() => canonicalJson({ ['\uDC00']: 1 })).toThrow('Lone surrogate is not allowed');
    expect(() => canonicalJson(cycle)).toThrow('Circular reference detected');
  });
});

describe('canonicalForm()', () => {
  it('gives the canonical JSON and exactly what parsing it back yields, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const form = canonicalForm(value)!;
        expect(form.json).toBe(canonicalJson(value));
        expect(form.value).toStrictEqual(JSON.parse(form.json));
        expect(JSON.stringify(form.value)).toBe(JSON.stringify(JSON.parse(form.json)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back -0 as 0, drops undefined members, applies toJSON and keeps "__proto__" as a member', () => {
    const value = JSON.parse('{"__proto__":{"polluted":1}}') as Record<string, unknown>;
    Object.assign(value, { z: -0, gone: undefined, list: [undefined, () => 1], when: new Date(0) });
    const form = canonicalForm(value)!;
    expect(form.value).toStrictEqual(JSON.parse(form.json));
    expect(Object.getPrototypeOf(form.value)).toBe(Object.prototype);
    expect(Object.is((form.value as { z: number }).z, 0)).toBe(true);
    expect(canonicalForm(undefined)).toBeUndefined();
    expect(() => canonicalForm({ text: 'a\uD800b' })).toThrow('Lone surrogate is not allowed');
  });
});
