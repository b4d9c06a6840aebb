import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashEncoded, lineOf } from './_entry-codec.js';
import { GENESIS_PREV, LedgerEntry, hashEntry } from './ledger-entry.js';

const fields = {
  seq: 1,
  at: '2025-03-01T10:00:00.000Z',
  kind: 'document.added' as const,
  payload: {
    title: 'Teachers strike in Shiraz',
    text: 'معلمان در شیراز اعتصاب کردند',
    counts: [12, 3.5, null],
  },
  prev: GENESIS_PREV,
};

describe('hashEntry()', () => {
  it('is the sha256 of the canonical JSON of the entry without its hash', () => {
    const expected = createHash('sha256').update(canonicalize(fields)!, 'utf8').digest('hex');
    expect(hashEntry(fields)).toBe(`sha256:${expected}`);
  });

  it('gives the same hash whatever the order of keys, at any depth', () => {
    const reordered = {
      prev: fields.prev,
      payload: { counts: [12, 3.5, null], text: fields.payload.text, title: fields.payload.title },
      kind: fields.kind,
      at: fields.at,
      seq: 1,
    };
    expect(hashEntry(reordered)).toBe(hashEntry(fields));
  });

  it('changes when one character of the payload changes', () => {
    expect(
      hashEntry({ ...fields, payload: { ...fields.payload, title: 'Teachers strike in Shiraz!' } }),
    ).not.toBe(hashEntry(fields));
  });

  it('ignores an existing hash property, so a whole entry can be rehashed', () => {
    const entry = LedgerEntry.create(fields);
    expect(hashEntry(entry)).toBe(entry.hash);
  });
});

describe('the line codec', () => {
  // The writer builds hash input and line by hand to canonicalize the payload once; both
  // must equal what the canonicalize package produces for the whole object.
  it('hashEncoded() agrees with hashEntry()', () => {
    expect(hashEncoded({ entry: fields, payloadJson: canonicalize(fields.payload)! })).toBe(
      hashEntry(fields),
    );
  });

  it('lineOf() is the canonical JSON of the whole entry', () => {
    const hash = hashEntry(fields);
    expect(lineOf({ entry: fields, payloadJson: canonicalize(fields.payload)! }, hash)).toBe(
      canonicalize({ ...fields, hash }),
    );
  });
});

describe('LedgerEntry', () => {
  it('create() returns a frozen entry with a frozen payload', () => {
    const entry = LedgerEntry.create({ ...fields, payload: { nested: { list: [1] } } });
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen((entry.payload as { nested: { list: number[] } }).nested.list)).toBe(true);
    expect(entry.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is() accepts a created entry and rejects one with a malformed prev or an unknown kind', () => {
    const entry = LedgerEntry.create(fields);
    expect(LedgerEntry.is(entry)).toBe(true);
    expect(LedgerEntry.is({ ...entry, prev: 'abc' })).toBe(false);
    expect(LedgerEntry.is({ ...entry, kind: 'document.deleted' })).toBe(false);
    expect(LedgerEntry.is(null)).toBe(false);
  });
});
